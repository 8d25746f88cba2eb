package org.irrt.model.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.irrt.model.common.Money;
import org.irrt.model.member.MemberId;
import org.junit.jupiter.api.Test;

/**
 * DOMAIN.md section 4: "Under/over-payment moves the difference onto the next pending installment",
 * payment after payment as they were received. A payment entered late with an earlier date (a
 * cheque received on February 1 and keyed in after a March 1 transfer, which the pledge workflow
 * accepts: only future dates are refused) was applied in the order the payments were recorded, so
 * the installments depended on typing order and today's view of the first installment disagreed with
 * the pledge as it stood on February 15 ({@link Pledge#asOf}): completed at 50.00 by the cheque then,
 * at 100.00 by the transfer that had not yet come now.
 */
class BackdatedPaymentRegressionTest {
  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

  private static Pledge pledge() {
    return Pledge.builder().id(PledgeId.of("p-1")).campaign(CampaignId.of("c")).donor(Donor.member(MemberId.of("ana")))
        .total(Money.of("300.00", "USD")).installmentCount(3).frequency(Frequency.monthly())
        .startDate(LocalDate.parse("2026-01-01")).build();
  }

  private static final PledgePayment TRANSFER = PledgePayment.of("transfer", Money.of("150.00", "USD"),
      LocalDate.parse("2026-03-01"));
  private static final PledgePayment CHEQUE = PledgePayment.of("cheque", Money.of("50.00", "USD"),
      LocalDate.parse("2026-02-01"));

  @Test
  void aPaymentEnteredLateWithAnEarlierDateIsAppliedInTheOrderTheMoneyWasReceived() {
    Pledge p = pledge().pay(TRANSFER).pay(CHEQUE);
    List<Installment> rows = p.installments();
    // The cheque of February 1 under-paid the first installment: completed at 50.00, the 50.00 short
    // moved onto the second, which the transfer of March 1 paid in full at 150.00.
    assertThat(rows).extracting(i -> i.amount().amount().toPlainString(), i -> i.paid().amount().toPlainString(),
            Installment::completed, i -> i.paidBy().orElse("-"))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("50.00", "50.00", true, "cheque"),
            org.assertj.core.groups.Tuple.tuple("150.00", "150.00", true, "transfer"),
            org.assertj.core.groups.Tuple.tuple("100.00", "0.00", false, "-"));
    assertThat(p.installments()).isEqualTo(pledge().pay(CHEQUE).pay(TRANSFER).installments());
  }

  @Test
  void todaysViewOfAnInstallmentCompletedInThePastIsTheOneThatDayShowed() {
    Pledge p = pledge().pay(TRANSFER).pay(CHEQUE);
    Installment then = p.asOf(LocalDate.parse("2026-02-15")).installments().get(0);
    assertThat(then.paidBy()).contains("cheque");
    assertThat(p.installments().get(0)).isEqualTo(then);
    // February 15: the second installment, due February 1, is unpaid; March 1: paid, the third due that day.
    assertThat(p.status(Instant.parse("2026-02-15T18:00:00Z"), CHICAGO)).isEqualTo(PledgeStatus.OVERDUE);
    assertThat(p.status(Instant.parse("2026-03-01T18:00:00Z"), CHICAGO)).isEqualTo(PledgeStatus.IN_PROGRESS);
  }

  @Test
  void theOrderInWhichPaymentsOfDifferentDaysAreRecordedNeverChangesTheInstallments() {
    qt().withFixedSeed(4242L).withExamples(1500)
        .forAll(integers().between(1, 6), integers().between(1, 1_000_000),
            lists().of(integers().between(1, 40_000)).ofSizeBetween(1, 8), integers().all())
        .checkAssert((n, totalCents, amounts, shuffleSeed) -> {
          int count = Math.min(n, totalCents);
          Pledge base = Pledge.builder().id(PledgeId.of("p-1")).campaign(CampaignId.of("c"))
              .donor(Donor.member(MemberId.of("ana"))).total(Money.of(java.math.BigDecimal.valueOf(totalCents, 2),
                  java.util.Currency.getInstance("USD"))).installmentCount(count).frequency(Frequency.monthly())
              .startDate(LocalDate.parse("2026-01-31")).build();
          List<PledgePayment> byDate = new ArrayList<>();
          for (int i = 0; i < amounts.size(); i++) { // one payment a day: the order received is the dates' order
            byDate.add(PledgePayment.of("pay-" + i, Money.of(java.math.BigDecimal.valueOf(amounts.get(i), 2),
                java.util.Currency.getInstance("USD")), LocalDate.parse("2026-01-31").plusDays(3L * i)));
          }
          List<PledgePayment> typed = new ArrayList<>(byDate);
          Collections.shuffle(typed, new Random(shuffleSeed));
          Pledge inOrder = base.withPayments(byDate);
          Pledge shuffled = base.withPayments(typed);
          assertThat(shuffled.installments()).isEqualTo(inOrder.installments());
          assertThat(shuffled.credit()).isEqualTo(inOrder.credit());
          typed.sort(Comparator.comparing(PledgePayment::receivedOn));
          assertThat(typed).isEqualTo(byDate);
        });
  }

  @Test
  void anInstallmentCompletedByADayStaysAsItWasCompletedWhateverIsRecordedLater() {
    qt().withFixedSeed(4343L).withExamples(1500)
        .forAll(integers().between(1, 6), integers().between(1, 1_000_000),
            lists().of(integers().between(1, 40_000)).ofSizeBetween(1, 8), integers().between(0, 60))
        .checkAssert((n, totalCents, amounts, dayOffset) -> {
          java.util.Currency usd = java.util.Currency.getInstance("USD");
          LocalDate start = LocalDate.parse("2026-01-31");
          Pledge p = Pledge.builder().id(PledgeId.of("p-1")).campaign(CampaignId.of("c"))
              .donor(Donor.member(MemberId.of("ana"))).total(Money.of(java.math.BigDecimal.valueOf(totalCents, 2), usd))
              .installmentCount(Math.min(n, totalCents)).frequency(Frequency.monthly()).startDate(start).build();
          for (int i = 0; i < amounts.size(); i++) { // dates out of order, some on one day
            p = p.pay(PledgePayment.of("pay-" + i, Money.of(java.math.BigDecimal.valueOf(amounts.get(i), 2), usd),
                start.plusDays((amounts.get(i) * 7L) % 45)));
          }
          LocalDate day = start.plusDays(dayOffset);
          List<Installment> then = p.asOf(day).installments();
          List<Installment> now = p.installments();
          for (int k = 0; k < then.size(); k++) {
            if (then.get(k).completed()) {
              assertThat(now.get(k)).as("installment %d as of %s", k + 1, day).isEqualTo(then.get(k));
            }
          }
        });
  }
}
