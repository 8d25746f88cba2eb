package org.irrt.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.irrt.examples.IrrtCommandTest.Run;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Fault of the commands that write a file ({@code export -o}, {@code campaign --chart}, {@code blog
 * -o}): a file that could not be written was refused with Java's exception name ("cannot be written
 * (NoSuchFileException)", "(FileSystemException)"); now the reason is said in words.
 */
class WriteErrorsInWordsRegressionTest {
  @TempDir
  Path dir;

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
      "en | export --output | missing/x.json | : cannot be written (its folder does not exist)",
      "en | export --output | .              | : cannot be written (it is a folder)",
      "en | campaign --chart | missing/x.svg | : cannot be written (its folder does not exist)",
      "en | blog --output   | .              | : cannot be written (it is a folder)",
      "fr | export --output | missing/x.json | \u00A0: ne peut pas être écrit (son dossier n’existe pas)",
      "zh | campaign --chart | .             | ：无法写入（这是一个文件夹）"})
  void aFileThatCannotBeWrittenIsRefusedWithTheReasonInWords(String lang, String command, String target, String said) {
    String[] words = command.split(" ");
    Path out = dir.resolve(target).normalize();
    String option = words[1];
    Run r = words[0].equals("campaign")
        ? IrrtCommandTest.run("--lang=" + lang, words[0], option + "=" + out, "--db=jdbc:h2:file:" + dir.resolve("irrt"))
        : IrrtCommandTest.run("--lang=" + lang, words[0], option + "=" + out);
    assertThat(r.err()).contains(out + said).doesNotContain("Exception");
    assertThat(r.status()).isEqualTo(3);
  }
}
