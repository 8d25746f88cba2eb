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
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.irrt.model.common.InvalidValueException;
import org.irrt.model.common.Money;
import org.irrt.model.member.MemberId;
import org.irrt.model.testing.Violations;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: a cancelled or written-off pledge dropped out of "pledged" with what had been paid toward
 * it, so a campaign's share of its goal could fall below what it had received, and {@code Pledge.pay}
 * took payments on a closed pledge that the pledge workflow refuses. A closed pledge now counts what
 * it received, in pledged as in received, and takes no new payment.
 */
class ClosedPledgeProgressRegressionTest {
  private static final ZoneId UTC = ZoneId.of("UTC");
  private static final Currency USD = Currency.getInstance("USD");
  private static final Currency EUR = Currency.getInstance("EUR");

  static Campaign campaign(String goal) {
    return Campaign.builder().id(CampaignId.of("c")).name("Endowment").goal(Money.of(goal, "USD"))
        .startDate(LocalDate.parse("2027-01-01")).fund("IRRT endowment").build();
  }

  static Pledge pledge(String id, String total, String currency, int count) {
    return Pledge.builder().id(PledgeId.of(id)).campaign(CampaignId.of("c")).donor(Donor.member(MemberId.of("m-" + id)))
        .total(Money.of(total, currency)).installmentCount(count).frequency(Frequency.monthly())
        .startDate(LocalDate.parse("2027-01-10")).build();
  }

  @Test
  void aWrittenOffPledgeCountsWhatItReceivedAsPledgedAndNothingAsOutstandingOrOverdue() {
    Pledge p = pledge("a", "300", "EUR", 3).pay(PledgePayment.of("x", Money.of("100", "EUR"), LocalDate.parse("2027-01-10")))
        .withWrittenOffOn(LocalDate.parse("2027-04-15"));
    Instant june = Instant.parse("2027-06-01T00:00:00Z");
    CampaignProgress after = CampaignProgress.of(campaign("1000"), List.of(p), june, UTC);
    assertThat(after.pledged()).containsExactly(Map.entry("EUR", Money.of("100", "EUR")));
    assertThat(after.received()).containsExactly(Map.entry("EUR", Money.of("100", "EUR")));
    assertThat(after.outstanding()).containsExactly(Map.entry("EUR", Money.of("0", "EUR")));
    assertThat(after.overdue()).containsExactly(Map.entry("EUR", Money.of("0", "EUR")));
    assertThat(after.donors()).isZero();
    CampaignProgress before = CampaignProgress.of(campaign("1000"), List.of(p), Instant.parse("2027-03-01T00:00:00Z"), UTC);
    assertThat(before.pledged()).containsExactly(Map.entry("EUR", Money.of("300", "EUR")));
    assertThat(before.overdue()).containsExactly(Map.entry("EUR", Money.of("100", "EUR")));
    assertThat(before.donors()).isOne();
  }

  @Test
  void theShareOfTheGoalIsRoundedUpSoThatItNeverShowsLessThanWasReceived() {
    Pledge p = pledge("a", "1", "USD", 1).pay(PledgePayment.of("x", Money.of("1", "USD"), LocalDate.parse("2027-01-10")))
        .withCancelledOn(LocalDate.parse("2027-02-01"));
    CampaignProgress progress = CampaignProgress.of(campaign("3"), List.of(p), Instant.parse("2027-06-01T00:00:00Z"), UTC);
    assertThat(progress.shareOfGoal()).isEqualByComparingTo("0.3334");
    Pledge over = pledge("b", "100", "USD", 2).pay(PledgePayment.of("y", Money.of("150", "USD"), LocalDate.parse("2027-01-10")));
    CampaignProgress paidMore = CampaignProgress.of(campaign("1000"), List.of(over), Instant.parse("2027-06-01T00:00:00Z"), UTC);
    assertThat(paidMore.pledged()).containsExactly(Map.entry("USD", Money.of("150", "USD")));
    assertThat(paidMore.outstanding()).containsExactly(Map.entry("USD", Money.of("0", "USD")));
    assertThat(paidMore.shareOfGoal()).isEqualByComparingTo("0.1500");
  }

  @Test
  void aClosedPledgeTakesNoNewPaymentWhateverItsDateButAReplayIsStillThePledge() {
    Pledge paid = pledge("a", "300", "EUR", 3).pay(PledgePayment.of("x", Money.of("100", "EUR"), LocalDate.parse("2027-01-10")));
    Pledge cancelled = paid.withCancelledOn(LocalDate.parse("2027-01-20"));
    PledgePayment earlier = PledgePayment.of("y", Money.of("100", "EUR"), LocalDate.parse("2027-01-15"));
    assertThat(Violations.of(() -> cancelled.pay(earlier))).containsExactly("payments[1] org.irrt.model.Pledge.closed");
    InvalidValueException e = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidValueException.class,
        () -> cancelled.pay(earlier));
    assertThat(e.violations().get(0).message(java.util.Locale.ENGLISH))
        .isEqualTo("cannot be recorded: the pledge was cancelled on 2027-01-20");
    assertThat(e.violations().get(0).message(java.util.Locale.FRENCH))
        .isEqualTo("ne peut pas être enregistré\u00A0: la promesse a été annulée le 2027-01-20");
    Pledge writtenOff = paid.withWrittenOffOn(LocalDate.parse("2027-04-15"));
    InvalidValueException w = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidValueException.class,
        () -> writtenOff.pay(earlier));
    assertThat(w.violations()).extracting(v -> v.path() + " " + v.message(java.util.Locale.forLanguageTag("es")))
        .containsExactly("payments[1] no puede registrarse: la promesa se dio por incobrable el 2027-04-15");
    // the same payment id again is not a new payment: the pledge as it is
    assertThat(cancelled.pay(PledgePayment.of("x", Money.of("100", "EUR"), LocalDate.parse("2027-01-10")))).isSameAs(cancelled);
  }

  @Test
  void theShareOfTheGoalTimesTheGoalIsNeverBelowWhatWasReceived() {
    qt().withFixedSeed(151L).withExamples(600)
        .forAll(lists().of(longs().between(1, 5_000_000L)).ofSizeBetween(1, 8), lists().of(longs().between(1, 3_000_000L))
            .ofSizeBetween(0, 12), integers().between(1, 10_000), integers().between(0, 500))
        .checkAssert((totals, payments, goalMinor, dayOffset) -> {
          List<Pledge> pledges = new ArrayList<>();
          for (int i = 0; i < totals.size(); i++) {
            Currency currency = i % 3 == 2 ? EUR : USD;
            int count = (int) (totals.get(i) % 12) + 1;
            Pledge p = Pledge.builder().id(PledgeId.of("p" + i)).campaign(CampaignId.of("c"))
                .donor(Donor.member(MemberId.of("m" + i % 4)))
                .total(Money.of(BigDecimal.valueOf(Math.max(count, totals.get(i)), 2), currency)).installmentCount(count)
                .frequency(Frequency.monthly()).startDate(LocalDate.parse("2027-01-10")).build();
            for (int j = i; j < payments.size(); j += totals.size()) {
              p = p.pay(PledgePayment.of("pay-" + j, Money.of(BigDecimal.valueOf(payments.get(j), 2), currency),
                  LocalDate.parse("2027-01-10").plusDays(payments.get(j) % 400)));
            }
            long choice = totals.get(i) % 5;
            LocalDate closedOn = LocalDate.parse("2027-01-10").plusDays(totals.get(i) % 450);
            pledges.add(choice == 0 ? p.withCancelledOn(closedOn) : choice == 1 ? p.withWrittenOffOn(closedOn) : p);
          }
          Campaign c = campaign(BigDecimal.valueOf(goalMinor, 2).toPlainString());
          Instant at = LocalDate.parse("2027-01-01").plusDays(dayOffset).atStartOfDay(UTC).toInstant();
          CampaignProgress progress = CampaignProgress.of(c, pledges, at, UTC);
          Money received = progress.received().getOrDefault("USD", Money.zero(USD));
          assertThat(progress.shareOfGoal().multiply(c.goal().amount())).as(progress.toString())
              .isGreaterThanOrEqualTo(received.amount());
          for (String code : progress.received().keySet()) {
            assertThat(progress.pledged().get(code).compareTo(progress.received().get(code))).as(code).isGreaterThanOrEqualTo(0);
            assertThat(progress.outstanding().get(code).isNegative()).isFalse();
            assertThat(progress.overdue().get(code).compareTo(progress.outstanding().get(code))).isLessThanOrEqualTo(0);
          }
        });
  }
}
