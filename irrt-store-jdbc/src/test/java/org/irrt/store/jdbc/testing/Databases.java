package org.irrt.store.jdbc.testing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.concurrent.atomic.AtomicInteger;
import org.irrt.store.jdbc.Dialect;
import org.irrt.store.jdbc.Schema;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The databases every store test runs on: H2 in memory, H2 in a file, and PostgreSQL ({@link
 * PostgresServer}). Each {@link #create()} is a new, empty database with the schema applied; {@link
 * #pool} opens a connection pool on it, one per "host".
 */
public enum Databases {
  /** H2 in memory, kept while the JVM runs. */
  H2_MEMORY(Dialect.H2),
  /** H2 in a file of a fresh temporary folder. */
  H2_FILE(Dialect.H2),
  /** A database of its own on the test PostgreSQL server. */
  POSTGRESQL(Dialect.POSTGRESQL);

  private static final AtomicInteger COUNT = new AtomicInteger();
  /** H2 waits up to 10 s for a row lock (its default, 1 s, is shorter than a busy test's queue). */
  private static final String H2_OPTIONS = ";LOCK_TIMEOUT=10000";

  private final Dialect dialect;

  Databases(Dialect dialect) {
    this.dialect = dialect;
  }

  /**
   * The dialect.
   *
   * @return it
   */
  public Dialect dialect() {
    return dialect;
  }

  /**
   * Skips the test (or fails it, when {@code IRRT_REQUIRE_POSTGRES=1}) when this is PostgreSQL and no
   * server can be had.
   */
  public void assumeAvailable() {
    if (this == POSTGRESQL && PostgresServer.url().isEmpty()) {
      if (PostgresServer.required()) {
        Assertions.fail("IRRT_REQUIRE_POSTGRES=1 and " + PostgresServer.unavailableReason());
      }
      Assumptions.abort(PostgresServer.unavailableReason());
    }
  }

  /**
   * A new, empty database with the store's schema applied ({@link Schema#apply}).
   *
   * @return its JDBC URL
   */
  public String create() {
    String url = createEmpty();
    try (HikariDataSource ds = pool(url, 1)) {
      Schema.apply(ds, dialect);
    }
    return url;
  }

  /**
   * A new, empty database without the schema.
   *
   * @return its JDBC URL
   */
  public String createEmpty() {
    assumeAvailable();
    return switch (this) {
      case H2_MEMORY -> "jdbc:h2:mem:irrt-" + COUNT.incrementAndGet() + ";DB_CLOSE_DELAY=-1" + H2_OPTIONS;
      case H2_FILE -> {
        try {
          yield "jdbc:h2:file:" + Files.createTempDirectory("irrt-h2").resolve("irrt") + H2_OPTIONS;
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      case POSTGRESQL -> PostgresServer.newDatabase();
    };
  }

  /**
   * A connection pool on a database: a host's own.
   *
   * @param url the database
   * @param size the most connections
   * @return the pool; close it
   */
  public static HikariDataSource pool(String url, int size) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setMaximumPoolSize(size);
    config.setMinimumIdle(0);
    config.setConnectionTimeout(30_000);
    config.setPoolName("irrt-test-" + COUNT.incrementAndGet());
    return new HikariDataSource(config);
  }
}
