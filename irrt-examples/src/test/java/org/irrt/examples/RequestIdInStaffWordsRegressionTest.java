package org.irrt.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.irrt.examples.IrrtCommandTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault a newcomer's trial found: the command line told staff about an "idempotency key" (« clé
 * d’idempotence », "幂等键", "مفتاح عدم التكرار"), a developer's word, where they know the token of a
 * submitted form, a request id; and a batch's bad form token was reported at {@code
 * idempotencyKey}, a name its file does not have, after the batch had begun to print.
 */
class RequestIdInStaffWordsRegressionTest {
  @TempDir
  Path dir;

  /** The developer's word in each of the seven languages, as the bundles had it. */
  private static final Pattern DEVELOPERS_WORD =
      Pattern.compile("(?i)idempoten|Idempotenz|идемпотент|幂等|عدم التكرار");

  @Test
  void aFormsBadTokenIsARequestIdInEveryLanguage() throws IOException {
    Path form = Files.writeString(dir.resolve("form.json"), "{\"token\": \" \", \"type\": \"student\"}");
    String[][] expected = {
        {"en", "  token: a request id, such as a form's token, is 1 to 200 characters: ASCII letters, digits and"
            + " - _ . : ~ + / = @\n"},
        {"ar", "  token: رمز الإرسال، مثل رمز الاستمارة، من حرف واحد إلى 200 حرف: حروف ASCII وأرقام و - _ . : ~ + / = @\n"},
        {"de", "  token: eine Anfrage-ID, etwa das Token eines Formulars, hat 1 bis 200 Zeichen: ASCII-Buchstaben, Ziffern"
            + " und - _ . : ~ + / = @\n"},
        {"es", "  token: un identificador de petición, como el token de un formulario, tiene de 1 a 200 caracteres: letras"
            + " ASCII, dígitos y - _ . : ~ + / = @\n"},
        {"fr", "  token\u00A0: un identifiant de requête, comme le jeton d’un formulaire, compte de 1 à 200 caractères\u00A0:"
            + " lettres ASCII, chiffres et - _ . : ~ + / = @\n"},
        {"ru", "  token: идентификатор запроса, например токен формы, содержит от 1 до 200 символов: латинские буквы ASCII,"
            + " цифры и - _ . : ~ + / = @\n"},
        {"zh", "  token：请求编号（如表单的令牌）为 1 至 200 个字符：ASCII 字母、数字及 - _ . : ~ + / = @\n"}};
    for (String[] e : expected) {
      Run r = IrrtCommandTest.run("--lang=" + e[0], "apply", form.toString(), "--db=jdbc:h2:file:" + dir.resolve("irrt"));
      assertThat(r.status()).as(e[0]).isEqualTo(1);
      assertThat(r.out()).as(e[0]).contains(e[1]).doesNotContainPattern(DEVELOPERS_WORD);
    }
  }

  @Test
  void aBatchsBadFormTokenIsReportedAtItsOnBeforeAnythingRuns() throws IOException {
    String sample = WorkflowsFileProblemsRegressionTest.sample(WorkflowBatch.SAMPLE);
    Path file = Files.writeString(dir.resolve("actions.json"), sample.replaceFirst("\"on\": \"form-7f3a\"", "\"on\": \"form 7f3a\""));
    Run r = IrrtCommandTest.run("workflows", file.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).isEqualTo(file + ": invalid, 1 problem\n"
        + "  applications[0].on: a request id, such as a form's token, is 1 to 200 characters: ASCII letters, digits and"
        + " - _ . : ~ + / = @\n");
  }

  @Test
  void noMessageStaffSeeNamesAnIdempotencyKeyInAnyLanguage() throws IOException {
    for (String bundle : List.of("/org/irrt/examples/IrrtCommandMessages", "/org/irrt/workflow/WorkflowMessages",
        "/org/irrt/model/IrrtMessages")) {
      for (String suffix : List.of("", "_ar", "_de", "_es", "_fr", "_ru", "_zh")) {
        Properties p = new Properties();
        try (InputStream in = getClass().getResourceAsStream(bundle + suffix + ".properties")) {
          p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        p.forEach((key, text) -> assertThat((String) text).as(bundle + suffix + " " + key).doesNotContainPattern(DEVELOPERS_WORD));
      }
    }
    assertThat(IrrtCommandTest.run("apply", "--help").out() + IrrtCommandTest.run("workflows", "--help").out())
        .doesNotContainPattern(DEVELOPERS_WORD);
  }
}
