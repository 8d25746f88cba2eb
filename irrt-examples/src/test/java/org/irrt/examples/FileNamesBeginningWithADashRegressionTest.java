package org.irrt.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.irrt.examples.IrrtCommandTest.Run;
import org.junit.jupiter.api.Test;

/**
 * Found by the command line's adversarial test: {@code validate -mine.json} (a file whose name begins
 * with a dash) said "Missing required parameter: 'FILE'", not a word about {@code -mine.json}: picocli
 * takes it for an unknown option and then finds FILE missing. An unknown argument is now named first,
 * and one that begins with a dash, for a command that takes a file, comes with the way to give such a
 * file: after {@code --}.
 */
class FileNamesBeginningWithADashRegressionTest {
  @Test
  void aFileNameBeginningWithADashWhereTheFileIsRequiredIsNamedWithTheWayToGiveIt() {
    Run run = IrrtCommandTest.run("validate", "-mine.json");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("Unknown argument: '-mine.json'\n"
        + "A file whose name begins with a dash goes after --: irrt validate -- -mine.json\n"
        + "Usage: irrt validate ");
  }

  @Test
  void whereTheFileIsOptionalTheWayToGiveItIsSaidInSpanish() {
    Run run = IrrtCommandTest.run("--lang=es", "tour", "-mine.json");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("Argumento desconocido: «-mine.json»\n"
        + "Un archivo cuyo nombre empieza por un guion va después de --: irrt tour -- -mine.json\n");
  }

  @Test
  void aCommandWithoutAFileGetsNoSuchAdvice() {
    Run run = IrrtCommandTest.run("applications", "-x");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("Unknown argument: '-x'\nUsage: irrt applications ");
  }
}
