package org.irrt.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.irrt.examples.IrrtCommandTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found by the command line's adversarial test: an H2 file that another program holds open, that is
 * not an H2 database (garbage) or that cannot be written was reported as a bare H2 error code ("cannot be
 * used (SQLState 90020)"), which says nothing to the staff who run it. H2's codes (its {@code
 * ErrorCode} constants 90020, 90028, 90030, 90031, 90062, 90097) are now said in words, the code kept after them.
 */
class H2DatabaseStatesInWordsRegressionTest {
  @TempDir
  Path dir;

  @Test
  void anH2FileAnotherProgramHoldsOpenIsSaidToBeInUse() throws Exception {
    String url = "jdbc:h2:file:" + dir.resolve("held");
    Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), Holder.class.getName(), url).redirectErrorStream(true).start();
    try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(holder.getInputStream(),
        java.nio.charset.StandardCharsets.UTF_8))) {
      assertThat(lines.readLine()).isEqualTo("held");
      Run run = IrrtCommandTest.run("applications", "--db=" + url);
      assertThat(run.status()).isEqualTo(3);
      assertThat(run.err()).isEqualTo("irrt: the database " + url + " cannot be used (another program has it open; "
          + "close it and try again; SQLState 90020)\n");
    } finally {
      holder.destroy();
      holder.waitFor();
    }
  }

  /** Another program: holds an H2 file open until it is ended. */
  static final class Holder {
    @SuppressWarnings("try") // the connection is only held open, never used
    public static void main(String[] args) throws Exception {
      try (Connection held = DriverManager.getConnection(args[0])) {
        System.out.println("held");
        System.out.flush();
        Thread.sleep(120_000);
      }
    }
  }

  @Test
  void aFileOfTextWhereTheDatabaseShouldBeIsSaidToBeUnreadableAsAnH2Database() throws Exception {
    Files.writeString(dir.resolve("text.mv.db"), "hello");
    String url = "jdbc:h2:file:" + dir.resolve("text");
    Run run = IrrtCommandTest.run("applications", "--db=" + url);
    assertThat(run.status()).isEqualTo(3);
    assertThat(run.err()).isEqualTo("irrt: the database " + url + " cannot be used (its file cannot be read or written as "
        + "an H2 database: it is damaged, not a database, or not permitted; SQLState 90028)\n");
  }

  @Test
  void aFileThatIsNoH2DatabaseIsSaidToBeDamagedInGerman() throws Exception {
    byte[] garbage = new byte[100_000];
    new java.util.Random(1).nextBytes(garbage);
    Files.write(dir.resolve("garbage.mv.db"), garbage);
    String url = "jdbc:h2:file:" + dir.resolve("garbage");
    Run run = IrrtCommandTest.run("--lang=de", "applications", "--db=" + url);
    assertThat(run.status()).isEqualTo(3);
    assertThat(run.err()).isEqualTo("irrt: die Datenbank " + url + " kann nicht verwendet werden (die Datei ist keine "
        + "H2-Datenbank oder ist beschädigt; SQLState 90030)\n");
  }

  /**
   * H2 writes its errors to a trace file beside the database ({@code irrt.trace.db}, with the SQL that
   * failed); where it cannot, it printed the error with its Java stack trace on standard output and
   * error. The command line turns H2's trace file off ({@code TRACE_LEVEL_FILE=0}); it reports the
   * failure itself.
   */
  @Test
  void anH2FileInAFolderThatCannotBeWrittenIsOneLineWithoutAStackTrace() {
    java.io.PrintStream stdout = System.out;
    java.io.PrintStream stderr = System.err;
    java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
    Run run;
    try {
      System.setOut(new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
      System.setErr(new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
      run = IrrtCommandTest.run("applications", "--db=jdbc:h2:file:/proc/irrt-no-such-folder/irrt");
    } finally {
      System.setOut(stdout);
      System.setErr(stderr);
    }
    assertThat(printed.toString(java.nio.charset.StandardCharsets.UTF_8)).as("H2's own trace").isEmpty();
    assertThat(run.status()).isEqualTo(3);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("irrt: the database jdbc:h2:file:/proc/irrt-no-such-folder/irrt cannot be used (its file "
        + "or folder cannot be created there (no permission, a read-only folder, or a file in the way); give another place "
        + "with --db; SQLState 90062)\n");
  }

  /**
   * Found by running the command line in a read-only working folder, where its default database
   * ({@code ./irrt-db/irrt}) cannot be made: H2's code for it (90062) was reported bare, which told
   * the staff neither the cause nor the way out.
   */
  @Test
  void aDatabaseThatCannotBeCreatedIsSaidSoInRussian() {
    Run run = IrrtCommandTest.run("--lang=ru", "applications", "--db=jdbc:h2:file:/proc/irrt-no-such-folder/irrt");
    assertThat(run.status()).isEqualTo(3);
    assertThat(run.err()).isEqualTo("irrt: базу данных jdbc:h2:file:/proc/irrt-no-such-folder/irrt нельзя "
        + "использовать (её файл или папку нельзя создать там (нет прав, папка только для чтения или мешает файл); "
        + "укажите другое место через --db; SQLState 90062)\n");
  }

  /**
   * A file where a folder of the database's path should be ({@code --db=.../notes.txt/irrt}): H2's
   * generic input/output code (90031) was reported bare.
   */
  @Test
  void aFileWhereAFolderOfThePathShouldBeIsSaidSo() throws Exception {
    Files.writeString(dir.resolve("notes.txt"), "not a folder");
    String url = "jdbc:h2:file:" + dir.resolve("notes.txt").resolve("irrt");
    Run run = IrrtCommandTest.run("applications", "--db=" + url);
    assertThat(run.status()).isEqualTo(3);
    assertThat(run.err()).isEqualTo("irrt: the database " + url + " cannot be used (a file or folder on its path cannot "
        + "be read or written (a file where a folder should be, or a disk error); give another place with --db; "
        + "SQLState 90031)\n");
    Run chinese = IrrtCommandTest.run("--lang=zh", "applications", "--db=" + url);
    assertThat(chinese.err()).endsWith("（无法读写其路径上的文件或文件夹（文件占了文件夹的位置，或磁盘出错）；请用 --db 指定其他位置；SQLState 90031）\n");
  }
}
