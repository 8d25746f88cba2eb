package org.irrt.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.irrt.examples.IrrtCommandTest.Run;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Fault of the Arabic and Chinese wording: a decision the state does not allow was "refused" with
 * the very word of "rejected" (Arabic «رُفض», Chinese 「被拒绝」), so that {@code review --reject} on an
 * approved application read as if the application had been rejected. The line now says the command
 * was not carried out (Arabic «تعذّر التنفيذ», Chinese 「未执行」).
 */
class RefusedIsNotRejectedRegressionTest {
  @TempDir
  Path dir;

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "ar | : تعذّر التنفيذ: | رُفض",
      "zh | ：未执行： | 拒绝"})
  void aRejectionRefusedOnAnApprovedApplicationDoesNotReadAsARejection(String lang, String refused, String rejected) {
    String db = "jdbc:h2:file:" + dir.resolve("irrt");
    String id = ApplyTodayApproveTomorrowTest.applyTodayApproveTomorrow(db);
    Run r = ApplyTodayApproveTomorrowTest.run(db, "--lang=" + lang, "review", id, "--reject=late", "--as=officer-lee");
    assertThat(r.status()).isEqualTo(1);
    String line = r.out().lines().findFirst().orElseThrow();
    assertThat(line).contains(id + refused);
    assertThat(line.substring(0, line.indexOf(refused) + refused.length())).doesNotContain(rejected);
  }
}
