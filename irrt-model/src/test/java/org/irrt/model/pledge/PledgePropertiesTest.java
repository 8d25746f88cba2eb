package org.irrt.model.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.irrt.model.common.Money;
import org.irrt.model.member.MemberId;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Schedules, payments and statuses over random amounts, counts, currencies and dates 1900-2200 (fixed seed). */
class PledgePropertiesTest {
  private static final List<Currency> CURRENCIES = List.of("USD", "EUR", "JPY", "BHD", "KWD", "CLP", "NGN").stream()
      .map(Currency::getInstance).toList();
  private static final LocalDate FIRST = LocalDate.of(1900, 1, 1);

  static Gen<LocalDate> days() {
    Gen<LocalDate> any = integers().between(0, 110_000).map(FIRST::plusDays);
    Gen<LocalDate> monthEnds = integers().between(0, 3_600).map(i -> YearMonth.of(1900, 1).plusMonths(i).atEndOfMonth());
    return Generate.frequency(org.quicktheories.api.Pair.of(2, any), org.quicktheories.api.Pair.of(1, monthEnds));
  }

  static Gen<Frequency> frequencies() {
    return Generate.pick(List.of(Frequency.Unit.values())).zip(integers().between(1, 12), integers().between(1, 31),
        (unit, interval, day) -> Frequency.of(interval, unit, day));
  }

  static Pledge pledge(long minor, Currency currency, int count, Frequency f, LocalDate start) {
    return Pledge.builder().id(PledgeId.of("p")).campaign(CampaignId.of("c")).donor(Donor.member(MemberId.of("m")))
        .total(Money.of(BigDecimal.valueOf(Math.max(count, minor), currency.getDefaultFractionDigits()), currency))
        .installmentCount(count).frequency(f).startDate(start).build();
  }

  @Test
  void schedulesSumExactlyHaveOneDatePerPeriodAndNeverOverflowAMonth() {
    qt().withFixedSeed(60L).withExamples(3000)
        .forAll(longs().between(1, 9_999_999_999L), integers().between(1, 120), frequencies(), days())
        .checkAssert((minor, drawn, f, start) -> {
          int count = Math.min(drawn, mostFittingFiftyYears(f));
          Currency drawnCurrency = CURRENCIES.get((int) (minor % CURRENCIES.size()));
          // a pledge is in a currency in use on its start date: the euro from 1999, the dollar since 1792
          Currency currency = Money.inUse(drawnCurrency, start) ? drawnCurrency : CURRENCIES.get(0);
          Pledge p = pledge(minor, currency, count, f, start);
          List<Installment> s = p.schedule();
          assertThat(s).hasSize(count);
          assertThat(s.stream().map(Installment::amount).reduce(Money.zero(currency), Money::plus)).isEqualTo(p.total());
          Set<Object> periods = new HashSet<>();
          for (int k = 0; k < s.size(); k++) {
            LocalDate due = s.get(k).dueDate();
            assertThat(due).as("the schedule's pass agrees with dueDate").isEqualTo(f.dueDate(start, k));
            if (k > 0) {
              assertThat(due).isAfter(s.get(k - 1).dueDate());
            }
            if ((f.unit() == Frequency.Unit.MONTHS || f.unit() == Frequency.Unit.YEARS) && k > 0) {
              YearMonth expected = YearMonth.from(start).plusMonths((long) k * f.interval() * (f.unit() == Frequency.Unit.YEARS ? 12 : 1));
              assertThat(YearMonth.from(due)).as("never overflows into the next month").isEqualTo(expected);
              assertThat(due.getDayOfMonth()).as("the day of month, cut to the month's length")
                  .isEqualTo(Math.min(f.dayOfMonth().orElse(start.getDayOfMonth()), expected.lengthOfMonth()));
              assertThat(periods.add(expected)).isTrue();
            }
          }
        });
  }

  /** The most installments whose last one falls due within 50 years of the start, whatever the day. */
  static int mostFittingFiftyYears(Frequency f) {
    if (f.unit() == Frequency.Unit.DAYS || f.unit() == Frequency.Unit.WEEKS) {
      return 18_262 / ((f.unit() == Frequency.Unit.WEEKS ? 7 : 1) * f.interval()) + 1; // 50 years have 18,262 days at least
    }
    return 599 / (f.interval() * (f.unit() == Frequency.Unit.YEARS ? 12 : 1)) + 1; // the last within 599 months
  }

  @Test
  void theInstallmentsAreThoseOfApplyingEveryPaymentRowByRow() {
    qt().withFixedSeed(63L).withExamples(1500)
        .forAll(longs().between(1, 9_999_999L), integers().between(1, 600), frequencies(),
            lists().of(longs().between(1, 2_000_000L)).ofSizeBetween(0, 14))
        .checkAssert((minor, drawn, f, payments) -> {
          Currency currency = CURRENCIES.get((int) (minor % CURRENCIES.size()));
          int count = Math.min(drawn, mostFittingFiftyYears(f));
          long total = Math.max(count, minor);
          Pledge p = pledge(total, currency, count, f, LocalDate.of(2027, 1, 31));
          for (int i = 0; i < payments.size(); i++) {
            long amount = i % 5 == 4 ? payments.get(i) * 37 : payments.get(i) % Math.max(1, total / Math.max(1, count - i)) + 1;
            p = p.pay(PledgePayment.of("pay-" + i, Money.of(BigDecimal.valueOf(amount, currency.getDefaultFractionDigits()),
                currency), LocalDate.of(2027, 1, 31)));
          }
          RowByRow reference = RowByRow.of(p);
          assertThat(p.installments()).hasSize(count).isEqualTo(reference.rows);
          assertThat(p.credit()).isEqualTo(reference.credit);
          if (count > 1) {
            assertThat(p.installments().subList(1, count)).isEqualTo(reference.rows.subList(1, count));
          }
        });
  }

  @Test
  void aDueDateBeyondTheCalendarIsADateTimeException() {
    Frequency monthly = Frequency.of(12, Frequency.Unit.YEARS, 31);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> monthly.dueDate(LocalDate.of(999_999_990, 1, 31), 100))
        .isInstanceOf(java.time.DateTimeException.class);
    assertThat(monthly.dueDate(LocalDate.of(-5, 2, 28), 1)).isEqualTo(LocalDate.of(7, 2, 28));
    assertThat(Frequency.of(1, Frequency.Unit.MONTHS, 31).dueDate(LocalDate.of(2028, 1, 31), 1))
        .isEqualTo(LocalDate.of(2028, 2, 29));
  }

  @Test
  void applyingPaymentsNeverLosesOrCreatesMoney() {
    qt().withFixedSeed(61L).withExamples(2000)
        .forAll(longs().between(1, 99_999_999L), integers().between(1, 24), lists().of(longs().between(1, 50_000_000L)).ofSizeBetween(0, 30))
        .checkAssert((minor, count, payments) -> {
          Currency currency = CURRENCIES.get((int) (minor % CURRENCIES.size()));
          Pledge p = pledge(minor, currency, count, Frequency.monthly(), LocalDate.of(2027, 1, 31));
          Money paidIn = Money.zero(currency);
          for (int i = 0; i < payments.size(); i++) {
            Money amount = Money.of(BigDecimal.valueOf(payments.get(i), currency.getDefaultFractionDigits()), currency);
            p = p.pay(PledgePayment.of("pay-" + i, amount, LocalDate.of(2027, 1, 31)));
            paidIn = paidIn.plus(amount);
            List<Installment> rows = p.installments();
            Money amounts = rows.stream().map(Installment::amount).reduce(Money.zero(currency), Money::plus);
            Money paid = rows.stream().map(Installment::paid).reduce(Money.zero(currency), Money::plus);
            assertThat(amounts).as("installments always sum to the total").isEqualTo(p.total());
            assertThat(paid.plus(p.credit())).as("every payment is accounted for").isEqualTo(paidIn);
            assertThat(rows).allMatch(r -> r.completed() ? r.paid().equals(r.amount()) : r.paid().compareTo(r.amount()) < 0);
            assertThat(rows).allMatch(r -> !r.amount().isNegative() && !r.paid().isNegative());
            assertThat(p.credit().isNegative()).isFalse();
          }
        });
  }

  @Test
  void statusesAreMonotoneOverTimeForAFixedSetOfPayments() {
    ZoneId zone = ZoneOffset.UTC;
    qt().withFixedSeed(62L).withExamples(500)
        .forAll(integers().between(1, 12), integers().between(0, 12), days())
        .checkAssert((count, paidCount, start) -> {
          Pledge p = pledge(120_000, Currency.getInstance("USD"), count, Frequency.monthly(), start);
          List<Installment> s = p.schedule();
          for (int i = 0; i < Math.min(paidCount, count); i++) {
            p = p.pay(PledgePayment.of("pay-" + i, s.get(i).amount(), s.get(i).dueDate()));
          }
          PledgeStatus previous = null;
          for (LocalDate d = start.minusDays(3); d.isBefore(s.get(s.size() - 1).dueDate().plusDays(40)); d = d.plusDays(5)) {
            PledgeStatus now = p.status(d.atStartOfDay(zone).toInstant(), zone);
            if (previous == PledgeStatus.OVERDUE || previous == PledgeStatus.COMPLETED) {
              assertThat(now).isEqualTo(previous);
            }
            previous = now;
          }
          Pledge cancelled = p.withCancelledOn(start);
          assertThat(cancelled.status(Instant.parse("2300-01-01T00:00:00Z"), zone)).isEqualTo(PledgeStatus.CANCELLED);
        });
  }
}
