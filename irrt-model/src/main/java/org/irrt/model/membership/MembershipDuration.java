package org.irrt.model.membership;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.irrt.model.internal.Validators;

/**
 * How long a membership period lasts: a number of days, months or years, or a lifetime.
 *
 * <p>Month arithmetic clamps to the month's last day and never overflows into the next month
 * (CiviCRM; DOMAIN.md section 2): a one-month period from January 31 ends on the last day of
 * February; a one-year period from February 29 ends on February 28. In general a period of {@code
 * n} months from {@code start} ends the day before the same day {@code n} months later, or on the
 * last day of that month when it has no such day.
 */
@Value.Immutable
public abstract class MembershipDuration implements WithMembershipDuration {
  MembershipDuration() {}

  /**
   * A duration in a unit.
   *
   * @param unit the unit
   * @param count how many units, 1 to 1200 (ignored for lifetime)
   * @return the duration
   */
  public static MembershipDuration of(DurationUnit unit, int count) {
    return ImmutableMembershipDuration.builder().unit(unit).count(count).build();
  }

  /**
   * Years.
   *
   * @param years how many
   * @return the duration
   */
  public static MembershipDuration years(int years) {
    return of(DurationUnit.YEARS, years);
  }

  /**
   * Months.
   *
   * @param months how many
   * @return the duration
   */
  public static MembershipDuration months(int months) {
    return of(DurationUnit.MONTHS, months);
  }

  /**
   * Days.
   *
   * @param days how many
   * @return the duration
   */
  public static MembershipDuration days(int days) {
    return of(DurationUnit.DAYS, days);
  }

  /**
   * For life.
   *
   * @return the lifetime duration
   */
  public static MembershipDuration lifetime() {
    return of(DurationUnit.LIFETIME, 1);
  }

  /**
   * The unit.
   *
   * @return the unit
   */
  @NotNull
  public abstract DurationUnit unit();

  /**
   * How many units.
   *
   * @return 1 to 1200
   */
  @Min(1)
  @Max(1200)
  public abstract int count();

  /**
   * Whether the duration has no end.
   *
   * @return {@code unit() == LIFETIME}
   */
  @JsonIgnore
  public final boolean isLifetime() {
    return unit() == DurationUnit.LIFETIME;
  }

  /**
   * The last day of a period that starts on {@code start}.
   *
   * @param start the first day
   * @return the last day (inclusive), or empty for a lifetime
   */
  public final Optional<LocalDate> endOf(LocalDate start) {
    Objects.requireNonNull(start, "start");
    return switch (unit()) {
      case LIFETIME -> Optional.empty();
      case DAYS -> Optional.of(start.plusDays(count() - 1L));
      case MONTHS -> Optional.of(endAfterMonths(start, count()));
      case YEARS -> Optional.of(endAfterMonths(start, 12L * count()));
    };
  }

  private static LocalDate endAfterMonths(LocalDate start, long months) {
    YearMonth target = YearMonth.from(start).plusMonths(months);
    if (start.getDayOfMonth() > target.lengthOfMonth()) {
      return target.atEndOfMonth(); // the same day does not exist: clamp, never overflow
    }
    return target.atDay(start.getDayOfMonth()).minusDays(1);
  }

  @Value.Check
  MembershipDuration check() {
    return Validators.check(this, null);
  }
}
