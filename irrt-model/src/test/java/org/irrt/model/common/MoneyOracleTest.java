package org.irrt.model.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * DOMAIN.md section 6's money rule ("1,000.00" en-US and "1.000,00" de-DE are both one thousand)
 * checked over generated amounts in JPY, USD and BHD in every locale the JDK has, against what the
 * JDK's and ICU4J's (CLDR) number formatters write for the same amount (fixed seed).
 */
class MoneyOracleTest {
  private static final List<Currency> CURRENCIES = List.of("JPY", "USD", "BHD").stream().map(Currency::getInstance).toList();
  private static final Locale[] LOCALES = Locale.getAvailableLocales();
  /**
   * The JDK's locales and ICU4J's: the JDK 17 lacks some that ICU4J formats (Toki Pona, whose CLDR
   * groups by two, was found only when the JDK 25 listed it).
   */
  private static final Locale[] JDK_AND_ICU_LOCALES = java.util.stream.Stream.concat(Arrays.stream(LOCALES),
      Arrays.stream(com.ibm.icu.util.ULocale.getAvailableLocales()).map(com.ibm.icu.util.ULocale::toLocale))
      .distinct().toArray(Locale[]::new);

  @Test
  void anAmountWrittenAsTheJdkWritesItParsesBackToItselfWhereIcuAndTheJdkAgreeOnTheSymbols() {
    qt().withFixedSeed(606L).withExamples(20_000)
        .forAll(longs().between(-999_999_999_999L, 999_999_999_999L), integers().between(0, 2),
            integers().between(0, LOCALES.length - 1))
        .checkAssert((units, ci, li) -> {
          Currency c = CURRENCIES.get(ci);
          Locale locale = LOCALES[li];
          if (!sameSymbols(locale)) {
            return;
          }
          BigDecimal amount = BigDecimal.valueOf(units, c.getDefaultFractionDigits());
          java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(locale);
          f.setMinimumFractionDigits(c.getDefaultFractionDigits());
          f.setMaximumFractionDigits(c.getDefaultFractionDigits());
          String text = f.format(amount);
          assertThat(Money.parse(text, c, locale)).as("%s in %s", text, locale.toLanguageTag()).isEqualTo(Money.of(amount, c));
          f.setGroupingUsed(false);
          String plain = f.format(amount);
          assertThat(Money.parse(plain, c, locale)).as("%s in %s", plain, locale.toLanguageTag()).isEqualTo(Money.of(amount, c));
        });
  }

  /**
   * Whether the JDK and ICU4J give a locale the same decimal and grouping separators and digits: 61
   * of the JDK 17's 1,017 locales differ (ICU4J carries a later CLDR), among them nds, km and rm
   * where the decimal separator itself differs; the parser follows ICU4J, as the site and the CLI
   * do when they write amounts.
   */
  static boolean sameSymbols(Locale l) {
    var j = java.text.DecimalFormatSymbols.getInstance(l);
    var i = com.ibm.icu.text.DecimalFormatSymbols.getInstance(com.ibm.icu.util.ULocale.forLocale(l));
    return i.getDecimalSeparatorString().equals(String.valueOf(j.getDecimalSeparator()))
        && i.getGroupingSeparatorString().equals(String.valueOf(j.getGroupingSeparator()))
        && i.getDigitStrings()[0].equals(String.valueOf(j.getZeroDigit()));
  }

  @Test
  void anAmountWrittenAsCldrWritesItThroughIcuInAnyLocaleParsesBackToItself() {
    qt().withFixedSeed(607L).withExamples(20_000)
        .forAll(longs().between(-999_999_999_999L, 999_999_999_999L), integers().between(0, 2),
            integers().between(0, JDK_AND_ICU_LOCALES.length - 1))
        .checkAssert((units, ci, li) -> {
          Currency c = CURRENCIES.get(ci);
          Locale locale = JDK_AND_ICU_LOCALES[li];
          BigDecimal amount = BigDecimal.valueOf(units, c.getDefaultFractionDigits());
          com.ibm.icu.text.NumberFormat f = com.ibm.icu.text.NumberFormat.getNumberInstance(com.ibm.icu.util.ULocale.forLocale(locale));
          f.setMinimumFractionDigits(c.getDefaultFractionDigits());
          f.setMaximumFractionDigits(c.getDefaultFractionDigits());
          String text = f.format(amount);
          assertThat(Money.parse(text, c, locale)).as("%s in %s", text, locale.toLanguageTag()).isEqualTo(Money.of(amount, c));
        });
  }

  /**
   * Where the JDK 17's CLDR 39 and ICU4J's later CLDR give a locale other separators, the amount is
   * read as ICU4J (the oracle, and what the site and the CLI write) reads it: "1.000" in Low German
   * (nds) was read as 1.00 and in Khmer as 1000.00, a thousand times off either way, "1,500" in
   * fr-RW as 1.5; "1'000,50" as fr-CH writes it now was refused.
   */
  @Test
  void readsAnAmountWithTheSeparatorsIcuGivesTheLocaleWhereTheJdksOlderDataDisagrees() {
    Object[][] read = {
        {"1.000", "EUR", "nds", "1000.00"},
        {"12,50", "EUR", "nds", "12.50"},
        {"1.000,50", "EUR", "nds", "1000.50"},
        {"1.000", "KHR", "km", "1.00"},
        {"1,000.50", "KHR", "km", "1000.50"},
        {"1,500", "RWF", "fr-RW", "1500"},
        {"1.5", "EUR", "fr-RW", "1.50"},
        {"1\u202f000,50", "CHF", "rm", "1000.50"},
        {"1'000,50", "CHF", "fr-CH", "1000.50"},
        {"1\u2019000,50", "CHF", "fr-CH", "1000.50"},
        {"1'000.50", "CHF", "de-CH", "1000.50"},
        {"1\u2019000.50", "CHF", "de-CH", "1000.50"},
    };
    for (Object[] row : read) {
      assertThat(Money.parse((String) row[0], Currency.getInstance((String) row[1]), Locale.forLanguageTag((String) row[2])))
          .as("%s in %s", row[0], row[2]).isEqualTo(Money.of((String) row[3], (String) row[1]));
    }
    Object[][] refused = {{"1,000.50", "nds"}, {"12,50", "km"}, {"1.500", "rm"}};
    for (Object[] row : refused) {
      assertThat(org.irrt.model.testing.Violations.of(() -> Money.parse((String) row[0], Currency.getInstance("EUR"),
          Locale.forLanguageTag((String) row[1])))).as("%s in %s", row[0], row[1])
          .containsExactly("amount org.irrt.model.Money.format");
    }
  }

  /**
   * Where a locale groups with a space, any Unicode space groups (a thin space U+2009 or figure space
   * U+2007 from a word processor was refused in French; ICU4J reads them); the JDK's grouping
   * separator still groups where ICU4J's newer CLDR has another ("1 000,50" with a narrow no-break
   * space in fr-CH, as the JDK writes it), unless it is ICU4J's decimal separator there (nds, km).
   */
  @Test
  void anySpaceGroupsWhereTheLocaleGroupsWithASpaceAndTheJdksGroupingStillGroups() {
    Object[][] read = {
        {"1\u2009000,50", "fr-FR"}, {"1\u2007000,50", "fr-FR"}, {"1\u2009000,50", "ru-RU"},
        {"1\u2009000,50", "fr-CA"}, {"1\u3000000,50", "fr-FR"}, {"1\u205f000,50", "sv-SE"},
        {"1\u202f000,50", "fr-CH"}, {"1 000,50", "fr-CH"}, {"1\u00a0000,50", "fr-CH"},
        {"1\u202f000.50", "fr-RW"},
    };
    for (Object[] row : read) {
      assertThat(Money.parse((String) row[0], Currency.getInstance("EUR"), Locale.forLanguageTag((String) row[1])))
          .as("%s in %s", row[0], row[1]).isEqualTo(Money.of("1000.50", "EUR"));
    }
    Object[][] refused = {{"1\u2009000.50", "en-US"}, {"1\u2009000,50", "de-DE"}, {"1,000.50", "nds"}, {"1.000,50", "km"},
        {"1\t000,50", "fr-FR"}, {"1\u2009\u2009000,50", "fr-FR"}};
    for (Object[] row : refused) {
      assertThat(org.irrt.model.testing.Violations.of(() -> Money.parse((String) row[0], Currency.getInstance("EUR"),
          Locale.forLanguageTag((String) row[1])))).as("%s in %s", row[0], row[1])
          .containsExactly("amount org.irrt.model.Money.format");
    }
  }

  /**
   * The locales forms are filled in most, with currencies of 0, 2, 3 and 4 minor units: what ICU4J
   * writes, grouped or not, in the locale's own digits and in ASCII digits ({@code numbers=latn}),
   * parses back to the same amount (fixed seed).
   */
  @Test
  void anAmountWrittenAsIcuWritesItInTheFormLocalesParsesBackInTheirDigitsAndInAscii() {
    List<String> tags = List.of("en-US", "fr-FR", "de-DE", "es-ES", "ru-RU", "zh-CN", "ar", "de-CH", "fr-CH",
        "hi-IN", "en-IN", "fr-CA", "ar-EG", "ar-SA", "fa-IR", "pt-BR", "ja-JP", "bn-BD", "th-TH-u-nu-thai");
    List<Currency> currencies = List.of("JPY", "EUR", "KWD", "CLF").stream().map(Currency::getInstance).toList();
    qt().withFixedSeed(608L).withExamples(10_000)
        .forAll(longs().between(-999_999_999_999_999L, 999_999_999_999_999L), integers().between(0, currencies.size() - 1),
            integers().between(0, tags.size() - 1), integers().between(0, 3))
        .checkAssert((units, ci, ti, style) -> {
          Currency c = currencies.get(ci);
          Locale locale = Locale.forLanguageTag(tags.get(ti));
          BigDecimal amount = BigDecimal.valueOf(units, c.getDefaultFractionDigits());
          com.ibm.icu.util.ULocale u = com.ibm.icu.util.ULocale.forLocale(locale);
          com.ibm.icu.text.NumberFormat f = com.ibm.icu.text.NumberFormat.getNumberInstance(
              style >= 2 ? u.setKeywordValue("numbers", "latn") : u);
          f.setMinimumFractionDigits(c.getDefaultFractionDigits());
          f.setMaximumFractionDigits(c.getDefaultFractionDigits());
          f.setGroupingUsed(style % 2 == 0);
          String text = f.format(amount);
          assertThat(Money.parse(text, c, locale)).as("%s in %s", text, locale.toLanguageTag()).isEqualTo(Money.of(amount, c));
        });
  }

  @Test
  void pinnedAmountsAsPeopleWriteThemInTheirLocales() {
    Object[][] table = {
        {"1,000.00", "USD", "en-US", "1000.00"},
        {"1.000,00", "EUR", "de-DE", "1000.00"},
        {"1000,00", "EUR", "de-DE", "1000.00"},
        {"1.000", "EUR", "de-DE", "1000.00"},
        {"1.000", "USD", "en-US", "1.00"},
        {"1,000", "JPY", "ja-JP", "1000"},
        {"1,234.567", "BHD", "en-US", "1234.567"},
        {"1.234,567", "BHD", "de-DE", "1234.567"},
        {"1 234,56", "EUR", "fr-FR", "1234.56"},
        {"1\u202f234,56", "EUR", "fr-FR", "1234.56"},
        {"1.234,56", "EUR", "es-ES", "1234.56"},
        {"1.234,56", "EUR", "it-IT", "1234.56"},
        {"1 234,56", "RUB", "ru-RU", "1234.56"},
        {"1,234.56", "CNY", "zh-CN", "1234.56"},
        {"1.234,56", "BRL", "pt-BR", "1234.56"},
        {"0,005", "BHD", "de-DE", "0.005"},
    };
    for (Object[] row : table) {
      Currency c = Currency.getInstance((String) row[1]);
      assertThat(Money.parse((String) row[0], c, Locale.forLanguageTag((String) row[2]))).as("%s in %s", row[0], row[2])
          .isEqualTo(Money.of((String) row[3], (String) row[1]));
    }
    assertThat(Money.of("1000", "USD").format(Locale.US)).isEqualTo("$1,000.00");
    assertThat(Money.of("1000", "EUR").format(Locale.GERMANY)).isEqualTo("1.000,00\u00a0€");
    assertThat(Money.of("1000", "JPY").format(Locale.US)).isEqualTo("¥1,000");
  }
}
