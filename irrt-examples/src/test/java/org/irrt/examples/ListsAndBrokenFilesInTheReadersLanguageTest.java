package org.irrt.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults a newcomer's trial found: items of a list were joined with an ASCII "; " in every language
 * (French wants a narrow no-break space before it, Chinese "；", Arabic "؛"), and a command's file
 * that is not JSON at all was "not a valid application file (line 12)", with the English name of the
 * file inside other languages and no column.
 */
class ListsAndBrokenFilesInTheReadersLanguageTest {
  @TempDir
  Path dir;

  @Test
  void itemsOfAListAreJoinedAsTheReadersLanguageWritesThem() {
    assertThat(IrrtCommandTest.run("--lang=fr", "tour").out())
        .contains("Si\u00e8ges\u00a0: pr\u00e9sidence 1\u202F; membres 2 \u00e0 4").doesNotContain("1; membres");
    assertThat(IrrtCommandTest.run("--lang=zh", "tour").out()).contains("\uFF1B") // the sources' own text is English
        .contains("\u5E2D\u4F4D\uFF1A\u4E3B\u5E2D") // 席位：主席, no space after a full-width colon
        .doesNotContain("\uFF1A ");
    assertThat(IrrtCommandTest.run("--lang=ar-EG", "tour").out()).contains("\u061B ");
    assertThat(IrrtCommandTest.run("tour").out()).contains("Seats: chair 1; members 2-4");
  }

  @Test
  void aFileThatIsNotJsonIsToldSoWithItsLineAndColumnInTheReadersLanguage() throws IOException {
    Path broken = Files.writeString(dir.resolve("form.json"), "{\n  \"token\": \"t\",\n}\n");
    assertThat(IrrtCommandTest.run("apply", broken.toString()).out())
        .contains("(document): is not well-formed JSON (line 3, column 1)");
    assertThat(IrrtCommandTest.run("--lang=fr", "apply", broken.toString()).out())
        .contains("(document)\u00a0: n\u2019est pas du JSON bien form\u00e9 (ligne 3, colonne 1)")
        .doesNotContain("application file");
  }

  /** A newcomer's trial: languages were shown as tags ("in es-CO", "[webinar; en, es-419]"). */
  @Test
  void languagesAreNamedInTheReadersLanguage() {
    assertThat(IrrtCommandTest.run("freelinks", "--language=es", "--on=2026-11-29").out())
        .contains("English, Spanish (Latin America)]").doesNotContain("en, es-419");
    assertThat(IrrtCommandTest.run("--lang=fr", "freelinks", "--language=es", "--on=2026-11-29").out())
        .contains("anglais, espagnol (Am\u00e9rique latine)]");
  }
}
