package org.irrt.model.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.Locale;
import org.irrt.model.common.Money;
import org.irrt.model.common.PaymentReversal;
import org.irrt.model.common.ReversalReason;
import org.irrt.model.member.MemberCategory;
import org.irrt.model.member.MemberId;
import org.irrt.model.testing.Violations;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 §5, anchors finding 2 for memberships: a renewal paid by a payment that is then refunded,
 * bounced or charged back is taken back when it is the last renewal in force; otherwise the reversal
 * is refused with its reason. The payment and the renewal stay recorded.
 */
class ReversedRenewalTest {
  static final StatusRules RULES = StatusRules.defaults();

  static MembershipType annual() {
    return MembershipType.builder().id(MembershipTypeId.of("regular")).name("Regular").category(MemberCategory.REGULAR)
        .fee(Money.of("35", "USD")).duration(MembershipDuration.years(1)).periodType(PeriodType.ROLLING).build();
  }

  static Membership joined() {
    return Membership.join(MembershipId.of("m1"), MemberId.of("ana"), annual(), LocalDate.parse("2025-07-01"));
  }

  static PaymentReference pay(String id, String day) {
    return PaymentReference.of(id, Money.of("35", "USD"), LocalDate.parse(day));
  }

  static PaymentReversal bounce(String id, String day) {
    return PaymentReversal.of(id, LocalDate.parse(day), ReversalReason.BOUNCE);
  }

  @Test
  void aBouncedRenewalTakesItsExtensionBackAndKeepsThePaymentOnRecord() {
    Membership renewed = joined().requestRenewal(LocalDate.parse("2026-05-01")).renew(annual(), pay("pay-A", "2026-05-20"), RULES);
    assertThat(renewed.endDate()).contains(LocalDate.parse("2027-06-30"));
    assertThat(renewed.renewalRequestedOn()).isEmpty();
    Membership bounced = renewed.reverse(bounce("pay-A", "2026-06-05"));
    assertThat(bounced.startDate()).isEqualTo(LocalDate.parse("2025-07-01"));
    assertThat(bounced.endDate()).contains(LocalDate.parse("2026-06-30"));
    assertThat(bounced.renewalRequestedOn()).contains(LocalDate.parse("2026-05-01"));
    assertThat(RULES.statusOf(bounced, LocalDate.parse("2026-07-15"))).isEqualTo(MembershipStatus.GRACE);
    assertThat(bounced.payments()).extracting(PaymentReference::paymentId).containsExactly("pay-A");
    assertThat(bounced.renewals()).extracting(Renewal::paymentId).containsExactly("pay-A");
    assertThat(bounced.reversals()).containsExactly(bounce("pay-A", "2026-06-05"));
    assertThat(bounced.reverse(bounce("pay-A", "2026-06-05"))).isSameAs(bounced);
    // the reversed payment's id is never applied again; a new payment renews
    assertThat(bounced.renew(annual(), pay("pay-A", "2026-06-10"), RULES)).isSameAs(bounced);
    assertThat(bounced.renew(annual(), pay("pay-C", "2026-06-10"), RULES).endDate()).contains(LocalDate.parse("2027-06-30"));
  }

  @Test
  void aReversedRenewalAfterExpiryGivesBackTheOldPeriodAndTwoTermsGoBackTogether() {
    Membership expired = Membership.join(MembershipId.of("m1"), MemberId.of("ana"), annual(), LocalDate.parse("2024-01-01"));
    Membership renewed = expired.renew(annual(), PaymentReference.of("pay-2", Money.of("70", "USD"),
        LocalDate.parse("2026-03-01")), 2, RULES);
    assertThat(renewed.startDate()).isEqualTo(LocalDate.parse("2026-03-01"));
    assertThat(renewed.endDate()).contains(LocalDate.parse("2028-02-29"));
    Membership charged = renewed.reverse(PaymentReversal.of("pay-2", LocalDate.parse("2026-04-02"), ReversalReason.CHARGEBACK));
    assertThat(charged.startDate()).isEqualTo(LocalDate.parse("2024-01-01"));
    assertThat(charged.endDate()).contains(LocalDate.parse("2024-12-31"));
    assertThat(RULES.statusOf(charged, LocalDate.parse("2026-04-02"))).isEqualTo(MembershipStatus.EXPIRED);
  }

  @Test
  void onlyTheLastRenewalInForceIsTakenBackSoRenewalsGoBackNewestFirst() {
    Membership twice = joined().renew(annual(), pay("pay-A", "2026-05-20"), RULES).renew(annual(), pay("pay-B", "2026-06-02"), RULES);
    assertThat(twice.endDate()).contains(LocalDate.parse("2028-06-30"));
    assertThat(Violations.of(() -> twice.reverse(bounce("pay-A", "2026-06-05"))))
        .containsExactly("reversals[0].paymentId org.irrt.model.Membership.laterRenewal");
    assertThat(twice.checkReversal(bounce("pay-A", "2026-06-05"))).singleElement()
        .satisfies(v -> assertThat(v.message(Locale.ENGLISH))
            .isEqualTo("cannot be taken back while a later renewal, paid by pay-B, is in force: reverse that one first"));
    Membership one = twice.reverse(bounce("pay-B", "2026-06-05"));
    assertThat(one.endDate()).contains(LocalDate.parse("2027-06-30"));
    Membership none = one.reverse(bounce("pay-A", "2026-06-06"));
    assertThat(none.endDate()).contains(LocalDate.parse("2026-06-30"));
    assertThat(none.reversals()).extracting(PaymentReversal::paymentId).containsExactly("pay-B", "pay-A");
  }

  @Test
  void aPaymentThatRenewedNothingOrDatesChangedByHandAreRefusedForAnOfficerToDecide() {
    Membership activated = Membership.builder().from(joined()).addPayments(pay("join-fee", "2025-07-01")).build();
    assertThat(Violations.of(() -> activated.reverse(bounce("join-fee", "2025-07-10"))))
        .containsExactly("reversals[0].paymentId org.irrt.model.Membership.notARenewal");
    Membership edited = joined().renew(annual(), pay("pay-A", "2026-05-20"), RULES).withEndDate(LocalDate.parse("2027-12-31"));
    assertThat(Violations.of(() -> edited.reverse(bounce("pay-A", "2026-06-05"))))
        .containsExactly("reversals[0].paymentId org.irrt.model.Membership.changedSinceRenewal");
  }

  @Test
  void anUnknownPaymentATwiceReversedOneOrAReversalBeforeThePaymentIsRefused() {
    Membership renewed = joined().renew(annual(), pay("pay-A", "2026-05-20"), RULES);
    assertThat(Violations.of(() -> renewed.reverse(bounce("zzz", "2026-06-05"))))
        .containsExactly("reversals[0].paymentId org.irrt.model.PaymentReversal.unknownPayment");
    assertThat(Violations.of(() -> renewed.reverse(bounce("pay-A", "2026-05-19"))))
        .containsExactly("reversals[0].reversedOn org.irrt.model.PaymentReversal.beforePayment");
    Membership bounced = renewed.reverse(bounce("pay-A", "2026-06-05"));
    assertThat(Violations.of(() -> bounced.reverse(bounce("pay-A", "2026-06-07"))))
        .containsExactly("reversals[1].paymentId org.irrt.model.PaymentReversal.alreadyReversed");
    // a membership built with records naming no payment is refused the same way
    assertThat(Violations.of(() -> renewed.withReversals(bounce("zzz", "2026-06-05"))))
        .containsExactly("reversals[0].paymentId org.irrt.model.PaymentReversal.unknownPayment");
    assertThat(Violations.of(() -> renewed.withPayments()))
        .containsExactly("renewals[0].paymentId org.irrt.model.PaymentReversal.unknownPayment");
  }

  @Test
  void aPendingMembershipActivatedByARenewalIsPendingAgainWhenItIsReversed() {
    Membership pending = joined().withPending(true);
    Membership paid = pending.renew(annual(), pay("pay-A", "2025-07-02"), RULES);
    assertThat(paid.pending()).isFalse();
    Membership reversed = paid.reverse(PaymentReversal.of("pay-A", LocalDate.parse("2025-07-09"), ReversalReason.REFUND));
    assertThat(reversed.pending()).isTrue();
    assertThat(reversed.startDate()).isEqualTo(pending.startDate());
    assertThat(reversed.endDate()).isEqualTo(pending.endDate());
  }

  @Test
  void reversingTheLastRenewalGivesBackTheMembershipAsItWasBeforeIt() {
    qt().withFixedSeed(19_289L).withExamples(2000)
        .forAll(MembershipPropertiesTest.days(), MembershipPropertiesTest.durations(), integers().between(1, 4),
            integers().between(-400, 900))
        .checkAssert((join, duration, terms, paidAfter) -> {
          MembershipType t = MembershipPropertiesTest.type(duration);
          Membership before = Membership.join(MembershipId.of("m"), MemberId.of("x"), t, join)
              .renew(t, PaymentReference.of("first", Money.of("10", "USD"), join), RULES);
          LocalDate paidOn = join.plusDays(paidAfter);
          if (paidOn.isBefore(join)) { // paid before the renewal in force: refused (BackdatedRenewalTest)
            assertThat(before.checkRenewal(t, PaymentReference.of("p", Money.of("10", "USD").times(terms), paidOn), terms,
                RULES)).extracting(org.irrt.model.common.Violation::code)
                .contains("org.irrt.model.Membership.beforeLaterRenewal");
            return;
          }
          Membership renewed = before.renew(t, PaymentReference.of("p", Money.of("10", "USD").times(terms), paidOn), terms,
              RULES);
          Membership reversed = renewed.reverse(PaymentReversal.of("p", paidOn.plusDays(3), ReversalReason.BOUNCE));
          assertThat(reversed.withReversals()).isEqualTo(renewed.withReversals().withStartDate(before.startDate())
              .withEndDate(before.endDate()));
          assertThat(reversed.startDate()).isEqualTo(before.startDate());
          assertThat(reversed.endDate()).isEqualTo(before.endDate());
          assertThat(reversed.pending()).isEqualTo(before.pending());
          assertThat(reversed.renewalRequestedOn()).isEqualTo(before.renewalRequestedOn());
        });
  }
}
