package org.irrt.model.membership;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Found by the domain adversary: a renewal entered late with an earlier date than the renewal in
 * force gave dates that depended on the order of entry. A rolling year from 2025-01-01: renewal A
 * paid 2026-06-01 (expired by then: a new period from that day), renewal B paid 2026-01-15 (in
 * grace: it extends the period). Entered B then A, the membership runs 2025-01-01 to 2027-12-31, as
 * DOMAIN.md §2 says; entered A then B, it ran 2026-06-01 to 2028-05-31 and showed NOT_STARTED on
 * 2026-01-20, a day the member had paid in grace. Now B after A is refused, naming A: reverse A,
 * then record both in the order paid.
 */
class BackdatedRenewalTest {
  private static final StatusRules RULES = StatusRules.defaults();

  private static MembershipType annual() {
    return MembershipType.builder().id(MembershipTypeId.of("regular")).name("Regular").category(MemberCategory.REGULAR)
        .fee(Money.of("35", "USD")).duration(MembershipDuration.years(1)).periodType(PeriodType.ROLLING).build();
  }

  private static Membership joined() {
    return Membership.join(MembershipId.of("m1"), MemberId.of("ana"), annual(), LocalDate.parse("2025-01-01"));
  }

  private static PaymentReference pay(String id, String day) {
    return PaymentReference.of(id, Money.of("35", "USD"), LocalDate.parse(day));
  }

  @Test
  void renewalsEnteredInTheOrderPaidGiveTheDomainsDates() {
    Membership inOrder = joined().renew(annual(), pay("pay-B", "2026-01-15"), RULES)
        .renew(annual(), pay("pay-A", "2026-06-01"), RULES);
    assertThat(inOrder.startDate()).isEqualTo(LocalDate.parse("2025-01-01"));
    assertThat(inOrder.endDate()).contains(LocalDate.parse("2027-12-31"));
    assertThat(inOrder.lastRenewalPayment()).contains(pay("pay-A", "2026-06-01"));
  }

  @Test
  void aRenewalPaidBeforeTheRenewalInForceIsRefusedNamingIt() {
    Membership afterA = joined().renew(annual(), pay("pay-A", "2026-06-01"), RULES);
    assertThat(afterA.startDate()).isEqualTo(LocalDate.parse("2026-06-01"));
    assertThat(afterA.checkRenewal(annual(), pay("pay-B", "2026-01-15"), 1, RULES)).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo("payment.receivedOn");
      assertThat(v.code()).isEqualTo("org.irrt.model.Membership.beforeLaterRenewal");
      assertThat(v.message(Locale.ENGLISH)).isEqualTo("is before the renewal in force paid by pay-A on 2026-06-01: "
          + "reverse that one first, then record the two in the order they were paid");
      assertThat(v.message(Locale.GERMAN)).startsWith("liegt vor der geltenden Verlängerung, bezahlt mit pay-A am 2026-06-01");
    });
    assertThat(Violations.of(() -> afterA.renew(annual(), pay("pay-B", "2026-01-15"), RULES)))
        .containsExactly("payment.receivedOn org.irrt.model.Membership.beforeLaterRenewal");
    assertThat(afterA.renew(annual(), pay("pay-C", "2026-06-01"), RULES).endDate())
        .as("a renewal paid the same day is not before it").contains(LocalDate.parse("2028-05-31"));
  }

  @Test
  void reversingTheLaterRenewalThenRecordingBothInOrderGivesTheDomainsDates() {
    Membership afterA = joined().renew(annual(), pay("pay-A", "2026-06-01"), RULES);
    Membership back = afterA.reverse(PaymentReversal.of("pay-A", LocalDate.parse("2026-06-03"), ReversalReason.REFUND));
    assertThat(back.lastRenewalPayment()).isEmpty();
    Membership redone = back.renew(annual(), pay("pay-B", "2026-01-15"), RULES)
        .renew(annual(), pay("pay-A2", "2026-06-01"), RULES);
    assertThat(redone.startDate()).isEqualTo(LocalDate.parse("2025-01-01"));
    assertThat(redone.endDate()).contains(LocalDate.parse("2027-12-31"));
    assertThat(RULES.statusOf(redone, LocalDate.parse("2026-01-20"))).isEqualTo(MembershipStatus.CURRENT);
  }
}
