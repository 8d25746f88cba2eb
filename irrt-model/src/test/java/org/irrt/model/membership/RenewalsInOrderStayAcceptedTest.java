package org.irrt.model.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.irrt.model.common.Money;
import org.irrt.model.common.PaymentReversal;
import org.irrt.model.common.ReversalReason;
import org.irrt.model.member.MemberCategory;
import org.irrt.model.member.MemberId;
import org.junit.jupiter.api.Test;

/**
 * Adversary's pass on {@link Membership#checkRenewal}'s refusal of a renewal paid before the renewal
 * in force: over generated histories entered in the order paid (gaps of 0 to 500 days, same-day
 * payments, one to three terms, the last renewal reversed now and then), no renewal is refused for
 * it; and one paid a day before the renewal in force always is (held: 1,500 histories, 10,010
 * renewals, 1,990 reversals).
 */
class RenewalsInOrderStayAcceptedTest {
  private static final StatusRules RULES = StatusRules.defaults();

  private static MembershipType type(PeriodType period) {
    var b = MembershipType.builder().id(MembershipTypeId.of("regular")).name("Regular").category(MemberCategory.REGULAR)
        .fee(Money.of("35", "USD")).duration(MembershipDuration.years(1)).periodType(period);
    return period == PeriodType.FIXED ? b.fixedPeriodStart(java.time.MonthDay.of(9, 1)).build() : b.build();
  }

  @Test
  void renewalsEnteredInTheOrderPaidAreNeverRefusedAsBeforeTheRenewalInForce() {
    Random random = new Random(42);
    int renewals = 0;
    int reversals = 0;
    int refusedEarlier = 0;
    for (int history = 0; history < 1500; history++) {
      MembershipType type = type(PeriodType.values()[random.nextInt(PeriodType.values().length)]);
      LocalDate day = LocalDate.parse("2024-01-01").plusDays(random.nextInt(365));
      Membership m = Membership.join(MembershipId.of("m" + history), MemberId.of("ana"), type, day);
      List<String> inForce = new ArrayList<>();
      for (int step = 0; step < 8; step++) {
        day = day.plusDays(random.nextInt(4) == 0 ? 0 : random.nextInt(500));
        if (!inForce.isEmpty() && random.nextInt(5) == 0) {
          String last = inForce.remove(inForce.size() - 1);
          m = m.reverse(PaymentReversal.of(last, day, ReversalReason.REFUND));
          reversals++;
          continue;
        }
        int terms = 1 + random.nextInt(3);
        PaymentReference p = PaymentReference.of("p" + history + "-" + step,
            Money.of(new BigDecimal("35").multiply(BigDecimal.valueOf(terms)).toPlainString(), "USD"), day);
        assertThat(m.checkRenewal(type, p, terms, RULES)).as("history %d step %d", history, step)
            .noneMatch(v -> v.code().equals("org.irrt.model.Membership.beforeLaterRenewal"));
        if (m.checkRenewal(type, p, terms, RULES).isEmpty()) {
          PaymentReference earlier = PaymentReference.of("e" + history + "-" + step, p.amount(), day.minusDays(1));
          m = m.renew(type, p, terms, RULES);
          inForce.add(p.paymentId());
          renewals++;
          assertThat(m.checkRenewal(type, earlier, terms, RULES))
              .anyMatch(v -> v.code().equals("org.irrt.model.Membership.beforeLaterRenewal"));
          refusedEarlier++;
        }
      }
    }
    assertThat(renewals).isGreaterThan(5000);
    assertThat(reversals).isGreaterThan(1000);
    assertThat(refusedEarlier).isEqualTo(renewals);
  }
}
