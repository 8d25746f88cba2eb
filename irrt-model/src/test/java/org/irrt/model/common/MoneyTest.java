package org.irrt.model.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.irrt.model.testing.Violations;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class MoneyTest {
  private static final Currency USD = Currency.getInstance("USD");
  private static final Currency JPY = Currency.getInstance("JPY");
  private static final Currency BHD = Currency.getInstance("BHD");
  private static final Currency EUR = Currency.getInstance("EUR");

  @Test
  void scaleIsTheCurrencysMinorUnits() {
    assertThat(Money.of("1000", "USD").amount()).hasToString("1000.00");
    assertThat(Money.of("1000", "JPY").amount()).hasToString("1000");
    assertThat(Money.of("1.5", "BHD").amount()).hasToString("1.500");
    assertThat(Money.of("12.300", "USD").amount()).hasToString("12.30");
  }

  @Test
  void refusesMorePrecisionThanTheCurrencyHasAndCurrenciesWithoutMinorUnits() {
    assertThat(Violations.of(() -> Money.of("12.345", "USD"))).containsExactly("amount org.irrt.model.Money.scale");
    assertThat(Violations.of(() -> Money.of("1.5", "JPY"))).containsExactly("amount org.irrt.model.Money.scale");
    assertThat(Violations.of(() -> Money.of("1", "XAU"))).containsExactly("currency org.irrt.model.Money.currency");
    assertThat(Violations.of(() -> Money.of("1", "usd"))).containsExactly("currency org.irrt.model.Money.currency");
    assertThat(Violations.of(() -> Money.of("1e400", "USD"))).hasSize(1);
    assertThat(Violations.of(() -> Money.of((java.math.BigDecimal) null, null)))
        .containsExactly("currency org.irrt.model.required", "amount org.irrt.model.required");
  }

  @Test
  void parsesAmountsAsEachLocaleWritesThem() {
    assertThat(Money.parse("1,000.00", USD, Locale.US)).isEqualTo(Money.of("1000", "USD"));
    assertThat(Money.parse("1.000,00", EUR, Locale.GERMANY)).isEqualTo(Money.of("1000", "EUR"));
    assertThat(Money.parse("1 000,50", EUR, Locale.FRANCE)).isEqualTo(Money.of("1000.50", "EUR"));
    // copied from a formatted amount: no-break and narrow no-break spaces around it, as around the grouping
    assertThat(Money.parse("\u202f1\u202f000,50\u00a0", EUR, Locale.FRANCE)).isEqualTo(Money.of("1000.50", "EUR"));
    assertThat(Money.parse("\u00a012.50\u2007", USD, Locale.US)).isEqualTo(Money.of("12.50", "USD"));
    assertThat(Money.parse("1000", JPY, Locale.JAPAN)).isEqualTo(Money.of("1000", "JPY"));
    assertThat(Money.parse("12,345.678", BHD, Locale.US)).isEqualTo(Money.of("12345.678", "BHD"));
    assertThat(Money.parse("-5.25", USD, Locale.US)).isEqualTo(Money.of("-5.25", "USD"));
    Locale sweden = Locale.forLanguageTag("sv-SE");
    assertThat(Money.parse("-5,00", EUR, sweden)).isEqualTo(Money.of("-5", "EUR"));
    assertThat(Money.parse("\u22125,00", EUR, sweden)).isEqualTo(Money.of("-5", "EUR"));
    assertThat(Money.parse("1 000,00", EUR, sweden)).isEqualTo(Money.of("1000", "EUR"));
    Locale swiss = Locale.forLanguageTag("de-CH");
    assertThat(Money.parse("1'000.00", Currency.getInstance("CHF"), swiss)).isEqualTo(Money.of("1000", "CHF"));
    assertThat(Money.parse("1\u2019000.00", Currency.getInstance("CHF"), swiss)).isEqualTo(Money.of("1000", "CHF"));
    Currency inr = Currency.getInstance("INR");
    for (String tag : new String[] {"en-IN", "hi-IN"}) {
      Locale india = Locale.forLanguageTag(tag);
      assertThat(Money.parse("1,00,000.00", inr, india)).as(tag).isEqualTo(Money.of("100000", "INR"));
      assertThat(Money.parse("12,34,56,789.50", inr, india)).as(tag).isEqualTo(Money.of("123456789.50", "INR"));
      assertThat(Money.parse("100,000.00", inr, india)).as(tag).isEqualTo(Money.of("100000", "INR"));
      assertThat(Violations.of(() -> Money.parse("1,0,00,000.00", inr, india))).as(tag).hasSize(1);
    }
    assertThat(Violations.of(() -> Money.parse("1,00,000.00", USD, Locale.US))).hasSize(1);
    // CLDR groups Toki Pona by two (#,#0.###): ICU4J writes "1 23 45 67,89", which was refused as
    // badly grouped (found on JDK 25, whose locales include tok; any JDK takes the tag)
    Locale tokiPona = Locale.forLanguageTag("tok");
    assertThat(Money.parse("1\u00a023\u00a045\u00a067,89", USD, tokiPona)).isEqualTo(Money.of("1234567.89", "USD"));
    assertThat(Money.parse("1 00", Currency.getInstance("JPY"), tokiPona)).isEqualTo(Money.of("100", "JPY"));
    assertThat(Money.parse("1 234 567,89", USD, tokiPona)).as("by three, as everywhere").isEqualTo(Money.of("1234567.89", "USD"));
    assertThat(Violations.of(() -> Money.parse("1 2 34,00", USD, tokiPona))).hasSize(1);
    assertThat(Violations.of(() -> Money.parse("12 3,00", USD, tokiPona))).hasSize(1);
  }

  @Test
  void refusesTextThatIsNotAnAmountInTheLocale() {
    for (String bad : List.of("1.000,00", "1,00,0.00", "12abc", "", "  ", "$5", "1,000.00.00", "1.234,5", "1E5", "1e5")) {
      assertThat(Violations.of(() -> Money.parse(bad, USD, Locale.US))).as(bad)
          .containsExactly("amount org.irrt.model.Money.format");
    }
    assertThat(Violations.of(() -> Money.parse("1,000.00", EUR, Locale.GERMANY))).hasSize(1);
    assertThat(Violations.of(() -> Money.parse("0.001", USD, Locale.US)))
        .containsExactly("amount org.irrt.model.Money.scale");
  }

  /**
   * A grouping separator after a leading zero is no grouping: "0,001" (a decimal typed the European way
   * on an English form) was read as 1, a thousand times the amount meant; "01,000" is no written amount either.
   */
  @Test
  void refusesAGroupingSeparatorAfterALeadingZero() {
    for (String bad : List.of("0,001", "0,500.00", "-0,001", "01,000", "00,000.50")) {
      assertThat(Violations.of(() -> Money.parse(bad, USD, Locale.US))).as(bad)
          .containsExactly("amount org.irrt.model.Money.format");
    }
    assertThat(Violations.of(() -> Money.parse("0.001", EUR, Locale.GERMANY))).as("0.001 in German")
        .containsExactly("amount org.irrt.model.Money.format");
    assertThat(Money.parse("0,50", EUR, Locale.GERMANY)).isEqualTo(Money.of("0.50", "EUR"));
    assertThat(Money.parse("10,000", USD, Locale.US)).isEqualTo(Money.of("10000", "USD"));
  }

  @Test
  void acceptsALocalesOwnDigitsAndRefusesMixedOrForeignOnes() {
    Locale egypt = Locale.forLanguageTag("ar-EG");
    Currency egp = Currency.getInstance("EGP");
    // Arabic-Indic digits with the Arabic separators, ASCII digits with the separators CLDR gives them
    assertThat(Money.parse("\u0661\u066c\u0660\u0660\u0660\u066b\u0665\u0660", egp, egypt)).isEqualTo(Money.of("1000.50", "EGP"));
    assertThat(Money.parse("1,000.50", egp, egypt)).isEqualTo(Money.of("1000.50", "EGP"));
    // what the JDK formats in ar-EG, its Arabic letter mark before the minus included
    assertThat(Money.parse("\u061c-\u0661\u066c\u0662\u0663\u0664\u066b\u0665\u0660", egp, egypt))
        .isEqualTo(Money.of("-1234.50", "EGP"));
    assertThat(Money.parse("\u06f1\u06f2\u06f3", Currency.getInstance("IRR"), Locale.forLanguageTag("fa-IR")))
        .isEqualTo(Money.of("123", "IRR"));
    Locale hindi = Locale.forLanguageTag("hi-IN");
    assertThat(Money.parse("\u0967,\u0966\u0966,\u0966\u0966\u0966.\u0966\u0966", Currency.getInstance("INR"), hindi))
        .isEqualTo(Money.of("100000", "INR"));
    assertThat(Money.parse("\u0e51,\u0e52\u0e53\u0e54.\u0e55\u0e50", Currency.getInstance("THB"), Locale.forLanguageTag("th-TH")))
        .isEqualTo(Money.of("1234.50", "THB"));
    for (Object[] bad : new Object[][] {
        {"1\u0662\u0663", egypt}, // ASCII and Arabic-Indic mixed
        {"\u0661,000.50", egypt},
        {"\u0661\u0662\u0663", Locale.forLanguageTag("fa-IR")}, // Arabic-Indic where Extended Arabic-Indic is written
        {"\u0967\u0968\u0969", Locale.US}, // Devanagari in English
        {"\uff11\uff12\uff13", Locale.JAPAN}, // full-width digits: no numbering system of Japanese in CLDR
        {"\ud835\udfcf\ud835\udfd0", Locale.US}}) { // mathematical bold digits, outside the BMP
      assertThat(Violations.of(() -> Money.parse((String) bad[0], USD, (Locale) bad[1]))).as((String) bad[0])
          .containsExactly("amount org.irrt.model.Money.digits");
    }
    assertThat(Violations.of(() -> Money.parse("1000\u066b50", egp, egypt))).as("ASCII digits take their own separators")
        .containsExactly("amount org.irrt.model.Money.format");
  }

  @Test
  void parsesWhatTheJdkFormatsInEveryLocaleWhereIcuAgreesOnTheSymbols() {
    int checked = 0;
    for (Locale locale : Locale.getAvailableLocales()) {
      if (!MoneyOracleTest.sameSymbols(locale)) {
        continue; // ICU4J's newer CLDR decides there (MoneyOracleTest)
      }
      for (String value : List.of("1234567.89", "-1234567.89", "0.50", "-3.00")) {
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        String text = format.format(new BigDecimal(value));
        assertThat(Money.parse(text, USD, locale)).as(locale.toLanguageTag() + " " + text).isEqualTo(Money.of(value, "USD"));
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(3000);
  }

  @Test
  void zeroIsZeroHoweverItIsWritten() {
    for (String zero : List.of("0E+999999999", "0E-999999999", "-0.000", "0E-100", "0.0000000")) {
      assertThat(Money.of(zero, "USD")).as(zero).isEqualTo(Money.zero(USD));
      assertThat(Money.of(new BigDecimal(zero), JPY).amount()).as(zero).hasToString("0");
    }
  }

  @Test
  void anAmountsScaleAndSizeAreBoundedBeforeAnyArithmetic() {
    assertThat(Violations.of(() -> Money.of(new BigDecimal("1E-100000000"), USD))).containsExactly("amount org.irrt.model.Money.scale");
    assertThat(Violations.of(() -> Money.of(new BigDecimal("1E+100000000"), USD))).containsExactly("amount org.irrt.model.Money.tooLarge");
    assertThat(Violations.of(() -> Money.of(new BigDecimal("-1E-999999999"), USD))).containsExactly("amount org.irrt.model.Money.scale");
    // trailing zeros are fine up to MAX_SCALE decimals in all, beyond it refused as too precise
    assertThat(Money.of(new BigDecimal("1." + "0".repeat(Money.MAX_SCALE - 1)), USD)).isEqualTo(Money.of("1", "USD"));
    assertThat(Money.of(new BigDecimal("1." + "0".repeat(Money.MAX_SCALE)), USD)).isEqualTo(Money.of("1", "USD"));
    assertThat(Violations.of(() -> Money.of(new BigDecimal("1." + "0".repeat(Money.MAX_SCALE + 1)), USD)))
        .containsExactly("amount org.irrt.model.Money.scale");
    // the largest amount, written with a hundred decimals, and one minor unit more
    assertThat(Money.of(new BigDecimal("999999999999999999.99" + "0".repeat(98)), USD)).isEqualTo(Money.of("999999999999999999.99", "USD"));
    assertThat(Violations.of(() -> Money.of(new BigDecimal("1000000000000000000." + "0".repeat(100)), USD)))
        .containsExactly("amount org.irrt.model.Money.tooLarge");
    assertThat(Violations.of(() -> Money.of(new BigDecimal(java.math.BigInteger.TEN.pow(200_000), 100), USD)))
        .containsExactly("amount org.irrt.model.Money.tooLarge");
    assertThat(Money.of(new BigDecimal("1E+17"), USD).amount()).hasToString("100000000000000000.00");
    assertThat(Violations.of(() -> Money.of(new BigDecimal("1E+18"), USD))).containsExactly("amount org.irrt.model.Money.tooLarge");
  }

  @Test
  void amountTextIsCappedAndEveryProblemNamed() {
    String longest = "1" + "0".repeat(17) + "." + "0".repeat(Money.MAX_TEXT_LENGTH - 19);
    assertThat(longest).hasSize(Money.MAX_TEXT_LENGTH);
    assertThat(Money.of(longest, "USD")).isEqualTo(Money.of("100000000000000000", "USD"));
    assertThat(Violations.of(() -> Money.of(longest + "0", "USD"))).containsExactly("amount org.irrt.model.Money.tooLong");
    assertThat(Violations.of(() -> Money.parse(" ".repeat(Money.MAX_TEXT_LENGTH) + "1", USD, Locale.US)))
        .containsExactly("amount org.irrt.model.Money.tooLong");
    assertThat(Violations.of(() -> Money.of("1".repeat(10_000_000), "usd")))
        .containsExactly("amount org.irrt.model.Money.tooLong", "currency org.irrt.model.Money.currency");
    assertThat(Violations.of(() -> Money.of("12,00", "EURO")))
        .containsExactly("amount org.irrt.model.Money.format", "currency org.irrt.model.Money.currency");
    InvalidValueException e = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidValueException.class,
        () -> Money.parse("1".repeat(101), USD, Locale.US));
    assertThat(e.violations().get(0).message(Locale.ENGLISH)).isEqualTo("is longer than 100 characters");
    assertThat(e.violations().get(0).message(Locale.forLanguageTag("es"))).isEqualTo("tiene más de 100 caracteres");
  }

  @Test
  void splittingIntoMorePartsThanMinorUnitsGivesZeroPartsFirst() {
    // split is exact arithmetic: it is Pledge that refuses installments of zero
    assertThat(Money.of("0.03", "USD").split(5)).extracting(Money::toString)
        .containsExactly("0.00 USD", "0.00 USD", "0.00 USD", "0.00 USD", "0.03 USD");
    assertThat(Money.zero(JPY).split(3)).containsOnly(Money.zero(JPY));
  }

  @Test
  void arithmeticNeverLeavesTheEighteenDigitRange() {
    Money most = Money.of("999999999999999999.99", "USD");
    assertThatThrownBy(() -> most.plus(most)).isInstanceOf(ArithmeticException.class)
        .hasMessage("the result has more than 18 digits before the decimal point");
    assertThatThrownBy(() -> most.negate().minus(most)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Money.of("1", "USD").times(Long.MAX_VALUE)).isInstanceOf(ArithmeticException.class);
    assertThat(most.minus(most).isZero()).isTrue();
    assertThat(Violations.of(() -> Money.of("1E+999999999", "USD"))).containsExactly("amount org.irrt.model.Money.tooLarge");
    assertThatThrownBy(() -> Money.of("1", "USD").split(Integer.MAX_VALUE)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("parts must be 1 to 10000: 2147483647");
    assertThat(Money.of("100", "USD").split(Money.MAX_PARTS)).hasSize(10_000);
    // a read-only list of n parts: equal to the same parts in any list, refusing changes and bad indexes
    List<Money> parts = Money.of("100", "USD").split(3);
    assertThat(parts).isEqualTo(List.of(Money.of("33.33", "USD"), Money.of("33.33", "USD"), Money.of("33.34", "USD")))
        .hasSameHashCodeAs(List.of(Money.of("33.33", "USD"), Money.of("33.33", "USD"), Money.of("33.34", "USD")));
    assertThatThrownBy(() -> parts.set(0, Money.of("1", "USD"))).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> parts.add(Money.of("1", "USD"))).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> parts.get(3)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> parts.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThat(parts.subList(1, 3)).containsExactly(Money.of("33.33", "USD"), Money.of("33.34", "USD"));
    assertThat(Money.of("5", "USD").split(1)).containsExactly(Money.of("5", "USD"));
  }

  @Test
  void formatsForTheReadersLocale() {
    assertThat(Money.of("1000", "USD").format(Locale.US)).isEqualTo("$1,000.00");
    assertThat(Money.of("1000", "EUR").format(Locale.GERMANY)).isEqualTo("1.000,00\u00a0€");
    assertThat(Money.of("1000", "JPY").format(Locale.JAPAN)).isEqualTo("￥1,000");
    assertThat(Money.of("1.5", "BHD").format(Locale.US)).isEqualTo("BHD\u00a01.500");
  }

  /**
   * Money formats with ICU4J's CLDR, as it parses: with the JDK's older data it wrote 1000 JPY as
   * "1.000JP¥" in Khmer, which {@link Money#parse} reads (as ICU4J, the site and the CLI do) as 1, and
   * "JP¥ 1,000" in Low German, which it reads as 1.
   */
  @Test
  void formatsWithTheSameLocaleDataItParsesWith() {
    Locale khmer = Locale.forLanguageTag("km");
    Locale lowGerman = Locale.forLanguageTag("nds");
    assertThat(Money.of("1000", "JPY").format(khmer)).isEqualTo("1,000\u00a0JP¥");
    assertThat(Money.of("1000", "JPY").format(lowGerman)).isEqualTo("1.000\u00a0JP¥");
    assertThat(Money.parse("1,000", JPY, khmer)).isEqualTo(Money.of("1000", "JPY"));
    assertThat(Money.parse("1.000", JPY, lowGerman)).isEqualTo(Money.of("1000", "JPY"));
    assertThat(Money.of("-1234.5", "EUR").format(Locale.FRANCE)).isEqualTo("-1\u202f234,50\u00a0€");
  }

  @Test
  void neverMixesCurrencies() {
    assertThatThrownBy(() -> Money.of("1", "USD").plus(Money.of("1", "EUR")))
        .isInstanceOfSatisfying(CurrencyMismatchException.class, e -> {
          assertThat(e.expected()).isEqualTo(USD);
          assertThat(e.actual()).isEqualTo(EUR);
        });
    assertThatThrownBy(() -> Money.of("1", "USD").compareTo(Money.of("1", "JPY")))
        .isInstanceOf(CurrencyMismatchException.class);
    assertThat(Money.totalsByCurrency(List.of(Money.of("1.10", "USD"), Money.of("5", "JPY"), Money.of("2.20", "USD"))))
        .containsExactly(java.util.Map.entry("JPY", Money.of("5", "JPY")), java.util.Map.entry("USD", Money.of("3.30", "USD")));
  }

  @Test
  void splitsExactlyWithTheRemainderOnTheLastPart() {
    assertThat(Money.of("100", "USD").split(3)).extracting(Money::toString)
        .containsExactly("33.33 USD", "33.33 USD", "33.34 USD");
    assertThat(Money.of("1000", "JPY").split(7)).extracting(Money::toString)
        .containsExactly("143 JPY", "143 JPY", "143 JPY", "143 JPY", "143 JPY", "143 JPY", "142 JPY");
    assertThat(Money.of("0.010", "BHD").split(4)).extracting(Money::toString)
        .containsExactly("0.003 BHD", "0.003 BHD", "0.003 BHD", "0.001 BHD");
    assertThat(Money.of("17", "JPY").split(10)).extracting(Money::toString).as("rounding up would leave -1 last")
        .containsExactly("1 JPY", "1 JPY", "1 JPY", "1 JPY", "1 JPY", "1 JPY", "1 JPY", "1 JPY", "1 JPY", "8 JPY");
    assertThat(Money.of("0.05", "USD").split(10)).extracting(Money::toString).last().isEqualTo("0.05 USD");
  }

  @Test
  void splitsAlwaysSumExactlyOverRandomAmountsCountsAndCurrencies() {
    Gen<Currency> currencies = Generate.pick(List.of(USD, JPY, BHD, EUR, Currency.getInstance("CLF"),
        Currency.getInstance("KWD"), Currency.getInstance("ISK")));
    qt().withFixedSeed(42L).withExamples(2000)
        .forAll(longs().between(0, 999_999_999_999L), integers().between(1, 600), currencies)
        .checkAssert((minor, n, currency) -> {
          Money total = Money.of(BigDecimal.valueOf(minor, currency.getDefaultFractionDigits()), currency);
          List<Money> parts = total.split(n);
          assertThat(parts).hasSize(n);
          assertThat(parts.stream().reduce(Money.zero(currency), Money::plus)).isEqualTo(total);
          assertThat(parts).allMatch(p -> !p.isNegative() && p.amount().scale() == currency.getDefaultFractionDigits());
          Money first = parts.get(0);
          Money last = parts.get(n - 1);
          assertThat(last.minus(first).amount().abs().movePointRight(currency.getDefaultFractionDigits()).longValueExact())
              .isLessThan(n);
          BigDecimal nearest = total.amount().divide(BigDecimal.valueOf(n), currency.getDefaultFractionDigits(),
              java.math.RoundingMode.HALF_UP);
          if (n > 1 && !last.isZero() && first.amount().compareTo(nearest) != 0) {
            assertThat(total.amount().subtract(nearest.multiply(BigDecimal.valueOf(n - 1))).signum())
                .as("rounded down only where rounding to the nearest leaves the last nothing").isLessThanOrEqualTo(0);
          }
        });
  }

  @Test
  void anAmountTooPreciseForItsCurrencyIsRefusedAtTheAmount() {
    assertThat(Money.of("1000.50", "BHD").amount()).hasToString("1000.500");
    assertThat(Violations.of(() -> Money.of(new java.math.BigDecimal("1.234"), Money.currency("USD"))))
        .containsExactly("amount org.irrt.model.Money.scale");
  }
}
