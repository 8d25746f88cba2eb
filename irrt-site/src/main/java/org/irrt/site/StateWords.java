package org.irrt.site;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.Currency;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import org.irrt.model.common.Money;
import org.irrt.model.common.PartialDate;
import org.irrt.workflow.Organisation;
import org.irrt.workflow.Refusal;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The pages' words for what the workflows hold, in the visitor's language, as irrt's refusals name
 * them: {@code ${@words.state('membership-application', app.state)}} shows "submitted" (« soumise »
 * in French), {@code ${@words.command(e.header.command)}} "start review", {@code
 * ${@words.time(e.header.at)}} the instant in the organisation's zone as the language writes it;
 * {@code ${@words.money(m)}}, {@code ${@words.percent(s)}} and {@code ${@words.number(n)}} amounts
 * and counts. Dates, times and numbers all come from ICU4J's CLDR data, one source for the digits
 * (Latin in {@code ar}, Arabic-Indic in {@code ar-EG}, as CLDR 48 gives them), as the command line's
 * {@code CliMessages} writes them.
 */
@Component("words")
public class StateWords {
  private final Organisation organisation;

  /**
   * Words for the organisation's pages.
   *
   * @param organisation the organisation, for its zone
   */
  public StateWords(Organisation organisation) {
    this.organisation = organisation;
  }

  /**
   * A state in the visitor's words.
   *
   * @param workflow the workflow's name, such as {@code membership-application}
   * @param state the state
   * @return the words, or the state's code for a state irrt has no words for
   */
  public String state(String workflow, Enum<?> state) {
    return Refusal.Word.state(workflow, state).in(LocaleContextHolder.getLocale());
  }

  /**
   * A command, by the code an event's header keeps ({@code START_REVIEW}), in the visitor's words.
   *
   * @param code the command's code
   * @return the words, or the code for a command irrt has no words for
   */
  public String command(String code) {
    return Refusal.Word.command(code).in(LocaleContextHolder.getLocale());
  }

  /**
   * A date as precise as it is known, as the visitor's language writes it: "January 1949" (a
   * month), "March 2, 2026" (a day), "1949" (a year), from CLDR's patterns through ICU.
   *
   * @param date the date
   * @return the text
   */
  public String date(PartialDate date) {
    ULocale locale = locale();
    java.util.Date start = java.util.Date.from(date.earliest().atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
    DateFormat format = date.date().isPresent() ? DateFormat.getDateInstance(DateFormat.LONG, locale)
        : date.yearMonth().isPresent() ? DateFormat.getInstanceForSkeleton("yMMMM", locale)
        : DateFormat.getInstanceForSkeleton("y", locale);
    format.setTimeZone(TimeZone.GMT_ZONE);
    return format.format(start);
  }

  /**
   * An instant in the organisation's zone, named, as the visitor's language writes a date, a time
   * and a zone: ICU4J's best pattern for the skeleton {@code yMMMdjmmz} (CLDR's data; the zone's
   * short name where the language has one, "CST", else its offset in the language's form, « UTC−6 »),
   * so that a reader elsewhere knows which clock it is.
   *
   * An instant a million years or more from now (the library takes a schedule in the year
   * 999,999,999, beyond {@link java.util.Date}'s range, and ICU4J's calendar clamps years beyond about
   * 5.8 million) is ISO 8601 in UTC instead ({@link Instant#toString}), where it was a server error.
   *
   * @param at the instant
   * @return e.g. "Dec 7, 2026, 6:51 AM CST"
   */
  public String time(Instant at) {
    if (at.isAfter(LAST_DATE) || at.isBefore(FIRST_DATE)) {
      return at.toString();
    }
    DateFormat format = DateFormat.getInstanceForSkeleton("yMMMdjmmz", locale());
    format.setTimeZone(TimeZone.getTimeZone(organisation.zone().getId()));
    return format.format(java.util.Date.from(at));
  }

  /**
   * An amount with its currency's symbol as the visitor's language writes it, at the amount's scale
   * ("$50,000.00", "50 000,00 $US", "50.000,00 $"): ICU4J's CLDR currency pattern.
   *
   * @param money the amount
   * @return the text
   */
  public String money(Money money) {
    NumberFormat format = NumberFormat.getInstance(locale(), NumberFormat.CURRENCYSTYLE);
    format.setCurrency(Currency.getInstance(money.currency().getCurrencyCode()));
    format.setMinimumFractionDigits(money.amount().scale());
    format.setMaximumFractionDigits(money.amount().scale());
    return format.format(money.amount());
  }

  /**
   * A share as the visitor's language writes a percentage, to two decimals at most ("42.5%",
   * "42,5 %"): ICU4J's CLDR percent pattern, rounded half-even.
   *
   * @param share the share, 1 being the whole (0.425 for 42.5%)
   * @return the text
   */
  public String percent(BigDecimal share) {
    NumberFormat format = NumberFormat.getPercentInstance(locale());
    format.setMaximumFractionDigits(2);
    format.setRoundingMode(RoundingMode.HALF_EVEN.ordinal());
    return format.format(share);
  }

  /**
   * A whole number as the visitor's language writes it ("1,234", "1 234", "1.234").
   *
   * @param n the number
   * @return the text
   */
  public String number(long n) {
    return NumberFormat.getIntegerInstance(locale()).format(n);
  }

  /**
   * A run of the round table's data inside a sentence of the page's language, isolated and marked
   * with the data's language ({@link SiteData#DATA_LANGUAGE}), as HTML for a message's argument in
   * {@code th:utext}: {@code <bdi lang="en" dir="ltr">American Library Association</bdi>}, so that an
   * Arabic sentence does not reorder its punctuation (W3C, "Inline markup and bidirectional text in
   * HTML").
   *
   * @param text the data, escaped here
   * @return the HTML
   */
  public String data(String text) {
    String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    String dir = ULocale.forLanguageTag(SiteData.DATA_LANGUAGE).isRightToLeft() ? "rtl" : "ltr";
    return "<bdi lang=\"" + SiteData.DATA_LANGUAGE + "\" dir=\"" + dir + "\">" + escaped + "</bdi>";
  }

  /** The last and first instants {@link #time} writes in words: within a million years of year 0. */
  private static final Instant LAST_DATE = Instant.parse("+1000000-01-01T00:00:00Z");
  private static final Instant FIRST_DATE = Instant.parse("-1000000-01-01T00:00:00Z");

  private static ULocale locale() {
    return ULocale.forLocale(LocaleContextHolder.getLocale());
  }
}
