package org.irrt.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.irrt.examples.IrrtCommandTest.Run;
import org.irrt.store.jdbc.testing.PostgresServer;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line keeps its state in a database between runs: an application received in one run
 * (a fresh {@link IrrtCommand#run} on the database's URL) is listed and approved in later ones, on an
 * H2 file and on PostgreSQL ({@code --db}). Each run opens the database and closes it at its end.
 */
class ApplyTodayApproveTomorrowTest {
  static final Pattern RECEIVED = Pattern.compile(
      "Application (app-[0-9a-f]{24}) received from Kwame Mensah \\(Student\\): submitted\n");

  @TempDir
  Path dir;

  static Run run(String db, String... args) {
    String[] all = java.util.Arrays.copyOf(args, args.length + 1);
    all[args.length] = "--db=" + db; // an option of the commands that use the database
    return IrrtCommandTest.run(all);
  }

  /** Apply, list, approve, list, each in a run of its own; returns the application's id. */
  static String applyTodayApproveTomorrow(String db) {
    Run applied = run(db, "apply");
    assertThat(applied.status()).isZero();
    Matcher m = RECEIVED.matcher(applied.out());
    assertThat(m.matches()).as(applied.out()).isTrue();
    String id = m.group(1);

    assertThat(run(db, "applications").out()).isEqualTo("Membership applications: 1 application\n"
        + "  " + id + "  Kwame Mensah, Student: submitted\n");
    assertThat(run(db, "apply").out()).as("the same form again is the same application")
        .isEqualTo("Application " + id + " from Kwame Mensah (Student) was received before: submitted\n");

    Run approved = run(db, "review", id, "--approve", "--as=officer-lee", "--comment=Student card checked.");
    assertThat(approved.status()).isZero();
    assertThat(approved.out()).isEqualTo("Application " + id + " of Kwame Mensah (Student): approved\n");

    assertThat(run(db, "--lang=de", "applications").out()).isEqualTo("Mitgliedsanträge: 1 Antrag\n"
        + "  " + id + "  Kwame Mensah, Student: genehmigt\n");
    Run again = run(db, "review", id, "--reject=Too late.", "--as=officer-lee");
    assertThat(again.status()).as("a decision taken is not taken again").isEqualTo(1);
    assertThat(again.out()).startsWith("Application " + id + ": refused: \u201Creject\u201D is not possible while this is approved");
    return id;
  }

  @Test
  void anApplicationReceivedInOneRunIsApprovedInAnotherOnAnH2File() {
    String db = "jdbc:h2:file:" + dir.resolve("irrt");
    applyTodayApproveTomorrow(db);
    assertThat(dir.resolve("irrt.mv.db")).as("the state is in the file").isRegularFile();
    assertThat(run(db, "memberships", "--date=2026-11-29").out()).as("the bundled register, saved on first use")
        .contains("Ana María García Márquez");
  }

  @Test
  void anApplicationReceivedInOneRunIsApprovedInAnotherOnPostgresql() {
    if (PostgresServer.url().isEmpty()) {
      if (PostgresServer.required()) {
        Assertions.fail("IRRT_REQUIRE_POSTGRES=1 and " + PostgresServer.unavailableReason());
      }
      Assumptions.abort(PostgresServer.unavailableReason());
    }
    applyTodayApproveTomorrow(PostgresServer.newDatabase());
  }

  @Test
  void anUnknownApplicationIsRefusedInWordsAndADatabaseOfAnotherKindIsStatusThree() {
    String db = "jdbc:h2:file:" + dir.resolve("irrt");
    Run unknown = run(db, "review", "app-000000000000000000000000", "--approve", "--as=officer-lee");
    assertThat(unknown.status()).isEqualTo(1);
    assertThat(unknown.out()).isEqualTo("there is no application app-000000000000000000000000\n");

    Run other = run("jdbc:mysql://localhost/irrt?password=secret", "applications");
    assertThat(other.status()).isEqualTo(3);
    assertThat(other.err()).isEqualTo("irrt: the database jdbc:mysql://localhost/irrt cannot be used "
        + "(jdbc:h2:... or jdbc:postgresql:...)\n");
    assertThat(other.out() + other.err()).as("no password in any message").doesNotContain("secret");
  }

  @Test
  void reviewNeedsOneDecisionAndAnOfficer() throws Exception {
    String db = "jdbc:h2:file:" + dir.resolve("irrt");
    assertThat(run(db, "review", "app-1", "--as=officer-lee").status()).isEqualTo(2);
    assertThat(run(db, "review", "app-1", "--approve").status()).isEqualTo(2);
    assertThat(run(db, "review", "app-1", "--approve", "--reject=No.", "--as=x").status()).isEqualTo(2);
    assertThat(Files.exists(dir.resolve("irrt.mv.db"))).as("wrong usage opens no database").isFalse();
  }
}
