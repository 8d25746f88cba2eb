package org.irrt.store.jdbc.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for tests, once per JVM:
 *
 * <ol>
 *   <li>the server at {@code IRRT_POSTGRES_URL} (system property or environment variable; a JDBC URL
 *       to a database whose user may create databases, e.g.
 *       {@code jdbc:postgresql://localhost:5432/postgres?user=postgres&password=secret}), if given;
 *   <li>else the newest {@code /usr/lib/postgresql/<version>/bin} (Debian's {@code postgresql}
 *       package): {@code initdb} in a fresh temporary folder and {@code pg_ctl start} on a free port
 *       of 127.0.0.1, through {@code runuser -u postgres --} with the folder given to that user when
 *       the JVM runs as root (PostgreSQL refuses to run as root); stopped and deleted by a shutdown
 *       hook. {@code fsync=off}: a test server, whose data is thrown away;
 *   <li>else none, with the reason: tests skip, unless {@code IRRT_REQUIRE_POSTGRES=1} is set (as
 *       {@code .ci/run} does), when they fail.
 * </ol>
 *
 * <p>Each test gets a database of its own ({@link #newDatabase()}).
 */
public final class PostgresServer {
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static volatile Optional<String> url;
  private static volatile String reason = "";

  private PostgresServer() {}

  /**
   * Whether a missing server fails the tests ({@code IRRT_REQUIRE_POSTGRES=1}).
   *
   * @return true when required
   */
  public static boolean required() {
    return "1".equals(setting("IRRT_REQUIRE_POSTGRES"));
  }

  private static String setting(String name) {
    String value = System.getProperty(name);
    return value != null ? value : System.getenv(name);
  }

  /**
   * The server's administrative JDBC URL, starting it the first time.
   *
   * @return the URL, or empty with {@link #unavailableReason()}
   */
  public static synchronized Optional<String> url() {
    if (url == null) {
      url = start();
    }
    return url;
  }

  /**
   * Why there is no server.
   *
   * @return the reason
   */
  public static String unavailableReason() {
    url();
    return reason;
  }

  /**
   * A new, empty database on the server.
   *
   * @return its JDBC URL
   * @throws IllegalStateException when there is no server (see {@link #unavailableReason()})
   */
  public static String newDatabase() {
    String admin = url().orElseThrow(() -> new IllegalStateException("no PostgreSQL server: " + reason));
    String name = "irrt_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
    try (Connection c = DriverManager.getConnection(admin); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create a database", e);
    }
    return withDatabase(admin, name);
  }

  static String withDatabase(String url, String database) {
    int query = url.indexOf('?');
    String base = query < 0 ? url : url.substring(0, query);
    String rest = query < 0 ? "" : url.substring(query);
    return base.substring(0, base.lastIndexOf('/') + 1) + database + rest;
  }

  private static Optional<String> start() {
    String given = setting("IRRT_POSTGRES_URL");
    if (given != null && !given.isBlank()) {
      return Optional.of(given);
    }
    Optional<Path> bin = binaries();
    if (bin.isEmpty()) {
      reason = "no IRRT_POSTGRES_URL and no PostgreSQL in /usr/lib/postgresql/*/bin (apt-get install postgresql)";
      return Optional.empty();
    }
    try {
      boolean root = "root".equals(System.getProperty("user.name"));
      Path dir = Files.createTempDirectory("irrt-postgres");
      Path data = dir.resolve("data");
      if (root) {
        run(List.of("chown", "postgres:postgres", dir.toString()), null);
      }
      run(as(root, List.of(bin.get().resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres",
          "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync")), dir);
      int port;
      try (ServerSocket s = new ServerSocket(0)) {
        port = s.getLocalPort();
      }
      run(as(root, List.of(bin.get().resolve("pg_ctl").toString(), "-D", data.toString(), "-l",
          dir.resolve("server.log").toString(), "-w", "-t", "60", "-o",
          "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=" + dir
              + " -c fsync=off -c max_connections=200", "start")), dir);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          run(as(root, List.of(bin.get().resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate",
              "stop")), dir);
        } catch (IOException | RuntimeException e) {
          // the JVM is ending: nothing left to tell
        }
        delete(dir);
      }));
      return Optional.of("jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres");
    } catch (IOException | RuntimeException e) {
      reason = "PostgreSQL from " + bin.get() + " did not start: " + e.getMessage();
      return Optional.empty();
    }
  }

  private static Optional<Path> binaries() {
    Path root = Path.of("/usr/lib/postgresql");
    if (!Files.isDirectory(root)) {
      return Optional.empty();
    }
    try (Stream<Path> versions = Files.list(root)) {
      return versions.map(v -> v.resolve("bin"))
          .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
          .max(Comparator.comparing(b -> {
            String v = b.getParent().getFileName().toString();
            return v.matches("\\d+") ? Integer.parseInt(v) : 0;
          }));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static List<String> as(boolean root, List<String> command) {
    if (!root) {
      return command;
    }
    List<String> all = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
    all.addAll(command);
    return all;
  }

  private static void run(List<String> command, Path dir) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    if (dir != null) {
      pb.directory(dir.toFile());
    }
    Process p = pb.start();
    String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    try {
      if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IOException(command.get(command.size() > 4 && command.get(0).equals("runuser") ? 4 : 0)
            + " failed: " + output.strip());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> all = Files.walk(dir)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // left in the temporary folder
    }
  }
}
