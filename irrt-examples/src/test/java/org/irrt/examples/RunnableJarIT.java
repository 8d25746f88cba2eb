package org.irrt.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The self-contained {@code irrt.jar} (shaded in {@code package}) run as a user runs it, {@code java
 * -jar irrt.jar ...}, in a process of its own with its output piped: exit status, the first lines,
 * and nothing else on either stream (no log line, no progress bar, no stack trace).
 */
class RunnableJarIT {
  @TempDir
  Path dir;

  record Run(int status, List<String> out, String err) {}

  /** A folder of its own for the runs that do not name one, so that the default database lands there. */
  static final Path WORK;

  static {
    try {
      WORK = Files.createTempDirectory("irrt-jar");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static Run java(String... args) throws IOException, InterruptedException {
    return javaIn(WORK, args);
  }

  static Run javaIn(Path folder, String... args) throws IOException, InterruptedException {
    Path jar = Path.of(System.getProperty("irrt.jar", "target/irrt.jar"));
    assertThat(jar).as("built by package").isRegularFile();
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Duser.language=en", "-Duser.country=US", "-jar", jar.toString()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).directory(folder.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
        .start();
    // Both streams drained at once, so that neither pipe fills and blocks the process.
    var err = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
      try {
        return new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the process ends").isTrue();
    return new Run(p.exitValue(), out.lines().toList(), err.join());
  }

  @Test
  void tourRunsFromTheJarAlone() throws Exception {
    Run r = java("tour");
    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("International Relations Round Table (IRRT)",
        "A round table of the American Library Association (ALA)");
    assertThat(r.err()).as("nothing on standard error: no Hibernate Validator version line").isEmpty();
  }

  @Test
  void stateSurvivesBetweenProcessesInTheDefaultH2FileAndTheJarSpeaksPostgresql() throws Exception {
    Run applied = javaIn(dir, "apply");
    assertThat(applied.status()).as(applied.err()).isZero();
    String id = applied.out().get(0).split(" ")[1];
    assertThat(dir.resolve("irrt-db/irrt.mv.db")).as("the default: ./irrt-db/irrt").isRegularFile();
    Run approved = javaIn(dir, "review", id, "--approve", "--as=officer-lee");
    assertThat(approved.out()).containsExactly("Application " + id + " of Kwame Mensah (Student): approved");
    Run listed = javaIn(dir, "applications");
    assertThat(listed.out()).containsExactly("Membership applications: 1 application",
        "  " + id + "  Kwame Mensah, Student: approved");
    assertThat(javaIn(dir, "tour").status()).as("the round table read back from the file").isZero();
    assertThat(approved.err() + listed.err()).isEmpty();

    if (org.irrt.store.jdbc.testing.PostgresServer.url().isPresent()) { // the PostgreSQL driver is in the jar
      Run pg = javaIn(dir, "applications", "--db=" + org.irrt.store.jdbc.testing.PostgresServer.newDatabase());
      assertThat(pg.out()).containsExactly("Membership applications: 0 applications");
      assertThat(pg.err()).isEmpty();
    }
  }

  @Test
  void validateOfABadFileListsEveryProblemAndExitsWithOne() throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.json"), "{\"name\": 3, \"acronym\": \"IRRT\"}");
    Run r = java("validate", bad.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).containsExactly(
        bad + ": invalid, 5 problems",
        "  name: has the wrong type or format; expected text",
        "  established: is required",
        "  id: is required",
        "  parentOrganization: is required",
        "  purposes: must not be empty");
    assertThat(r.err()).as("no log line, no progress bar when output is piped").isEmpty();
  }

  @Test
  void aMissingFileIsReportedOnStandardErrorWithStatusThree() throws Exception {
    Run r = java("validate", dir.resolve("missing.json").toString());
    assertThat(r.status()).isEqualTo(3);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo(dir.resolve("missing.json") + ": cannot be read (no such file)\n");
  }
}
