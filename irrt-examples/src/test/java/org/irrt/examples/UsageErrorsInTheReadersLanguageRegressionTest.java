package org.irrt.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.irrt.examples.IrrtCommandTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Fault of the usage errors under {@code --lang}: picocli's own messages for a missing required
 * option, options that exclude each other, an option without its value and an enum option's value
 * stayed in English ("Missing required option: '--as=OFFICER'", "--approve, --reject=REASON are
 * mutually exclusive (specify only one)", "expected one of [WEBINAR, COURSE, ...] (case-sensitive)
 * but was 'webinar'"), and {@code --format=webinar} was refused for its case.
 */
class UsageErrorsInTheReadersLanguageRegressionTest {
  @TempDir
  Path dir;

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "fr | review app-1 --approve | Option obligatoire manquante\u00A0: «\u00A0--as=OFFICER\u00A0»",
      "fr | review app-1 --as=o | Il manque l’une des options\u00A0: «\u00A0--approve\u00A0», «\u00A0--reject=REASON\u00A0»",
      "fr | review app-1 --approve --reject=non --as=o | «\u00A0--approve\u00A0», «\u00A0--reject=REASON\u00A0» s’excluent"
          + " mutuellement\u00A0: n’en donnez qu’une",
      "fr | review app-1 --as=o --reject | L’option «\u00A0--reject\u00A0» attend une valeur (REASON)",
      "fr | review app-1 --reject --as=o | L’option «\u00A0--reject\u00A0» attend une valeur (REASON)",
      "fr | review app-1 --approve --as=o --comment | L’option «\u00A0--comment\u00A0» attend une valeur (TEXT)",
      "fr | freelinks --format=seminar | Valeur invalide pour l’option «\u00A0--format\u00A0»\u00A0: «\u00A0seminar\u00A0» n’est"
          + " pas l’une des valeurs\u00A0: webinar, course, tutorial, conference, toolkit, guide, video, podcast, other",
      "zh | review app-1 --approve | 缺少必需的选项：“--as=OFFICER”",
      "zh | review app-1 --as=o | 缺少以下选项之一：“--approve”, “--reject=REASON”",
      "zh | review app-1 --approve --reject=不 --as=o | “--approve”, “--reject=REASON” 互相排斥：只能指定一个",
      "zh | review app-1 --as=o --reject | 选项“--reject”需要一个值（REASON）",
      "zh | review app-1 --approve --as=o --comment | 选项“--comment”需要一个值（TEXT）"})
  void aUsageErrorIsSaidInTheReadersLanguageWithStatusTwo(String lang, String command, String said) {
    String[] args = ("--lang=" + lang + " " + command + " --db=jdbc:h2:file:" + dir.resolve("irrt")).split(" ");
    if (command.startsWith("freelinks")) {
      args = ("--lang=" + lang + " " + command).split(" ");
    }
    Run r = IrrtCommandTest.run(args);
    assertThat(r.err().lines().findFirst()).hasValue(said);
    assertThat(r.status()).isEqualTo(2);
  }

  @Test
  void anEnumOptionTakesItsValueInAnyCaseAndListsTheValuesInLowerCase() {
    Run r = IrrtCommandTest.run("freelinks", "--format=webinar");
    assertThat(r.status()).isZero();
    assertThat(IrrtCommandTest.run("freelinks", "--help").out().replaceAll("\\s+", " "))
        .contains("One of: webinar, course, tutorial, conference, toolkit, guide, video, podcast, other.");
  }
}
