package org.irrt.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.irrt.examples.IrrtCommandTest.Run;
import org.irrt.jackson2.IrrtJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault of {@code validate}'s report: a file with 300 bad values was "invalid, 201 problems", the
 * library's notice that it stopped reading after 200 ({@code org.irrt.model.json.tooManyProblems})
 * counted as a problem of the file.
 */
class ReportCutAfterTwoHundredProblemsRegressionTest {
  @TempDir
  Path dir;

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "en | : invalid, more than 200 problems; the first 200:",
      "fr | \u00A0: invalide, plus de 200 problèmes\u00A0; les 200 premiers\u00A0:",
      "ru | : недействителен, более 200 ошибок; первые 200:",
      "zh | ：无效，超过 200 个问题；以下为前 200 个：",
      "ar-EG | : غير صالح، أكثر من ٢٠٠ مشكلة؛ وهذه أول ٢٠٠ منها:"})
  void aReportCutAfterTwoHundredProblemsSaysSoAndListsTheTwoHundredWithoutTheNotice(String lang, String header)
      throws IOException {
    StringBuilder unknown = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      unknown.append(", \"u").append(i).append("\": 1");
    }
    String json = IrrtJson.write(IrrtData.irrt());
    Path file = Files.writeString(dir.resolve("bad.json"), json.substring(0, json.lastIndexOf('}')) + unknown + "}");
    Run r = IrrtCommandTest.run("--lang=" + lang, "validate", file.toString());
    assertThat(r.status()).isEqualTo(1);
    String[] lines = r.out().split("\n");
    assertThat(lines[0]).isEqualTo(file + header);
    assertThat(lines).hasSize(201);
    assertThat(lines[200]).startsWith("  u199");
  }
}
