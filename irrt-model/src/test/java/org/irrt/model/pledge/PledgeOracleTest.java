package org.irrt.model.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.irrt.model.common.Money;
import org.irrt.model.member.MemberId;
import org.junit.jupiter.api.Test;

/**
 * DOMAIN.md section 4 checked against independent oracles, a few plain lines each written from the
 * rule's text, over generated pledges (fixed seed): the split, the monthly and yearly due dates, the
 * payment ledger (under- and over-payment move the difference onto the next pending installment,
 * never residue on a paid one) and the derived pledge status in its order.
 */
class PledgeOracleTest {
  private static final List<Currency> CURRENCIES = List.of("JPY", "USD", "BHD").stream().map(Currency::getInstance).toList();
  private static final ZoneId UTC = ZoneOffset.UTC;

  private static Pledge pledge(Money total, int n, Frequency f, LocalDate start) {
    return Pledge.builder().id(PledgeId.of("p")).campaign(CampaignId.of("c")).donor(Donor.member(MemberId.of("m")))
        .total(total).installmentCount(n).frequency(f).startDate(start).build();
  }

  private static Money minor(long units, Currency c) {
    return Money.of(BigDecimal.valueOf(units, c.getDefaultFractionDigits()), c);
  }

  /**
   * Oracle: n - 1 parts of total / n rounded to the nearest minor unit (halves up, as CiviCRM's
   * {@code round}), the last the remainder; rounded down when that would leave the last nothing.
   */
  private static List<BigDecimal> oracleSplit(BigDecimal total, int n, int scale) {
    BigDecimal each = total.divide(BigDecimal.valueOf(n), scale, RoundingMode.HALF_UP);
    if (total.subtract(each.multiply(BigDecimal.valueOf(n - 1))).signum() <= 0) {
      each = total.divide(BigDecimal.valueOf(n), scale, RoundingMode.DOWN);
    }
    List<BigDecimal> out = new ArrayList<>();
    for (int k = 0; k < n - 1; k++) {
      out.add(each);
    }
    out.add(total.subtract(each.multiply(BigDecimal.valueOf(n - 1))));
    return out;
  }

  @Test
  void theSplitIsTheTotalOverNRoundedToTheMinorUnitWithTheLastTakingTheRemainderInJpyUsdAndBhd() {
    qt().withFixedSeed(404L).withExamples(4000)
        .forAll(integers().between(0, 2), longs().between(1, 50_000_000L), integers().between(1, 600))
        .checkAssert((ci, units, drawn) -> {
          Currency c = CURRENCIES.get(ci);
          int n = (int) Math.min(drawn, units); // never more installments than minor units
          Money total = minor(units, c);
          List<Installment> s = pledge(total, n, Frequency.monthly(), LocalDate.of(2026, 1, 31)).schedule();
          List<BigDecimal> expected = oracleSplit(total.amount(), n, c.getDefaultFractionDigits());
          assertThat(s.stream().map(i -> i.amount().amount()).toList()).isEqualTo(expected);
          assertThat(s).allSatisfy(i -> assertThat(i.amount().amount().signum()).isPositive());
        });
  }

  @Test
  void pinnedSplitsForOddTotalsOneInstallmentAndAsManyInstallmentsAsMinorUnits() {
    Object[][] table = {
        {"100", "JPY", 3, List.of("33", "33", "34")},
        {"1", "JPY", 1, List.of("1")},
        {"5", "JPY", 5, List.of("1", "1", "1", "1", "1")},
        {"100.00", "USD", 3, List.of("33.33", "33.33", "33.34")},
        {"0.05", "USD", 5, List.of("0.01", "0.01", "0.01", "0.01", "0.01")},
        {"0.05", "USD", 3, List.of("0.02", "0.02", "0.01")},
        {"0.05", "USD", 2, List.of("0.03", "0.02")},
        {"100.00", "USD", 6, List.of("16.67", "16.67", "16.67", "16.67", "16.67", "16.65")},
        {"200.00", "USD", 3, List.of("66.67", "66.67", "66.66")},
        {"100", "JPY", 6, List.of("17", "17", "17", "17", "17", "15")},
        {"17", "JPY", 10, List.of("1", "1", "1", "1", "1", "1", "1", "1", "1", "8")},
        {"19", "JPY", 10, List.of("2", "2", "2", "2", "2", "2", "2", "2", "2", "1")},
        {"20.000", "BHD", 3, List.of("6.667", "6.667", "6.666")},
        {"10.001", "BHD", 3, List.of("3.334", "3.334", "3.333")},
        {"0.007", "BHD", 7, List.of("0.001", "0.001", "0.001", "0.001", "0.001", "0.001", "0.001")},
        {"999.999", "BHD", 1, List.of("999.999")},
    };
    for (Object[] row : table) {
      Money total = Money.of((String) row[0], (String) row[1]);
      List<String> got = pledge(total, (Integer) row[2], Frequency.monthly(), LocalDate.of(2026, 1, 1)).schedule()
          .stream().map(i -> i.amount().amount().toPlainString()).toList();
      assertThat(got).as("%s %s in %s", row[0], row[1], row[2]).isEqualTo(row[3]);
    }
  }

  @Test
  void monthlyAndYearlyDueDatesKeepTheDayOrTheMonthsLastDayOnePerPeriod() {
    qt().withFixedSeed(405L).withExamples(4000)
        .forAll(integers().between(0, 3650), integers().between(1, 31), integers().between(1, 24),
            integers().between(0, 1))
        .checkAssert((offset, day, interval, yearly) -> {
          LocalDate start = LocalDate.of(2020, 1, 1).plusDays(offset);
          Frequency f = Frequency.of(yearly == 1 ? 1 : interval, yearly == 1 ? Frequency.Unit.YEARS : Frequency.Unit.MONTHS, day);
          int months = yearly == 1 ? 12 : interval;
          for (int k = 1; k < 30; k++) {
            YearMonth ym = YearMonth.from(start).plusMonths((long) k * months); // the k-th period's month
            LocalDate expected = ym.atDay(Math.min(day, ym.lengthOfMonth()));
            assertThat(f.dueDate(start, k)).isEqualTo(expected);
          }
        });
  }

  @Test
  void pinnedDueDatesOnThe29th30th31stAndFromFebruary29() {
    LocalDate jan31 = LocalDate.of(2027, 1, 31);
    Frequency on31 = Frequency.of(1, Frequency.Unit.MONTHS, 31);
    assertThat(List.of(on31.dueDate(jan31, 1), on31.dueDate(jan31, 2), on31.dueDate(jan31, 3)))
        .containsExactly(LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 31), LocalDate.of(2027, 4, 30));
    Frequency on30 = Frequency.of(1, Frequency.Unit.MONTHS, 30);
    assertThat(on30.dueDate(LocalDate.of(2028, 1, 30), 1)).isEqualTo(LocalDate.of(2028, 2, 29));
    Frequency on29 = Frequency.of(1, Frequency.Unit.MONTHS, 29);
    assertThat(on29.dueDate(LocalDate.of(2027, 1, 29), 1)).isEqualTo(LocalDate.of(2027, 2, 28));
    assertThat(on29.dueDate(LocalDate.of(2027, 1, 29), 2)).isEqualTo(LocalDate.of(2027, 3, 29));
    Frequency yearly = Frequency.of(1, Frequency.Unit.YEARS, 29);
    LocalDate leap = LocalDate.of(2028, 2, 29);
    assertThat(List.of(yearly.dueDate(leap, 1), yearly.dueDate(leap, 3), yearly.dueDate(leap, 4)))
        .containsExactly(LocalDate.of(2029, 2, 28), LocalDate.of(2031, 2, 28), LocalDate.of(2032, 2, 29));
  }

  /** Oracle of the ledger: amounts and paid per installment, applying each payment by the rule's text. */
  private static final class Book {
    final BigDecimal[] amount;
    final BigDecimal[] paid;
    final boolean[] done;
    BigDecimal credit = BigDecimal.ZERO;

    Book(List<BigDecimal> split) {
      amount = split.toArray(new BigDecimal[0]);
      paid = new BigDecimal[amount.length];
      done = new boolean[amount.length];
      java.util.Arrays.fill(paid, BigDecimal.ZERO);
    }

    int next() {
      for (int k = 0; k < done.length; k++) {
        if (!done[k]) {
          return k;
        }
      }
      return -1;
    }

    void pay(BigDecimal pay) {
      int k = next();
      if (k < 0) {
        credit = credit.add(pay);
        return;
      }
      BigDecimal owed = amount[k].subtract(paid[k]);
      if (pay.compareTo(owed) < 0) {
        paid[k] = paid[k].add(pay);
        if (k < done.length - 1) { // under-payment: completed at what was paid, the rest onto the next one
          amount[k + 1] = amount[k + 1].add(amount[k].subtract(paid[k]));
          amount[k] = paid[k];
          done[k] = true;
        }
        return;
      }
      paid[k] = amount[k];
      done[k] = true;
      BigDecimal left = pay.subtract(owed);
      while (left.signum() > 0 && (k = next()) >= 0) { // over-payment: toward the next ones in order
        BigDecimal take = left.min(amount[k]);
        paid[k] = take;
        left = left.subtract(take);
        done[k] = take.compareTo(amount[k]) == 0;
        if (!done[k]) {
          break;
        }
      }
      credit = credit.add(left);
    }
  }

  @Test
  void paymentsMoveTheDifferenceOntoTheNextPendingInstallmentAndNeverLeaveResidueOnAPaidOne() {
    qt().withFixedSeed(406L).withExamples(3000)
        .forAll(integers().between(0, 2), longs().between(1, 100_000L), integers().between(1, 12),
            lists().of(longs().between(1, 40_000L)).ofSizeBetween(0, 12))
        .checkAssert((ci, units, drawn, payUnits) -> {
          Currency c = CURRENCIES.get(ci);
          int n = (int) Math.min(drawn, units);
          Money total = minor(units, c);
          Pledge p = pledge(total, n, Frequency.monthly(), LocalDate.of(2026, 1, 31));
          Book book = new Book(oracleSplit(total.amount(), n, c.getDefaultFractionDigits()));
          for (int i = 0; i < payUnits.size(); i++) {
            Money pay = minor(payUnits.get(i), c);
            p = p.pay(PledgePayment.of("pay-" + i, pay, LocalDate.of(2026, 1, 1).plusDays(i)));
            book.pay(pay.amount());
          }
          List<Installment> got = p.installments();
          for (int k = 0; k < n; k++) {
            Installment in = got.get(k);
            assertThat(in.amount().amount()).as("amount of %s", k + 1).isEqualByComparingTo(book.amount[k]);
            assertThat(in.paid().amount()).as("paid on %s", k + 1).isEqualByComparingTo(book.paid[k]);
            assertThat(in.completed()).as("completed %s", k + 1).isEqualTo(book.done[k]);
            if (in.completed()) {
              assertThat(in.outstanding().isZero()).as("no residue on a paid installment").isTrue();
            }
          }
          assertThat(p.credit().amount()).isEqualByComparingTo(book.credit);
          assertThat(got.stream().map(Installment::amount).reduce(Money.zero(c), Money::plus)).isEqualTo(total);
        });
  }

  /** Oracle of the pledge status: Cancelled sticky; Overdue; Completed; In Progress; Pending. */
  @Test
  void theStatusFollowsTheDerivationOrderOnEveryDay() {
    qt().withFixedSeed(407L).withExamples(2000)
        .forAll(integers().between(1, 6), lists().of(integers().between(0, 200)).ofSizeBetween(0, 6),
            integers().between(-1, 200), integers().between(0, 220))
        .checkAssert((n, payDays, cancelDay, evalDay) -> {
          LocalDate start = LocalDate.of(2027, 1, 31);
          Money total = Money.of("60.00", "USD");
          Pledge p = pledge(total, n, Frequency.monthly(), start);
          List<Integer> sorted = payDays.stream().sorted().toList();
          for (int i = 0; i < sorted.size(); i++) {
            p = p.pay(PledgePayment.of("x" + i, Money.of("10.00", "USD"), start.plusDays(sorted.get(i))));
          }
          if (cancelDay >= 0) {
            p = p.withCancelledOn(start.plusDays(cancelDay));
          }
          LocalDate day = start.plusDays(evalDay);
          Instant at = day.atTime(12, 0).toInstant(ZoneOffset.UTC);
          // oracle: the ledger of the payments received by the day, then the first rule that holds
          Book book = new Book(oracleSplit(total.amount(), n, 2));
          long paidByDay = sorted.stream().filter(d -> !start.plusDays(d).isAfter(day)).count();
          for (int i = 0; i < paidByDay; i++) {
            book.pay(new BigDecimal("10.00"));
          }
          int completed = book.next() < 0 ? n : book.next();
          boolean overdue = completed < n && Frequency.monthly().dueDate(start, completed).isBefore(day);
          PledgeStatus expected = cancelDay >= 0 && !start.plusDays(cancelDay).isAfter(day) ? PledgeStatus.CANCELLED
              : overdue ? PledgeStatus.OVERDUE
              : completed == n ? PledgeStatus.COMPLETED
              : paidByDay > 0 ? PledgeStatus.IN_PROGRESS : PledgeStatus.PENDING;
          assertThat(p.status(at, UTC)).isEqualTo(expected);
        });
  }

  @Test
  void campaignProgressIsPerCurrencyFromEachPledgeAsItStoodThatDayAndNeverSumsCurrencies() {
    Campaign campaign = Campaign.builder().id(CampaignId.of("c")).name("C").fund("F").goal(Money.of("1000.00", "USD"))
        .startDate(LocalDate.of(2026, 1, 1)).build();
    qt().withFixedSeed(408L).withExamples(1500)
        .forAll(lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(0, 6), integers().between(0, 400))
        .checkAssert((seeds, evalDay) -> {
          LocalDate start = LocalDate.of(2026, 1, 31);
          LocalDate day = start.plusDays(evalDay);
          java.util.Map<String, BigDecimal[]> expected = new java.util.TreeMap<>(); // pledged, received, outstanding, overdue
          java.util.Set<String> donors = new java.util.HashSet<>();
          List<Pledge> pledges = new ArrayList<>();
          for (int s = 0; s < seeds.size(); s++) {
            java.util.Random r = new java.util.Random(seeds.get(s));
            Currency c = CURRENCIES.get(r.nextInt(3));
            long units = 1 + r.nextInt(50_000);
            int n = (int) Math.min(1 + r.nextInt(12), units);
            boolean other = r.nextInt(8) == 0;
            Pledge p = Pledge.builder().id(PledgeId.of("p" + s)).campaign(CampaignId.of(other ? "other" : "c"))
                .donor(Donor.member(MemberId.of("d" + r.nextInt(4)))).total(minor(units, c)).installmentCount(n)
                .frequency(Frequency.monthly()).startDate(start).build();
            Book book = new Book(oracleSplit(p.total().amount(), n, c.getDefaultFractionDigits()));
            BigDecimal received = BigDecimal.ZERO;
            int payments = r.nextInt(6);
            int payDay = 0;
            for (int i = 0; i < payments; i++) {
              payDay += r.nextInt(90);
              Money pay = minor(1 + r.nextInt((int) Math.min(units, 20_000)), c);
              p = p.pay(PledgePayment.of("x" + i, pay, start.plusDays(payDay)));
              if (!start.plusDays(payDay).isAfter(day)) {
                book.pay(pay.amount());
                received = received.add(pay.amount());
              }
            }
            int close = r.nextInt(3);
            LocalDate closedOn = start.plusDays(r.nextInt(400));
            p = close == 1 ? p.withCancelledOn(closedOn) : close == 2 ? p.withWrittenOffOn(closedOn) : p;
            pledges.add(p);
            if (other) {
              continue;
            }
            boolean closed = close != 0 && !closedOn.isAfter(day);
            BigDecimal overdue = BigDecimal.ZERO;
            for (int k = 0; k < n && !closed; k++) {
              if (!book.done[k] && Frequency.monthly().dueDate(start, k).isBefore(day)) {
                overdue = overdue.add(book.amount[k].subtract(book.paid[k]));
              }
            }
            BigDecimal total = p.total().amount();
            BigDecimal[] row = expected.computeIfAbsent(c.getCurrencyCode(),
                k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
            row[0] = row[0].add(closed ? received : received.max(total));
            row[1] = row[1].add(received);
            row[2] = row[2].add(closed ? BigDecimal.ZERO : total.subtract(received).max(BigDecimal.ZERO));
            row[3] = row[3].add(overdue);
            if (!closed) {
              donors.add(p.donor().key());
            }
          }
          CampaignProgress got = CampaignProgress.of(campaign, pledges, day.atTime(23, 59).toInstant(ZoneOffset.UTC), UTC);
          assertThat(got.pledged().keySet()).containsExactlyElementsOf(expected.keySet());
          for (var e : expected.entrySet()) {
            String code = e.getKey();
            assertThat(got.pledged().get(code).currency().getCurrencyCode()).isEqualTo(code);
            assertThat(got.pledged().get(code).amount()).as("pledged %s", code).isEqualByComparingTo(e.getValue()[0]);
            assertThat(got.received().get(code).amount()).as("received %s", code).isEqualByComparingTo(e.getValue()[1]);
            assertThat(got.outstanding().get(code).amount()).as("outstanding %s", code).isEqualByComparingTo(e.getValue()[2]);
            assertThat(got.overdue().get(code).amount()).as("overdue %s", code).isEqualByComparingTo(e.getValue()[3]);
          }
          assertThat(got.donors()).isEqualTo(donors.size());
        });
  }

  @Test
  void totalsAcrossCurrenciesNeedARateForEveryOtherCurrency() {
    java.util.SortedMap<String, Money> byCurrency = new java.util.TreeMap<>(java.util.Map.of(
        "USD", Money.of("100.00", "USD"), "JPY", Money.of("15000", "JPY"), "BHD", Money.of("1.005", "BHD")));
    Currency usd = Currency.getInstance("USD");
    ExchangeRate jpy = new ExchangeRate(Currency.getInstance("JPY"), usd, new BigDecimal("0.0067"), LocalDate.of(2026, 5, 1));
    ExchangeRate bhd = new ExchangeRate(Currency.getInstance("BHD"), usd, new BigDecimal("2.65"), LocalDate.of(2026, 4, 30));
    CampaignProgress.Converted total = CampaignProgress.totalIn(byCurrency, usd, List.of(jpy, bhd));
    assertThat(total.total()).isEqualTo(Money.of("203.16", "USD")); // 100.00 + 100.50 + 2.66325 -> 2.66
    assertThat(total.ratesAsOf()).contains(LocalDate.of(2026, 4, 30));
    // a currency without a rate is never summed: every such currency is named, in words
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> CampaignProgress.totalIn(byCurrency, usd, List.of()))
        .isInstanceOfSatisfying(org.irrt.model.common.InvalidValueException.class, e -> assertThat(e.violations())
            .extracting(v -> v.path() + ": " + v.message(java.util.Locale.ENGLISH)).containsExactlyInAnyOrder(
                "rates: has no rate from JPY into USD; a total across currencies needs one for each",
                "rates: has no rate from BHD into USD; a total across currencies needs one for each"));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> CampaignProgress.totalIn(byCurrency, usd, List.of(jpy)))
        .isInstanceOfSatisfying(org.irrt.model.common.InvalidValueException.class,
            e -> assertThat(e.violations()).singleElement().satisfies(v -> assertThat(v.code()).isEqualTo("org.irrt.model.rateMissing")));
  }

  @Test
  void anInstallmentFallsOverdueAtMidnightAfterItsDueDateInTheOrganisationsZone() {
    Pledge p = pledge(Money.of("100.00", "USD"), 2, Frequency.monthly(), LocalDate.of(2027, 3, 14));
    Object[][] table = { // the first installment falls due on 2027-03-14, the day Chicago springs forward
        {"2027-03-14T09:59:59Z", "Pacific/Kiritimati", PledgeStatus.PENDING},
        {"2027-03-14T10:00:00Z", "Pacific/Kiritimati", PledgeStatus.OVERDUE},
        {"2027-03-15T10:59:59Z", "Pacific/Pago_Pago", PledgeStatus.PENDING},
        {"2027-03-15T11:00:00Z", "Pacific/Pago_Pago", PledgeStatus.OVERDUE},
        {"2027-03-15T04:59:59Z", "America/Chicago", PledgeStatus.PENDING},
        {"2027-03-15T05:00:00Z", "America/Chicago", PledgeStatus.OVERDUE},
    };
    for (Object[] row : table) {
      Instant at = Instant.parse((String) row[0]);
      ZoneId zone = ZoneId.of((String) row[1]);
      assertThat(p.status(at, zone)).as("%s in %s", row[0], row[1]).isEqualTo(row[2]);
      assertThat(p.overdueInstallments(at, zone)).hasSize(row[2] == PledgeStatus.OVERDUE ? 1 : 0);
    }
    Pledge paid = p.pay(PledgePayment.of("x", Money.of("50.00", "USD"), LocalDate.of(2027, 3, 14)));
    assertThat(paid.status(Instant.parse("2027-03-15T05:00:00Z"), ZoneId.of("America/Chicago")))
        .isEqualTo(PledgeStatus.IN_PROGRESS);
    Pledge cancelled = p.withCancelledOn(LocalDate.of(2027, 3, 20));
    assertThat(cancelled.status(Instant.parse("2027-03-20T04:59:59Z"), ZoneId.of("America/Chicago")))
        .as("still the 19th in Chicago").isEqualTo(PledgeStatus.OVERDUE);
    assertThat(cancelled.status(Instant.parse("2027-03-20T05:00:00Z"), ZoneId.of("America/Chicago")))
        .isEqualTo(PledgeStatus.CANCELLED);
  }
}
