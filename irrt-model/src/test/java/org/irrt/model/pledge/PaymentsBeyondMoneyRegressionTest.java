package org.irrt.model.pledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.irrt.model.common.Money;
import org.irrt.model.member.MemberId;
import org.irrt.model.testing.Violations;
import org.junit.jupiter.api.Test;

/**
 * Fault an attacker found (2026-12-07): a pledge whose payments added up to 19 digits or more was
 * accepted, and then its received amount, status and installments threw {@code ArithmeticException}.
 * Now the pledge is refused at {@code payments}, and one just under the limit works.
 */
class PaymentsBeyondMoneyRegressionTest {
  static ImmutablePledge.Builder pledge() {
    return Pledge.builder().id(PledgeId.of("p-1")).campaign(CampaignId.of("c")).donor(Donor.member(MemberId.of("m")))
        .total(Money.of("100", "USD")).installmentCount(1).frequency(Frequency.monthly())
        .startDate(LocalDate.of(2026, 1, 1));
  }

  @Test
  void paymentsAddingUpToMoreThanMoneyHoldsAreRefusedAtPayments() {
    String most = "9".repeat(18);
    assertThat(Violations.of(() -> pledge()
            .addPayments(PledgePayment.of("a", Money.of(most, "USD"), LocalDate.of(2026, 1, 1)))
            .addPayments(PledgePayment.of("b", Money.of(most, "USD"), LocalDate.of(2026, 1, 2))).build()))
        .containsExactly("payments org.irrt.model.Pledge.paidTooMuch");
    Pledge fits = pledge().addPayments(PledgePayment.of("a", Money.of("5" + "0".repeat(17), "USD"), LocalDate.of(2026, 1, 1)))
        .addPayments(PledgePayment.of("b", Money.of("4" + "0".repeat(17), "USD"), LocalDate.of(2026, 1, 2))).build();
    assertThat(fits.received()).isEqualTo(Money.of("9" + "0".repeat(17), "USD"));
    assertThat(fits.installments()).hasSize(1);
  }
}
