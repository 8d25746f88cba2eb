package org.irrt.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two servers of one site on one database (a second site started on the shared site's H2 file):
 * join forms with one e-mail address sent at the same instant, half to each server, make one
 * application. Before, each server's check held on its own server only: both servers' forms passed
 * the check before either application was made, and the officers' list showed the person twice.
 */
class SameEmailOnTwoServersTest extends SiteTest {
  private static final int FORMS = 12;
  private static ConfigurableApplicationContext second;

  @Autowired
  DataSourceProperties database;

  @AfterAll
  static void stopSecondServer() {
    if (second != null) {
      second.close();
    }
  }

  /** The second server: the same site, its own port, the first's database. */
  private String secondUrl(String path) {
    if (second == null) {
      second = new SpringApplicationBuilder(SiteApplication.class).run("--server.port=0",
          "--spring.datasource.url=" + database.getUrl(), "--site.sweep-interval=1s", "--logging.level.root=WARN");
    }
    return "http://localhost:" + ((WebServerApplicationContext) second).getWebServer().getPort() + path;
  }

  @Test
  void formsWithOneAddressSentToTwoServersAtTheSameInstantMakeExactlyOneOpenApplication() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(FORMS);
    try {
      for (int round = 0; round < 6; round++) {
        String email = "two-servers" + round + "@example.org";
        List<HttpClient> clients = new ArrayList<>();
        List<String> pages = new ArrayList<>();
        List<String> servers = new ArrayList<>();
        for (int i = 0; i < FORMS; i++) {
          HttpClient c = visitor();
          String join = i % 2 == 0 ? url("/join") : secondUrl("/join");
          clients.add(c);
          servers.add(join);
          pages.add(send(c, HttpRequest.newBuilder(URI.create(join)).GET()).body());
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < FORMS; i++) {
          HttpClient c = clients.get(i);
          String page = pages.get(i);
          String join = servers.get(i);
          String body = String.join("&", List.of("givenNames=Mei", "familyName=Chen", "email=" + enc(email),
              "country=TW", "type=regular", "token=" + enc(hidden(page, "token")), "_csrf=" + enc(hidden(page, "_csrf"))));
          statuses.add(pool.submit(() -> {
            start.await();
            return send(c, HttpRequest.newBuilder(URI.create(join))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))).statusCode();
          }));
        }
        start.countDown();
        List<Integer> answered = new ArrayList<>();
        for (Future<Integer> f : statuses) {
          answered.add(f.get());
        }
        String list = get(signIn(visitor(), "officer"), "/officer/applications", "en").body();
        long open = Pattern.compile(Pattern.quote(">" + email + "<")).matcher(list).results().count();
        assertThat(open).as("open applications of " + email).isEqualTo(1);
        assertThat(answered).as("one application made, the others refused beside the field")
            .containsOnly(302, 200).filteredOn(s -> s == 302).hasSize(1);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) throws Exception {
    return client.send(request.header("Accept-Language", "en").build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

}
