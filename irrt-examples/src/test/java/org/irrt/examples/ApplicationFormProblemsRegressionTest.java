package org.irrt.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.irrt.examples.IrrtCommandTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault: {@code irrt apply FILE} on a form with a blank {@code token}, an unknown {@code type} and a
 * bad {@code applicant} reported in stages: first only the applicant's problems; then {@code
 * idempotencyKey: ...}, a name the file does not have; only then the refusal "there is no membership
 * type nope". And {@code irrt review app-nope} said "APPROVE is not possible while this is NONE".
 */
class ApplicationFormProblemsRegressionTest {
  @TempDir
  Path dir;

  private String db() {
    return "--db=jdbc:h2:file:" + dir.resolve("irrt");
  }

  @Test
  void everyProblemOfAFormIsInOneReportAtTheFilesOwnPaths() throws IOException {
    Path form = Files.writeString(dir.resolve("form.json"), "{\"token\": \" \", \"type\": \"nope\", \"applicant\": {"
        + "\"id\": \"M 101\", \"name\": {\"givenNames\": \" \"}, \"email\": \"kwame\", \"country\": \"Ghana\","
        + " \"preferredLanguage\": \"!!\", \"category\": \"PUPIL\"}}");
    Run r = IrrtCommandTest.run("apply", form.toString(), db());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).isEqualTo(form + ": invalid, 8 problems\n" // in the file's order
        + "  token: a request id, such as a form's token, is 1 to 200 characters: ASCII letters, digits and - _ . : ~ + / = @\n"
        + "  type: names no membership type of the register; expected one of: regular, student, international-eur,"
        + " international-jpy, international-bhd, international-ngn, honorary\n"
        + "  applicant.id: must be an id of lower-case letters and digits joined by single hyphens, 1 to 64 characters\n"
        + "  applicant.name.givenNames: must not be blank\n"
        + "  applicant.email: must contain an @ between the name and the domain\n"
        + "  applicant.country: must be an ISO 3166-1 alpha-2 country code in capitals, such as US, NG, NA or GB (the United Kingdom; UK is not one)\n"
        + "  applicant.preferredLanguage: must be a BCP 47 language tag such as en, es-419 or zh-Hant\n"
        + "  applicant.category: must be one of: REGULAR, STUDENT, RETIRED, SUPPORT_STAFF, INTERNATIONAL, TRUSTEE,"
        + " ORGANIZATION, HONORARY\n");
    assertThat(IrrtCommandTest.run("applications", db()).out()).as("nothing was received")
        .isEqualTo("Membership applications: 0 applications\n");
  }

  @Test
  void aFormWithOnlyAnUnknownTypeIsInvalidAtTypeNotARefusal() throws IOException {
    String sample = WorkflowsFileProblemsRegressionTest.sample(ApplicationDesk.SAMPLE);
    Path form = Files.writeString(dir.resolve("type.json"), sample.replace("\"type\": \"student\"", "\"type\": \"nope\""));
    Run r = IrrtCommandTest.run("--lang=es", "apply", form.toString(), db());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).isEqualTo(form + ": no válido, 1 problema\n"
        + "  type: no nombra ningún tipo de membresía del registro; se espera uno de: regular, student, international-eur,"
        + " international-jpy, international-bhd, international-ngn, honorary\n");
    Path missing = Files.writeString(dir.resolve("missing.json"), "{\"tokn\": \"t-1\"}");
    assertThat(IrrtCommandTest.run("apply", missing.toString(), db()).out()).isEqualTo(missing + ": invalid, 4 problems\n"
        + "  tokn: is not a known property here; expected one of: note, token, type, applicant\n"
        + "  token: is required\n  type: is required\n  applicant: is required\n");
  }

  @Test
  void reviewingAnApplicationThatDoesNotExistSaysSoInEveryLanguage() {
    String[][] expected = {
        {"en", "there is no application app-nope\n"},
        {"ar", "لا يوجد طلب app-nope\n"},
        {"de", "es gibt keinen Antrag app-nope\n"},
        {"es", "no hay ninguna solicitud app-nope\n"},
        {"fr", "il n’y a pas de demande app-nope\n"},
        {"ru", "заявления app-nope нет\n"},
        {"zh", "没有申请 app-nope\n"}};
    for (String[] e : expected) {
      Run r = IrrtCommandTest.run("--lang=" + e[0], "review", "app-nope", "--approve", "--as=officer-lee", db());
      assertThat(r.status()).as(e[0]).isEqualTo(1);
      assertThat(r.out()).as(e[0]).isEqualTo(e[1]);
    }
  }
}
