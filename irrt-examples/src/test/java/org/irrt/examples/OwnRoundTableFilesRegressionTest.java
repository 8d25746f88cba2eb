package org.irrt.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.irrt.examples.IrrtCommandTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault found by a new user running the commands on their own round table's files: {@code
 * workflows} knew only the IRRT's committees (a form for the user's own committee was refused as
 * "there is no committee cataloging"), {@code blog} published every post as the "International
 * Relations Round Table (IRRT) Blog", and {@code campaign} printed a member donor of the user's own
 * campaign by id ({@code u-1}), since it named donors from the bundled register only. Now {@code
 * workflows} and {@code blog} take {@code --round-table=FILE} and {@code campaign} takes {@code
 * --members=FILE}.
 */
class OwnRoundTableFilesRegressionTest {
  @TempDir
  Path dir;

  private static final String ROUND_TABLE = """
      {"id": "magirt", "name": "Map and Geospatial Information Round Table", "acronym": "MAGIRT",
       "parentOrganization": {"name": "American Library Association", "acronym": "ALA"},
       "established": "1979", "purposes": ["To promote map and geospatial librarianship."],
       "committees": [{"id": "cataloging", "name": "Cataloging and Metadata Committee", "kind": "STANDING",
         "appointingOfficer": "Vice-Chair/Chair-Elect",
         "seats": [{"role": "CHAIR", "minimum": 1, "maximum": 1}, {"role": "MEMBER", "minimum": 2, "maximum": 5}],
         "termRules": [{"role": "CHAIR", "termYears": [2]}, {"role": "MEMBER", "termYears": [1, 2]}]}],
       "linkGroups": []}
      """;

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  @Test
  void workflowsAppointsToACommitteeOfTheRoundTableFileItIsGiven() throws IOException {
    Path roundTable = write("magirt.json", ROUND_TABLE);
    Path actions = write("actions.json", """
        {"zone": "America/New_York", "membershipTypes": [],
         "people": [{"id": "u-3", "name": {"familyName": "王", "givenNames": "芳", "familyNameFirst": true}, "roles": ["VOLUNTEER"]},
                    {"id": "vice-chair", "name": {"givenNames": "Ingrid", "familyName": "Sørensen"}, "roles": ["APPOINTING_OFFICER"]}],
         "applications": [],
         "volunteering": [
          {"at": "2026-09-10T15:00:00Z", "by": "u-3", "on": "vol-wang", "command": {"Submit": {"form": {"member": "u-3",
            "preferences": ["cataloging"], "statement": "I catalogue Chinese atlases.", "availability": "Virtual meetings"}}}},
          {"at": "2026-11-02T16:00:00Z", "by": "vice-chair", "on": "vol-wang", "command": {"Appoint": {"committee": "cataloging",
            "role": "MEMBER", "termYears": 2}}},
          {"at": "2026-11-04T12:00:00Z", "by": "u-3", "on": "vol-wang", "command": {"Accept": {}}}]}
        """);
    Run r = IrrtCommandTest.run("workflows", actions.toString(), "--round-table=" + roundTable);
    assertThat(r.status()).as(r.out() + r.err()).isZero();
    assertThat(r.out())
        .contains("Sep 10, 2026, 11:00  王芳: submit vol-wang → accepted; now submitted")
        .contains("Nov 2, 2026, 11:00  Ingrid Sørensen: appoint vol-wang → accepted; now position offered")
        .contains("Volunteer form vol-wang of 王芳: accepted; member, Cataloging and Metadata Committee, July 1, 2027 to June 30, 2029")
        .endsWith("  Cataloging and Metadata Committee\n    member: 王芳, July 1, 2027 to June 30, 2029\n")
        .doesNotContain("there is no committee");
  }

  @Test
  void blogPublishesUnderTheNameOfTheRoundTableFileItIsGiven() throws IOException {
    Path roundTable = write("magirt.json", ROUND_TABLE);
    Path post = write("post.md", "# Georeferencing old maps\n\nForty volunteers placed old sheets on a modern map.\n");
    Path page = dir.resolve("post.html");
    Run r = IrrtCommandTest.run("blog", post.toString(), "--round-table=" + roundTable, "-o", page.toString());
    assertThat(r.status()).as(r.out() + r.err()).isZero();
    assertThat(Files.readString(page))
        .contains("<title>Georeferencing old maps | Map and Geospatial Information Round Table (MAGIRT) Blog</title>")
        .contains("<footer>Map and Geospatial Information Round Table, a round table of the American Library Association</footer>")
        .doesNotContain("International Relations");
  }

  @Test
  void campaignNamesMemberDonorsFromTheRegisterFileItIsGiven() throws IOException {
    Path members = write("members.json", """
        {"types": [{"id": "regular", "name": "Regular", "category": "REGULAR", "fee": {"amount": 40.00, "currency": "USD"},
                    "duration": {"unit": "YEARS", "count": 1}, "periodType": "ROLLING"}],
         "members": [{"id": "u-1", "name": {"givenNames": "Layla", "familyName": "Haddad"}, "email": "layla@maps.example",
                      "country": "US", "preferredLanguage": "en", "category": "REGULAR"}],
         "memberships": []}
        """);
    Path campaign = write("campaign.json", """
        {"campaign": {"id": "maps", "name": "Historic map digitization fund", "goal": {"amount": 10000.00, "currency": "USD"},
                      "startDate": "2026-01-01", "endDate": "2027-06-30", "fund": "MAGIRT digitization fund"},
         "rates": [],
         "pledges": [{"id": "pg-1", "campaign": "maps", "donor": {"member": "u-1"}, "total": {"amount": 1200.00, "currency": "USD"},
                      "installmentCount": 12, "frequency": {"interval": 1, "unit": "MONTHS"}, "startDate": "2026-01-10",
                      "payments": [{"paymentId": "c-1", "amount": {"amount": 100.00, "currency": "USD"}, "receivedOn": "2026-01-10"}]}]}
        """);
    Run r = IrrtCommandTest.run("campaign", campaign.toString(), "--members=" + members, "--date=2026-11-29",
        "--chart=" + dir.resolve("c.svg"), "--db=jdbc:h2:file:" + dir.resolve("irrt"));
    assertThat(r.status()).as(r.out() + r.err()).isZero();
    assertThat(r.out())
        .contains("  Layla Haddad: USD\u00A01,200.00 in 12 installments, overdue; received USD\u00A0100.00")
        .contains("  Layla Haddad: installments 2 to 11 due February 10, 2026 to November 10, 2026: USD\u00A01,000.00")
        .doesNotContain("u-1");
  }

  @Test
  void aBadRoundTableOrRegisterGivenByAnOptionIsNamedInTheReportNotTheCommandsFile() throws IOException {
    Path actions = write("actions.json", "{\"zone\": \"UTC\", \"membershipTypes\": [], \"people\": [{\"id\": \"a\", "
        + "\"name\": {\"givenNames\": \"Sukarno\"}, \"roles\": [\"VOLUNTEER\"]}], \"applications\": [], \"volunteering\": []}");
    Path roundTable = write("magirt.json", "{\"id\": \"magirt\"}");
    Run workflows = IrrtCommandTest.run("workflows", actions.toString(), "--round-table=" + roundTable);
    assertThat(workflows.status()).isEqualTo(1);
    assertThat(workflows.out()).startsWith(roundTable + ": invalid, ").contains("  name: is required\n");
    Run missing = IrrtCommandTest.run("blog", "--round-table=" + dir.resolve("nowhere.json"), "-o", dir.resolve("p.html").toString());
    assertThat(missing.status()).isEqualTo(3);
    assertThat(missing.err()).isEqualTo(dir.resolve("nowhere.json") + ": cannot be read (no such file)\n");
  }
}
