package org.irrt.model.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.irrt.model.common.CurrencyMismatchException;
import org.irrt.model.common.InvalidValueException;
import org.irrt.model.common.Money;
import org.irrt.model.member.MemberId;
import org.irrt.model.testing.Violations;
import org.junit.jupiter.api.Test;

/** The pledge rules of DOMAIN.md section 4 with concrete values. */
class PledgeRulesTest {
  static final CampaignId SIXTY = CampaignId.of("sixty-for-sixty");
  static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

  static Pledge pledge(String total, String currency, int count, Frequency f, String start) {
    return Pledge.builder().id(PledgeId.of("p-1")).campaign(SIXTY).donor(Donor.member(MemberId.of("ana")))
        .total(Money.of(total, currency)).installmentCount(count).frequency(f).startDate(LocalDate.parse(start)).build();
  }

  @Test
  void monthlyInstallmentsKeepTheDayAndFallOnShortMonthsLastDay() {
    Pledge p = pledge("100", "USD", 4, Frequency.of(1, Frequency.Unit.MONTHS, 31), "2027-01-31");
    assertThat(p.schedule()).extracting(i -> i.dueDate().toString())
        .containsExactly("2027-01-31", "2027-02-28", "2027-03-31", "2027-04-30");
    assertThat(p.schedule()).extracting(i -> i.amount().toString())
        .containsExactly("25.00 USD", "25.00 USD", "25.00 USD", "25.00 USD");
  }

  @Test
  void yearlyFromFebruary29FallsOnFebruary28InCommonYears() {
    Pledge p = pledge("1000", "JPY", 5, Frequency.of(1, Frequency.Unit.YEARS, 29), "2028-02-29");
    assertThat(p.schedule()).extracting(i -> i.dueDate().toString())
        .containsExactly("2028-02-29", "2029-02-28", "2030-02-28", "2031-02-28", "2032-02-29");
  }

  @Test
  void amountsSplitExactlyInZeroAndThreeDecimalCurrencies() {
    assertThat(pledge("1000", "JPY", 3, Frequency.monthly(), "2027-01-15").schedule()).extracting(i -> i.amount().toString())
        .containsExactly("333 JPY", "333 JPY", "334 JPY");
    assertThat(pledge("10", "BHD", 3, Frequency.monthly(), "2027-01-15").schedule()).extracting(i -> i.amount().toString())
        .containsExactly("3.333 BHD", "3.333 BHD", "3.334 BHD");
  }

  @Test
  void paymentsGoToTheOldestInstallmentAndMoveDifferencesOn() {
    Pledge p = pledge("300", "EUR", 3, Frequency.monthly(), "2027-01-10");
    Pledge under = p.pay(PledgePayment.of("pay-1", Money.of("80", "EUR"), LocalDate.parse("2027-01-10")));
    assertThat(under.installments()).extracting(i -> i.amount() + "/" + i.paid() + "/" + i.completed())
        .containsExactly("80.00 EUR/80.00 EUR/true", "120.00 EUR/0.00 EUR/false", "100.00 EUR/0.00 EUR/false");
    Pledge over = under.pay(PledgePayment.of("pay-2", Money.of("170", "EUR"), LocalDate.parse("2027-02-10")));
    assertThat(over.installments()).extracting(i -> i.amount() + "/" + i.paid() + "/" + i.completed())
        .containsExactly("80.00 EUR/80.00 EUR/true", "120.00 EUR/120.00 EUR/true", "100.00 EUR/50.00 EUR/false");
    Pledge rest = over.pay(PledgePayment.of("pay-3", Money.of("60", "EUR"), LocalDate.parse("2027-03-10")));
    assertThat(rest.installments()).allMatch(Installment::completed);
    assertThat(rest.credit()).isEqualTo(Money.of("10", "EUR"));
    assertThat(rest.pay(PledgePayment.of("pay-3", Money.of("60", "EUR"), LocalDate.parse("2027-03-10")))).isSameAs(rest);
    assertThatThrownBy(() -> p.pay(PledgePayment.of("pay-9", Money.of("10", "USD"), LocalDate.parse("2027-01-10"))))
        .isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void statusesFollowTheRulesJustBeforeAndAfterLocalMidnight() {
    Pledge p = pledge("200", "USD", 2, Frequency.monthly(), "2027-01-10");
    Instant beforeMidnight = Instant.parse("2027-01-11T05:59:59Z"); // 23:59:59 on Jan 10 in Chicago
    Instant afterMidnight = Instant.parse("2027-01-11T06:00:00Z"); // 00:00 on Jan 11 in Chicago
    assertThat(p.status(beforeMidnight, CHICAGO)).isEqualTo(PledgeStatus.PENDING);
    assertThat(p.status(afterMidnight, CHICAGO)).isEqualTo(PledgeStatus.OVERDUE);
    assertThat(p.installmentStatuses(afterMidnight, CHICAGO))
        .containsExactly(InstallmentStatus.OVERDUE, InstallmentStatus.PENDING);
    Pledge paying = p.pay(PledgePayment.of("a", Money.of("100", "USD"), LocalDate.parse("2027-01-10")));
    assertThat(paying.status(afterMidnight, CHICAGO)).isEqualTo(PledgeStatus.IN_PROGRESS);
    Pledge done = paying.pay(PledgePayment.of("b", Money.of("100", "USD"), LocalDate.parse("2027-02-10")));
    assertThat(done.status(Instant.parse("2030-01-01T00:00:00Z"), CHICAGO)).isEqualTo(PledgeStatus.COMPLETED);
    Pledge cancelled = paying.withCancelledOn(LocalDate.parse("2027-01-20"));
    assertThat(cancelled.status(Instant.parse("2030-01-01T00:00:00Z"), CHICAGO)).isEqualTo(PledgeStatus.CANCELLED);
    assertThat(cancelled.installmentStatuses(Instant.parse("2027-01-21T06:00:00Z"), CHICAGO))
        .containsExactly(InstallmentStatus.COMPLETED, InstallmentStatus.CANCELLED);
    // at an instant, only what had come by that day counts: the cancellation of January 20 and the
    // payment of February 10 had not yet come on January 11
    assertThat(cancelled.installmentStatuses(afterMidnight, CHICAGO))
        .containsExactly(InstallmentStatus.COMPLETED, InstallmentStatus.PENDING);
    assertThat(done.status(afterMidnight, CHICAGO)).isEqualTo(PledgeStatus.IN_PROGRESS);
    assertThat(p.pay(PledgePayment.of("far", Money.of("200", "USD"), LocalDate.parse("2999-01-01")))
        .status(afterMidnight, CHICAGO)).isEqualTo(PledgeStatus.OVERDUE);
  }

  @Test
  void remindersAreDueNDaysBeforeEachPendingInstallment() {
    Pledge p = pledge("300", "EUR", 3, Frequency.monthly(), "2027-01-10");
    assertThat(p.remindersDue(LocalDate.parse("2027-02-03"), 7)).extracting(Installment::number).containsExactly(2);
    assertThat(p.remindersDue(LocalDate.parse("2027-02-04"), 7)).isEmpty();
  }

  @Test
  void overdueInstallmentsAreTheOldestUnpaidOnesAndTheOverdueAmountWhatIsOwedOnThem() {
    Pledge p = pledge("300", "EUR", 3, Frequency.monthly(), "2027-01-10")
        .pay(PledgePayment.of("pay-1", Money.of("80", "EUR"), LocalDate.parse("2027-01-10")));
    Instant march11 = Instant.parse("2027-03-11T12:00:00Z");
    assertThat(p.overdueInstallments(march11, CHICAGO)).extracting(i -> i.number() + " " + i.outstanding())
        .containsExactly("2 120.00 EUR", "3 100.00 EUR");
    assertThat(p.overdueAmount(march11, CHICAGO)).isEqualTo(Money.of("220", "EUR"));
    assertThat(p.overdueInstallments(Instant.parse("2027-02-11T12:00:00Z"), CHICAGO)).extracting(Installment::number)
        .containsExactly(2);
    assertThat(p.overdueAmount(Instant.parse("2027-01-11T12:00:00Z"), CHICAGO)).isEqualTo(Money.of("0", "EUR"));
    // the installments are a read-only view made from the payments
    assertThat(p.installments()).isEqualTo(List.of(
        new Installment(1, LocalDate.parse("2027-01-10"), Money.of("80", "EUR"), Money.of("80", "EUR"), true,
            java.util.Optional.of("pay-1")),
        new Installment(2, LocalDate.parse("2027-02-10"), Money.of("120", "EUR"), Money.of("0", "EUR"), false,
            java.util.Optional.empty()),
        new Installment(3, LocalDate.parse("2027-03-10"), Money.of("100", "EUR"), Money.of("0", "EUR"), false,
            java.util.Optional.empty())));
    assertThatThrownBy(() -> p.installments().set(0, null)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> p.installments().get(3)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  /**
   * Found by the domain adversary: DOMAIN.md section 4's frequency is an interval and a unit, and
   * CiviCRM's units are day, week, month and year; irrt had no days. Every 10 days from January 31:
   * one installment per 10 days, across the month ends, the day of month ignored.
   */
  @Test
  void aPledgeEveryTenDaysFallsDueEveryTenDaysFromItsStart() {
    Pledge p = pledge("100", "USD", 4, Frequency.of(10, Frequency.Unit.DAYS, 31), "2027-01-31");
    assertThat(p.schedule()).extracting(Installment::dueDate).containsExactly(LocalDate.parse("2027-01-31"),
        LocalDate.parse("2027-02-10"), LocalDate.parse("2027-02-20"), LocalDate.parse("2027-03-02"));
    assertThat(p.schedule()).extracting(i -> i.amount().amount().toPlainString())
        .containsExactly("25.00", "25.00", "25.00", "25.00");
    assertThat(Frequency.of(1, Frequency.Unit.DAYS, 1).dueDate(LocalDate.parse("2028-02-28"), 2))
        .isEqualTo(LocalDate.parse("2028-03-01"));
  }

  @Test
  void aScheduleRunsAtMostFiftyYearsAndNeverPastTheCalendar() {
    Pledge monthly = pledge("6000", "USD", 600, Frequency.of(1, Frequency.Unit.MONTHS, 31), "2027-01-31");
    assertThat(monthly.installments().get(599).dueDate()).isEqualTo(LocalDate.parse("2076-12-31"));
    assertThat(pledge("600", "USD", 600, Frequency.of(1, Frequency.Unit.WEEKS, 1), "2027-01-01").installments()
        .get(599).dueDate()).isEqualTo(LocalDate.parse("2038-06-25"));
    Frequency decade = Frequency.of(10, Frequency.Unit.YEARS, 1);
    assertThat(pledge("60", "USD", 6, decade, "2027-01-01").schedule().get(5).dueDate()).isEqualTo(LocalDate.parse("2077-01-01"));
    assertThat(Violations.of(() -> pledge("70", "USD", 7, decade, "2027-01-01")))
        .containsExactly("installmentCount org.irrt.model.Pledge.scheduleTooLong");
    assertThat(Violations.of(() -> pledge("100", "USD", 2, Frequency.monthly(), "+999999999-12-01")))
        .containsExactly("installmentCount org.irrt.model.Pledge.scheduleTooLong");
    InvalidValueException e = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidValueException.class,
        () -> pledge("70", "USD", 7, decade, "2027-01-01"));
    assertThat(e.violations().get(0).message(java.util.Locale.ENGLISH))
        .isEqualTo("must not make the last installment fall due more than 50 years after the start date");
    assertThat(Violations.of(() -> pledge("700", "USD", 601, Frequency.monthly(), "2027-01-01")))
        .containsExactly("installmentCount jakarta.validation.constraints.Max.message");
  }

  @Test
  void campaignProgressIsPerCurrencyAndConvertsOnlyWithSuppliedRates() {
    Campaign c = Campaign.builder().id(SIXTY).name("Sixty for Sixty").goal(Money.of("50000", "USD"))
        .startDate(LocalDate.parse("2009-01-01")).fund("IRRT endowment")
        .addRecognitionLevels(RecognitionLevel.of("Friend", Money.of("60", "USD")), RecognitionLevel.of("Patron", Money.of("600", "USD")))
        .build();
    Pledge usd = pledge("600", "USD", 2, Frequency.monthly(), "2027-01-10")
        .pay(PledgePayment.of("u1", Money.of("300", "USD"), LocalDate.parse("2027-01-10")));
    Pledge eur = pledge("120", "EUR", 1, Frequency.monthly(), "2027-01-05").withId(PledgeId.of("p-2"))
        .withDonor(Donor.outside("Biblioteca Amiga"));
    CampaignProgress progress = CampaignProgress.of(c, List.of(usd, eur), Instant.parse("2027-02-15T12:00:00Z"), CHICAGO);
    assertThat(progress.pledged()).containsExactly(Map.entry("EUR", Money.of("120", "EUR")), Map.entry("USD", Money.of("600", "USD")));
    assertThat(progress.received()).containsEntry("USD", Money.of("300", "USD")).containsEntry("EUR", Money.of("0", "EUR"));
    assertThat(progress.overdue()).containsEntry("USD", Money.of("300", "USD")).containsEntry("EUR", Money.of("120", "EUR"));
    assertThat(progress.donors()).isEqualTo(2);
    assertThat(progress.shareOfGoal()).isEqualByComparingTo("0.0120");
    var rate = new ExchangeRate(Currency.getInstance("EUR"), Currency.getInstance("USD"), new BigDecimal("1.0850"),
        LocalDate.parse("2027-02-14"));
    var total = CampaignProgress.totalIn(progress.pledged(), Currency.getInstance("USD"), List.of(rate));
    assertThat(total.total()).isEqualTo(Money.of("730.20", "USD"));
    assertThat(total.ratesAsOf()).contains(LocalDate.parse("2027-02-14"));
    assertThatThrownBy(() -> CampaignProgress.totalIn(progress.pledged(), Currency.getInstance("USD"), List.of()))
        .isInstanceOf(org.irrt.model.common.InvalidValueException.class).hasMessageContaining("EUR");
    assertThat(c.levelFor(Money.of("600", "USD")).map(RecognitionLevel::name)).contains("Patron");
  }

  @Test
  void exchangeRatesAreBoundedSoAHostileRateCostsNothing() {
    Currency usd = Currency.getInstance("USD");
    Currency jpy = Currency.getInstance("JPY");
    LocalDate day = LocalDate.parse("2026-01-01");
    for (String bad : List.of("1E+100000000", "1E-100000000", "1E+13", "1E-13", "0", "-1",
        "1.000000000000000000001")) {
      long start = System.nanoTime();
      assertThatThrownBy(() -> new ExchangeRate(usd, jpy, new BigDecimal(bad), day)).as(bad)
          .isInstanceOf(IllegalArgumentException.class);
      assertThat((System.nanoTime() - start) / 1_000_000).as(bad).isLessThan(1000);
    }
    assertThatThrownBy(() -> new ExchangeRate(usd, usd, BigDecimal.ONE, day)).isInstanceOf(IllegalArgumentException.class);
    assertThat(new ExchangeRate(usd, jpy, new BigDecimal("1E+12"), day).convert(Money.of("1", "USD")))
        .isEqualTo(Money.of("1000000000000", "JPY"));
    assertThat(new ExchangeRate(jpy, usd, new BigDecimal("1E-12"), day).convert(Money.of("1000", "JPY")))
        .isEqualTo(Money.of("0", "USD"));
    assertThat(new ExchangeRate(usd, jpy, new BigDecimal("156.4321"), day).convert(Money.of("10", "USD")))
        .isEqualTo(Money.of("1564", "JPY"));
  }

  @Test
  void pledgesAndCampaignsRefuseInconsistentValues() {
    assertThat(Violations.of(() -> pledge("0", "USD", 2, Frequency.monthly(), "2027-01-10")))
        .containsExactly("total org.irrt.model.Pledge.positive");
    assertThat(Violations.of(() -> pledge("0.02", "USD", 5, Frequency.monthly(), "2027-01-10")))
        .containsExactly(" org.irrt.model.Pledge.installmentTooSmall");
    assertThat(pledge("0.02", "USD", 2, Frequency.monthly(), "2027-01-10").schedule())
        .extracting(i -> i.amount().toString()).containsExactly("0.01 USD", "0.01 USD");
    assertThat(Violations.of(() -> pledge("3", "JPY", 4, Frequency.monthly(), "2027-01-10")))
        .containsExactly(" org.irrt.model.Pledge.installmentTooSmall");
    assertThat(Violations.of(() -> Donor.member(MemberId.of("a")).withName("Also a name")))
        .containsExactly(" org.irrt.model.Donor.exactlyOne");
    assertThat(Violations.of(() -> Campaign.builder().id(SIXTY).name("X").goal(Money.of("100", "USD")).fund("F")
            .startDate(LocalDate.parse("2027-01-01")).endDate(LocalDate.parse("2026-01-01"))
            .addRecognitionLevels(RecognitionLevel.of("A", Money.of("50", "EUR"))).build()))
        .containsExactly(" org.irrt.model.Campaign.endBeforeStart", "recognitionLevels[0].minimum org.irrt.model.Campaign.currency");
  }
}
