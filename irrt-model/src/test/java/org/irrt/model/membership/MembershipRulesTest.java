package org.irrt.model.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.irrt.model.common.Money;
import org.irrt.model.member.MemberCategory;
import org.irrt.model.member.MemberId;
import org.irrt.model.testing.Violations;
import org.junit.jupiter.api.Test;

/** The membership rules of DOMAIN.md section 2, with concrete dates. */
class MembershipRulesTest {
  static final MemberId ANA = MemberId.of("ana");
  static final StatusRules RULES = StatusRules.defaults();

  static MembershipType rolling(MembershipDuration duration) {
    return MembershipType.builder().id(MembershipTypeId.of("rolling")).name("Regular").category(MemberCategory.REGULAR)
        .fee(Money.of("50", "USD")).duration(duration).periodType(PeriodType.ROLLING).build();
  }

  static MembershipType fixed(MonthDay start, MonthDay rollover) {
    var b = MembershipType.builder().id(MembershipTypeId.of("fixed")).name("Annual").category(MemberCategory.REGULAR)
        .fee(Money.of("35", "EUR")).duration(MembershipDuration.years(1)).periodType(PeriodType.FIXED)
        .fixedPeriodStart(start);
    if (rollover != null) {
      b.rolloverDay(rollover);
    }
    return b.build();
  }

  static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  static Membership join(MembershipType type, String joinDate) {
    return Membership.join(MembershipId.of("m1"), ANA, type, d(joinDate));
  }

  @Test
  void monthArithmeticClampsToTheMonthsLastDayAndNeverOverflows() {
    MembershipDuration month = MembershipDuration.months(1);
    assertThat(month.endOf(d("2026-01-31"))).contains(d("2026-02-28"));
    assertThat(month.endOf(d("2028-01-31"))).contains(d("2028-02-29"));
    assertThat(month.endOf(d("2026-01-28"))).contains(d("2026-02-27"));
    assertThat(month.endOf(d("2026-03-31"))).contains(d("2026-04-30"));
    assertThat(month.endOf(d("2026-01-15"))).contains(d("2026-02-14"));
    assertThat(MembershipDuration.years(1).endOf(d("2024-02-29"))).contains(d("2025-02-28"));
    assertThat(MembershipDuration.years(4).endOf(d("2024-02-29"))).contains(d("2028-02-28"));
    assertThat(MembershipDuration.days(30).endOf(d("2026-02-01"))).contains(d("2026-03-02"));
    assertThat(MembershipDuration.lifetime().endOf(d("2026-02-01"))).isEmpty();
  }

  @Test
  void aRollingPeriodStartsOnTheJoinDay() {
    Membership m = join(rolling(MembershipDuration.years(1)), "2026-03-15");
    assertThat(m.joinDate()).isEqualTo(d("2026-03-15"));
    assertThat(m.startDate()).isEqualTo(d("2026-03-15"));
    assertThat(m.endDate()).contains(d("2027-03-14"));
    assertThat(m.pending()).isFalse();
  }

  @Test
  void aFixedPeriodStartsOnTheMostRecentFixedDayAndRollsOverLateJoiners() {
    MembershipType calendar = fixed(MonthDay.of(1, 1), MonthDay.of(10, 1));
    Membership early = join(calendar, "2026-03-15");
    assertThat(early.startDate()).isEqualTo(d("2026-01-01"));
    assertThat(early.endDate()).contains(d("2026-12-31"));
    Membership onRollover = join(calendar, "2026-10-01");
    assertThat(onRollover.startDate()).isEqualTo(d("2026-01-01"));
    assertThat(onRollover.endDate()).contains(d("2027-12-31"));
    Membership dayBefore = join(calendar, "2026-09-30");
    assertThat(dayBefore.endDate()).contains(d("2026-12-31"));

    MembershipType ala = fixed(MonthDay.of(9, 1), MonthDay.of(6, 1));
    Membership august = join(ala, "2026-08-31");
    assertThat(august.startDate()).isEqualTo(d("2025-09-01"));
    assertThat(august.endDate()).contains(d("2027-08-31"));
    Membership september = join(ala, "2026-09-01");
    assertThat(september.startDate()).isEqualTo(d("2026-09-01"));
    assertThat(september.endDate()).contains(d("2027-08-31"));
  }

  @Test
  void statusFollowsTheDefaultRulesDayByDay() {
    Membership m = join(rolling(MembershipDuration.years(1)), "2026-03-15");
    assertThat(RULES.statusOf(m, d("2026-03-14"))).isEqualTo(MembershipStatus.NOT_STARTED);
    assertThat(RULES.statusOf(m, d("2026-03-15"))).isEqualTo(MembershipStatus.NEW);
    assertThat(RULES.statusOf(m, d("2026-06-15"))).as("join + 3 months, included").isEqualTo(MembershipStatus.NEW);
    assertThat(RULES.statusOf(m, d("2026-06-16"))).isEqualTo(MembershipStatus.CURRENT);
    assertThat(RULES.statusOf(m, d("2027-03-14"))).isEqualTo(MembershipStatus.CURRENT);
    assertThat(RULES.statusOf(m, d("2027-03-15"))).isEqualTo(MembershipStatus.GRACE);
    assertThat(RULES.statusOf(m, d("2027-04-14"))).isEqualTo(MembershipStatus.GRACE);
    assertThat(RULES.statusOf(m, d("2027-04-15"))).isEqualTo(MembershipStatus.EXPIRED);
    assertThat(MembershipStatus.GRACE.countsAsMembership()).isTrue();
    assertThat(MembershipStatus.EXPIRED.countsAsMembership()).isFalse();
  }

  @Test
  void overridesWinPendingWaitsAndLifetimeIsAlwaysCurrent() {
    Membership m = join(rolling(MembershipDuration.years(1)), "2026-03-15");
    assertThat(RULES.statusOf(m.withStatusOverride(StatusOverride.DECEASED), d("2026-05-01")))
        .isEqualTo(MembershipStatus.DECEASED);
    assertThat(RULES.statusOf(m.withPending(true), d("2026-05-01"))).isEqualTo(MembershipStatus.PENDING);
    Membership life = join(rolling(MembershipDuration.lifetime()), "1990-01-01");
    assertThat(life.endDate()).isEmpty();
    assertThat(RULES.statusOf(life, d("2199-12-31"))).isEqualTo(MembershipStatus.CURRENT);
    MembershipType gated = MembershipType.builder().from(rolling(MembershipDuration.years(1))).paymentRequired(true).build();
    assertThat(join(gated, "2026-03-15").pending()).isTrue();
  }

  @Test
  void anOverrideUntilADayHoldsBeforeItAndTheDateRulesApplyAgainFromThatDay() {
    Membership m = join(rolling(MembershipDuration.years(1)), "2026-03-15")
        .withStatusOverride(StatusOverride.SUSPENDED).withStatusOverrideEndDate(d("2026-09-01"));
    assertThat(RULES.statusOf(m, d("2026-05-01"))).isEqualTo(MembershipStatus.SUSPENDED);
    assertThat(RULES.statusOf(m, d("2026-08-31"))).isEqualTo(MembershipStatus.SUSPENDED);
    assertThat(RULES.statusOf(m, d("2026-09-01"))).isEqualTo(MembershipStatus.CURRENT);
    assertThat(RULES.statusOf(m, d("2027-03-20"))).isEqualTo(MembershipStatus.GRACE);
    assertThat(m.statusOverrideOn(d("2026-08-31"))).contains(StatusOverride.SUSPENDED);
    assertThat(m.statusOverrideOn(d("2026-09-01"))).isEmpty();
    assertThat(RULES.statusOf(m.withStatusOverrideEndDate(Optional.empty()), d("2030-01-01")))
        .isEqualTo(MembershipStatus.SUSPENDED);
    // a reminder is due again once the override has ended
    ReminderPolicy policy = ReminderPolicy.builder().addDaysBeforeEnd(30).build();
    assertThat(policy.due(List.of(m), d("2027-02-12"), RULES)).hasSize(1);
    assertThat(policy.due(List.of(m.withStatusOverrideEndDate(d("2027-06-01"))), d("2027-02-12"), RULES)).isEmpty();
  }

  @Test
  void anOverrideEndDateWithoutAnOverrideIsRefused() {
    Membership m = join(rolling(MembershipDuration.years(1)), "2026-03-15");
    assertThat(Violations.of(() -> m.withStatusOverrideEndDate(d("2026-09-01"))))
        .containsExactly("statusOverrideEndDate org.irrt.model.Membership.overrideEndWithoutOverride");
  }


  @Test
  void statusIsTakenInTheOrganisationsZoneJustBeforeAndAfterLocalMidnight() {
    Membership m = join(rolling(MembershipDuration.years(1)), "2026-01-01"); // ends 2026-12-31
    ZoneId kiritimati = ZoneId.of("Pacific/Kiritimati"); // UTC+14
    ZoneId pagoPago = ZoneId.of("Pacific/Pago_Pago"); // UTC-11
    Instant beforeMidnight = Instant.parse("2026-12-31T09:59:59Z"); // 23:59:59 on Dec 31 in Kiritimati
    Instant atMidnight = Instant.parse("2026-12-31T10:00:00Z"); // 00:00 on Jan 1 in Kiritimati
    assertThat(m.status(beforeMidnight, kiritimati)).isEqualTo(MembershipStatus.CURRENT);
    assertThat(m.status(atMidnight, kiritimati)).isEqualTo(MembershipStatus.GRACE);
    assertThat(m.status(atMidnight, pagoPago)).isEqualTo(MembershipStatus.CURRENT);
    assertThat(m.status(Instant.parse("2027-01-01T10:59:59Z"), pagoPago)).isEqualTo(MembershipStatus.CURRENT);
    assertThat(m.status(Instant.parse("2027-01-01T11:00:00Z"), pagoPago)).isEqualTo(MembershipStatus.GRACE);
  }

  @Test
  void aRenewalWhileTheMembershipCountsKeepsTheStartAndExtendsTheEnd() {
    MembershipType type = rolling(MembershipDuration.years(1));
    Membership m = join(type, "2026-03-15");
    Membership grace = m.renew(type, PaymentReference.of("pay-1", Money.of("50", "USD"), d("2027-04-01")), RULES);
    assertThat(grace.startDate()).isEqualTo(d("2026-03-15"));
    assertThat(grace.endDate()).contains(d("2028-03-14"));
    assertThat(grace.joinDate()).isEqualTo(d("2026-03-15"));
    assertThat(grace.payments()).extracting(PaymentReference::paymentId).containsExactly("pay-1");
  }

  @Test
  void newAndCurrentNeverHoldAfterTheEndDate() {
    Membership m = join(rolling(MembershipDuration.days(1)), "2026-01-01");
    assertThat(RULES.statusOf(m, d("2026-01-01"))).isEqualTo(MembershipStatus.NEW);
    assertThat(RULES.statusOf(m, d("2026-01-02"))).isEqualTo(MembershipStatus.GRACE);
    assertThat(RULES.statusOf(m, d("2026-02-01"))).isEqualTo(MembershipStatus.GRACE);
    assertThat(RULES.statusOf(m, d("2026-02-02"))).isEqualTo(MembershipStatus.EXPIRED);
    assertThat(RULES.statusOf(m, d("2026-03-02"))).isEqualTo(MembershipStatus.EXPIRED);
  }

  @Test
  void fixedPeriodsOfMonthsTakeThePeriodHoldingTheJoinDayAndRenewIntoTheCurrentOne() {
    MembershipType half = MembershipType.builder().from(fixed(MonthDay.of(1, 1), null))
        .duration(MembershipDuration.months(6)).build();
    Membership h = join(half, "2026-08-15");
    assertThat(h.startDate()).isEqualTo(d("2026-07-01"));
    assertThat(h.endDate()).contains(d("2026-12-31"));
    assertThat(RULES.statusOf(h, d("2026-12-15"))).isEqualTo(MembershipStatus.CURRENT);

    MembershipType quarter = MembershipType.builder().from(fixed(MonthDay.of(9, 1), MonthDay.of(6, 1)))
        .duration(MembershipDuration.months(3)).build();
    Membership q = join(quarter, "2026-09-10");
    assertThat(q.startDate()).isEqualTo(d("2026-09-01"));
    assertThat(q.endDate()).contains(d("2026-11-30"));
    assertThat(quarter.periodForJoining(d("2027-01-31")))
        .isEqualTo(new MembershipPeriod(d("2026-12-01"), java.util.Optional.of(d("2027-02-28"))));
    // June 1 is the rollover day: joining in the last quarter of the year is charged into the next
    assertThat(quarter.periodForJoining(d("2027-06-01")))
        .isEqualTo(new MembershipPeriod(d("2027-06-01"), java.util.Optional.of(d("2027-11-30"))));
    Membership renewed = q.renew(quarter, PaymentReference.of("pay-q", Money.of("35", "EUR"), d("2027-03-10")), RULES);
    assertThat(renewed.startDate()).isEqualTo(d("2027-03-01"));
    assertThat(renewed.endDate()).contains(d("2027-05-31"));
    assertThat(RULES.statusOf(renewed, d("2027-03-10"))).isEqualTo(MembershipStatus.CURRENT);
  }

  @Test
  void aRenewalAfterExpiryStartsANewPeriodOnThePaymentDay() {
    MembershipType type = rolling(MembershipDuration.years(1));
    Membership m = join(type, "2026-03-15");
    Membership renewed = m.renew(type, PaymentReference.of("pay-2", Money.of("75", "USD"), d("2027-06-10")), RULES);
    assertThat(renewed.joinDate()).isEqualTo(d("2026-03-15"));
    assertThat(renewed.startDate()).isEqualTo(d("2027-06-10"));
    assertThat(renewed.endDate()).contains(d("2028-06-09"));
  }

  @Test
  void replayingAPaymentChangesNothingAndAPendingRenewalChangesNoDate() {
    MembershipType type = rolling(MembershipDuration.years(1));
    Membership m = join(type, "2026-03-15");
    Membership requested = m.requestRenewal(d("2027-02-01"));
    assertThat(requested.startDate()).isEqualTo(m.startDate());
    assertThat(requested.endDate()).isEqualTo(m.endDate());
    assertThat(requested.renewalRequestedOn()).contains(d("2027-02-01"));
    PaymentReference pay = PaymentReference.of("pay-3", Money.of("50", "USD"), d("2027-02-20"));
    Membership once = requested.renew(type, pay, RULES);
    assertThat(once.renewalRequestedOn()).isEmpty();
    assertThat(once.renew(type, pay, RULES)).isSameAs(once);
    assertThat(once.renew(type, pay.withReceivedOn(d("2030-01-01")), RULES)).isSameAs(once);
  }

  @Test
  void aRenewalBelowTheFeeOrInAnotherCurrencyIsRefusedAndChangesNothing() {
    MembershipType type = rolling(MembershipDuration.years(1));
    Membership m = join(type, "2026-03-15");
    assertThat(Violations.of(() -> m.renew(type, PaymentReference.of("p", Money.of("49.99", "USD"), d("2027-01-01")), RULES)))
        .containsExactly("payment.amount org.irrt.model.Membership.belowFee");
    assertThat(Violations.of(() -> m.renew(type, PaymentReference.of("p", Money.of("50", "EUR"), d("2027-01-01")), RULES)))
        .containsExactly("payment.amount org.irrt.model.Membership.paymentCurrency");
    assertThat(m.payments()).isEmpty();
  }

  @Test
  void remindersAreDueBeforeTheEndAndInGrace() {
    MembershipType type = rolling(MembershipDuration.years(1));
    Membership a = join(type, "2026-03-15"); // ends 2027-03-14
    Membership b = Membership.join(MembershipId.of("m2"), MemberId.of("bo"), type, d("2026-02-14")); // ends 2027-02-13
    Membership life = Membership.join(MembershipId.of("m3"), MemberId.of("cy"), rolling(MembershipDuration.lifetime()), d("2020-01-01"));
    ReminderPolicy policy = ReminderPolicy.builder().addDaysBeforeEnd(30, 7).addDaysAfterEnd(1, 14).build();
    assertThat(policy.due(List.of(a, b, life), d("2027-02-12"), RULES)).extracting(r -> r.membership().id().value())
        .containsExactly("m1");
    assertThat(policy.due(List.of(a, b, life), d("2027-02-14"), RULES)).singleElement()
        .satisfies(r -> {
          assertThat(r.membership().id().value()).isEqualTo("m2");
          assertThat(r.inGrace()).isTrue();
          assertThat(r.daysFromEnd()).isEqualTo(1);
        });
    assertThat(policy.due(List.of(a, b, life), d("2027-03-07"), RULES)).extracting(r -> r.daysFromEnd()).containsExactly(-7);
    assertThat(policy.due(List.of(a.withStatusOverride(StatusOverride.CANCELLED)), d("2027-03-07"), RULES)).isEmpty();
    // 2^32 + 30 days ahead: an int cast would see 30 days
    Membership far = a.withEndDate(d("2027-02-12").plusDays((1L << 32) + 30));
    assertThat(policy.due(List.of(far), d("2027-02-12"), RULES)).isEmpty();
  }

  @Test
  void typesKeepTheirPeriodRulesConsistent() {
    assertThat(Violations.of(() -> MembershipType.builder().from(fixed(MonthDay.of(1, 1), null))
            .fixedPeriodStart(Optional.empty()).build()))
        .containsExactly("fixedPeriodStart org.irrt.model.MembershipType.fixedStartRequired");
    assertThat(Violations.of(() -> MembershipType.builder().from(rolling(MembershipDuration.years(1)))
            .rolloverDay(MonthDay.of(10, 1)).build()))
        .containsExactly("rolloverDay org.irrt.model.MembershipType.fixedOnly");
    assertThat(Violations.of(() -> fixed(MonthDay.of(2, 29), null)))
        .containsExactly("fixedPeriodStart org.irrt.model.MembershipType.leapDay");
    assertThat(Violations.of(() -> rolling(MembershipDuration.years(1)).withFee(Money.of("-1", "USD"))))
        .containsExactly("fee org.irrt.model.MembershipType.negativeFee");
    assertThat(Violations.of(() -> MembershipDuration.months(0))).containsExactly("count jakarta.validation.constraints.Min.message");
  }

  @Test
  void aRoundTablesOwnPeriodsMoveTheNewAndGraceWindowsAndTheDefaultsAreThreeMonthsAndOne() {
    assertThat(StatusRules.withPeriods(java.time.Period.ofMonths(3), java.time.Period.ofMonths(1))).isEqualTo(RULES);
    StatusRules rules = StatusRules.withPeriods(java.time.Period.ofMonths(2), java.time.Period.ofDays(14));
    Membership m = join(rolling(MembershipDuration.years(1)), "2026-01-31"); // ends 2027-01-30
    assertThat(rules.statusOf(m, d("2026-03-31"))).isEqualTo(MembershipStatus.NEW); // Jan 31 + 2 months, clamped
    assertThat(rules.statusOf(m, d("2026-04-01"))).isEqualTo(MembershipStatus.CURRENT);
    assertThat(rules.statusOf(m, d("2027-01-30"))).isEqualTo(MembershipStatus.CURRENT);
    assertThat(rules.statusOf(m, d("2027-02-13"))).isEqualTo(MembershipStatus.GRACE);
    assertThat(rules.statusOf(m, d("2027-02-14"))).isEqualTo(MembershipStatus.EXPIRED);
  }
}
