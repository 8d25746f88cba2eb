package org.irrt.model.pledge;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.immutables.value.Value;
import org.irrt.model.internal.Validators;

/**
 * How often installments fall due: every {@code interval} weeks, months or years, on a day of the
 * month for monthly and yearly pledges (CiviCRM CiviPledge: frequency unit, interval and day).
 *
 * <p>Dates: the first installment falls due on the start date; the k-th (from 0) of a monthly or
 * yearly pledge falls in the k-th period's
 * month on the frequency day, or on the month's last day when the month is shorter (a pledge on the
 * 31st falls on February 28 or 29; a yearly pledge from February 29 falls on February 28 in common
 * years). Exactly one installment falls in each period.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableFrequency.class)
public abstract class Frequency implements WithFrequency {
  Frequency() {}

  /** The unit of the interval. */
  public enum Unit {
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
   * @param dayOfMonth 1 to 31 for months and years; ignored for weeks
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
   * @return weeks, months or years
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
    if (k == 0) {
      return start; // the first installment falls due on the start date
    }
    if (unit() == Unit.WEEKS) {
      return start.plusWeeks((long) k * interval());
    }
    long months = (long) k * interval() * (unit() == Unit.YEARS ? 12 : 1);
    YearMonth month = YearMonth.from(start).plusMonths(months);
    int day = dayOfMonth().orElse(start.getDayOfMonth());
    return month.atDay(Math.min(day, month.lengthOfMonth()));
  }

  @Value.Check
  Frequency check() {
    return Validators.check(this, null);
  }
}
