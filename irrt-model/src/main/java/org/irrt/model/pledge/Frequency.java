package org.irrt.model.pledge;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.temporal.ChronoField;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.irrt.model.internal.Validators;

/**
 * How often installments fall due: every {@code interval} days, weeks, months or years, on a day of
 * the month for monthly and yearly pledges (CiviCRM CiviPledge: frequency unit, interval and day;
 * its units are day, week, month and year).
 *
 * <p>Dates: the first installment falls due on the start date; the k-th (from 0) of a monthly or
 * yearly pledge falls in the k-th period's
 * month on the frequency day, or on the month's last day when the month is shorter (a pledge on the
 * 31st falls on February 28 or 29; a yearly pledge from February 29 falls on February 28 in common
 * years). Exactly one installment falls in each period.
 */
@Value.Immutable
public abstract class Frequency implements WithFrequency {
  Frequency() {}

  /** The unit of the interval. */
  public enum Unit {
    /** Days. */
    DAYS,
    /** Weeks. */
    WEEKS,
    /** Calendar months. */
    MONTHS,
    /** Calendar years. */
    YEARS
  }

  /**
   * Every {@code interval} units, on a day of the month.
   *
   * @param interval 1 or more
   * @param unit the unit
   * @param dayOfMonth 1 to 31 for months and years; ignored for days and weeks
   * @return the frequency
   */
  public static Frequency of(int interval, Unit unit, int dayOfMonth) {
    return ImmutableFrequency.builder().interval(interval).unit(unit).dayOfMonth(dayOfMonth).build();
  }

  /**
   * Monthly, on the start date's day.
   *
   * @return the frequency
   */
  public static Frequency monthly() {
    return ImmutableFrequency.builder().interval(1).unit(Unit.MONTHS).build();
  }

  /**
   * The number of units between installments.
   *
   * @return 1 to 120
   */
  @Min(1)
  @Max(120)
  public abstract int interval();

  /**
   * The unit.
   *
   * @return days, weeks, months or years
   */
  @NotNull
  public abstract Unit unit();

  /**
   * The day of the month installments fall on (months and years).
   *
   * @return 1 to 31, or empty for the start date's day
   */
  public abstract Optional<@Min(1) @Max(31) Integer> dayOfMonth();

  /**
   * The due date of the k-th installment (from 0).
   *
   * @param start the pledge's start date (the first installment's month)
   * @param k the installment's index
   * @return the due date
   */
  public final LocalDate dueDate(LocalDate start, int k) {
    Objects.requireNonNull(start, "start");
    if (k == 0) {
      return start; // the first installment falls due on the start date
    }
    if (unit() == Unit.DAYS) {
      return start.plusDays((long) k * interval());
    }
    if (unit() == Unit.WEEKS) {
      return start.plusWeeks((long) k * interval());
    }
    long months = (long) k * interval() * (unit() == Unit.YEARS ? 12 : 1);
    // The month k periods on, then the day of month, cut to the month's length (31 -> 30 April).
    long monthIndex = start.getYear() * 12L + start.getMonthValue() - 1 + months;
    int year = ChronoField.YEAR.checkValidIntValue(Math.floorDiv(monthIndex, 12));
    int month = Math.floorMod(monthIndex, 12) + 1;
    int day = dayOfMonth().orElse(start.getDayOfMonth());
    return LocalDate.of(year, month, Math.min(day, Month.of(month).length(Year.isLeap(year))));
  }

  /**
   * The due dates of the first {@code count} installments: {@code dueDate(start, k)} for {@code k}
   * from 0, computed in one pass (a schedule's dates, month by month without dividing).
   *
   * @param start the first due date
   * @param count how many
   * @return the dates, oldest first
   * @throws java.time.DateTimeException when a date would fall beyond the calendar's years
   */
  final LocalDate[] dueDates(LocalDate start, int count) {
    LocalDate[] out = new LocalDate[count];
    if (count == 0) {
      return out;
    }
    out[0] = start;
    if (unit() == Unit.DAYS || unit() == Unit.WEEKS) {
      long days = unit() == Unit.DAYS ? interval() : 7L * interval();
      for (int k = 1; k < count; k++) {
        out[k] = start.plusDays(k * days);
      }
      return out;
    }
    long step = (long) interval() * (unit() == Unit.YEARS ? 12 : 1);
    int yearStep = Math.toIntExact(step / 12);
    int monthStep = (int) (step % 12);
    int day = dayOfMonth().orElse(start.getDayOfMonth());
    int year = start.getYear();
    int month = start.getMonthValue();
    for (int k = 1; k < count; k++) {
      year += yearStep;
      month += monthStep;
      if (month > 12) {
        month -= 12;
        year++;
      }
      int length = month == 2 ? (Year.isLeap(year) ? 29 : 28) : month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
      out[k] = LocalDate.of(year, month, Math.min(day, length));
    }
    return out;
  }

  @Value.Check
  Frequency check() {
    return Validators.check(this, null);
  }
}
