package org.irrt.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.irrt.examples.IrrtCommandTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault found by a new user who guessed the role {@code OFFICER} in a workflows batch: the report
 * listed the roles as a Java list, "must be one of [APPLICANT, MEMBERSHIP_OFFICER, ...]", where the
 * library's own reading of a round table says "must be one of: EXECUTIVE, STANDING, ...". A
 * command's file now lists the values to choose from as the library does, in every language.
 */
class ValuesToChooseFromWithoutAJavaListRegressionTest {
  @TempDir
  Path dir;

  @Test
  void aRoleThatIsNotOneIsToldTheRolesAsTheLibraryListsValues() throws IOException {
    Path file = Files.writeString(dir.resolve("actions.json"), """
        {"zone": "UTC", "membershipTypes": [], "applications": [], "volunteering": [],
         "people": [{"id": "officer-kim", "name": {"givenNames": "Sukarno"}, "roles": ["OFFICER"]}]}
        """);
    String roles = "APPLICANT, MEMBERSHIP_OFFICER, VOLUNTEER, APPOINTING_OFFICER, CONTRIBUTOR, EDITOR, FUNDRAISING_OFFICER,"
        + " ADMINISTRATOR, SYSTEM";
    Run en = IrrtCommandTest.run("workflows", file.toString());
    assertThat(en.status()).isEqualTo(1);
    assertThat(en.out()).isEqualTo(file + ": invalid, 1 problem\n  people[0].roles[0]: must be one of: " + roles + "\n");
    assertThat(IrrtCommandTest.run("--lang=de", "workflows", file.toString()).out())
        .isEqualTo(file + ": ungültig, 1 Problem\n  people[0].roles[0]: muss einer dieser Werte (" + roles + ") sein\n");
    assertThat(IrrtCommandTest.run("--lang=fr", "workflows", file.toString()).out())
        .endsWith("  people[0].roles[0]\u00A0: doit être l’une des valeurs\u00A0: " + roles + "\n");
  }
}
