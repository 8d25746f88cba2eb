package org.irrt.model.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Locale;
import org.irrt.model.common.InvalidValueException;
import org.irrt.model.common.Money;
import org.irrt.model.common.Violation;
import org.irrt.model.member.MemberCategory;
import org.irrt.model.member.MemberId;
import org.irrt.model.testing.Violations;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 §5, anchors finding 6 (Wild Apricot, "Member access to renewal and level changes"): a
 * type may limit how early a renewal is paid, such as "only one period ahead"; a renewal paid
 * before the window opens is refused with a reason naming the day it opens. By default there is no
 * limit, as before.
 */
class RenewalWindowTest {
  static final StatusRules RULES = StatusRules.defaults();

  static MembershipType annual() {
    return MembershipType.builder().id(MembershipTypeId.of("regular")).name("Regular").category(MemberCategory.REGULAR)
        .fee(Money.of("35", "USD")).duration(MembershipDuration.years(1)).periodType(PeriodType.ROLLING).build();
  }

  static MembershipType onePeriodAhead() {
    return annual().withRenewalWindow(MembershipDuration.years(1));
  }

  static Membership join(MembershipType type, String day) {
    return Membership.join(MembershipId.of("m1"), MemberId.of("ana"), type, LocalDate.parse(day));
  }

  static PaymentReference pay(String id, String day) {
    return PaymentReference.of(id, Money.of("35", "USD"), LocalDate.parse(day));
  }

  @Test
  void oneRenewalAheadIsTakenAndASecondIsRefusedNamingTheDayRenewalsOpen() {
    MembershipType type = onePeriodAhead();
    Membership m = join(type, "2025-07-01"); // ends 2026-06-30
    assertThat(m.renewalOpensOn(type)).contains(LocalDate.parse("2025-07-01"));
    Membership a = m.renew(type, pay("pay-A", "2026-05-20"), RULES);
    assertThat(a.endDate()).contains(LocalDate.parse("2027-06-30"));
    assertThat(a.renewalOpensOn(type)).contains(LocalDate.parse("2026-07-01"));
    PaymentReference b = pay("pay-B", "2026-06-02");
    List<Violation> refusal = a.checkRenewal(type, b, 1, RULES);
    assertThat(refusal).extracting(v -> v.path() + " " + v.code())
        .containsExactly("payment.receivedOn org.irrt.model.Membership.renewalNotOpen");
    assertThat(refusal.get(0).message(Locale.ENGLISH))
        .isEqualTo("is before the renewal window opens: renewals open on 2026-07-01");
    assertThat(refusal.get(0).message(Locale.FRENCH))
        .isEqualTo("précède l’ouverture des renouvellements\u00A0: ils ouvrent le 2026-07-01");
    assertThat(refusal.get(0).message(Locale.forLanguageTag("es")))
        .isEqualTo("es anterior a la apertura del plazo de renovación: las renovaciones se abren el 2026-07-01");
    InvalidValueException e = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidValueException.class,
        () -> a.renew(type, b, RULES));
    assertThat(e.violations()).isEqualTo(refusal);
    assertThat(a.renew(type, pay("pay-B", "2026-07-01"), RULES).endDate()).contains(LocalDate.parse("2028-06-30"));
  }

  @Test
  void withoutAWindowARenewalMayBePaidAnyTimeAsBefore() {
    MembershipType type = annual();
    assertThat(type.renewalWindow()).isEmpty();
    Membership m = join(type, "2025-07-01");
    assertThat(m.renewalOpensOn(type)).isEmpty();
    Membership twice = m.renew(type, pay("a", "2025-08-01"), RULES).renew(type, pay("b", "2025-08-02"), RULES);
    assertThat(twice.endDate()).contains(LocalDate.parse("2028-06-30"));
  }

  @Test
  void aWindowOfDaysOrMonthsOpensThatLongBeforeTheRenewalDate() {
    Membership m = join(annual(), "2026-07-01"); // ends 2027-06-30, renewal date 2027-07-01
    MembershipType thirtyDays = annual().withRenewalWindow(MembershipDuration.days(30));
    assertThat(m.renewalOpensOn(thirtyDays)).contains(LocalDate.parse("2027-06-01"));
    assertThat(Violations.of(() -> m.renew(thirtyDays, pay("p", "2027-05-31"), RULES)))
        .containsExactly("payment.receivedOn org.irrt.model.Membership.renewalNotOpen");
    assertThat(m.renew(thirtyDays, pay("p", "2027-06-01"), RULES).endDate()).contains(LocalDate.parse("2028-06-30"));
    MembershipType twoMonths = annual().withRenewalWindow(MembershipDuration.months(2));
    assertThat(m.renewalOpensOn(twoMonths)).contains(LocalDate.parse("2027-05-01"));
  }

  @Test
  void monthAndYearWindowsClampToTheMonthsLastDay() {
    MembershipType oneMonth = annual().withRenewalWindow(MembershipDuration.months(1));
    assertThat(oneMonth.renewalOpensOn(LocalDate.parse("2027-03-30"))).contains(LocalDate.parse("2027-02-28"));
    assertThat(oneMonth.renewalOpensOn(LocalDate.parse("2028-03-30"))).contains(LocalDate.parse("2028-02-29"));
    MembershipType oneYear = annual().withRenewalWindow(MembershipDuration.years(1));
    assertThat(oneYear.renewalOpensOn(LocalDate.parse("2028-02-28"))).contains(LocalDate.parse("2027-02-28"));
    assertThat(oneYear.renewalOpensOn(LocalDate.parse("2028-02-29"))).contains(LocalDate.parse("2027-03-01"));
  }

  @Test
  void aMembershipInGraceOrExpiredIsNeverHeldBackByTheWindow() {
    MembershipType type = annual().withRenewalWindow(MembershipDuration.days(30));
    Membership m = join(type, "2024-01-01"); // ends 2024-12-31
    assertThat(m.renew(type, pay("grace", "2025-01-10"), RULES).endDate()).contains(LocalDate.parse("2025-12-31"));
    Membership expired = m.renew(type, pay("late", "2026-03-01"), RULES);
    assertThat(expired.startDate()).isEqualTo(LocalDate.parse("2026-03-01"));
    assertThat(expired.endDate()).contains(LocalDate.parse("2027-02-28"));
  }

  @Test
  void aFixedTypeWithAWindowOfTwoMonthsOpensOnNovemberFirst() {
    MembershipType calendar = MembershipType.builder().from(annual()).periodType(PeriodType.FIXED)
        .fixedPeriodStart(MonthDay.of(1, 1)).renewalWindow(MembershipDuration.months(2)).build();
    Membership m = join(calendar, "2026-03-15");
    assertThat(m.endDate()).contains(LocalDate.parse("2026-12-31"));
    assertThat(m.checkRenewal(calendar, pay("p", "2026-10-31"), 1, RULES)).hasSize(1);
    assertThat(m.checkRenewal(calendar, pay("p", "2026-11-01"), 1, RULES)).isEmpty();
    // a renewal for several terms paid in the window is taken whole
    assertThat(m.renew(calendar, PaymentReference.of("p", Money.of("70", "USD"), LocalDate.parse("2026-11-01")), 2,
        RULES).endDate()).contains(LocalDate.parse("2028-12-31"));
  }

  @Test
  void everyReasonIsGivenAtOnceAndAReplayIsNoNewRenewal() {
    MembershipType type = onePeriodAhead();
    Membership m = join(type, "2025-07-01").renew(type, pay("pay-A", "2026-05-20"), RULES);
    PaymentReference early = PaymentReference.of("pay-B", Money.of("30", "USD"), LocalDate.parse("2026-06-02"));
    assertThat(Violations.of(() -> m.renew(type, early, RULES))).containsExactly(
        "payment.amount org.irrt.model.Membership.belowFee", "payment.receivedOn org.irrt.model.Membership.renewalNotOpen");
    assertThat(m.checkRenewal(type, pay("pay-A", "2026-06-02"), 1, RULES)).isEmpty();
    assertThat(m.renew(type, pay("pay-A", "2026-06-02"), RULES)).isSameAs(m);
  }

  @Test
  void aLifetimeWindowIsRefused() {
    assertThat(Violations.of(() -> annual().withRenewalWindow(MembershipDuration.lifetime())))
        .containsExactly("renewalWindow.unit org.irrt.model.MembershipType.lifetimeWindow");
  }

  @Test
  void theWindowOpensExactlyOneWindowBeforeTheRenewalDate() {
    qt().withFixedSeed(2026_06_02L).withExamples(3000)
        .forAll(MembershipPropertiesTest.days(), MembershipPropertiesTest.durations(), integers().between(-800, 400))
        .checkAssert((end, window, offset) -> {
          MembershipType type = annual().withRenewalWindow(window);
          Membership m = Membership.builder().id(MembershipId.of("m")).memberId(MemberId.of("x"))
              .typeId(type.id()).joinDate(end.minusYears(3)).startDate(end.minusYears(3)).endDate(end).build();
          LocalDate opens = m.renewalOpensOn(type).orElseThrow();
          assertThat(opens).isBeforeOrEqualTo(end.plusDays(1));
          assertThat(window.endOf(opens).orElseThrow()).isAfterOrEqualTo(end.minusDays(3));
          LocalDate paidOn = end.plusDays(offset);
          boolean refused = !m.checkRenewal(type, PaymentReference.of("p", type.fee(), paidOn), 1, RULES).isEmpty();
          assertThat(refused).as("paid %s, opens %s", paidOn, opens).isEqualTo(paidOn.isBefore(opens));
        });
  }
}
