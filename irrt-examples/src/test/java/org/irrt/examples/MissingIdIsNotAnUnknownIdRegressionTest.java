package org.irrt.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.irrt.examples.IrrtCommandTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault found by a new user who wrote {@code "type"} for a membership's {@code typeId}: the report
 * said both that {@code typeId} is required and that it "names a membership type that is not in the
 * register", a second problem that is not one (the file names no type at all). A membership's
 * missing {@code memberId} or {@code typeId} is now only required.
 */
class MissingIdIsNotAnUnknownIdRegressionTest {
  @TempDir
  Path dir;

  @Test
  void aMembershipWithoutItsMemberOrTypeIsReportedAsMissingThemOnly() throws IOException {
    Path register = Files.writeString(dir.resolve("members.json"), """
        {"types": [{"id": "regular", "name": "Regular", "category": "REGULAR", "fee": {"amount": 40.00, "currency": "USD"},
                    "duration": {"unit": "YEARS", "count": 1}, "periodType": "ROLLING"}],
         "members": [{"id": "u-1", "name": {"givenNames": "Sukarno"}, "email": "sukarno@peta.example",
                      "country": "ID", "preferredLanguage": "id", "category": "REGULAR"}],
         "memberships": [{"id": "ms-1", "member": "u-1", "type": "regular", "joinDate": "2026-03-01",
                          "startDate": "2026-03-01", "endDate": "2027-02-28"},
                         {"id": "ms-2", "memberId": "u-9", "typeId": "gold", "joinDate": "2026-03-01",
                          "startDate": "2026-03-01", "endDate": "2027-02-28"}]}
        """);
    Run r = IrrtCommandTest.run("memberships", register.toString(), "--date=2026-11-29", "--db=jdbc:h2:file:" + dir.resolve("irrt"));
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).isEqualTo(register + ": invalid, 6 problems\n"
        + "  memberships[0].member: is not a known property\n"
        + "  memberships[0].type: is not a known property\n"
        + "  memberships[0].memberId: is required\n"
        + "  memberships[0].typeId: is required\n"
        + "  memberships[1].memberId: names a member that is not in the register\n"
        + "  memberships[1].typeId: names a membership type that is not in the register\n");
  }
}
