package org.irrt.bootversions;

import static org.assertj.core.api.Assertions.assertThat;

import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;

/**
 * The suites this module runs again (the model's and the JSON conformance suite) run on Spring Boot
 * 4.0's managed versions, not on ours: the Jackson 2, Jackson 3 and Hibernate Validator on the class
 * path are the parent's {@code boot-floor.*} versions (Spring Boot 4.0.7's {@code jackson-2-bom.version},
 * {@code jackson-bom.version} and {@code hibernate-validator.version}). Without this check a change to
 * the build's dependency management could put our own, newer versions back and the module would pass
 * while proving nothing.
 */
class BootVersionsOnTheClassPathTest {

  @Test
  void jackson3OnTheClassPathIsSpringBootsVersion() {
    assertThat(tools.jackson.databind.cfg.PackageVersion.VERSION.toString())
        .isEqualTo(expected("irrt.bootFloor.jackson3"));
    assertThat(tools.jackson.core.json.PackageVersion.VERSION.toString())
        .isEqualTo(expected("irrt.bootFloor.jackson3"));
  }

  @Test
  void jackson2OnTheClassPathIsSpringBootsVersion() {
    assertThat(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString())
        .isEqualTo(expected("irrt.bootFloor.jackson2"));
    assertThat(com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString())
        .isEqualTo(expected("irrt.bootFloor.jackson2"));
    assertThat(com.fasterxml.jackson.datatype.jsr310.PackageVersion.VERSION.toString())
        .isEqualTo(expected("irrt.bootFloor.jackson2"));
    assertThat(com.fasterxml.jackson.datatype.jdk8.PackageVersion.VERSION.toString())
        .isEqualTo(expected("irrt.bootFloor.jackson2"));
  }

  @Test
  void hibernateValidatorOnTheClassPathIsSpringBootsVersion() {
    assertThat(HibernateValidator.class.getPackage().getImplementationVersion())
        .isEqualTo(expected("irrt.bootFloor.hibernateValidator"));
  }

  /**
   * The starter's suite runs on the database driver and pool a Boot 4.0.7 host gets: H2 2.4 and
   * HikariCP 7, where irrt's own tests use 2.3 and 5. Each is named by the jar it was loaded from
   * (the PostgreSQL driver's version constant would be compiled into this class, and HikariCP's
   * manifest has no implementation version).
   */
  @Test
  void theDatabaseDriversAndPoolOnTheClassPathAreSpringBootsVersions() {
    assertThat(jar(org.h2.Driver.class)).isEqualTo("h2-" + expected("irrt.bootFloor.h2") + ".jar");
    assertThat(jar(org.postgresql.Driver.class)).isEqualTo("postgresql-" + expected("irrt.bootFloor.postgresql") + ".jar");
    assertThat(jar(com.zaxxer.hikari.HikariDataSource.class))
        .isEqualTo("HikariCP-" + expected("irrt.bootFloor.hikaricp") + ".jar");
  }

  private static String jar(Class<?> type) {
    String path = type.getProtectionDomain().getCodeSource().getLocation().getPath();
    return path.substring(path.lastIndexOf('/') + 1);
  }

  @Test
  void theExpectedVersionsAreThoseSpringBoot407Manages() {
    // Pinned here too, so that the parent's properties cannot drift to our own versions unnoticed.
    assertThat(expected("irrt.bootFloor.jackson3")).isEqualTo("3.1.4");
    assertThat(expected("irrt.bootFloor.jackson2")).isEqualTo("2.21.4");
    assertThat(expected("irrt.bootFloor.hibernateValidator")).isEqualTo("9.0.1.Final");
    assertThat(expected("irrt.bootFloor.h2")).isEqualTo("2.4.240");
    assertThat(expected("irrt.bootFloor.postgresql")).isEqualTo("42.7.11");
    assertThat(expected("irrt.bootFloor.hikaricp")).isEqualTo("7.0.2");
  }

  private static String expected(String property) {
    String version = System.getProperty(property);
    assertThat(version).as("system property %s, set by this module's pom", property).isNotBlank();
    return version;
  }
}
