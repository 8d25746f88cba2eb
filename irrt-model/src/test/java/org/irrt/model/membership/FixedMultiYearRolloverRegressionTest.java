package org.irrt.model.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import org.irrt.model.common.Money;
import org.irrt.model.member.MemberCategory;
import org.quicktheories.core.Gen;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 §5, anchors finding 7 (CiviCRM CRM-2150; civicrm-core PR #5017, CRM-15798): for a fixed
 * type of several years, joining on or after the rollover day pushed the end a whole term further
 * (3 years from January 1 with rollover November 30: a join on 2005-12-01 ended 2010-12-31). The
 * rollover adds the rest of the year: the end is 2008-12-31. Types of a year or less are unchanged.
 */
class FixedMultiYearRolloverRegressionTest {
  static MembershipType fixed(MembershipDuration duration, MonthDay start, MonthDay rollover) {
    return MembershipType.builder().id(MembershipTypeId.of("fixed")).name("Triennial").category(MemberCategory.REGULAR)
        .fee(Money.of("90", "USD")).duration(duration).periodType(PeriodType.FIXED).fixedPeriodStart(start)
        .rolloverDay(rollover).build();
  }

  static MembershipPeriod period(String start, String end) {
    return new MembershipPeriod(LocalDate.parse(start), Optional.of(LocalDate.parse(end)));
  }

  @Test
  void aThreeYearTypeJoinedAfterItsRolloverDayGetsTheRestOfTheYearNotAWholeTerm() {
    MembershipType triennial = fixed(MembershipDuration.years(3), MonthDay.of(1, 1), MonthDay.of(11, 30));
    assertThat(triennial.periodForJoining(LocalDate.parse("2005-10-01"))).isEqualTo(period("2005-01-01", "2007-12-31"));
    assertThat(triennial.periodForJoining(LocalDate.parse("2005-11-29"))).isEqualTo(period("2005-01-01", "2007-12-31"));
    assertThat(triennial.periodForJoining(LocalDate.parse("2005-11-30"))).isEqualTo(period("2005-01-01", "2008-12-31"));
    assertThat(triennial.periodForJoining(LocalDate.parse("2005-12-01"))).isEqualTo(period("2005-01-01", "2008-12-31"));
    assertThat(triennial.periodForJoining(LocalDate.parse("2005-12-31"))).isEqualTo(period("2005-01-01", "2008-12-31"));
    assertThat(triennial.periodForJoining(LocalDate.parse("2006-01-01"))).isEqualTo(period("2006-01-01", "2008-12-31"));
  }

  @Test
  void twentyFourMonthsRollOverLikeTwoYearsAndEighteenMonthsByOneYear() {
    MembershipType ala = fixed(MembershipDuration.years(2), MonthDay.of(9, 1), MonthDay.of(6, 1));
    assertThat(ala.periodForJoining(LocalDate.parse("2026-05-31"))).isEqualTo(period("2025-09-01", "2027-08-31"));
    assertThat(ala.periodForJoining(LocalDate.parse("2026-06-01"))).isEqualTo(period("2025-09-01", "2028-08-31"));
    MembershipType months24 = fixed(MembershipDuration.months(24), MonthDay.of(9, 1), MonthDay.of(6, 1));
    assertThat(months24.periodForJoining(LocalDate.parse("2026-06-01"))).isEqualTo(period("2025-09-01", "2028-08-31"));
    MembershipType months18 = fixed(MembershipDuration.months(18), MonthDay.of(1, 1), MonthDay.of(11, 30));
    assertThat(months18.periodForJoining(LocalDate.parse("2005-12-01"))).isEqualTo(period("2005-01-01", "2007-06-30"));
  }

  @Test
  void theYearAddedEndsOnALeapDayWhenThePeriodDoes() {
    MembershipType quadrennial = fixed(MembershipDuration.years(4), MonthDay.of(3, 1), MonthDay.of(2, 1));
    assertThat(quadrennial.periodForJoining(LocalDate.parse("2028-01-31"))).isEqualTo(period("2027-03-01", "2031-02-28"));
    assertThat(quadrennial.periodForJoining(LocalDate.parse("2028-02-15"))).isEqualTo(period("2027-03-01", "2032-02-29"));
  }

  @Test
  void typesOfAYearOrLessStillRollOverByOneWholePeriod() {
    MembershipType annual = fixed(MembershipDuration.years(1), MonthDay.of(1, 1), MonthDay.of(10, 1));
    assertThat(annual.periodForJoining(LocalDate.parse("2026-10-01"))).isEqualTo(period("2026-01-01", "2027-12-31"));
    MembershipType twelveMonths = fixed(MembershipDuration.months(12), MonthDay.of(1, 1), MonthDay.of(10, 1));
    assertThat(twelveMonths.periodForJoining(LocalDate.parse("2026-10-01"))).isEqualTo(period("2026-01-01", "2027-12-31"));
    MembershipType half = fixed(MembershipDuration.months(6), MonthDay.of(1, 1), MonthDay.of(11, 1));
    assertThat(half.periodForJoining(LocalDate.parse("2026-11-15"))).isEqualTo(period("2026-07-01", "2027-06-30"));
  }

  @Test
  void aRenewalAfterExpiryInTheRolloverWindowUsesTheSameRule() {
    MembershipType triennial = fixed(MembershipDuration.years(3), MonthDay.of(1, 1), MonthDay.of(11, 30));
    Membership m = Membership.join(MembershipId.of("m"), org.irrt.model.member.MemberId.of("x"), triennial,
        LocalDate.parse("2001-03-01"));
    assertThat(m.endDate()).contains(LocalDate.parse("2003-12-31"));
    Membership renewed = m.renew(triennial, PaymentReference.of("p", Money.of("90", "USD"), LocalDate.parse("2005-12-01")),
        StatusRules.defaults());
    assertThat(renewed.startDate()).isEqualTo(LocalDate.parse("2005-01-01"));
    assertThat(renewed.endDate()).contains(LocalDate.parse("2008-12-31"));
  }

  @Test
  void aRolloverOfAMultiYearTypeAddsExactlyOneYearToThePeriodWithoutIt() {
    Gen<MonthDay> monthDays = integers().between(1, 365).map(i -> MonthDay.from(LocalDate.ofYearDay(2023, i)));
    qt().withFixedSeed(15_798L).withExamples(3000)
        .forAll(MembershipPropertiesTest.days(), monthDays, monthDays, integers().between(2, 10))
        .checkAssert((join, start, rollover, years) -> {
          MembershipType with = fixed(MembershipDuration.years(years), start, rollover);
          MembershipType without = MembershipType.builder().from(with).rolloverDay(Optional.empty()).build();
          MembershipPeriod p = with.periodForJoining(join);
          MembershipPeriod plain = without.periodForJoining(join);
          assertThat(p.start()).isEqualTo(plain.start()).isBeforeOrEqualTo(join);
          LocalDate plainEnd = plain.end().orElseThrow();
          assertThat(p.end().orElseThrow()).isIn(plainEnd, MembershipDuration.years(1).endOf(plainEnd.plusDays(1)).orElseThrow());
          assertThat(p.end().orElseThrow()).isBefore(p.start().plusYears(years + 1));
        });
  }
}
