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
 *       pushes the end further, so late joiners are not charged for a nearly spent period: by one
 *       duration when it is a year or less, by one year when it is longer (see {@link
 *       #periodForJoining}).
 * </ul>
 *
 * <p>Renewals ({@link Membership#renew}): while a membership still counts, a renewal for N terms
 * extends its end by N durations; the {@link #renewalWindow()}, if any, says how early before the
 * end date a renewal may be paid (Wild Apricot's renewal policy; by default, any time).
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
   * How early a renewal may be paid: a renewal that extends a membership which still counts is
   * refused when paid before the window opens, one window before the renewal date, the day after
   * the end date ({@link #renewalOpensOn}). The type's own {@link #duration()} gives Wild Apricot's
   * "only one period ahead" (a member holds at most the current period and the next one paid ahead:
   * an annual membership ending 2027-06-30 may be renewed again from 2026-07-01); {@code days(30)}
   * gives "only within 30 days before the renewal date" (from 2027-06-01). Wild Apricot help,
   * "Member access to renewal and level changes": "When a member is limited to renewing only one
   * period ahead or only a certain number of days or months ahead, a notice informing the member of
   * the next possible renewal date will appear [...] until the renewal window has begun"
   * (https://support.wildapricot.com/hc/en-us/articles/24302731576333). Empty,
   * the default and the behaviour before windows existed: renewals may be paid any time. A renewal
   * paid after the membership stopped counting (expired) starts a new period and is never limited.
   *
   * @return the window, in days, months or years (never a lifetime), or empty for no limit
   */
  public abstract Optional<MembershipDuration> renewalWindow();

  /**
   * The first day a renewal of a membership ending on a day may be paid, under the {@link
   * #renewalWindow()}: the renewal date (the day after the end date) less the window, a month or
   * year back clamped to the month's last day ({@link LocalDate#minusMonths}): a one-year window
   * before a renewal date of 2028-02-29 opens on 2027-02-28.
   *
   * @param end the membership's end date
   * @return the opening day, or empty when the type has no window
   */
  public final Optional<LocalDate> renewalOpensOn(LocalDate end) {
    Objects.requireNonNull(end, "end");
    if (renewalWindow().isEmpty() || renewalWindow().get().isLifetime()) {
      return Optional.empty();
    }
    MembershipDuration window = renewalWindow().get();
    LocalDate renewalDate = end.plusDays(1);
    return Optional.of(switch (window.unit()) {
      case DAYS -> renewalDate.minusDays(window.count());
      case MONTHS -> renewalDate.minusMonths(window.count());
      case YEARS -> renewalDate.minusYears(window.count());
      case LIFETIME -> throw new IllegalStateException("a lifetime window was checked above");
    });
  }

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
   * <p>Rolling: from the join date for one duration. Fixed: the period holding the join date, its
   * start the most recent {@link #fixedPeriodStart()} (for durations of months, the year from there
   * divided into consecutive periods). Joining on or after the {@link #rolloverDay()} of that
   * period adds the rest of the year, not a whole extra term: the end moves one duration further
   * when the duration is a year or less, and one year further when it is longer. CiviCRM CRM-2150
   * ("Fixed Memberships - End Date Calculation Incorrect"): a fixed type starting January 1 with
   * rollover November 30 and a duration of 3 years gives, for a join on 2005-10-01, an end on
   * 2007-12-31, and for a join on 2005-12-01 an end on 2008-12-31 (not 2010-12-31); civicrm-core PR
   * #5017 (CRM-15798, "adjust membership date calculation for multiyear membership"): "even if they
   * are in 5 year blocks rollover is still about month &amp; day [...] if they are between the
   * rollover &amp; the cut off they get an extra part-year". The start stays the period's start, so
   * the period holds the join date (CiviCRM 1.8 moved the start to the next January 1 instead,
   * leaving the member without a current membership until then). Sources:
   * https://issues.civicrm.org/jira/browse/CRM-2150 and
   * https://github.com/civicrm/civicrm-core/pull/5017.
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
        end = rolledOver(end);
      }
    }
    return new MembershipPeriod(start, Optional.of(end));
  }

  /** The end after a rollover: one more duration when it is a year or less, else one more year. */
  private LocalDate rolledOver(LocalDate end) {
    MembershipDuration d = duration();
    boolean longerThanAYear = d.unit() == DurationUnit.YEARS ? d.count() > 1 : d.count() > 12;
    return (longerThanAYear ? MembershipDuration.years(1) : d).endOf(end.plusDays(1)).orElseThrow();
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
    rules.require(t.renewalWindow().isEmpty() || !t.renewalWindow().get().isLifetime(), "renewalWindow.unit",
        "org.irrt.model.MembershipType.lifetimeWindow");
  }
}
