package org.irrt.site;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The round table's web site: public pages on the IRRT reference data, joining, committee
 * volunteering, the blog and pledges, all through irrt's engines from the starter. Start it with
 * {@code java -jar irrt-site/target/irrt-site.jar} and open http://localhost:8080/.
 */
@SpringBootApplication
@EnableScheduling
public class SiteApplication {
  /**
   * Starts the site.
   *
   * @param args Spring Boot's arguments
   */
  public static void main(String[] args) {
    SpringApplication.run(SiteApplication.class, args);
  }
}
