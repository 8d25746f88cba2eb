package org.irrt.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.irrt.examples.IrrtCommandTest.Run;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Faults of the command line's file reading: {@code apply}, {@code workflows}, {@code campaign} and
 * {@code freelinks} given a JSON file that is not an object ({@code [1,2]}, {@code "x"}, {@code 42})
 * stopped with "internal error: NullPointerException" (exit 70), and told an empty file, {@code null}
 * or a file not in UTF-8 in English words of their own, where {@code validate} gives the library's
 * violations in the reader's language. Every command now reads through the library's reading.
 */
class FilesThatAreNotAnObjectRegressionTest {
  @TempDir
  Path dir;

  private static final String WRONG_TYPE = "(document): has the wrong type or format; expected an object";
  private static final String EMPTY = "(document): the document is empty";

  /** The command with the file, and a database of the test's own for the commands that keep state. */
  private String[] args(String command, Path file) {
    return java.util.Set.of("tour", "memberships", "campaign", "apply").contains(command)
        ? new String[] {command, file.toString(), "--db=jdbc:h2:file:" + dir.resolve("irrt")}
        : new String[] {command, file.toString()};
  }

  private static String[] french(String[] args) {
    String[] all = new String[args.length + 1];
    all[0] = "--lang=fr";
    System.arraycopy(args, 0, all, 1, args.length);
    return all;
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
      "validate | [1,2]", "validate | \"x\"", "validate | 42", "validate | null", "validate | ''",
      "tour | [1,2]", "tour | \"x\"", "tour | 42", "tour | null", "tour | ''",
      "memberships | [1,2]", "memberships | \"x\"", "memberships | 42", "memberships | null", "memberships | ''",
      "apply | [1,2]", "apply | \"x\"", "apply | 42", "apply | null", "apply | ''",
      "workflows | [1,2]", "workflows | \"x\"", "workflows | 42", "workflows | null", "workflows | ''",
      "campaign | [1,2]", "campaign | \"x\"", "campaign | 42", "campaign | null", "campaign | ''",
      "freelinks | [1,2]", "freelinks | \"x\"", "freelinks | 42", "freelinks | null", "freelinks | ''"})
  void everyCommandRefusesAFileThatIsNotAnObjectAsValidateDoesWithStatusOne(String command, String content)
      throws IOException {
    Path file = Files.writeString(dir.resolve("file.json"), content);
    Run r = IrrtCommandTest.run(args(command, file));
    String problem = content.isEmpty() || content.equals("null") ? EMPTY : WRONG_TYPE;
    assertThat(r.err()).doesNotContain("internal error");
    assertThat(r.out()).isEqualTo(file + ": invalid, 1 problem\n  " + problem + "\n");
    assertThat(r.status()).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"validate", "apply", "workflows", "campaign", "freelinks"})
  void everyCommandTellsAFileNotInUtf8AsValidateDoesInFrench(String command) throws IOException {
    Path utf16 = Files.write(dir.resolve("utf16.json"), "{}".getBytes(StandardCharsets.UTF_16LE));
    Run r = IrrtCommandTest.run(french(args(command, utf16)));
    assertThat(r.out()).isEqualTo(utf16 + "\u00A0: invalide, 1 problème\n"
        + "  (document)\u00A0: est en UTF-16LE, pas en UTF-8\u00A0: un document JSON doit être en UTF-8 (RFC 8259)\u202F; "
        + "enregistrez le fichier en UTF-8 et réessayez\n");
    assertThat(r.status()).isEqualTo(1);
    Path empty = Files.writeString(dir.resolve("empty.json"), "");
    assertThat(IrrtCommandTest.run(french(args(command, empty))).out()).isEqualTo(empty + "\u00A0: invalide, 1 problème\n  (document)\u00A0: le document est vide\n");
  }
}
