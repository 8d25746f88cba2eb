package org.irrt.model.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.irrt.model.internal.Messages;

/**
 * A historical date known to the year, the month or the day: {@code 1949}, {@code 1949-01} or
 * {@code 1949-01-15}. Sources often give only a year or a month ("established in January 1949"), and
 * the model records what is known instead of inventing a day.
 *
 * <p>ISO-8601 text in JSON; years 1000 to 9999 in the proleptic Gregorian calendar. Ordered by the
 * earliest day it may denote, then by precision (a year sorts before its months).
 */
public final class PartialDate implements Comparable<PartialDate> {
  private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
  private static final Comparator<PartialDate> ORDER =
      Comparator.comparing(PartialDate::earliest).thenComparing(d -> d.precision);

  private final int year;
  private final int month; // 0 when unknown
  private final int day; // 0 when unknown
  private final int precision;

  private PartialDate(int year, int month, int day) {
    this.year = year;
    this.month = month;
    this.day = day;
    this.precision = day > 0 ? 2 : month > 0 ? 1 : 0;
  }

  /**
   * A date known to the year.
   *
   * @param year 1000 to 9999
   * @return the date
   * @throws InvalidValueException when the year is out of range
   */
  public static PartialDate ofYear(int year) {
    return checked(year, 0, 0);
  }

  /**
   * A date known to the month.
   *
   * @param month the month
   * @return the date
   * @throws InvalidValueException when the year is out of range
   */
  public static PartialDate of(YearMonth month) {
    Objects.requireNonNull(month, "month");
    return checked(month.getYear(), month.getMonthValue(), 0);
  }

  /**
   * A date known to the day.
   *
   * @param date the date
   * @return the date
   * @throws InvalidValueException when the year is out of range
   */
  public static PartialDate of(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return checked(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /**
   * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
   *
   * @param text the ISO-8601 text
   * @return the date
   * @throws InvalidValueException when the text is not such a date
   */
  @JsonCreator
  public static PartialDate parse(String text) {
    Matcher m = text == null ? null : FORMAT.matcher(text);
    if (m == null || !m.matches()) {
      throw invalid();
    }
    int y = Integer.parseInt(m.group(1));
    int mo = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    int d = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    return checked(y, mo, d);
  }

  private static PartialDate checked(int year, int month, int day) {
    if (year < 1000 || year > 9999 || month < 0 || month > 12) {
      throw invalid();
    }
    if (day > 0) {
      try {
        LocalDate.of(year, month, day);
      } catch (DateTimeException e) {
        throw invalid();
      }
    }
    return new PartialDate(year, month, day);
  }

  private static InvalidValueException invalid() {
    return new InvalidValueException("PartialDate",
        List.of(Messages.violation("", "org.irrt.model.PartialDate.invalid", 1000, 9999)));
  }

  /**
   * The year.
   *
   * @return 1000 to 9999
   */
  public int year() {
    return year;
  }

  /**
   * The month, when known.
   *
   * @return the month
   */
  public Optional<YearMonth> yearMonth() {
    return month == 0 ? Optional.empty() : Optional.of(YearMonth.of(year, month));
  }

  /**
   * The day, when known.
   *
   * @return the day
   */
  public Optional<LocalDate> date() {
    return day == 0 ? Optional.empty() : Optional.of(LocalDate.of(year, month, day));
  }

  /**
   * The first day the date may denote: January 1 for a year, the 1st for a month.
   *
   * @return the earliest day
   */
  public LocalDate earliest() {
    return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
  }

  /**
   * The ISO-8601 text.
   *
   * @return {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}
   */
  @JsonValue
  @Override
  public String toString() {
    return switch (precision) {
      case 0 -> String.valueOf(year);
      case 1 -> String.format(Locale.ROOT, "%04d-%02d", year, month);
      default -> String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
    };
  }

  @Override
  public int compareTo(PartialDate other) {
    Objects.requireNonNull(other, "other");
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PartialDate d && d.year == year && d.month == month && d.day == day;
  }

  @Override
  public int hashCode() {
    return (year * 13 + month) * 32 + day;
  }
}
