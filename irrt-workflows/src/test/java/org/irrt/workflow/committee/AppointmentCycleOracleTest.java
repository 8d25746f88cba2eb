package org.irrt.workflow.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irrt.workflow.committee.CommitteeFixtures.MEMBERSHIP;
import static org.irrt.workflow.committee.CommitteeFixtures.form;
import static org.irrt.workflow.committee.CommitteeFixtures.volunteer;

import java.time.Instant;
import java.time.LocalDate;
import org.irrt.workflow.Request;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The yearly cycle (DOMAIN.md section 3: "volunteer forms close by a deadline (ALA: Sept 30); terms
 * begin July 1") against an oracle: a form sent on or before September 30 in the organisation's zone
 * is for the terms beginning the next July 1; a later one rolls to the July 1 after that.
 */
class AppointmentCycleOracleTest {
  @Test
  void everyDayOfElevenYearsJoinsTheCycleWhoseDeadlineItMeets() {
    int days = 0;
    for (LocalDate day = LocalDate.of(2020, 1, 1); day.isBefore(LocalDate.of(2031, 1, 1)); day = day.plusDays(1)) {
      int year = day.getMonthValue() < 10 ? day.getYear() + 1 : day.getYear() + 2;
      assertThat(AppointmentCycle.ALA.termStartFor(day)).as("%s", day).isEqualTo(LocalDate.of(year, 7, 1));
      days++;
    }
    assertThat(days).isEqualTo(4018);
  }

  /** The deadline's last second and the next, in Chicago (the organisation's zone), sent from anywhere. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "2026-10-01T04:59:59Z, 2027-07-01", // 23:59:59 CDT on September 30
      "2026-10-01T05:00:00Z, 2028-07-01", // 00:00 CDT on October 1, though September 30 in Honolulu
      "2026-09-30T05:00:00Z, 2027-07-01", // already October 1 in Tokyo, still September 30 in Chicago
      "2026-06-30T05:00:00Z, 2027-07-01"})
  void theDeadlineIsTheLastMinuteOfSeptemberThirtyInTheOrganisationsZone(String sent, String termStart) {
    CommitteeFixtures f = new CommitteeFixtures();
    f.clock.set(Instant.parse(sent));
    f.engine.issue("f-1", Request.of(new VolunteerCommand.Submit(form("ana", MEMBERSHIP)), volunteer("ana")));
    assertThat(f.engine.load("f-1").termStart()).contains(LocalDate.parse(termStart));
  }
}
