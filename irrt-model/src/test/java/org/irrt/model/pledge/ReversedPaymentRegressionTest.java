package org.irrt.model.pledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.irrt.model.common.Money;
import org.irrt.model.common.PaymentReversal;
import org.irrt.model.common.ReversalReason;
import org.irrt.model.member.MemberId;
import org.irrt.model.testing.Violations;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 §5, anchors finding 2 (civicrm-core PR #19289, dev/core#2206; Salesforce NPSP #4617): a
 * payment that was refunded, bounced or charged back kept counting, so its installment stayed
 * completed, the pledge fulfilled and the campaign's received total too high. A reversal is now
 * recorded against the payment id with its own date; from that day on the payment no longer counts,
 * and before it everything reads as it was.
 */
class ReversedPaymentRegressionTest {
  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

  static Pledge pledge(String total, String currency, int count, Frequency frequency, String start) {
    return Pledge.builder().id(PledgeId.of("p-1")).campaign(CampaignId.of("sixty-for-sixty"))
        .donor(Donor.member(MemberId.of("ana"))).total(Money.of(total, currency)).installmentCount(count)
        .frequency(frequency).startDate(LocalDate.parse(start)).build();
  }

  static PledgePayment paid(String id, String amount, String currency, String on) {
    return PledgePayment.of(id, Money.of(amount, currency), LocalDate.parse(on));
  }

  static PaymentReversal reversal(String id, String on) {
    return PaymentReversal.of(id, LocalDate.parse(on), ReversalReason.BOUNCE);
  }

  /** EUR 300 in 3 monthly installments from 2027-01-10, each paid on its day. */
  static Pledge paidInFull() {
    return pledge("300", "EUR", 3, Frequency.monthly(), "2027-01-10").pay(paid("a", "100", "EUR", "2027-01-10"))
        .pay(paid("b", "100", "EUR", "2027-02-10")).pay(paid("c", "100", "EUR", "2027-03-10"));
  }

  static Campaign campaign() {
    return Campaign.builder().id(CampaignId.of("sixty-for-sixty")).name("Sixty for Sixty").goal(Money.of("1000", "EUR"))
        .startDate(LocalDate.parse("2009-01-01")).fund("IRRT endowment").build();
  }

  @Test
  void aBouncedLastPaymentReopensTheInstallmentWhichIsOverdueFromTheDayOfTheBounce() {
    Pledge p = paidInFull().reverse(reversal("c", "2027-03-20"));
    Instant endOfMarch19 = Instant.parse("2027-03-20T04:59:59Z"); // 23:59:59 CDT
    Instant startOfMarch20 = Instant.parse("2027-03-20T05:00:00Z");
    Instant march21 = Instant.parse("2027-03-21T06:00:00Z");
    assertThat(p.status(endOfMarch19, CHICAGO)).isEqualTo(PledgeStatus.COMPLETED);
    assertThat(p.asOf(LocalDate.parse("2027-03-19")).received()).isEqualTo(Money.of("300", "EUR"));
    assertThat(p.status(startOfMarch20, CHICAGO)).isEqualTo(PledgeStatus.OVERDUE);
    assertThat(p.status(march21, CHICAGO)).isEqualTo(PledgeStatus.OVERDUE);
    assertThat(p.installmentStatuses(march21, CHICAGO))
        .containsExactly(InstallmentStatus.COMPLETED, InstallmentStatus.COMPLETED, InstallmentStatus.OVERDUE);
    assertThat(p.overdueInstallments(march21, CHICAGO)).extracting(i -> i.number() + " " + i.outstanding())
        .containsExactly("3 100.00 EUR");
    assertThat(p.overdueAmount(march21, CHICAGO)).isEqualTo(Money.of("100", "EUR"));
    assertThat(p.overdueAmount(endOfMarch19, CHICAGO)).isEqualTo(Money.of("0", "EUR"));
    assertThat(p.received()).isEqualTo(Money.of("200", "EUR"));
    assertThat(p.installments().get(2)).isEqualTo(new Installment(3, LocalDate.parse("2027-03-10"),
        Money.of("100", "EUR"), Money.of("0", "EUR"), false, Optional.empty()));
    // the payment stays on record, with its reversal beside it
    assertThat(p.payments()).extracting(PledgePayment::paymentId).containsExactly("a", "b", "c");
    assertThat(p.countedPayments()).extracting(PledgePayment::paymentId).containsExactly("a", "b");
    assertThat(p.reversalOf("c")).contains(reversal("c", "2027-03-20"));
    assertThat(p.reversalOf("a")).isEmpty();
  }

  @Test
  void campaignProgressCountsTheReversedPaymentUntilTheDayBeforeItsReversal() {
    Pledge p = paidInFull().reverse(reversal("c", "2027-03-20"));
    CampaignProgress before = CampaignProgress.of(campaign(), List.of(p), Instant.parse("2027-03-20T04:59:59Z"), CHICAGO);
    assertThat(before.received()).containsExactly(Map.entry("EUR", Money.of("300", "EUR")));
    assertThat(before.outstanding()).containsExactly(Map.entry("EUR", Money.of("0", "EUR")));
    CampaignProgress after = CampaignProgress.of(campaign(), List.of(p), Instant.parse("2027-03-21T06:00:00Z"), CHICAGO);
    assertThat(after.pledged()).containsExactly(Map.entry("EUR", Money.of("300", "EUR")));
    assertThat(after.received()).containsExactly(Map.entry("EUR", Money.of("200", "EUR")));
    assertThat(after.outstanding()).containsExactly(Map.entry("EUR", Money.of("100", "EUR")));
    assertThat(after.overdue()).containsExactly(Map.entry("EUR", Money.of("100", "EUR")));
  }

  @Test
  void theRemainingPaymentsAreAppliedAsIfTheReversedOneHadNeverCome() {
    Pledge p = paidInFull().reverse(PaymentReversal.of("a", LocalDate.parse("2027-04-01"), ReversalReason.CHARGEBACK));
    assertThat(p.installments()).extracting(i -> i.number() + " " + i.paid() + " " + i.completed() + " " + i.paidBy())
        .containsExactly("1 100.00 EUR true Optional[b]", "2 100.00 EUR true Optional[c]",
            "3 0.00 EUR false Optional.empty");
    assertThat(p.status(Instant.parse("2027-04-02T12:00:00Z"), CHICAGO)).isEqualTo(PledgeStatus.OVERDUE);
  }

  @Test
  void aReversalBeforeTheDueDateBringsBackTheReminderButOnlyFromItsDay() {
    Pledge early = pledge("300", "EUR", 3, Frequency.monthly(), "2027-01-10").pay(paid("a", "100", "EUR", "2027-01-10"))
        .pay(paid("b", "100", "EUR", "2027-01-20")); // the February installment, paid ahead
    LocalDate reminderDay = LocalDate.parse("2027-02-03"); // seven days before February 10
    assertThat(early.remindersDue(reminderDay, 7)).isEmpty();
    Pledge refunded = early.reverse(PaymentReversal.of("b", LocalDate.parse("2027-02-01"), ReversalReason.REFUND));
    assertThat(refunded.remindersDue(reminderDay, 7)).extracting(Installment::number).containsExactly(2);
    Pledge refundedLater = early.reverse(PaymentReversal.of("b", LocalDate.parse("2027-02-05"), ReversalReason.REFUND));
    assertThat(refundedLater.remindersDue(reminderDay, 7)).isEmpty();
    assertThat(refundedLater.status(Instant.parse("2027-02-04T12:00:00Z"), CHICAGO)).isEqualTo(PledgeStatus.IN_PROGRESS);
    assertThat(refundedLater.status(Instant.parse("2027-02-11T12:00:00Z"), CHICAGO)).isEqualTo(PledgeStatus.OVERDUE);
  }

  @Test
  void everyPaymentReversedLeavesAPendingPledgeNotOneInProgress() {
    Pledge p = pledge("300", "EUR", 3, Frequency.monthly(), "2027-01-10").pay(paid("a", "100", "EUR", "2027-01-02"))
        .reverse(reversal("a", "2027-01-05"));
    assertThat(p.status(Instant.parse("2027-01-04T12:00:00Z"), CHICAGO)).isEqualTo(PledgeStatus.IN_PROGRESS);
    assertThat(p.status(Instant.parse("2027-01-06T12:00:00Z"), CHICAGO)).isEqualTo(PledgeStatus.PENDING);
    assertThat(p.received()).isEqualTo(Money.of("0", "EUR"));
  }

  @Test
  void aReversalOnALeapDayCountsFromThatDayInAMonthEndSchedule() {
    Pledge p = pledge("90", "USD", 3, Frequency.of(1, Frequency.Unit.MONTHS, 31), "2028-01-31")
        .pay(paid("jan", "30", "USD", "2028-01-31")).reverse(reversal("jan", "2028-02-29"));
    assertThat(p.schedule()).extracting(i -> i.dueDate().toString())
        .containsExactly("2028-01-31", "2028-02-29", "2028-03-31");
    assertThat(p.status(Instant.parse("2028-02-29T05:59:59Z"), CHICAGO)).isEqualTo(PledgeStatus.IN_PROGRESS);
    assertThat(p.status(Instant.parse("2028-02-29T06:00:00Z"), CHICAGO)).isEqualTo(PledgeStatus.OVERDUE);
    assertThat(p.overdueAmount(Instant.parse("2028-03-01T06:00:00Z"), CHICAGO)).isEqualTo(Money.of("60", "USD"));
  }

  @Test
  void reversalsKeepZeroAndThreeDecimalCurrenciesExact() {
    Pledge yen = pledge("1000", "JPY", 3, Frequency.monthly(), "2027-01-15").pay(paid("a", "333", "JPY", "2027-01-15"))
        .pay(paid("b", "333", "JPY", "2027-02-15")).pay(paid("c", "334", "JPY", "2027-03-15"))
        .reverse(reversal("b", "2027-03-20"));
    assertThat(yen.installments()).extracting(i -> i.amount() + "/" + i.paid() + "/" + i.completed())
        .containsExactly("333 JPY/333 JPY/true", "333 JPY/333 JPY/true", "334 JPY/1 JPY/false");
    assertThat(yen.received()).isEqualTo(Money.of("667", "JPY"));
    Pledge dinar = pledge("10", "BHD", 3, Frequency.monthly(), "2027-01-15").pay(paid("a", "3.333", "BHD", "2027-01-15"))
        .pay(paid("b", "3.333", "BHD", "2027-02-15")).pay(paid("c", "3.334", "BHD", "2027-03-15"))
        .reverse(reversal("c", "2027-03-20"));
    assertThat(dinar.installments().get(2).outstanding()).isEqualTo(Money.of("3.334", "BHD"));
    assertThat(dinar.received()).isEqualTo(Money.of("6.666", "BHD"));
  }

  @Test
  void anOverpaidPledgeStaysCompletedWhenTheCreditCoversTheReversedPayment() {
    Pledge p = pledge("200", "USD", 2, Frequency.monthly(), "2027-01-10").pay(paid("a", "100", "USD", "2027-01-10"))
        .pay(paid("b", "100", "USD", "2027-02-10")).pay(paid("c", "100", "USD", "2027-02-15"));
    assertThat(p.credit()).isEqualTo(Money.of("100", "USD"));
    Pledge reversed = p.reverse(reversal("a", "2027-02-20"));
    assertThat(reversed.installments()).allMatch(Installment::completed);
    assertThat(reversed.installments()).extracting(i -> i.paidBy().orElseThrow()).containsExactly("b", "c");
    assertThat(reversed.credit()).isEqualTo(Money.of("0", "USD"));
    assertThat(reversed.received()).isEqualTo(Money.of("200", "USD"));
    assertThat(reversed.status(Instant.parse("2027-03-01T12:00:00Z"), CHICAGO)).isEqualTo(PledgeStatus.COMPLETED);
  }

  @Test
  void aClosedPledgeTakesAReversalAndItsReceivedAmountGoesDown() {
    Pledge p = pledge("300", "EUR", 3, Frequency.monthly(), "2027-01-10").pay(paid("a", "100", "EUR", "2027-01-10"))
        .withCancelledOn(LocalDate.parse("2027-01-20")).reverse(reversal("a", "2027-02-01"));
    CampaignProgress progress = CampaignProgress.of(campaign(), List.of(p), Instant.parse("2027-03-01T12:00:00Z"), CHICAGO);
    assertThat(progress.received()).containsExactly(Map.entry("EUR", Money.of("0", "EUR")));
    assertThat(progress.pledged()).containsExactly(Map.entry("EUR", Money.of("0", "EUR")));
    assertThat(p.status(Instant.parse("2027-03-01T12:00:00Z"), CHICAGO)).isEqualTo(PledgeStatus.CANCELLED);
  }

  @Test
  void anUnknownPaymentATwiceReversedOneOrAReversalBeforeThePaymentIsRefusedWithItsReason() {
    Pledge p = paidInFull().reverse(reversal("c", "2027-03-20"));
    assertThat(p.reverse(reversal("c", "2027-03-20"))).isSameAs(p);
    assertThat(Violations.of(() -> p.reverse(reversal("zzz", "2027-03-20"))))
        .containsExactly("reversals[1].paymentId org.irrt.model.PaymentReversal.unknownPayment");
    assertThat(Violations.of(() -> p.reverse(reversal("c", "2027-03-25"))))
        .containsExactly("reversals[1].paymentId org.irrt.model.PaymentReversal.alreadyReversed");
    assertThat(Violations.of(() -> p.reverse(reversal("b", "2027-02-09"))))
        .containsExactly("reversals[1].reversedOn org.irrt.model.PaymentReversal.beforePayment");
    assertThat(p.checkReversal(reversal("c", "2027-03-25"))).singleElement()
        .satisfies(v -> assertThat(v.message(java.util.Locale.ENGLISH))
            .isEqualTo("names a payment already reversed on 2027-03-20"));
    assertThat(p.checkReversal(reversal("b", "2027-02-09"))).singleElement()
        .satisfies(v -> assertThat(v.message(java.util.Locale.forLanguageTag("es")))
            .isEqualTo("no debe ser anterior a la recepción del pago (2027-02-10)"));
    assertThat(p.checkReversal(reversal("b", "2027-02-10"))).isEmpty();
    // a built pledge is checked the same way: a reversal naming no payment cannot be read either
    assertThat(Violations.of(() -> p.withReversals(reversal("zzz", "2027-03-20"), reversal("a", "2027-01-01"))))
        .containsExactly("reversals[0].paymentId org.irrt.model.PaymentReversal.unknownPayment",
            "reversals[1].reversedOn org.irrt.model.PaymentReversal.beforePayment");
    // a reversed payment's id is still recorded: paying it again is a replay, not a new payment
    assertThat(p.pay(paid("c", "100", "EUR", "2027-03-25"))).isSameAs(p);
  }
}
