package org.irrt.model.membership;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.irrt.model.common.Money;
import org.irrt.model.common.ValidText;
import org.irrt.model.internal.Rules;
import org.irrt.model.internal.Text;
import org.irrt.model.internal.Validators;
import org.irrt.model.member.MemberCategory;

/**
 * A kind of membership an association offers: its fee, duration, how periods are placed in the
 * calendar, who may choose it, and the gates before it activates.
 *
 * <p>Periods (CiviCRM CiviMember; DOMAIN.md section 2):
 *
 * <ul>
 *   <li><b>rolling</b>: a period starts on the join date and ends one duration later, less a day;
 *   <li><b>fixed</b>: a period starts on the most recent {@link #fixedPeriodStart()} on or before the
 *       join date (for example January 1, or ALA's September 1) and ends one duration later, less a
 *       day; a duration of months divides the year from that start into consecutive periods (3
 *       months from September 1: September to November, December to February, ...), and the one
 *       holding the join date is taken; joining on or after the period's {@link #rolloverDay()}
 *       pushes the end one whole duration further, so late joiners are not charged for a nearly spent
 *       period.
 * </ul>
 *
 * <p>Gates (Wild Apricot): {@link #approvalRequired()} and {@link #paymentRequired()} before
 * activation. The fee is the minimum: payers may give more.
 */
@Value.Immutable
public abstract class MembershipType implements WithMembershipType {
  MembershipType() {}

  /**
   * A builder; {@code build()} validates.
   *
   * @return a new builder
   */
  public static ImmutableMembershipType.Builder builder() {
    return ImmutableMembershipType.builder();
  }

  /**
   * The id.
   *
   * @return the id
   */
  @NotNull
  public abstract MembershipTypeId id();

  /**
   * The name.
   *
   * @return e.g. "Regular (annual)"
   */
  @NotNull
  @ValidText
  public abstract String name();

  /**
   * The member category the type is for.
   *
   * @return the category
   */
  @NotNull
  public abstract MemberCategory category();

  /**
   * The minimum fee per period.
   *
   * @return the fee, zero or more
   */
  @NotNull
  public abstract Money fee();

  /**
   * The length of a period.
   *
   * @return the duration
   */
  @NotNull
  public abstract MembershipDuration duration();

  /**
   * Rolling or fixed periods.
   *
   * @return the period type
   */
  @NotNull
  public abstract PeriodType periodType();

  /**
   * The day of the year fixed periods start on; present exactly for {@link PeriodType#FIXED}.
   *
   * @return e.g. {@code --09-01}; never February 29
   */
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract Optional<MonthDay> fixedPeriodStart();

  /**
   * The day of the year from which a new member's first fixed period runs to the end of the next
   * period; only for {@link PeriodType#FIXED}.
   *
   * @return e.g. {@code --10-01}, or empty for no rollover
   */
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract Optional<MonthDay> rolloverDay();

  /**
   * Who may choose the type.
   *
   * @return {@link Visibility#PUBLIC} unless set
   */
  @Value.Default
  public Visibility visibility() {
    return Visibility.PUBLIC;
  }

  /**
   * Whether an officer must approve an application before the membership activates.
   *
   * @return {@code false} unless set
   */
  @Value.Default
  public boolean approvalRequired() {
    return false;
  }

  /**
   * Whether the fee must be paid before the membership activates.
   *
   * @return {@code false} unless set
   */
  @Value.Default
  public boolean paymentRequired() {
    return false;
  }

  /**
   * The first period of a member who joins on a day.
   *
   * @param joinDate the join date, in the organisation's time zone
   * @return the period's start and end
   */
  public final MembershipPeriod periodForJoining(LocalDate joinDate) {
    Objects.requireNonNull(joinDate, "joinDate");
    if (periodType() == PeriodType.ROLLING || fixedPeriodStart().isEmpty()) {
      return new MembershipPeriod(joinDate, duration().endOf(joinDate));
    }
    MonthDay fixed = fixedPeriodStart().get();
    LocalDate start = fixed.atYear(joinDate.getYear());
    if (start.isAfter(joinDate)) {
      start = fixed.atYear(joinDate.getYear() - 1);
    }
    LocalDate end = duration().endOf(start).orElseThrow();
    while (end.isBefore(joinDate)) { // durations shorter than a year: the period of the year holding the day
      start = end.plusDays(1);
      end = duration().endOf(start).orElseThrow();
    }
    if (rolloverDay().isPresent()) {
      LocalDate rollover = rolloverDay().get().atYear(start.getYear());
      if (rollover.isBefore(start)) {
        rollover = rolloverDay().get().atYear(start.getYear() + 1);
      }
      if (!joinDate.isBefore(rollover) && !rollover.isAfter(end)) {
        end = extend(end).orElseThrow();
      }
    }
    return new MembershipPeriod(start, Optional.of(end));
  }

  /**
   * The new end date when a period ending on {@code end} is renewed continuously: the next period is
   * {@code end + 1 day} for one duration (ours: DOMAIN.md section 2).
   *
   * @param end the current end date
   * @return the new end date, or empty for a lifetime type
   */
  public final Optional<LocalDate> extend(LocalDate end) {
    Objects.requireNonNull(end, "end");
    return duration().endOf(end.plusDays(1));
  }

  @Value.Check
  MembershipType normalize() {
    if (!Text.isNfc(name())) {
      return builder().from(this).name(Text.nfc(name())).build();
    }
    return Validators.check(this, MembershipType::rules);
  }

  private static void rules(MembershipType t, Rules rules) {
    rules.require(t.fee() == null || !t.fee().isNegative(), "fee", "org.irrt.model.MembershipType.negativeFee");
    boolean fixed = t.periodType() == PeriodType.FIXED;
    if (t.periodType() != null) {
      rules.require(fixed == t.fixedPeriodStart().isPresent(), "fixedPeriodStart",
          fixed ? "org.irrt.model.MembershipType.fixedStartRequired" : "org.irrt.model.MembershipType.fixedOnly");
      rules.require(fixed || t.rolloverDay().isEmpty(), "rolloverDay", "org.irrt.model.MembershipType.fixedOnly");
      rules.require(!fixed || t.duration() == null
              || t.duration().unit() == DurationUnit.MONTHS || t.duration().unit() == DurationUnit.YEARS,
          "duration", "org.irrt.model.MembershipType.fixedNeedsMonths");
    }
    MonthDay leapDay = MonthDay.of(2, 29);
    rules.require(!t.fixedPeriodStart().equals(Optional.of(leapDay)), "fixedPeriodStart",
        "org.irrt.model.MembershipType.leapDay");
    rules.require(!t.rolloverDay().equals(Optional.of(leapDay)), "rolloverDay", "org.irrt.model.MembershipType.leapDay");
  }
}
