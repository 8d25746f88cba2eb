package org.irrt.model.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Locale;
import java.util.Optional;
import org.irrt.model.common.Money;
import org.irrt.model.member.MemberCategory;
import org.irrt.model.member.MemberId;
import org.irrt.model.testing.Violations;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 §5, anchors finding 5 (civicrm-core PR #18618, dev/membership#28): a renewal paid for
 * several terms must extend the end by exactly that many durations, once. irrt had no terms: a
 * payment of two fees renewed for one term.
 */
class MultiTermRenewalRegressionTest {
  static final StatusRules RULES = StatusRules.defaults();

  static MembershipType type(MembershipDuration duration, String fee) {
    return MembershipType.builder().id(MembershipTypeId.of("regular")).name("Regular").category(MemberCategory.REGULAR)
        .fee(money(fee)).duration(duration).periodType(PeriodType.ROLLING).build();
  }

  static Membership join(MembershipType type, String day) {
    return Membership.join(MembershipId.of("m1"), MemberId.of("ana"), type, LocalDate.parse(day));
  }

  static PaymentReference pay(String id, String amount, String day) {
    return PaymentReference.of(id, money(amount), LocalDate.parse(day));
  }

  /** "35 USD" as money. */
  static Money money(String text) {
    String[] parts = text.split(" ");
    return Money.of(parts[0], parts[1]);
  }

  @Test
  void aPaymentForTwoTermsExtendsACurrentMembershipByTwoYearsOnce() {
    MembershipType annual = type(MembershipDuration.years(1), "35 USD");
    Membership m = join(annual, "2025-07-01");
    assertThat(m.endDate()).contains(LocalDate.parse("2026-06-30"));
    PaymentReference seventy = pay("pay-70", "70 USD", "2026-06-01");
    Membership renewed = m.renew(annual, seventy, 2, RULES);
    assertThat(renewed.startDate()).isEqualTo(LocalDate.parse("2025-07-01"));
    assertThat(renewed.endDate()).contains(LocalDate.parse("2028-06-30"));
    assertThat(renewed.renew(annual, seventy, 2, RULES)).isSameAs(renewed);
    assertThat(renewed.renew(annual, seventy, 1, RULES)).isSameAs(renewed);
    assertThat(renewed.renewals()).singleElement().satisfies(r -> {
      assertThat(r.paymentId()).isEqualTo("pay-70");
      assertThat(r.terms()).isEqualTo(2);
      assertThat(r.previousEndDate()).contains(LocalDate.parse("2026-06-30"));
      assertThat(r.endDate()).contains(LocalDate.parse("2028-06-30"));
    });
  }

  @Test
  void aPaymentForTwoTermsAfterExpiryStartsOnThePaymentDayAndRunsTwoYearsToALeapDay() {
    MembershipType annual = type(MembershipDuration.years(1), "35 USD");
    Membership expired = join(annual, "2024-01-01");
    assertThat(expired.endDate()).contains(LocalDate.parse("2024-12-31"));
    Membership renewed = expired.renew(annual, pay("pay-2", "70 USD", "2026-03-01"), 2, RULES);
    assertThat(renewed.joinDate()).isEqualTo(LocalDate.parse("2024-01-01"));
    assertThat(renewed.startDate()).isEqualTo(LocalDate.parse("2026-03-01"));
    assertThat(renewed.endDate()).contains(LocalDate.parse("2028-02-29"));
  }

  @Test
  void termsFollowLeapDaysAndMonthEndsAsSuccessiveRenewalsWould() {
    MembershipType annual = type(MembershipDuration.years(1), "35 USD");
    Membership leap = join(annual, "2024-02-29");
    assertThat(leap.endDate()).contains(LocalDate.parse("2025-02-28"));
    assertThat(leap.renew(annual, pay("p", "105 USD", "2025-02-01"), 3, RULES).endDate())
        .contains(LocalDate.parse("2028-02-29"));
    MembershipType monthly = type(MembershipDuration.months(1), "5 EUR");
    Membership january = join(monthly, "2027-01-31");
    assertThat(january.endDate()).contains(LocalDate.parse("2027-02-28"));
    assertThat(january.renew(monthly, pay("p", "10 EUR", "2027-02-20"), 2, RULES).endDate())
        .contains(LocalDate.parse("2027-04-30"));
  }

  @Test
  void aFixedTypeIsExtendedByItsWholePeriodsForEachTerm() {
    MembershipType ala = MembershipType.builder().from(type(MembershipDuration.years(1), "35 USD"))
        .periodType(PeriodType.FIXED).fixedPeriodStart(MonthDay.of(9, 1)).build();
    Membership m = join(ala, "2026-10-15");
    assertThat(m.endDate()).contains(LocalDate.parse("2027-08-31"));
    assertThat(m.renew(ala, pay("p", "105 USD", "2027-08-01"), 3, RULES).endDate())
        .contains(LocalDate.parse("2030-08-31"));
  }

  @Test
  void thePaymentMustCoverTheFeeOfEveryTermInCurrenciesOfZeroTwoAndThreeDecimals() {
    MembershipType annual = type(MembershipDuration.years(1), "35 USD");
    Membership m = join(annual, "2025-07-01");
    assertThat(Violations.of(() -> m.renew(annual, pay("p", "69.99 USD", "2026-06-01"), 2, RULES)))
        .containsExactly("payment.amount org.irrt.model.Membership.belowFeeForTerms");
    assertThat(m.checkRenewal(annual, pay("p", "69.99 USD", "2026-06-01"), 2, RULES)).singleElement()
        .satisfies(v -> assertThat(v.message(Locale.ENGLISH)).isEqualTo("is below the membership fee for 2 terms"));
    MembershipType yen = type(MembershipDuration.years(1), "5000 JPY");
    Membership y = join(yen, "2025-07-01");
    assertThat(y.checkRenewal(yen, pay("p", "14999 JPY", "2026-06-01"), 3, RULES)).hasSize(1);
    assertThat(y.renew(yen, pay("p", "15000 JPY", "2026-06-01"), 3, RULES).endDate())
        .contains(LocalDate.parse("2029-06-30"));
    MembershipType dinar = type(MembershipDuration.years(1), "12.345 BHD");
    Membership d = join(dinar, "2025-07-01");
    assertThat(Violations.of(() -> d.renew(dinar, pay("p", "24.689 BHD", "2026-06-01"), 2, RULES)))
        .containsExactly("payment.amount org.irrt.model.Membership.belowFeeForTerms");
    assertThat(d.renew(dinar, pay("p", "24.690 BHD", "2026-06-01"), 2, RULES).endDate())
        .contains(LocalDate.parse("2028-06-30"));
  }

  @Test
  void termsOutsideOneToAHundredOrSeveralTermsOfALifetimeAreRefused() {
    MembershipType annual = type(MembershipDuration.years(1), "35 USD");
    Membership m = join(annual, "2025-07-01");
    for (int terms : new int[] {0, -1, 101}) {
      assertThat(Violations.of(() -> m.renew(annual, pay("p", "3535 USD", "2026-06-01"), terms, RULES)))
          .as("%d terms", terms).containsExactly("terms org.irrt.model.Membership.terms");
    }
    assertThat(m.renew(annual, pay("p", "3500 USD", "2026-06-01"), 100, RULES).endDate())
        .contains(LocalDate.parse("2126-06-30"));
    MembershipType life = type(MembershipDuration.lifetime(), "500 USD");
    Membership forLife = join(life, "2020-01-01");
    assertThat(Violations.of(() -> forLife.renew(life, pay("p", "1000 USD", "2026-06-01"), 2, RULES)))
        .containsExactly("terms org.irrt.model.Membership.lifetimeTerms");
    assertThat(forLife.renew(life, pay("p", "500 USD", "2026-06-01"), 1, RULES).endDate()).isEqualTo(Optional.empty());
  }

  @Test
  void aRenewalForNTermsGivesTheDatesOfNRenewalsOfOneTermPaidTheSameDay() {
    qt().withFixedSeed(18_618L).withExamples(3000)
        .forAll(MembershipPropertiesTest.days(), MembershipPropertiesTest.durations(), integers().between(1, 6),
            integers().between(-400, 900))
        .checkAssert((join, duration, terms, paidAfter) -> {
          MembershipType t = MembershipPropertiesTest.type(duration);
          Membership m = Membership.join(MembershipId.of("m"), MemberId.of("x"), t, join);
          LocalDate paidOn = join.plusDays(paidAfter);
          Membership once = m.renew(t, PaymentReference.of("all", Money.of("10", "USD").times(terms), paidOn), terms, RULES);
          Membership oneByOne = m;
          for (int i = 0; i < terms; i++) {
            oneByOne = oneByOne.renew(t, PaymentReference.of("p" + i, Money.of("10", "USD"), paidOn), RULES);
          }
          assertThat(once.startDate()).isEqualTo(oneByOne.startDate());
          assertThat(once.endDate()).isEqualTo(oneByOne.endDate());
          assertThat(once.payments()).hasSize(1);
        });
  }
}
