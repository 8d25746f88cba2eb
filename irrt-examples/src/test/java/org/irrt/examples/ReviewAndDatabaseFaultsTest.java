package org.irrt.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.irrt.examples.IrrtCommandTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults the breaker found in {@code apply}, {@code review}, {@code applications} and {@code --db}:
 * a refused rejection left the application under review; an officer id or comment the library
 * refuses was reported as an invalid "sample" document at "(document)"; a {@code user:password@}
 * in a PostgreSQL URL was printed; a URL PostgreSQL's driver cannot parse was an internal error
 * (status 70) after the driver logged it, password and all; a server that accepts the connection and
 * never answers held the command for ever; a stored event that cannot be read was reported as
 * "SQLState " with nothing after it.
 */
class ReviewAndDatabaseFaultsTest {
  @TempDir
  Path dir;

  private String applied(String db) {
    Run applied = ApplyTodayApproveTomorrowTest.run(db, "apply");
    Matcher m = ApplyTodayApproveTomorrowTest.RECEIVED.matcher(applied.out());
    assertThat(m.matches()).as(applied.out()).isTrue();
    return m.group(1);
  }

  @Test
  void aRejectionWithoutAReasonIsRefusedAndLeavesTheApplicationSubmitted() {
    String db = "jdbc:h2:file:" + dir.resolve("irrt");
    String id = applied(db);
    Run refused = ApplyTodayApproveTomorrowTest.run(db, "review", id, "--reject=", "--as=officer-lee");
    assertThat(refused.status()).isEqualTo(1);
    assertThat(refused.out()).isEqualTo("Application " + id + ": refused: a reason is required\n");
    assertThat(ApplyTodayApproveTomorrowTest.run(db, "applications").out()).as("not under review")
        .isEqualTo("Membership applications: 1 application\n  " + id + "  Kwame Mensah, Student: submitted\n");
    assertThat(ApplyTodayApproveTomorrowTest.run(db, "review", id, "--reject=Not a student.", "--as=officer-lee").out())
        .isEqualTo("Application " + id + " of Kwame Mensah (Student): rejected\n");
  }

  @Test
  void anOfficerIdOrCommentTheLibraryRefusesIsWrongUsageNamingTheOption() {
    String db = "jdbc:h2:file:" + dir.resolve("irrt");
    Run noId = ApplyTodayApproveTomorrowTest.run(db, "review", "app-1", "--approve", "--as=Officer Lee");
    assertThat(noId.status()).isEqualTo(2);
    assertThat(noId.err()).startsWith("Invalid value for option '--as': must be an id of lower-case letters and digits "
        + "joined by single hyphens, 1 to 64 characters\nUsage: irrt review");
    Run bell = ApplyTodayApproveTomorrowTest.run(db, "review", "app-1", "--approve", "--as=officer-lee", "--comment=\u0007");
    assertThat(bell.status()).isEqualTo(2);
    assertThat(bell.err()).startsWith("Invalid value for option '--comment': must not contain control characters\n");
    assertThat(noId.out() + bell.out()).isEmpty();
    assertThat(Files.exists(dir.resolve("irrt.mv.db"))).as("wrong usage opens no database").isFalse();
  }

  @Test
  void aPasswordInAPostgresqlUrlNeverShowsAndAUrlTheDriverCannotParseIsStatusThree() {
    Run userInfo = IrrtCommandTest.run("applications", "--db=jdbc:postgresql://irrt:s3cret@localhost:1/irrt");
    assertThat(userInfo.status()).isEqualTo(3);
    assertThat(userInfo.err()).startsWith("irrt: the database jdbc:postgresql://localhost:1/irrt cannot be used (the server refused the connection or cannot be reached; SQLState 08");
    Run unparsable = IrrtCommandTest.run("applications", "--db=jdbc:postgresql://[::1?password=s3cret");
    assertThat(unparsable.status()).isEqualTo(3);
    assertThat(unparsable.err()).isEqualTo("irrt: the database jdbc:postgresql://[::1 cannot be used "
        + "(jdbc:postgresql://HOST[:PORT]/DATABASE)\n");
    assertThat(userInfo.out() + userInfo.err() + unparsable.out() + unparsable.err()).doesNotContain("s3cret");
    assertThat(java.util.logging.Logger.getLogger("org.postgresql").isLoggable(java.util.logging.Level.SEVERE))
        .as("the driver's own log, which prints the URL, is off").isFalse();
  }

  @Test
  void aServerThatAcceptsAndNeverAnswersIsGivenUpAfterTheTimeout() throws Exception {
    List<Socket> held = new ArrayList<>();
    try (ServerSocket silent = new ServerSocket(0)) {
      Thread acceptor = new Thread(() -> {
        try {
          while (true) {
            held.add(silent.accept()); // accepted, never answered
          }
        } catch (java.io.IOException closed) {
          // the test is over
        }
      });
      acceptor.setDaemon(true);
      acceptor.start();
      for (String url : List.of("jdbc:postgresql://127.0.0.1:" + silent.getLocalPort() + "/irrt",
          "jdbc:h2:tcp://127.0.0.1:" + silent.getLocalPort() + "/irrt")) {
        long start = System.nanoTime();
        var e = catchThrowableOfType(ExampleDatabase.Unavailable.class,
            () -> ExampleDatabase.open(url, null, null, Clock.systemUTC(), Duration.ofSeconds(1)));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as(url).isLessThan(Duration.ofSeconds(20));
        assertThat(e.noAnswerSeconds).isEqualTo(1);
        assertThat(e.where).isEqualTo(url);
      }
    } finally {
      for (Socket s : held) {
        s.close();
      }
    }
  }

  @Test
  void aStoredEventThatCannotBeReadIsNamedByItsPositionAndInstance() throws Exception {
    String db = "jdbc:h2:file:" + dir.resolve("irrt");
    String id = applied(db);
    try (Connection c = DriverManager.getConnection(db); Statement s = c.createStatement()) {
      assertThat(s.executeUpdate("UPDATE irrt_events SET event_type = 'Bogus' WHERE global_position = 1")).isEqualTo(1);
    }
    Run run = ApplyTodayApproveTomorrowTest.run(db, "applications");
    assertThat(run.status()).isEqualTo(3);
    assertThat(run.err()).isEqualTo("irrt: the database " + db + " holds an event that cannot be read (decode failed: the "
        + "event at position 1 (membership-application " + id + " version 1): unknown event type Bogus)\n");
  }
}
