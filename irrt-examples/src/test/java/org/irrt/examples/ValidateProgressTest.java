package org.irrt.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.irrt.jackson2.IrrtJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate} of a large file shows a progress bar on a terminal, on standard error, and
 * nothing of it otherwise: the verdict on standard output is the same either way.
 */
class ValidateProgressTest {
  @TempDir
  Path dir;

  record Run(int status, String out, String err) {}

  private static Run validate(Path file, boolean terminal) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = ValidateExample.validate(file, CliMessages.of(Locale.ENGLISH), Locale.ENGLISH,
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), terminal);
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** The IRRT data followed by 2 MiB of spaces: valid JSON, and large. */
  private Path large() throws IOException {
    return Files.writeString(dir.resolve("large.json"), IrrtJson.write(IrrtData.irrt()) + " ".repeat(2 << 20));
  }

  @Test
  void aLargeFileOnATerminalShowsAProgressBarOnStandardError() throws IOException {
    Path file = large();
    Run r = validate(file, true);
    assertThat(r.status()).isZero();
    assertThat(r.out()).isEqualTo(file + ": valid round table \"International Relations Round Table\""
        + " (9 committees, 4 initiatives, 6 link groups, 20 links)\n");
    assertThat(r.err()).contains("Checking").contains("100%").contains("MiB");
  }

  @Test
  void pipedOutputOrASmallFileShowsNoProgressBar() throws IOException {
    Path file = large();
    Run piped = validate(file, false);
    assertThat(piped.out()).isEqualTo(validate(file, true).out());
    assertThat(piped.err()).isEmpty();
    Path small = Files.writeString(dir.resolve("small.json"), IrrtJson.write(IrrtData.irrt()));
    assertThat(validate(small, true).err()).as("a file under 1 MiB is read at once").isEmpty();
  }
}
