package org.irrt.model.common;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.irrt.model.internal.Messages;

/**
 * An amount of money in one ISO 4217 currency, exact to the currency's minor unit.
 *
 * <p>Shape: a {@link BigDecimal} whose scale is always the currency's number of minor-unit digits
 * (JPY 0, USD 2, BHD 3, from {@link Currency#getDefaultFractionDigits()}), and a currency. {@code
 * 1000} USD is held as {@code 1000.00}; {@code 12.345} USD is refused rather than rounded. Currencies
 * without minor units defined (gold, test codes) are refused. No {@code double} is used anywhere.
 *
 * <p>Arithmetic never mixes currencies ({@link CurrencyMismatchException}). {@link #split(int)}
 * divides exactly: each part is the amount divided by {@code n} rounded <em>down</em> to the minor
 * unit, and the last part takes the remainder, so the parts always sum to the amount and the last is
 * the largest by fewer than {@code n} minor units (CiviCRM CiviPledge practice).
 *
 * <p>JSON: {@code {"amount": 1000.00, "currency": "USD"}}, the amount an exact JSON number.
 */
@JsonPropertyOrder({"amount", "currency"})
@JsonAutoDetect(getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE, fieldVisibility = JsonAutoDetect.Visibility.NONE)
public final class Money implements Comparable<Money> {
  /** The most digits before the decimal point (a quintillion less one minor unit is the largest). */
  public static final int MAX_DIGITS = 18;
  /** The most parts {@link #split(int)} makes (50 years of monthly installments is 600). */
  public static final int MAX_PARTS = 10_000;
  private final BigDecimal amount;
  private final Currency currency;

  private Money(BigDecimal amount, Currency currency) {
    this.amount = amount;
    this.currency = currency;
  }

  /**
   * Money from an exact amount.
   *
   * @param amount the amount; at most as many decimals as the currency has minor-unit digits
   *     (trailing zeros beyond them are fine)
   * @param currency the currency
   * @return the money, with the currency's scale
   * @throws InvalidValueException when the amount is missing or too precise, or the currency is
   *     missing or has no minor units
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
   * Money from text in plain notation.
   *
   * @param amount e.g. {@code "1000.00"} (a dot for decimals, no grouping)
   * @param currencyCode e.g. {@code "USD"}
   * @return the money
   * @throws InvalidValueException when the amount or the currency is not valid
   */
  public static Money of(String amount, String currencyCode) {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currencyCode, "currencyCode");
    BigDecimal value;
    try {
      value = new BigDecimal(amount);
    } catch (NumberFormatException | NullPointerException e) {
      throw new InvalidValueException("Money", List.of(Messages.violation("amount", "org.irrt.model.Money.format")));
    }
    return of(value, currency(currencyCode));
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
   * Parses an amount as people write it in a locale: {@code "1,000.00"} in en-US and {@code
   * "1.000,00"} in de-DE are both one thousand. Grouping is optional; a currency symbol or code is not
   * accepted (the currency is given); spaces are accepted where the locale groups with a space.
   * The whole text must be a number.
   *
   * @param text the amount as typed
   * @param currency the currency
   * @param locale the locale the text was written in
   * @return the money
   * @throws InvalidValueException when the text is not an amount in that locale or is too precise
   */
  public static Money parse(String text, Currency currency, Locale locale) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(locale, "locale");
    DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(locale);
    format.setParseBigDecimal(true);
    DecimalFormatSymbols symbols = format.getDecimalFormatSymbols();
    String input = text == null ? "" : text.strip();
    char minus = symbols.getMinusSign();
    if (input.startsWith("-") || input.startsWith("\u2212")) {
      input = minus + input.substring(1); // people type a hyphen where the locale writes U+2212, and the other way round
    }
    if (symbols.getGroupingSeparator() == '\u2019') {
      input = input.replace('\'', '\u2019'); // de-CH and others: 1'000.00 as typed on a keyboard
    }
    if (Character.isSpaceChar(symbols.getGroupingSeparator())) {
      input = input.replace(' ', symbols.getGroupingSeparator())
          .replace('\u00a0', symbols.getGroupingSeparator())
          .replace('\u202f', symbols.getGroupingSeparator());
    }
    if (input.toUpperCase(Locale.ROOT).contains(symbols.getExponentSeparator().toUpperCase(Locale.ROOT))) {
      throw new InvalidValueException("Money", List.of(Messages.violation("amount", "org.irrt.model.Money.format")));
    }
    ParsePosition position = new ParsePosition(0);
    Object parsed = input.isEmpty() ? null : format.parse(input, position);
    if (!(parsed instanceof BigDecimal value) || position.getIndex() != input.length()
        || !groupingWellPlaced(input, symbols, secondaryGrouping(locale))) {
      throw new InvalidValueException("Money", List.of(Messages.violation("amount", "org.irrt.model.Money.format")));
    }
    return of(value, currency);
  }

  /** The locale's secondary grouping size from CLDR (2 in en-IN: 1,00,000), or 3. */
  private static int secondaryGrouping(Locale locale) {
    com.ibm.icu.text.NumberFormat icu = com.ibm.icu.text.NumberFormat.getNumberInstance(
        com.ibm.icu.util.ULocale.forLocale(locale));
    if (icu instanceof com.ibm.icu.text.DecimalFormat d && d.getSecondaryGroupingSize() > 0) {
      return d.getSecondaryGroupingSize();
    }
    return 3;
  }

  /**
   * Grouping separators, when used, stand three digits left of the decimal separator and then every
   * {@code secondary} digits (3 in most locales; 2 in Indian English and Hindi, also accepted as 3).
   */
  private static boolean groupingWellPlaced(String input, DecimalFormatSymbols symbols, int secondary) {
    return groupingWellPlaced(input, symbols.getGroupingSeparator(), symbols.getDecimalSeparator(), 3)
        || secondary != 3 && groupingWellPlaced(input, symbols.getGroupingSeparator(), symbols.getDecimalSeparator(),
            secondary);
  }

  private static boolean groupingWellPlaced(String input, char group, char decimalSeparator, int secondary) {
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
    if (groups[0].isEmpty() || groups[0].length() > (last == 0 ? Integer.MAX_VALUE : last == 1 ? 3 : secondary)
        || groups[last].length() != 3) {
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
   * 1.000,00 €} in de-DE.
   *
   * @param locale the reader's locale
   * @return the formatted amount
   */
  public String format(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    NumberFormat format = NumberFormat.getCurrencyInstance(locale);
    format.setCurrency(currency);
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
   * {@code n}, rounded down to the minor unit; the last part takes the remainder.
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
    BigDecimal each = amount.divide(BigDecimal.valueOf(n), amount.scale(), RoundingMode.DOWN);
    return new Parts(new Money(each, currency),
        new Money(amount.subtract(each.multiply(BigDecimal.valueOf(n - 1))), currency), n);
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
