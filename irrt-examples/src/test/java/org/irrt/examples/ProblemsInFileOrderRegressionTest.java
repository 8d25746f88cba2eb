package org.irrt.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.irrt.examples.IrrtCommandTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault a newcomer's trial found: a file with several problems had them listed by path (the
 * library checks one value's own constraints by path, after its reading's problems, and a host's
 * checks came after the reading), not in the order they occur in the file. The command line now
 * lists them from the top of the file down; a part the file lacks at the end of what lacks it.
 */
class ProblemsInFileOrderRegressionTest {
  @TempDir
  Path dir;

  @Test
  void aRoundTablesProblemsAreListedInTheOrderOfTheFile() throws IOException {
    // by path: acronym, committees[0].*, established, id, linkGroups, name, website; in the file the other way round
    Path file = Files.writeString(dir.resolve("rt.json"), """
        {"website": "ftp://x", "name": " ", "linkGroups": 5, "id": "Bad Id", "established": "1949-13",
         "committees": [{"name": "", "id": "Bad Id"}], "acronym": ""}
        """);
    Run r = IrrtCommandTest.run("validate", file.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).isEqualTo(file + ": invalid, 11 problems\n"
        + "  website: is not a known property\n"
        + "  name: must not be blank\n"
        + "  linkGroups: has the wrong type or format; expected a list\n"
        + "  id: must be an id of lower-case letters and digits joined by single hyphens, 1 to 64 characters\n"
        + "  established: must be a date written YYYY, YYYY-MM or YYYY-MM-DD (years 1000 to 9999)\n"
        + "  committees[0].name: must not be blank\n"
        + "  committees[0].id: must be an id of lower-case letters and digits joined by single hyphens, 1 to 64 characters\n"
        + "  committees[0].kind: is required\n"
        + "  acronym: must not be blank\n"
        + "  parentOrganization: is required\n"
        + "  purposes: must not be empty\n");
  }

  @Test
  void aHostFilesOwnChecksStandWhereTheirValuesStand() throws IOException {
    // the type is checked against the register after the applicant's reading, yet it comes first in the file
    Path form = Files.writeString(dir.resolve("form.json"), "{\"type\": \"nope\", \"applicant\": {\"id\": \"M 1\"},"
        + " \"token\": \"t-1\"}");
    Run r = IrrtCommandTest.run("apply", form.toString(), "--db=jdbc:h2:file:" + dir.resolve("irrt"));
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).isEqualTo(form + ": invalid, 7 problems\n"
        + "  type: names no membership type of the register; expected one of: regular, student, international-eur,"
        + " international-jpy, international-bhd, international-ngn, honorary\n"
        + "  applicant.id: must be an id of lower-case letters and digits joined by single hyphens, 1 to 64 characters\n"
        + "  applicant.category: is required\n"
        + "  applicant.country: is required\n"
        + "  applicant.email: is required\n"
        + "  applicant.name: is required\n"
        + "  applicant.preferredLanguage: is required\n");
  }
}
