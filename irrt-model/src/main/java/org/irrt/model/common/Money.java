package org.irrt.model.common;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.ibm.icu.text.CurrencyMetaInfo;
import com.ibm.icu.text.CurrencyMetaInfo.CurrencyFilter;
import com.ibm.icu.text.NumberingSystem;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.irrt.model.internal.Messages;

/**
 * An amount of money in one ISO 4217 currency, exact to the currency's minor unit.
 *
 * <p>Shape: a {@link BigDecimal} whose scale is always the currency's number of minor-unit digits
 * (JPY 0, USD 2, BHD 3, from {@link Currency#getDefaultFractionDigits()}), and a currency. {@code
 * 1000} USD is held as {@code 1000.00}; {@code 12.345} USD is refused rather than rounded. Currencies
 * without minor units defined (gold, test codes) are refused. No {@code double} is used anywhere.
 *
 * <p>Current and withdrawn currencies: an amount may be in any currency the JDK knows with minor
 * units, withdrawn ones too (DEM, HRK), so that a record made while its currency was in use stays
 * readable after the currency is withdrawn. What is made on a day asks whether its currency is in
 * use on that day ({@link #inUse}): a pledge on its start date, a campaign on its start date.
 *
 * <p>Arithmetic never mixes currencies ({@link CurrencyMismatchException}). {@link #split(int)}
 * divides exactly: each part is the amount divided by {@code n} rounded to the nearest minor unit
 * (halves up), and the last part takes the remainder, so the parts always sum to the amount (CiviCRM
 * CiviPledge practice); only where rounding up would leave the last part nothing are the parts
 * rounded down.
 *
 * <p>JSON: {@code {"amount": 1000.00, "currency": "USD"}}, the amount an exact JSON number.
 *
 * <p>Cost: every amount is decided in time that does not grow with how it is written. An amount's
 * scale and size are checked from its scale and its unscaled value's bit length, which cost nothing,
 * before any arithmetic: a scale above {@value #MAX_SCALE} is refused as too precise, a value of
 * more than {@value #MAX_DIGITS} digits before the point as too large, so {@code 1E-100000000} and
 * {@code 1E+100000000} are refused at once instead of making {@code BigDecimal} compute a power of
 * ten with a hundred million digits. Zero is zero however it is written ({@code 0E+999999999},
 * {@code 0.0000}): it is exact, and taking it at the currency's scale costs nothing. Text is refused
 * above {@value #MAX_TEXT_LENGTH} characters before it is read.
 */
@JsonPropertyOrder({"amount", "currency"})
@JsonAutoDetect(getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE, fieldVisibility = JsonAutoDetect.Visibility.NONE)
public final class Money implements Comparable<Money> {
  /** The most digits before the decimal point (a quintillion less one minor unit is the largest). */
  public static final int MAX_DIGITS = 18;
  /** The most parts {@link #split(int)} makes (50 years of monthly installments is 600). */
  public static final int MAX_PARTS = 10_000;
  /**
   * The most decimals an amount may be written with, trailing zeros included: {@code 1.00} is fine in
   * USD, and so is {@code 1.000000} (database columns such as {@code DECIMAL(38,18)} write amounts so),
   * but an amount with more than a hundred decimals is refused as too precise before anything is
   * computed from it.
   */
  public static final int MAX_SCALE = 100;
  /**
   * The longest amount text {@link #of(String, String)} and {@link #parse} read, in {@code char}s. The
   * largest amount, grouped, signed and with four decimals, takes 31; the rest leaves room for spaces
   * and trailing zeros. Longer text is refused before it is read.
   */
  public static final int MAX_TEXT_LENGTH = 100;
  /**
   * An unscaled value of more bits is at least 2^400, above 10^(MAX_DIGITS + MAX_SCALE), so too large
   * at any scale the amount may have.
   */
  private static final int MAX_UNSCALED_BITS = 400;
  private final BigDecimal amount;
  private final Currency currency;

  private Money(BigDecimal amount, Currency currency) {
    this.amount = amount;
    this.currency = currency;
  }

  /**
   * Money from an exact amount.
   *
   * <p>Decided before any arithmetic that grows with the amount's written form (see the class
   * documentation): zero at any scale is zero; a scale above {@value #MAX_SCALE} is refused as too
   * precise ({@code org.irrt.model.Money.scale}); more than {@value #MAX_DIGITS} digits before the
   * point as too large ({@code org.irrt.model.Money.tooLarge}).
   *
   * @param amount the amount; at most as many decimals as the currency has minor-unit digits
   *     (trailing zeros beyond them are fine, up to {@value #MAX_SCALE} decimals in all)
   * @param currency the currency
   * @return the money, with the currency's scale
   * @throws InvalidValueException when the amount is missing, too precise or too large, or the
   *     currency is missing or has no minor units
   */
  @JsonCreator
  public static Money of(@JsonProperty("amount") BigDecimal amount,
      @JsonProperty("currency") Currency currency) {
    List<Violation> problems = new ArrayList<>();
    if (currency == null) {
      problems.add(Messages.violation("currency", "org.irrt.model.required"));
    } else if (currency.getDefaultFractionDigits() < 0) {
      problems.add(Messages.violation("currency", "org.irrt.model.Money.currency"));
    }
    if (amount == null) {
      problems.add(Messages.violation("amount", "org.irrt.model.required"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidValueException("Money", problems);
    }
    int digits = currency.getDefaultFractionDigits();
    if (amount.signum() == 0) {
      return new Money(BigDecimal.valueOf(0, digits), currency); // 0E+999999999 is zero, at no cost
    }
    // Bounds from the scale and the bit length first: precision() and setScale() below cost time
    // that grows with the scale (a power of ten as large) and the digits, so they only ever see an
    // amount of at most MAX_SCALE decimals and MAX_UNSCALED_BITS bits.
    if (amount.scale() > MAX_SCALE) {
      throw new InvalidValueException("Money",
          List.of(Messages.violation("amount", "org.irrt.model.Money.scale", digits)));
    }
    if (amount.scale() < -MAX_DIGITS || amount.unscaledValue().bitLength() > MAX_UNSCALED_BITS) {
      throw new InvalidValueException("Money", List.of(Messages.violation("amount", "org.irrt.model.Money.tooLarge")));
    }
    if ((long) amount.precision() - amount.scale() > MAX_DIGITS) {
      throw new InvalidValueException("Money", List.of(Messages.violation("amount", "org.irrt.model.Money.tooLarge")));
    }
    BigDecimal scaled;
    try {
      scaled = amount.setScale(digits, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      throw new InvalidValueException("Money",
          List.of(Messages.violation("amount", "org.irrt.model.Money.scale", digits)));
    }
    if (scaled.precision() - scaled.scale() > MAX_DIGITS) {
      throw new InvalidValueException("Money", List.of(Messages.violation("amount", "org.irrt.model.Money.tooLarge")));
    }
    return new Money(scaled, currency);
  }

  /**
   * Money from text in plain notation, as {@link BigDecimal#BigDecimal(String)} reads it.
   *
   * @param amount e.g. {@code "1000.00"} (a dot for decimals, no grouping), at most {@value
   *     #MAX_TEXT_LENGTH} characters, refused at once when longer ({@code org.irrt.model.Money.tooLong})
   * @param currencyCode e.g. {@code "USD"}
   * @return the money
   * @throws InvalidValueException when the amount or the currency is not valid, naming both when
   *     both are not
   */
  public static Money of(String amount, String currencyCode) {
    Objects.requireNonNull(currencyCode, "currencyCode");
    List<Violation> problems = new ArrayList<>();
    BigDecimal value = null;
    if (amount != null && amount.length() > MAX_TEXT_LENGTH) {
      problems.add(Messages.violation("amount", "org.irrt.model.Money.tooLong", MAX_TEXT_LENGTH));
    } else {
      try {
        value = new BigDecimal(amount);
      } catch (NumberFormatException | NullPointerException e) {
        problems.add(Messages.violation("amount", "org.irrt.model.Money.format"));
      }
    }
    Currency currency = null;
    try {
      currency = currency(currencyCode);
    } catch (InvalidValueException e) {
      problems.addAll(e.violations());
    }
    if (!problems.isEmpty()) {
      throw new InvalidValueException("Money", problems);
    }
    return of(value, currency);
  }

  /**
   * Zero in a currency.
   *
   * @param currency the currency
   * @return zero with the currency's scale
   */
  public static Money zero(Currency currency) {
    return of(BigDecimal.ZERO, currency);
  }

  /**
   * A currency by its ISO 4217 code.
   *
   * @param code three upper-case letters, e.g. {@code EUR}
   * @return the currency
   * @throws InvalidValueException when the JDK knows no such currency
   */
  public static Currency currency(String code) {
    Objects.requireNonNull(code, "code");
    try {
      if (code != null && code.matches("[A-Z]{3}")) {
        return Currency.getInstance(code);
      }
    } catch (IllegalArgumentException e) {
      // fall through
    }
    throw new InvalidValueException("Money", List.of(Messages.violation("currency", "org.irrt.model.Money.currency")));
  }

  /**
   * Whether a currency is in use on a day in some country or territory, by CLDR's record of which
   * currencies each one used from when to when (read through ICU4J, so its version's data decides):
   * EUR from 1999-01-01, DEM until 2002-02-28, HRK until 2023-01-14 (two weeks beside the euro),
   * XCG from 2025-03-31. Funds and units of account a country keeps beside its currency (USN, CLF,
   * BOV) are in use. CLDR's days begin and end in each country's time; the day is taken at noon UTC,
   * which falls within it from UTC-12 to UTC+12.
   *
   * @param currency the currency
   * @param day the day
   * @return whether it is in use that day
   */
  public static boolean inUse(Currency currency, LocalDate day) {
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(day, "day");
    java.time.Instant at = day.atTime(12, 0).toInstant(ZoneOffset.UTC);
    long noon = at.getEpochSecond() > Long.MAX_VALUE / 1000 ? Long.MAX_VALUE // beyond the millisecond clock: ICU's open ends
        : at.getEpochSecond() < Long.MIN_VALUE / 1000 ? Long.MIN_VALUE : at.toEpochMilli();
    return InUse.PERIODS.getOrDefault(currency.getCurrencyCode(), List.of()).stream()
        .anyMatch(period -> period[0] <= noon && noon <= period[1]);
  }

  /** CLDR's periods of use ({from, to} in epoch milliseconds, ends included) per currency code, read once. */
  private static final class InUse {
    static final Map<String, List<long[]>> PERIODS = CurrencyMetaInfo.getInstance()
        .currencyInfo(CurrencyFilter.all()).stream().collect(Collectors.groupingBy(info -> info.code,
            Collectors.mapping(info -> new long[] {info.from, info.to}, Collectors.toList())));
  }

  /**
   * Parses an amount as people write it in a locale: {@code "1,000.00"} in en-US and {@code
   * "1.000,00"} in de-DE are both one thousand. Grouping is optional, and where used it is where the
   * locale puts it, after a first group that does not start with 0 ({@code "0,001"} in en-US is refused,
   * not read as 1: a decimal typed the other way); a currency symbol or code is not
   * accepted (the currency is given); spaces of any kind (U+0020, U+00A0, U+202F, the thin space
   * U+2009...) group where the locale groups with a space, and the JDK's grouping separator groups
   * too where its older CLDR has another one that is not ICU4J's decimal separator (fr-CH);
   * white space of any kind (a no-break space copied with a formatted amount) is accepted before or
   * after the amount; an exponent is not accepted. The whole text must be a number.
   *
   * <p>Digits (Unicode decimal digits, general category Nd): the text is written in the digits of
   * one script, and that script is one the locale uses: the ASCII digits {@code 0-9}, which every
   * locale accepts, or the locale's default or native digits in CLDR (read from ICU4J's {@code
   * NumberingSystem}): Arabic-Indic {@code ١٬٠٠٠٫٥٠} in ar-EG, Extended Arabic-Indic in fa-IR,
   * Devanagari in hi-IN and mr-IN, Thai in th-TH, Bengali in bn-BD. Digits of two scripts in one amount
   * ({@code 1٢3}), or of a script the locale does not use (Devanagari in en-US, Arabic-Indic in
   * fa-IR, full-width digits in ja-JP), are refused ({@code org.irrt.model.Money.digits}). The
   * separators are those CLDR gives the locale for the digits used, as ICU4J has them (what the site
   * and the CLI write): in ar-EG, {@code ١٬٠٠٠٫٥٠} and {@code 1,000.50} are both one thousand and a
   * half. Where the JDK's older CLDR differs, ICU4J's decide: {@code 1.000} is one thousand in Low
   * German (nds) and one in Khmer (km), and Swiss grouping takes {@code '} or {@code ’}. Bidirectional marks (U+200E, U+200F, U+061C)
   * that formatted numbers carry in right-to-left locales are ignored.
   *
   * @param text the amount as typed, at most {@value #MAX_TEXT_LENGTH} characters (longer text is
   *     refused at once, {@code org.irrt.model.Money.tooLong})
   * @param currency the currency
   * @param locale the locale the text was written in
   * @return the money
   * @throws InvalidValueException when the text is not an amount in that locale or is too precise
   */
  public static Money parse(String text, Currency currency, Locale locale) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(locale, "locale");
    if (text != null && text.length() > MAX_TEXT_LENGTH) {
      throw new InvalidValueException("Money",
          List.of(Messages.violation("amount", "org.irrt.model.Money.tooLong", MAX_TEXT_LENGTH)));
    }
    DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(locale);
    format.setParseBigDecimal(true);
    DecimalFormatSymbols symbols = format.getDecimalFormatSymbols();
    // spaces around the amount of any kind: text copied from a formatted amount ends in a no-break space
    String stripped = text == null ? "" : OUTER_SPACE.matcher(BIDI_MARKS.matcher(text).replaceAll("")).replaceAll("");
    int zero = zeroDigit(stripped, locale, symbols.getZeroDigit());
    if (zero < 0) {
      throw new InvalidValueException("Money", List.of(Messages.violation("amount", "org.irrt.model.Money.digits")));
    }
    // the separators ICU4J's CLDR gives these digits in this locale: ASCII digits in ar-EG write 1,000.50;
    // where the JDK's older CLDR differs (nds, km, fr-RW, rm, fr-CH) ICU's are the ones people see written
    char jdkGroup = zero == symbols.getZeroDigit() ? symbols.getGroupingSeparator() : 0;
    symbols = symbolsFor(zero, locale, symbols);
    symbols.setZeroDigit('0');
    format.setDecimalFormatSymbols(symbols);
    // The locale's own affixes carry the marks too (ar-EG writes U+061C before the minus): drop them there as well.
    format.setNegativePrefix(BIDI_MARKS.matcher(format.getNegativePrefix()).replaceAll(""));
    format.setNegativeSuffix(BIDI_MARKS.matcher(format.getNegativeSuffix()).replaceAll(""));
    format.setPositivePrefix(BIDI_MARKS.matcher(format.getPositivePrefix()).replaceAll(""));
    format.setPositiveSuffix(BIDI_MARKS.matcher(format.getPositiveSuffix()).replaceAll(""));
    String input = asciiDigits(stripped);
    char minus = symbols.getMinusSign();
    if (input.startsWith("-") || input.startsWith("\u2212")) {
      input = minus + input.substring(1); // people type a hyphen where the locale writes U+2212, and the other way round
    }
    input = oneGroupingSeparator(input, symbols.getGroupingSeparator(),
        jdkGroup == symbols.getDecimalSeparator() ? 0 : jdkGroup);
    if (input.toUpperCase(Locale.ROOT).contains(symbols.getExponentSeparator().toUpperCase(Locale.ROOT))) {
      throw new InvalidValueException("Money", List.of(Messages.violation("amount", "org.irrt.model.Money.format")));
    }
    ParsePosition position = new ParsePosition(0);
    Object parsed = input.isEmpty() ? null : format.parse(input, position);
    if (!(parsed instanceof BigDecimal value) || position.getIndex() != input.length()
        || !groupingWellPlaced(input, symbols, grouping(locale))) {
      throw new InvalidValueException("Money", List.of(Messages.violation("amount", "org.irrt.model.Money.format")));
    }
    return of(value, currency);
  }

  /**
   * The text with every grouping separator the locale is read with written as {@code group}: ICU4J's
   * and the JDK's ({@code jdkGroup}, 0 when it is not one: where it is ICU4J's decimal separator or
   * belongs to other digits); where either is a space, any Unicode space (U+0020, U+00A0, U+202F,
   * the thin space U+2009...); where either is an apostrophe, {@code '} and {@code ’} (de-CH: 1'000.00
   * as typed on a keyboard, 1’000.00 as the JDK writes it).
   */
  private static String oneGroupingSeparator(String input, char group, char jdkGroup) {
    boolean spaces = Character.getType(group) == Character.SPACE_SEPARATOR
        || jdkGroup != 0 && Character.getType(jdkGroup) == Character.SPACE_SEPARATOR;
    boolean apostrophes = group == '\'' || group == '\u2019' || jdkGroup == '\'' || jdkGroup == '\u2019';
    StringBuilder out = new StringBuilder(input.length());
    for (int i = 0; i < input.length(); i++) {
      char c = input.charAt(i);
      boolean grouping = c == group || jdkGroup != 0 && c == jdkGroup
          || spaces && Character.getType(c) == Character.SPACE_SEPARATOR
          || apostrophes && (c == '\'' || c == '\u2019');
      out.append(grouping ? group : c);
    }
    return out.toString();
  }

  /** Left-to-right, right-to-left and Arabic letter marks, which formatted numbers carry in RTL locales. */
  private static final java.util.regex.Pattern BIDI_MARKS = java.util.regex.Pattern.compile("[\u200e\u200f\u061c]");

  /** White space (Unicode's, so also U+00A0 and U+202F, which {@link String#strip} keeps) before or after an amount. */
  private static final java.util.regex.Pattern OUTER_SPACE =
      java.util.regex.Pattern.compile("^[\\s\\p{Z}]+|[\\s\\p{Z}]+$", java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);

  /**
   * The zero of the one script the text's decimal digits are written in: {@code '0'} when there are
   * none, or -1 when they mix scripts or the locale does not use the script (see {@link #parse}).
   */
  private static int zeroDigit(String text, Locale locale, char jdkZero) {
    int zero = '0';
    boolean seen = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
        int z = cp - Character.digit(cp, 10);
        if (seen && z != zero) {
          return -1;
        }
        zero = z;
        seen = true;
      }
    }
    if (zero == '0' || zero == jdkZero) {
      return zero;
    }
    ULocale u = ULocale.forLocale(locale);
    for (NumberingSystem system : List.of(NumberingSystem.getInstance(u),
        NumberingSystem.getInstance(u.setKeywordValue("numbers", "native")))) {
      if (!system.isAlgorithmic() && system.getRadix() == 10 && system.getDescription().codePointAt(0) == zero) {
        return zero;
      }
    }
    return -1;
  }

  /**
   * The locale's decimal and grouping separators for the digits used, from ICU4J's CLDR (its default
   * or native numbering system, or {@code latn} for ASCII digits), on a copy of the JDK's symbols;
   * the JDK's own where ICU4J has no such system or gives a separator of more than one character.
   */
  private static DecimalFormatSymbols symbolsFor(int zero, Locale locale, DecimalFormatSymbols jdk) {
    ULocale u = ULocale.forLocale(locale);
    String system = zero == '0' ? "latn" : null;
    for (NumberingSystem s : List.of(NumberingSystem.getInstance(u),
        NumberingSystem.getInstance(u.setKeywordValue("numbers", "native")))) {
      if (system == null && !s.isAlgorithmic() && s.getDescription().codePointAt(0) == zero) {
        system = s.getName();
      }
    }
    if (system == null) {
      return jdk;
    }
    com.ibm.icu.text.DecimalFormatSymbols icu =
        com.ibm.icu.text.DecimalFormatSymbols.getInstance(u.setKeywordValue("numbers", system));
    DecimalFormatSymbols out = (DecimalFormatSymbols) jdk.clone();
    if (icu.getDecimalSeparatorString().length() == 1 && icu.getGroupingSeparatorString().length() == 1) {
      out.setDecimalSeparator(icu.getDecimalSeparatorString().charAt(0));
      out.setGroupingSeparator(icu.getGroupingSeparatorString().charAt(0));
    }
    return out;
  }

  /** The text with every decimal digit replaced by its ASCII digit (the script was checked before). */
  private static String asciiDigits(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int n = Character.charCount(cp);
      if (cp > '9' && Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
        if (out == null) {
          out = new StringBuilder(text.length()).append(text, 0, i);
        }
        out.append((char) ('0' + Character.digit(cp, 10)));
      } else if (out != null) {
        out.appendCodePoint(cp);
      }
      i += n;
    }
    return out == null ? text : out.toString();
  }

  /**
   * The locale's grouping sizes from CLDR, as ICU4J has them: the primary (the group left of the
   * decimal separator) and the secondary (every group further left). {3, 3} in most locales, {3, 2}
   * in Indian English and Hindi (1,00,000), {2, 2} in Toki Pona (1 00 00).
   */
  private static int[] grouping(Locale locale) {
    com.ibm.icu.text.NumberFormat icu = com.ibm.icu.text.NumberFormat.getNumberInstance(
        com.ibm.icu.util.ULocale.forLocale(locale));
    if (icu instanceof com.ibm.icu.text.DecimalFormat d && d.getGroupingSize() > 0) {
      int secondary = d.getSecondaryGroupingSize();
      return new int[] {d.getGroupingSize(), secondary > 0 ? secondary : d.getGroupingSize()};
    }
    return new int[] {3, 3};
  }

  /**
   * Grouping separators, when used, stand where the locale puts them (its primary grouping size left
   * of the decimal separator, then every secondary size), or every three digits, which every locale
   * also accepts.
   */
  private static boolean groupingWellPlaced(String input, DecimalFormatSymbols symbols, int[] sizes) {
    return groupingWellPlaced(input, symbols.getGroupingSeparator(), symbols.getDecimalSeparator(), 3, 3)
        || (sizes[0] != 3 || sizes[1] != 3) && groupingWellPlaced(input, symbols.getGroupingSeparator(),
            symbols.getDecimalSeparator(), sizes[0], sizes[1]);
  }

  private static boolean groupingWellPlaced(String input, char group, char decimalSeparator, int primary,
      int secondary) {
    int decimal = input.indexOf(decimalSeparator);
    String integer = decimal >= 0 ? input.substring(0, decimal) : input;
    if (decimal >= 0 && input.indexOf(group, decimal) >= 0) {
      return false;
    }
    if (integer.indexOf(group) < 0) {
      return true;
    }
    String digits = integer.startsWith("-") || integer.startsWith("\u2212") ? integer.substring(1) : integer;
    String[] groups = digits.split(java.util.regex.Pattern.quote(String.valueOf(group)), -1);
    int last = groups.length - 1;
    // a leading zero before a separator is no grouping: "0,001" is a decimal typed the other way, not 1
    if (groups[0].isEmpty() || groups[0].startsWith("0")
        || groups[0].length() > (last == 0 ? Integer.MAX_VALUE : secondary)
        || groups[last].length() != primary) {
      return false;
    }
    for (int i = 1; i < last; i++) {
      if (groups[i].length() != secondary) {
        return false;
      }
    }
    return true;
  }

  /**
   * The amount formatted with the currency for a locale: {@code $1,000.00} in en-US, {@code
   * 1.000,00 €} in de-DE. ICU4J's CLDR currency pattern, the locale data {@link #parse} reads with
   * (and the site and the CLI write with), so the number in it parses back in the same locale: {@code
   * 1,000 JP¥} in Khmer, {@code 1.000 JP¥} in Low German (the JDK's older data wrote these the other
   * way round).
   *
   * @param locale the reader's locale
   * @return the formatted amount
   */
  public String format(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    com.ibm.icu.text.NumberFormat format = com.ibm.icu.text.NumberFormat.getCurrencyInstance(ULocale.forLocale(locale));
    format.setCurrency(com.ibm.icu.util.Currency.getInstance(currency.getCurrencyCode()));
    format.setMinimumFractionDigits(amount.scale());
    format.setMaximumFractionDigits(amount.scale());
    return format.format(amount);
  }

  /**
   * The exact amount.
   *
   * @return the amount, with the currency's scale
   */
  @JsonProperty("amount")
  @JsonFormat(shape = JsonFormat.Shape.NUMBER)
  public BigDecimal amount() {
    return amount;
  }

  /**
   * The currency.
   *
   * @return the ISO 4217 currency
   */
  @JsonProperty("currency")
  public Currency currency() {
    return currency;
  }

  /**
   * The sum.
   *
   * @param other money in the same currency
   * @return this plus other
   * @throws CurrencyMismatchException when the currencies differ
   * @throws ArithmeticException when the result has more than 18 digits before the decimal point
   */
  public Money plus(Money other) {
    Objects.requireNonNull(other, "other");
    return result(amount.add(same(other).amount));
  }

  /**
   * The difference.
   *
   * @param other money in the same currency
   * @return this minus other
   * @throws CurrencyMismatchException when the currencies differ
   * @throws ArithmeticException when the result has more than 18 digits before the decimal point
   */
  public Money minus(Money other) {
    Objects.requireNonNull(other, "other");
    return result(amount.subtract(same(other).amount));
  }

  /**
   * This amount times a whole number.
   *
   * @param factor the multiplier
   * @return the product
   * @throws ArithmeticException when the result has more than 18 digits before the decimal point
   */
  public Money times(long factor) {
    return result(amount.multiply(BigDecimal.valueOf(factor)));
  }

  private Money result(BigDecimal value) {
    if (value.precision() - value.scale() > MAX_DIGITS) {
      throw new ArithmeticException("the result has more than " + MAX_DIGITS + " digits before the decimal point");
    }
    return new Money(value, currency);
  }

  /**
   * The negated amount.
   *
   * @return minus this
   */
  public Money negate() {
    return new Money(amount.negate(), currency);
  }

  /**
   * Whether the amount is zero.
   *
   * @return {@code amount == 0}
   */
  public boolean isZero() {
    return amount.signum() == 0;
  }

  /**
   * Whether the amount is below zero.
   *
   * @return {@code amount < 0}
   */
  public boolean isNegative() {
    return amount.signum() < 0;
  }

  /**
   * The smaller of two amounts.
   *
   * @param other money in the same currency
   * @return the smaller
   */
  public Money min(Money other) {
    Objects.requireNonNull(other, "other");
    return compareTo(other) <= 0 ? this : other;
  }

  /**
   * Splits the amount into {@code n} parts that sum exactly to it: each part is the amount divided by
   * {@code n}, rounded to the nearest minor unit (halves up); the last part takes the remainder, so
   * it may be a little smaller or larger than the others: {@code 100.00} USD in 6 is five times
   * {@code 16.67} and {@code 16.65}, in 3 twice {@code 33.33} and {@code 33.34}. DOMAIN.md section 4
   * ("each = total / n rounded to the currency's minor unit; the last takes the remainder") and its
   * source CiviCRM ({@code CRM_Pledge_BAO_PledgePayment::create}: {@code round(amount / installments,
   * 2)}, the last {@code amount - (installments - 1) * scheduled_amount}).
   *
   * <p>Where rounding up would leave the last part at zero or below, which happens only when {@code
   * n} comes near the amount in minor units (17 JPY in 10: nine times 2 is 18), every part but the
   * last is rounded down instead (nine times 1 and 8): ours, as CiviCRM would schedule a last
   * payment of -1. So no part is negative, and when {@code n} is at most the amount in minor units
   * every part is at least one minor unit.
   *
   * <p>This is exact arithmetic for any {@code n} up to {@value #MAX_PARTS}: when {@code n} exceeds
   * the amount in minor units, the first parts are zero ({@code 0.03} USD in 5 is four times {@code
   * 0.00} and {@code 0.03}). Callers for whom a part of zero means nothing refuse such an {@code n}
   * themselves, as {@code Pledge} does for installments. The parts are held in two values, not
   * {@code n}.
   *
   * @param n the number of parts, 1 or more
   * @return the parts, in order
   * @throws IllegalArgumentException when {@code n} is not 1 to {@value #MAX_PARTS} or the amount is negative
   */
  public List<Money> split(int n) {
    if (n < 1 || n > MAX_PARTS) {
      throw new IllegalArgumentException("parts must be 1 to " + MAX_PARTS + ": " + n);
    }
    if (isNegative()) {
      throw new IllegalArgumentException("cannot split a negative amount");
    }
    BigDecimal each = amount.divide(BigDecimal.valueOf(n), amount.scale(), RoundingMode.HALF_UP);
    BigDecimal last = amount.subtract(each.multiply(BigDecimal.valueOf(n - 1)));
    if (last.signum() <= 0 && amount.signum() > 0) { // rounding up left nothing for the last part
      each = amount.divide(BigDecimal.valueOf(n), amount.scale(), RoundingMode.DOWN);
      last = amount.subtract(each.multiply(BigDecimal.valueOf(n - 1)));
    }
    return new Parts(new Money(each, currency), new Money(last, currency), n);
  }

  /** The parts of a split: {@code size - 1} equal ones, then the last; read-only, held in two fields, not n. */
  private static final class Parts extends java.util.AbstractList<Money> implements java.util.RandomAccess {
    private final Money each;
    private final Money last;
    private final int size;

    Parts(Money each, Money last, int size) {
      this.each = each;
      this.last = last;
      this.size = size;
    }

    @Override
    public Money get(int index) {
      Objects.checkIndex(index, size);
      return index == size - 1 ? last : each;
    }

    @Override
    public int size() {
      return size;
    }
  }

  /**
   * Totals per currency, never across currencies.
   *
   * @param amounts any amounts
   * @return one total per currency present, ordered by currency code
   */
  public static SortedMap<String, Money> totalsByCurrency(Collection<Money> amounts) {
    Objects.requireNonNull(amounts, "amounts");
    SortedMap<String, Money> totals = new TreeMap<>();
    for (Money m : amounts) {
      totals.merge(m.currency.getCurrencyCode(), m, Money::plus);
    }
    return totals;
  }

  /**
   * Compares amounts of the same currency.
   *
   * @throws CurrencyMismatchException when the currencies differ
   */
  @Override
  public int compareTo(Money other) {
    Objects.requireNonNull(other, "other");
    return amount.compareTo(same(other).amount);
  }

  private Money same(Money other) {
    if (!other.currency.equals(currency)) {
      throw new CurrencyMismatchException(currency, other.currency);
    }
    return other;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Money m && m.currency.equals(currency) && m.amount.equals(amount);
  }

  @Override
  public int hashCode() {
    return amount.hashCode() * 31 + currency.hashCode();
  }

  /** Returns {@code "1000.00 USD"}. */
  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency.getCurrencyCode();
  }
}
