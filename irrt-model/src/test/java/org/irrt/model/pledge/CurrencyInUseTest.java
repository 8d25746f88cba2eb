package org.irrt.model.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.irrt.model.common.InvalidValueException;
import org.irrt.model.common.Money;
import org.irrt.model.member.MemberId;
import org.irrt.model.testing.TestData;
import org.irrt.model.testing.Violations;
import org.junit.jupiter.api.Test;

/**
 * A pledge and a campaign are in a currency in use on their start date (CLDR through ICU4J); Money
 * itself keeps withdrawn currencies, so what was made while they were in use still reads.
 */
class CurrencyInUseTest {

  static Pledge pledge(String currency, String start) {
    return Pledge.builder().id(PledgeId.of("p-1")).campaign(CampaignId.of("sixty")).donor(Donor.member(MemberId.of("ana")))
        .total(Money.of("100", currency)).installmentCount(1).frequency(Frequency.monthly())
        .startDate(LocalDate.parse(start)).build();
  }

  static boolean inUse(String code, String day) {
    return Money.inUse(Currency.getInstance(code), LocalDate.parse(day));
  }

  @Test
  void theDaysACurrencyComesIntoAndGoesOutOfUseAreCldrs() {
    assertThat(inUse("EUR", "1998-12-31")).isFalse();
    assertThat(inUse("EUR", "1999-01-01")).isTrue();
    assertThat(inUse("DEM", "2002-02-28")).isTrue(); // beside the euro in Germany until February 28
    assertThat(inUse("DEM", "2002-05-15")).isTrue(); // and in Montenegro until May 15
    assertThat(inUse("DEM", "2002-05-16")).isFalse();
    assertThat(inUse("DEM", LocalDate.MAX.toString())).isFalse();
    assertThat(inUse("EUR", LocalDate.MAX.toString())).isTrue();
    assertThat(inUse("EUR", LocalDate.MIN.toString())).isFalse();
    assertThat(inUse("HRK", "2023-01-14")).isTrue();
    assertThat(inUse("HRK", "2023-01-15")).isFalse();
    assertThat(inUse("ANG", "2025-06-30")).isTrue();
    assertThat(inUse("ANG", "2025-07-01")).isFalse();
    assertThat(inUse("XCG", "2025-03-30")).isFalse();
    assertThat(inUse("XCG", "2025-03-31")).isTrue();
    assertThat(inUse("BGN", "2026-01-31")).isTrue();
    assertThat(inUse("BGN", "2026-02-01")).isFalse();
    assertThat(inUse("USN", "1900-01-01")).isTrue(); // a fund with no dates: always
    assertThat(inUse("USD", "2099-12-31")).isTrue();
  }

  @Test
  void aPledgeInAWithdrawnCurrencyIsRefusedAtItsCurrencyNamingCodeAndDay() {
    assertThat(Violations.of(() -> pledge("DEM", "2026-12-07")))
        .containsExactly("total.currency org.irrt.model.currencyNotInUse");
    assertThatThrownBy(() -> pledge("HRK", "2026-12-07")).isInstanceOfSatisfying(InvalidValueException.class,
        e -> assertThat(e.violations().get(0).message(Locale.ENGLISH))
            .isEqualTo("HRK is not a currency in use on 2026-12-07"));
    assertThatThrownBy(() -> pledge("XCG", "2024-12-01")).isInstanceOfSatisfying(InvalidValueException.class,
        e -> assertThat(e.violations().get(0).message(Locale.GERMAN))
            .isEqualTo("XCG ist am 2024-12-01 keine gültige Währung"));
  }

  @Test
  void aPledgeMadeWhileItsCurrencyWasInUseIsKeptAndPaidAfterwards() {
    Pledge kuna = pledge("HRK", "2022-06-01");
    assertThat(kuna.total()).isEqualTo(Money.of("100", "HRK"));
    Pledge paid = kuna.pay(PledgePayment.of("pay-1", Money.of("100", "HRK"), LocalDate.parse("2023-03-01")));
    assertThat(paid.received()).isEqualTo(Money.of("100", "HRK"));
    assertThat(pledge("XCG", "2025-03-31").total().currency().getCurrencyCode()).isEqualTo("XCG");
  }

  @Test
  void aCampaignGoalIsInACurrencyInUseOnItsStartDate() {
    var builder = Campaign.builder().id(CampaignId.of("sixty")).name("Sixty for Sixty").fund("Endowment")
        .startDate(LocalDate.parse("2026-01-01"));
    assertThat(Violations.of(() -> builder.goal(Money.of("50000", "FRF")).build()))
        .containsExactly("goal.currency org.irrt.model.currencyNotInUse");
    assertThat(builder.goal(Money.of("50000", "EUR")).build().goal().currency().getCurrencyCode()).isEqualTo("EUR");
  }

  /**
   * Against ISO 4217 as the datasets/currency-codes file has it (List one and List three, 2026-02):
   * on a day after its snapshot, a pledge in every withdrawn code the JDK knows is refused, and one
   * in every current code the JDK has minor units for is accepted, but for SVC: ISO still lists the
   * Salvadoran colón (legal tender beside the dollar by law), CLDR ends it in 2001, when the country
   * took the dollar, and ICU's CLDR decides.
   */
  @Test
  void withdrawnIso4217CodesAreRefusedAndCurrentOnesAcceptedForAPledge() throws Exception {
    List<String> lines = Files.readAllLines(TestData.require("countries-currencies/currency-codes-all.csv"));
    List<String> header = TestData.csvLine(lines.get(0));
    int codeColumn = header.indexOf("AlphabeticCode");
    int withdrawnColumn = header.indexOf("WithdrawalDate");
    Set<String> current = new TreeSet<>();
    Set<String> historic = new TreeSet<>();
    for (String line : lines.subList(1, lines.size())) {
      List<String> row = TestData.csvLine(line);
      String code = row.get(codeColumn).strip();
      if (!code.isEmpty()) {
        (row.get(withdrawnColumn).strip().isEmpty() ? current : historic).add(code);
      }
    }
    historic.removeAll(current); // a code with a current row is current (TRY)
    Map<String, String> outcome = new TreeMap<>();
    int withdrawn = 0;
    int inUse = 0;
    for (String code : new TreeSet<>(Set.copyOf(concat(current, historic)))) {
      Currency c;
      try {
        c = Currency.getInstance(code);
      } catch (IllegalArgumentException unknownToTheJdk) {
        continue;
      }
      if (c.getDefaultFractionDigits() < 0) {
        continue; // gold, test codes: refused by Money itself
      }
      boolean accepted;
      try {
        pledge(code, "2026-06-01");
        accepted = true;
      } catch (InvalidValueException e) {
        accepted = false;
      }
      if (historic.contains(code)) {
        withdrawn++;
      } else {
        inUse++;
      }
      if (accepted != current.contains(code)) {
        outcome.put(code, accepted ? "accepted, withdrawn in ISO" : "refused, current in ISO");
      }
    }
    assertThat(withdrawn).isGreaterThan(50); // DEM, FRF, HRK, ANG, BGN, TRL, VEF, ...
    assertThat(inUse).isGreaterThan(160);
    assertThat(outcome).isEqualTo(Map.of("SVC", "refused, current in ISO"));
  }

  private static List<String> concat(Set<String> a, Set<String> b) {
    List<String> all = new java.util.ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
