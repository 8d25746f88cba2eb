package org.irrt.model.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.irrt.model.common.Money;
import org.irrt.model.common.PaymentReversal;
import org.irrt.model.common.ReversalReason;
import org.junit.jupiter.api.Test;

/**
 * A reversed payment counts as if it had never come, from the reversal's day on, over random
 * amounts in currencies of 0, 2 and 3 decimals, counts, frequencies and dates (fixed seed).
 */
class PaymentReversalPropertiesTest {
  private static final List<Currency> CURRENCIES = List.of("USD", "JPY", "BHD", "KWD", "CLP").stream()
      .map(Currency::getInstance).toList();
  private static final ZoneId ZONE = ZoneOffset.UTC;

  /** A pledge, payments every few days from a month end, and some of them reversed a few days later. */
  private static Pledge withPayments(long minor, int drawn, Frequency f, List<Long> draws) {
    int count = Math.min(drawn, PledgePropertiesTest.mostFittingFiftyYears(f));
    Currency currency = CURRENCIES.get((int) (minor % CURRENCIES.size()));
    LocalDate start = LocalDate.of(2027, 1, 31);
    Pledge p = PledgePropertiesTest.pledge(Math.max(count, minor), currency, count, f, start);
    List<PaymentReversal> reversals = new ArrayList<>();
    for (int i = 0; i < draws.size(); i++) {
      long draw = draws.get(i);
      LocalDate on = start.plusDays(draw % 400);
      long amount = draw % Math.max(1, Math.max(count, minor) / count) + 1;
      p = p.pay(PledgePayment.of("pay-" + i, Money.of(BigDecimal.valueOf(amount, currency.getDefaultFractionDigits()),
          currency), on));
      if (draw % 3 == 0) {
        reversals.add(PaymentReversal.of("pay-" + i, on.plusDays(draw % 40),
            ReversalReason.values()[(int) (draw % ReversalReason.values().length)]));
      }
    }
    for (PaymentReversal r : reversals) {
      p = p.reverse(r);
    }
    return p;
  }

  /** The same pledge as it stood on a day, made without reversals: only the payments counted that day. */
  private static Pledge neverReceived(Pledge p, LocalDate day) {
    List<PledgePayment> kept = p.payments().stream()
        .filter(x -> !x.receivedOn().isAfter(day))
        .filter(x -> p.reversalOf(x.paymentId()).map(r -> r.reversedOn().isAfter(day)).orElse(true))
        .toList();
    return p.withReversals(List.of()).withPayments(kept);
  }

  @Test
  void aReversedPaymentCountsAsIfItHadNeverComeFromTheDayOfItsReversal() {
    qt().withFixedSeed(1905L).withExamples(1500)
        .forAll(longs().between(1, 9_999_999L), integers().between(1, 24).zip(integers().between(-5, 900), List::of),
            PledgePropertiesTest.frequencies(), lists().of(longs().between(0, 10_000_000L)).ofSizeBetween(0, 12))
        .checkAssert((minor, countAndOffset, f, draws) -> {
          Pledge p = withPayments(minor, countAndOffset.get(0), f, draws);
          LocalDate day = LocalDate.of(2027, 1, 31).plusDays(countAndOffset.get(1));
          Instant at = day.atStartOfDay(ZONE).toInstant();
          Pledge same = neverReceived(p, day);
          assertThat(p.asOf(day).installments()).isEqualTo(same.installments());
          assertThat(p.asOf(day).received()).isEqualTo(same.received());
          assertThat(p.asOf(day).credit()).isEqualTo(same.credit());
          assertThat(p.status(at, ZONE)).isEqualTo(same.status(at, ZONE));
          assertThat(p.installmentStatuses(at, ZONE)).isEqualTo(same.installmentStatuses(at, ZONE));
          assertThat(p.overdueAmount(at, ZONE)).isEqualTo(same.overdueAmount(at, ZONE));
          assertThat(p.remindersDue(day, 7)).isEqualTo(same.remindersDue(day, 7));
          // every payment that counts is accounted for, and the reversed ones are not
          List<Installment> rows = p.installments();
          Money paid = rows.stream().map(Installment::paid).reduce(Money.zero(p.total().currency()), Money::plus);
          assertThat(paid.plus(p.credit())).isEqualTo(p.received());
          assertThat(p.payments()).hasSize(draws.size());
        });
  }
}
