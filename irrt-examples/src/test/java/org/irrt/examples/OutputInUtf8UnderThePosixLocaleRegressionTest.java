package org.irrt.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line run by a host whose locale is POSIX ({@code LANG=C}, as in many containers,
 * cron jobs and services), its output sent to a file: Java 17's {@code System.out} is US-ASCII there,
 * and every letter outside ASCII (names, titles) was written as {@code ?}, lost for good. Output
 * that goes to a file or a pipe is UTF-8, like every file the command line writes.
 */
class OutputInUtf8UnderThePosixLocaleRegressionTest {
  @TempDir
  Path dir;

  private String run(int status, String... args) throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), IrrtCommand.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    pb.environment().put("LANG", "C");
    pb.environment().put("LC_ALL", "POSIX");
    pb.environment().remove("JAVA_TOOL_OPTIONS");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isEqualTo(status);
    return out;
  }

  @Test
  void namesOutsideAsciiReachAFileWholeWhenTheSystemLocaleIsPosix() throws Exception {
    assertThat(run(0, "--lang=en", "freelinks"))
        .contains("  * Alfabetización informacional para bibliotecas públicas [course; Spanish]")
        .contains("  * Créer des collections numériques [tutorial; French]")
        .doesNotContain("?");
  }

  @Test
  void messagesOnStandardErrorAreUtf8Too() throws Exception {
    assertThat(run(3, "--lang=ru", "validate", "missing.json"))
        .isEqualTo("missing.json: не удаётся прочитать (файл не существует)\n");
  }

  /**
   * Under {@code LANG=C} Java cannot name a file outside ASCII at all (its letters reach it as
   * U+FFFD); the refusal said "without characters no path can hold (such as NUL)", which sent the
   * user looking for a NUL. It names the cause and the way out.
   */
  @Test
  void aFileNameOutsideTheSystemCharsetIsRefusedNamingTheLocaleAsTheCause() throws Exception {
    assertThat(run(2, "--lang=en", "validate", dir.resolve("données été.json").toString()).lines().findFirst().orElseThrow())
        .isEqualTo("Invalid value for positional parameter at index 0 (FILE): names a file in characters that the "
            + "system character set (US-ASCII) cannot hold, as under LANG=C: run with a UTF-8 locale, e.g. LC_ALL=C.UTF-8");
  }
}
