package org.irrt.readme;

// README: reading-a-file
import java.nio.file.Path;
import java.util.Locale;
import org.irrt.jackson3.IrrtJson;
import org.irrt.model.common.InvalidValueException;
import org.irrt.model.common.Violation;
import org.irrt.model.roundtable.RoundTable;
// END README

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.irrt.data.IrrtData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** README, "A short tour of the API": reading a file of one's own, and every problem it has. */
class ReadingAFileTest {
  @RegisterExtension final Console console = new Console();
  @TempDir Path folder;

  // README: reading-a-file
  static void printCommittees(Path file, Locale locale) {
    try {
      RoundTable rt = IrrtJson.read(file, RoundTable.class);   // rt exists only if the file is valid
      rt.committees().forEach(c -> System.out.println(c.name()));
    } catch (InvalidValueException e) {                        // every problem at once, each at its path
      for (Violation v : e.violations()) {
        String where = v.path().isEmpty() ? "(document)" : v.path(); // "" is the document itself
        System.out.println(where + ": " + v.message(locale)); // in Spanish: acronym: no debe estar en blanco
      }
    }
  }
  // END README

  @Test
  void aValidFilePrintsItsCommittees() {
    Path file = folder.resolve("round-table.json");
    IrrtJson.write(IrrtData.irrt(IrrtJson::read), file);

    printCommittees(file, Locale.forLanguageTag("es"));

    assertThat(console.lines()).hasSize(9).startsWith("Executive Committee", "Membership Committee");
  }

  @Test
  void anInvalidFilePrintsEveryProblemAtItsPathInTheReadersLanguage() throws IOException {
    Path file = folder.resolve("round-table.json");
    String valid;
    try (var in = IrrtData.open()) {
      valid = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Files.writeString(file, valid.replace("\"acronym\": \"IRRT\"", "\"acronym\": \" \"")
        .replace("\"url\": \"http://www.ala.org/offices/iro/", "\"url\": \"javascript:x()//"),
        StandardCharsets.UTF_8);

    printCommittees(file, Locale.forLanguageTag("es"));

    assertThat(console.lines()).containsExactly(
        "liaisonBodies[0].links[0].url: debe usar http o https (no se admiten otros esquemas, como javascript: o data:)",
        "acronym: no debe estar en blanco");
  }
}
