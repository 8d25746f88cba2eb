package org.irrt.workflow.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.irrt.model.committee.Committee;
import org.irrt.model.committee.CommitteeId;
import org.irrt.model.committee.CommitteeKind;
import org.irrt.model.committee.CommitteeRole;
import org.irrt.model.committee.SeatLimit;
import org.irrt.model.committee.TermRule;
import org.irrt.model.common.PartialDate;
import org.irrt.model.member.MemberId;
import org.irrt.model.roundtable.Organization;
import org.irrt.model.roundtable.RoundTable;
import org.irrt.model.roundtable.RoundTableId;
import org.irrt.workflow.Refusal;
import org.junit.jupiter.api.Test;

/**
 * DOMAIN.md section 3: "term limits (e.g. at most 4 consecutive years, may return after a 1-year
 * gap)". A committee's {@link TermRule#gapYearsBeforeReturn()} ("years a person must stay off the
 * role after reaching the consecutive limit") was read from the data and shown by the tour, but no
 * policy applied it: a chair who had served the 2 consecutive terms allowed and stayed off 1 year
 * was appointed chair again where the committee's rule asks for 2 years off.
 */
class GapBeforeReturnRegressionTest {
  private static final CommitteeId PAPERS = CommitteeId.of("papers-and-projects");
  private static final MemberId ANA = MemberId.of("ana");
  private static final LocalDate JULY_2022 = LocalDate.of(2022, 7, 1);

  private static final RoundTable ROUND_TABLE = RoundTable.builder()
      .id(RoundTableId.of("irrt")).name("International Relations Round Table").acronym("IRRT")
      .parentOrganization(Organization.builder().name("American Library Association").build())
      .established(PartialDate.of(YearMonth.of(1949, 1)))
      .addPurposes("To promote interest in library issues and librarianship worldwide.")
      .addCommittees(Committee.builder().id(PAPERS).name("Papers and Projects Committee").kind(CommitteeKind.STANDING)
          .addSeats(SeatLimit.of(CommitteeRole.CHAIR, 1, 1), SeatLimit.of(CommitteeRole.MEMBER, 4, 6))
          .addTermRules(TermRule.builder().role(CommitteeRole.CHAIR).addTermYears(1).maxConsecutiveTerms(2)
              .gapYearsBeforeReturn(2).build())
          .build())
      .build();

  private static final AppointmentPolicies ALA = AppointmentPolicies.ala(ROUND_TABLE);

  private static Appointment chair(LocalDate start) {
    return Appointment.forYears(ANA, PAPERS, CommitteeRole.CHAIR, start, 1);
  }

  /** Ana chaired 2022-23 and 2023-24: the 2 consecutive terms the rule allows, the last ending 2024-06-30. */
  private static final Roster TWO_TERMS = new Roster(List.of(chair(JULY_2022), chair(JULY_2022.plusYears(1))));

  @Test
  void aChairWhoReachedTheConsecutiveLimitMayNotReturnAfterOneYearWhenTheRoleAsksForTwo() {
    List<Refusal> reasons = ALA.check(chair(LocalDate.of(2025, 7, 1)), TWO_TERMS);
    assertThat(reasons).extracting(Refusal::rule).containsExactly("termLimit");
    assertThat(reasons.get(0).message(Locale.ENGLISH)).isEqualTo("this would exceed 2 consecutive terms in this role");
  }

  @Test
  void aChairWhoStayedOffTheRolesTwoYearsMayReturn() {
    assertThat(ALA.check(chair(LocalDate.of(2026, 7, 1)), TWO_TERMS)).isEmpty();
  }

  @Test
  void aChairBelowTheLimitMayComeBackAfterAShorterGap() {
    Roster oneTerm = new Roster(List.of(chair(JULY_2022.plusYears(1))));
    assertThat(ALA.check(chair(LocalDate.of(2025, 7, 1)), oneTerm)).isEmpty(); // 2 terms with a gap between
    Roster twoApart = oneTerm.with(chair(LocalDate.of(2025, 7, 1)));
    assertThat(ALA.check(chair(LocalDate.of(2026, 7, 1)), twoApart)).extracting(Refusal::rule)
        .containsExactly("termLimit"); // the third within less than 2 years off
  }

  @Test
  void aRoleWithoutItsOwnGapKeepsThePolicysOneYear() {
    RoundTable plain = ROUND_TABLE.withCommittees(ROUND_TABLE.committees().get(0).withTermRules(
        TermRule.builder().role(CommitteeRole.CHAIR).addTermYears(1).maxConsecutiveTerms(2).build()));
    assertThat(AppointmentPolicies.ala(plain).check(chair(LocalDate.of(2025, 7, 1)), TWO_TERMS)).isEmpty();
    assertThat(AppointmentPolicies.ala(plain).check(chair(LocalDate.of(2024, 7, 1)), TWO_TERMS))
        .extracting(Refusal::rule).containsExactly("termLimit");
  }

  /**
   * Oracle from the rule's words, over histories of 1-year chair terms with gaps of 0 to 3 years:
   * terms less than 2 years apart (the role's years off) are consecutive in the role, at most 2 of
   * them; service less than 1 year apart (the policy's gap) is consecutive on the committee, at
   * most 4 years of it.
   */
  @Test
  void theRolesYearsOffDecideWhenAChairMayReturnOverGeneratedHistories() {
    qt().withFixedSeed(2027L).withExamples(1500)
        .forAll(lists().of(integers().between(0, 3)).ofSizeBetween(0, 5))
        .checkAssert(gaps -> {
          List<LocalDate> starts = new ArrayList<>();
          LocalDate next = LocalDate.of(2010, 7, 1);
          for (int gap : gaps) { // the last gap is the one before the proposed term
            next = next.plusYears(gap);
            starts.add(next);
            next = next.plusYears(1);
          }
          if (starts.isEmpty()) {
            starts.add(next);
          }
          Appointment proposed = chair(starts.get(starts.size() - 1));
          Roster history = new Roster(starts.subList(0, starts.size() - 1).stream().map(d -> chair(d)).toList());
          int roleRun = 1;
          int yearsRun = 1;
          for (int i = starts.size() - 1; i > 0 && starts.get(i).isBefore(starts.get(i - 1).plusYears(1 + 2)); i--) {
            roleRun++;
          }
          for (int i = starts.size() - 1; i > 0 && starts.get(i).isBefore(starts.get(i - 1).plusYears(1 + 1)); i--) {
            yearsRun++;
          }
          boolean refused = roleRun > 2 || yearsRun > 4;
          assertThat(ALA.check(proposed, history)).as("chair terms from %s", starts).extracting(Refusal::rule)
              .containsExactlyElementsOf(refused ? List.of("termLimit") : List.of());
        });
  }
}
