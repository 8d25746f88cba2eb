package org.irrt.examples;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.TimeZoneFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The command line's own words in one of its seven languages, the languages IFLA works in:
 * Arabic, Chinese, English, French, German, Russian and Spanish. The texts are the bundle {@code
 * org/irrt/examples/IrrtCommandMessages*.properties}, which also holds the {@code --help} texts
 * picocli reads; another language gets English, never the JVM default's.
 *
 * <p>Patterns are ICU4J {@link MessageFormat}s, so that counts take the plural forms of each
 * language (CLDR plural rules: Russian's "few" and "many", Arabic's six forms), and numbers and
 * dates are written as the locale writes them, in its digits. All of it is ICU4J's CLDR data (79.1,
 * CLDR 48), one source: Arabic-Indic digits in {@code ar-EG} or {@code ar-SA}, Latin digits in
 * {@code ar} without a region, {@code ar-MA} or {@code ar-AE}, as CLDR gives them.
 */
public final class CliMessages {
  /** The base name of the bundle. */
  public static final String BUNDLE = "org.irrt.examples.IrrtCommandMessages";
  /** The languages of the command line, as BCP 47 language subtags. */
  public static final List<String> LANGUAGES = List.of("ar", "de", "en", "es", "fr", "ru", "zh");

  private final Locale locale;
  private final ResourceBundle bundle;

  private CliMessages(Locale locale) {
    this.locale = locale;
    this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /**
   * The messages in a locale's language, or in English when the command line does not speak it.
   *
   * @param locale the reader's locale
   * @return the messages
   */
  public static CliMessages of(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return new CliMessages(supports(locale) ? locale : Locale.ENGLISH);
  }

  /**
   * Whether the command line speaks a locale's language.
   *
   * @param locale the locale
   * @return whether its language is one of {@link #LANGUAGES}
   */
  public static boolean supports(Locale locale) {
    return LANGUAGES.contains(locale.getLanguage());
  }

  /**
   * The locale the messages are in.
   *
   * @return the locale
   */
  public Locale locale() {
    return locale;
  }

  /**
   * The bundle, for picocli's help.
   *
   * @return the bundle
   */
  public ResourceBundle bundle() {
    return bundle;
  }

  /**
   * A language by its name in the reader's language, from its BCP 47 tag, through ICU's CLDR data:
   * "Spanish (Colombia)" for {@code es-CO}, « yoruba » in French for {@code yo}.
   *
   * @param tag the tag
   * @return the name, or the tag where CLDR has none
   */
  public String language(String tag) {
    String name = ULocale.forLanguageTag(tag).getDisplayName(ULocale.forLocale(locale));
    return name.isBlank() ? tag : name;
  }

  /**
   * What separates the items of a list in a line: "; " in English, a narrow no-break space before
   * the semicolon in French, the full-width "；" in Chinese, the Arabic "؛".
   *
   * @return the separator
   */
  public String separator() {
    return bundle.getString("list.separator");
  }

  /**
   * A message.
   *
   * @param key the key, such as {@code validate.valid}
   * @param args the arguments: numbers are formatted in the locale's digits; text as given
   * @return the message
   * @throws MissingResourceException if the key is in no bundle (a defect: a test checks every key)
   */
  public String get(String key, Object... args) {
    String pattern = bundle.getString(key);
    return args.length == 0 ? pattern : new MessageFormat(pattern, ULocale.forLocale(locale)).format(args);
  }

  /**
   * A whole number as the locale writes it, in its digits.
   *
   * @param n the number
   * @return the text
   */
  public String number(long n) {
    return com.ibm.icu.text.NumberFormat.getIntegerInstance(ULocale.forLocale(locale)).format(n);
  }

  /**
   * A year as the locale writes it: no grouping separator, in its digits ("1949", "١٩٤٩").
   *
   * @param year the year
   * @return the text
   */
  public String year(int year) {
    com.ibm.icu.text.NumberFormat f = com.ibm.icu.text.NumberFormat.getIntegerInstance(ULocale.forLocale(locale));
    f.setGroupingUsed(false);
    return f.format(year);
  }

  /**
   * An amount with its currency's symbol as the locale writes it, at the amount's scale, in its
   * digits ("$50,000.00", "50 000,00 $US", "٥٠٬٠٠٠٫٠٠ US$"): ICU4J's CLDR currency pattern.
   *
   * @param money the amount
   * @return the text
   */
  public String money(org.irrt.model.common.Money money) {
    return currency(money, com.ibm.icu.text.NumberFormat.CURRENCYSTYLE);
  }

  /**
   * An amount with its ISO 4217 code as the locale writes it, at the amount's scale, in its digits
   * ("EUR 600.00", "600,00 EUR", "‏٦٠٠٫٠٠ EUR"): ICU4J's CLDR pattern for ISO codes, for lists of
   * several currencies where a symbol ("$", "¥") would be ambiguous.
   *
   * @param money the amount, or {@code null}
   * @return the text, or "-" for {@code null}
   */
  public String amount(org.irrt.model.common.Money money) {
    return money == null ? "-" : currency(money, com.ibm.icu.text.NumberFormat.ISOCURRENCYSTYLE);
  }

  private String currency(org.irrt.model.common.Money money, int style) {
    com.ibm.icu.text.NumberFormat f = com.ibm.icu.text.NumberFormat.getInstance(ULocale.forLocale(locale), style);
    f.setCurrency(com.ibm.icu.util.Currency.getInstance(money.currency().getCurrencyCode()));
    f.setMinimumFractionDigits(money.amount().scale());
    f.setMaximumFractionDigits(money.amount().scale());
    return f.format(money.amount());
  }

  /**
   * A share as the locale writes a percentage with one decimal, in its digits ("18.5%", "18,5 %",
   * "١٨٫٥٪"): ICU4J's CLDR percent pattern, rounded half-even.
   *
   * @param share the share, 1 being the whole (0.185 for 18.5%)
   * @return the text
   */
  public String percent(java.math.BigDecimal share) {
    com.ibm.icu.text.NumberFormat f = com.ibm.icu.text.NumberFormat.getPercentInstance(ULocale.forLocale(locale));
    f.setMinimumFractionDigits(1);
    f.setMaximumFractionDigits(1);
    f.setRoundingMode(java.math.RoundingMode.HALF_EVEN.ordinal());
    return f.format(share);
  }

  /**
   * Whether the locale's script is written right to left (Arabic), by ICU4J's likely subtags.
   *
   * @return whether it is
   */
  public boolean rightToLeft() {
    return ULocale.forLocale(locale).isRightToLeft();
  }

  /**
   * The columns a terminal gives text: East Asian wide and full-width characters take two,
   * combining marks and format characters none (ICU4J's East Asian Width property).
   *
   * @param text the text
   * @return the columns
   */
  public static int columns(String text) {
    return text.codePoints().map(cp -> {
      int type = Character.getType(cp);
      if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
        return 0;
      }
      int eaw = com.ibm.icu.lang.UCharacter.getIntPropertyValue(cp, com.ibm.icu.lang.UProperty.EAST_ASIAN_WIDTH);
      return eaw == com.ibm.icu.lang.UCharacter.EastAsianWidth.WIDE
          || eaw == com.ibm.icu.lang.UCharacter.EastAsianWidth.FULLWIDTH ? 2 : 1;
    }).sum();
  }

  /**
   * A day as the locale writes it in full, in its digits ("November 29, 2026", "2026年11月29日").
   *
   * @param date the day
   * @return the text
   */
  public String date(LocalDate date) {
    return format(DateFormat.getDateInstance(DateFormat.LONG, ULocale.forLocale(locale)), date);
  }

  /**
   * A day as the locale writes it in digits, a four-digit year and two-digit day and month, so that
   * a column of days stays aligned ("11/29/2026", "29/11/2026", "٢٩‏/١١‏/٢٠٢٦", "2026/11/29"), from
   * CLDR's pattern for the skeleton {@code yyyyMMdd}.
   *
   * @param date the day
   * @return the text
   */
  public String shortDate(LocalDate date) {
    return format(DateFormat.getInstanceForSkeleton("yyyyMMdd", ULocale.forLocale(locale)), date);
  }

  /**
   * A month of a year as the locale writes it ("January 1949", "1949年1月"), from CLDR's pattern for
   * the skeleton {@code yMMMM}.
   *
   * @param month the month
   * @return the text
   */
  public String yearMonth(YearMonth month) {
    return format(DateFormat.getInstanceForSkeleton("yMMMM", ULocale.forLocale(locale)), month.atDay(1));
  }

  /**
   * An instant as the locale writes a short date and a 24-hour time, in a zone ("Sep 1, 2026,
   * 09:00", "2026年9月1日 09:00"), from CLDR's pattern for the skeleton {@code yMMMdHHmm}.
   *
   * @param instant the instant
   * @param zone the zone it is shown in
   * @return the text
   */
  public String dateTime(java.time.Instant instant, java.time.ZoneId zone) {
    DateFormat format = DateFormat.getInstanceForSkeleton("yMMMdHHmm", ULocale.forLocale(locale));
    format.setTimeZone(TimeZone.getTimeZone(zone.getId()));
    return format.format(new Date(instant.toEpochMilli()));
  }

  /**
   * A time zone as the reader's language names it, from CLDR's generic location format through
   * ICU4J's {@link TimeZoneFormat} ("Chicago Time", « heure : Chicago », "芝加哥时间", "توقيت شيكاغو" for
   * {@code America/Chicago}); a zone CLDR places nowhere ({@code UTC}, {@code Etc/GMT+5}) is its
   * offset in the locale's form ("GMT+00:00", "UTC−05:00" in French) at {@code at}. Staff read the
   * name; the IANA ID stays where they type one (the {@code --zone} option, a file's {@code zone}).
   *
   * @param zone the zone
   * @param at the instant whose offset a zone without a place shows
   * @return the name
   */
  public String zone(java.time.ZoneId zone, java.time.Instant at) {
    return TimeZoneFormat.getInstance(ULocale.forLocale(locale)).format(TimeZoneFormat.Style.GENERIC_LOCATION,
        TimeZone.getTimeZone(zone.getId()), at.toEpochMilli());
  }

  /** Formats a day with ICU4J, which reads dates as instants: the day's start at UTC, in UTC. */
  private static String format(DateFormat format, LocalDate day) {
    format.setTimeZone(TimeZone.GMT_ZONE);
    return format.format(new Date(day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli()));
  }
}
