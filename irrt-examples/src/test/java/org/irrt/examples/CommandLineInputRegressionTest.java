package org.irrt.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.irrt.examples.IrrtCommandTest.Run;
import org.irrt.jackson2.IrrtJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Faults of the command line's input: a file in UTF-16 or UTF-32 was validated as if it were UTF-8;
 * an argument that could not be converted was refused with Java's class and exception names
 * ("cannot convert '29/11/2026' to class java.time.LocalDate (java.time.format.DateTimeParseException
 * ...)").
 */
class CommandLineInputRegressionTest {
  @TempDir
  Path dir;

  private static Run run(String... args) {
    return IrrtCommandTest.run(args);
  }

  @Test
  void validateRefusesAFileInAnotherEncodingNamingItInTheChosenLanguage() throws IOException {
    Path utf16 = Files.writeString(dir.resolve("utf16.json"), IrrtJson.write(IrrtData.irrt()), StandardCharsets.UTF_16);
    Run r = run("validate", utf16.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).isEqualTo(utf16 + ": invalid, 1 problem\n  (document): is in UTF-16BE, not UTF-8: JSON documents "
        + "must be UTF-8 (RFC 8259); save the file as UTF-8 and try again\n");
    assertThat(run("--lang=fr", "validate", utf16.toString()).out()).isEqualTo(utf16 + "\u00A0: invalide, 1 problème\n"
        + "  (document)\u00A0: est en UTF-16BE, pas en UTF-8\u00A0: un document JSON doit être en UTF-8 (RFC 8259)\u202F; enregistrez le "
        + "fichier en UTF-8 et réessayez\n");
    assertThat(run("tour", utf16.toString()).status()).isEqualTo(1);
  }

  @Test
  void validateAcceptsAByteOrderMarkAndPlacesABrokenCharacter() throws IOException {
    String json = IrrtJson.write(IrrtData.irrt());
    Path marked = Files.writeString(dir.resolve("bom.json"), "\uFEFF" + json);
    assertThat(run("validate", marked.toString()).status()).isZero();
    byte[] latin1 = json.replace("\"acronym\": \"IRRT\"", "\"acronym\": \"IRRT \u00e9t\u00e9\"")
        .getBytes(StandardCharsets.ISO_8859_1);
    Path file = Files.write(dir.resolve("latin1.json"), latin1);
    Run r = run("validate", file.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).isEqualTo(file + ": invalid, 1 problem\n  acronym: is not valid UTF-8 (line 4, column 20): the "
        + "bytes there are no UTF-8 character; the file may be in another encoding, such as ISO-8859-1 or Windows-1252, "
        + "or cut short\n");
  }

  @Test
  void theOtherCommandsRefuseAFileInAnotherEncodingAsInvalidData() throws IOException {
    Path campaign = Files.write(dir.resolve("campaign.json"), "{}".getBytes(StandardCharsets.UTF_16LE));
    Run r = run("campaign", campaign.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).isEqualTo(campaign + ": invalid, 1 problem\n"
        + "  (document): is in UTF-16LE, not UTF-8: JSON documents must be UTF-8 (RFC 8259); save the file as UTF-8 and "
        + "try again\n");
    Path catalogue = Files.write(dir.resolve("freelinks.json"), new byte[] {'{', '"', 'n', 'o', 't', 'e', '"', ':', '"',
        (byte) 0xE9, '"', '}'});
    assertThat(run("freelinks", catalogue.toString()).out()).isEqualTo(catalogue + ": invalid, 1 problem\n"
        + "  note: is not valid UTF-8 (line 1, column 10): the bytes there are no UTF-8 character; the file may be in "
        + "another encoding, such as ISO-8859-1 or Windows-1252, or cut short\n");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "memberships --date=29/11/2026 | Invalid value for option '--date': '29/11/2026' is not a date: expected a date as"
          + " YYYY-MM-DD, such as 2026-11-29",
      "campaign --date=2026-02-30 | Invalid value for option '--date': '2026-02-30' is not a date: expected a date as"
          + " YYYY-MM-DD, such as 2026-11-29",
      "freelinks --on=2026-13-01 | Invalid value for option '--on': '2026-13-01' is not a date: expected a date as"
          + " YYYY-MM-DD, such as 2026-11-29",
      "blog --publish-at=tomorrow | Invalid value for option '--publish-at': 'tomorrow' is not a date and time: expected"
          + " YYYY-MM-DDTHH:MM, such as 2026-12-01T09:00",
      "memberships --zone=Mars/Olympus | Invalid value for option '--zone': 'Mars/Olympus' is not a time zone: expected a"
          + " time-zone ID such as America/Chicago, Europe/Paris or UTC",
      "--lang=en_US tour | Invalid value for option '--lang': 'en_US' is not a language tag: expected a BCP 47 tag such as"
          + " en, es or fr",
      "validate x.json --lang=!! | Invalid value for option '--lang': '!!' is not a language tag: expected a BCP 47 tag"
          + " such as en, es or fr"})
  void anArgumentThatCannotBeConvertedSaysTheFormExpectedAndIsWrongUsage(String args, String message) {
    Run r = run(args.split(" "));
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith(message + "\nUsage: irrt ").doesNotContain("java.").doesNotContain("Exception");
  }

  @Test
  void aPathNoFileCanHaveIsWrongUsage() {
    Run r = run("tour", "irrt\u0000.json");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).startsWith("Invalid value for positional parameter at index 0 (FILE): is not a file path on this "
        + "system: expected the path of a file, without characters no path can hold (such as NUL)\nUsage: irrt tour");
  }

  @Test
  void aWellFormedLanguageWithoutMessagesStillFallsBackToEnglish() throws IOException {
    Path file = Files.writeString(dir.resolve("blank.json"), IrrtJson.write(IrrtData.irrt())
        .replace("\"acronym\": \"IRRT\"", "\"acronym\": \"\""));
    Run japanese = run("--lang=ja-JP", "validate", file.toString());
    assertThat(japanese.status()).isEqualTo(1);
    assertThat(japanese.err()).isEqualTo("irrt: no messages in 'ja-JP'; using English\n");
    assertThat(japanese.out()).contains("  acronym: must not be blank");
  }
}
