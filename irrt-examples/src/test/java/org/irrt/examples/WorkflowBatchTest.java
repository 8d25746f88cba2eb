package org.irrt.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.irrt.examples.IrrtCommandTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code irrt workflows}: the batch file read as the library's commands with their actor and time
 * (every problem of a bad file at its path), and output for round-table staff: names, states,
 * events and refusals in words, in the reader's language.
 */
class WorkflowBatchTest {
  @TempDir
  Path dir;

  private static final String HEAD = "{\"zone\": \"America/Chicago\", \"membershipTypes\": [], \"people\": ["
      + "{\"id\": \"m-1\", \"name\": {\"givenNames\": \"Amina\", \"familyName\": \"Diallo\"}, \"roles\": [\"VOLUNTEER\"]}], ";

  private Path batch(String rest) throws IOException {
    return Files.writeString(Files.createTempFile(dir, "actions", ".json"), HEAD + rest);
  }

  @Test
  void theBundledBatchPrintsNamesStatesEventsAndRefusalsInWords() {
    Run r = IrrtCommandTest.run("workflows");
    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).startsWith("Membership applications (Chicago Time)\n"
            + "  Sep 1, 2026, 09:00  Ana María García Márquez: create form-7f3a → accepted; now draft\n"
            + "  Sep 1, 2026, 09:00  Ana María García Márquez: create form-7f3a → already done (sent again); now draft\n")
        .contains("  Sep 5, 2026, 22:30  Payment gateway: record payment form-7f3a → accepted; now active\n")
        .contains("  Sep 7, 2026, 13:02  Min-jun Lee: start review form-lee → refused: an officer may not decide on their own"
            + " application\n")
        .contains("  Sep 9, 2026, 05:10  Min-jun Lee: reject form-44d0 → refused: a reason is required\n")
        .contains("Application form-7f3a of Ana María García Márquez: active; member from September 5, 2026 to September 4,"
            + " 2027\n")
        .contains("    Sep 4, 2026, 07:00  application resubmitted, by Ana María García Márquez  \"Biblioteca Pública Piloto,"
            + " Medellín.\"\n")
        .contains("    Sep 5, 2026, 22:30  membership activated, by the system\n")
        .contains("  Nov 6, 2026, 10:00  Hélène Dubois: appoint vol-dimitris → refused: too many members' terms would end in"
            + " 2029 (at most 2); choose another term length\n")
        .contains("Volunteer form vol-priya of Priya Raghunathan: accepted; chair, Membership Committee, July 1, 2027 to June"
            + " 30, 2029\n")
        .contains("Volunteer form vol-zendaya of ዜንዳያ: declined\n")
        .contains("Committee rosters for the term year from July 1, 2027\n"
            + "  Executive Committee: no appointments yet\n"
            + "  Membership Committee\n"
            + "    chair: Priya Raghunathan, July 1, 2027 to June 30, 2029\n"
            + "    member: Ana María García Márquez, July 1, 2027 to June 30, 2029\n"
            + "    member: 김민준, July 1, 2027 to June 30, 2029\n"
            + "    member: Δημήτρης Παπαδόπουλος, July 1, 2027 to June 30, 2028\n"
            + "  Nominating Committee: no appointments yet\n")
        .doesNotContain("m-008").doesNotContain("ApplicationCreated").doesNotContain("ACTIVE");
  }

  @Test
  void theBatchSpeaksGerman() {
    Run r = IrrtCommandTest.run("--lang=de", "workflows");
    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("Mitgliedsanträge, Chicago (Ortszeit)\n")
        .contains("Min-jun Lee: Prüfung beginnen form-lee → abgelehnt: ")
        .contains("Besetzung der Ausschüsse für das Amtsjahr ab 1. Juli 2027\n")
        .contains("    Vorsitz: Priya Raghunathan, 1. Juli 2027 bis 30. Juni 2029\n");
  }

  @Test
  void aBadBatchFileIsRefusedWithEveryProblemAtItsPath() throws IOException {
    Path file = batch("\"applications\": [], \"volunteering\": ["
        + "{\"by\": \"m-1\", \"on\": \" \", \"command\": {\"Shortlist\": {}}},"
        + "null,"
        + "{\"at\": \"2026-09-01T14:00:00Z\", \"by\": \"m-404\", \"on\": \"v1\", \"command\": {\"Accept\": {}}},"
        + "{\"at\": \"2026-09-01T14:00:00Z\", \"by\": \"m-1\", \"on\": \"v1\", \"comment\": \"a\\u001b[2Jb\", \"command\": {\"Accept\": {}}},"
        + "{\"at\": \"2026-09-01T14:00:00Z\", \"by\": \"m-1\", \"on\": \"v1\"}]}");
    Run r = IrrtCommandTest.run("workflows", file.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).isEqualTo(file + ": invalid, 6 problems\n"
        + "  volunteering[0].on: must not be blank\n"
        + "  volunteering[0].at: is required\n"
        + "  volunteering[1]: is required\n"
        + "  volunteering[2].by: names no one in people\n"
        + "  volunteering[3].comment: must not contain control characters\n"
        + "  volunteering[4].command: is required\n");
    // The people and the comments are checked in the same report as the shape.
    Path people = batch("\"applications\": [], \"volunteering\": ["
        + "{\"at\": \"2026-09-01T14:00:00Z\", \"by\": \"m-404\", \"on\": \"v1\", \"command\": {\"Accept\": {}}},"
        + "{\"at\": \"2026-09-01T14:00:00Z\", \"by\": \"m-1\", \"on\": \"v1\", \"comment\": \"a\\u001b[2Jb\", \"command\": {\"Accept\": {}}}]}");
    assertThat(IrrtCommandTest.run("workflows", people.toString()).out()).isEqualTo(people + ": invalid, 2 problems\n"
        + "  volunteering[0].by: names no one in people\n"
        + "  volunteering[1].comment: must not contain control characters\n");
    Path system = Files.writeString(dir.resolve("system.json"), HEAD.replace("\"m-1\"", "\"system\"")
        + "\"applications\": [], \"volunteering\": []}");
    assertThat(IrrtCommandTest.run("workflows", system.toString()).out()).isEqualTo(system + ": invalid, 1 problem\n"
        + "  people[0].id: the id system is reserved for the system itself (roles SYSTEM only)\n");
    assertThat(IrrtCommandTest.run("--lang=fr", "workflows", file.toString()).out()).startsWith(file
        + "\u00A0: invalide, 6 problèmes\n"
        + "  volunteering[0].on\u00A0: ne doit pas être vide\n"
        + "  volunteering[0].at\u00A0: est obligatoire\n"
        + "  volunteering[1]\u00A0: est obligatoire\n"
        + "  volunteering[2].by\u00A0: ne désigne personne de people\n");
  }

  /** Found by the newcomer's check: the first of two people with one id silently stood for both. */
  @Test
  void aPersonWhoseIdRepeatsAnEarlierOnesIsNamedWithTheEarlierOne() throws IOException {
    String second = "{\"id\": \"m-2\", \"name\": {\"givenNames\": \"Ana\"}, \"roles\": [\"VOLUNTEER\"]}";
    String twice = "{\"id\": \"m-1\", \"name\": {\"givenNames\": \"Олег\"}, \"roles\": [\"APPOINTING_OFFICER\"]}";
    Path file = Files.writeString(dir.resolve("twice.json"), HEAD.replace("]}], ", "]}, " + second + ", " + twice + ", "
        + twice + "], ") + "\"applications\": [], \"volunteering\": []}");
    Run r = IrrtCommandTest.run("workflows", file.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).isEqualTo(file + ": invalid, 2 problems\n"
        + "  people[2].id: repeats the id of people[0]\n"
        + "  people[3].id: repeats the id of people[0]\n");
    assertThat(IrrtCommandTest.run("--lang=de", "workflows", file.toString()).out())
        .contains("  people[2].id: wiederholt die ID von people[0]\n");
  }

  @Test
  void aCommandOrPersonTheFileCannotHoldIsNamedAtItsPath() throws IOException {
    Path unknown = batch("\"applications\": [], \"volunteering\": [{\"at\": \"2026-09-01T14:00:00Z\", \"by\": \"m-1\","
        + " \"on\": \"v1\", \"command\": {\"Frobnicate\": {}}}]}");
    Run r = IrrtCommandTest.run("workflows", unknown.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).startsWith(unknown + ": invalid, 1 problem\n  volunteering[0].command: ");
    Path email = Files.writeString(dir.resolve("email.json"), "{\"zone\": \"America/Chicago\", \"membershipTypes\": [],"
        + " \"people\": [{\"id\": \"m-1\", \"name\": {\"givenNames\": \"Amina\"}, \"roles\": [\"APPLICANT\"]}], \"volunteering\": [],"
        + " \"applications\": [{\"at\": \"2026-09-01T14:00:00Z\", \"by\": \"m-1\", \"on\": \"t\", \"command\": {\"Create\":"
        + " {\"applicant\": {\"id\": \"m-1\", \"email\": \"not an address\"}, \"type\": \"x\", \"clientToken\": \"t\"}}}]}");
    assertThat(IrrtCommandTest.run("workflows", email.toString()).out()).contains("applications[0].command.Create.applicant.email: must contain an @")
        .contains("applications[0].command.Create.applicant.name: is required");
  }

  @Test
  void aCommentIsPrintedOnOneLineAndARefusalInTheReadersLanguage() throws IOException {
    Path file = batch("\"applications\": [], \"volunteering\": ["
        + "{\"at\": \"2026-09-01T14:00:00Z\", \"by\": \"m-1\", \"on\": \"v1\", \"comment\": \"fine\\r\\nSep 1, 2026, 09:00"
        + "  Amina Diallo: Accept v1 → accepted\", \"command\": {\"Submit\": {\"form\": {\"member\": \"m-1\", \"preferences\":"
        + " [\"membership\"], \"statement\": \"Ten years.\", \"availability\": \"Virtual\"}}}},"
        + "{\"at\": \"2026-09-02T14:00:00Z\", \"by\": \"m-1\", \"on\": \"v1\", \"command\": {\"Decline\": {}}}]}");
    Run r = IrrtCommandTest.run("--lang=es", "workflows", file.toString());
    assertThat(r.status()).as(r.out()).isZero();
    assertThat(r.out()).contains("  «fine\\r\\nSep 1, 2026, 09:00  Amina Diallo: Accept v1 → accepted»\n")
        .doesNotContain("\nSep 1, 2026, 09:00  Amina Diallo")
        .contains("Amina Diallo: declinar v1 → rechazado: su función no permite «declinar» aquí\n");
  }

  @Test
  void theSampleIsReadFromTheClassPathAsUtf8() throws IOException {
    try (var in = WorkflowBatch.class.getResourceAsStream(WorkflowBatch.SAMPLE)) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains("\"people\"").contains("\"volunteering\"");
    }
  }
}
