package org.irrt.model.membership;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.irrt.model.internal.Validators;

/**
 * How a membership's status is derived on a day (CiviCRM; DOMAIN.md section 2): a manual override
 * wins while it is in force (until its end date, if it has one: {@link Membership#statusOverrideOn});
 * then Pending while the application is not yet approved or paid; a lifetime membership is
 * Current; otherwise the first rule in order whose window contains the day; a day before every
 * window is {@link MembershipStatus#NOT_STARTED}.
 *
 * <p>The {@link #defaults()}, each window's last day included: New from the join date to the join
 * date plus three months, Current from start to end date, Grace from the day after the end date to
 * the end date plus one month, Expired after that (DOMAIN.md section 2: "New (join .. join + 3
 * months), Current (start .. end), Grace (end + 1 day .. end + 1 month)"; CiviCRM's default New
 * status ends at {@code join_date} plus 3 months and {@code
 * CRM_Member_BAO_MembershipStatus::getMembershipStatusByDate} holds a status while {@code
 * statusDate <= endEvent}): a member who joined on 2026-03-15 is New through 2026-06-15. Whatever the
 * rules, New and Current never hold after the end date: a
 * one-month membership is in Grace, not New, the day after it ends (ours; CiviCRM's weighted rules
 * would still say New). Hosts may supply
 * their own ordered rules.
 */
@Value.Immutable
public abstract class StatusRules implements WithStatusRules {
  private static final StatusRules DEFAULTS = withPeriods(Period.ofMonths(3), Period.ofMonths(1));

  StatusRules() {}

  /**
   * The default rules: New, Current, Grace, Expired.
   *
   * @return the defaults
   */
  public static StatusRules defaults() {
    return DEFAULTS;
  }

  /**
   * The default rules with a round table's own periods: New from the join date to the join date
   * plus {@code newPeriod}, Current from start to end date, Grace from the day after the end date to
   * the end date plus {@code grace}, Expired after that, each window's last day included. {@link
   * #defaults()} is {@code withPeriods(P3M, P1M)}, as in DOMAIN.md section 2 and CiviCRM.
   *
   * @param newPeriod how long a membership is New after joining, e.g. {@code P3M}
   * @param grace how long after the end date a membership is in Grace, e.g. {@code P1M}
   * @return the rules
   */
  public static StatusRules withPeriods(Period newPeriod, Period grace) {
    Objects.requireNonNull(newPeriod, "newPeriod");
    Objects.requireNonNull(grace, "grace");
    return of(List.of(
        StatusRule.of(MembershipStatus.NEW, StatusRule.Anchor.JOIN_DATE, Period.ZERO, StatusRule.Anchor.JOIN_DATE,
            newPeriod),
        StatusRule.of(MembershipStatus.CURRENT, StatusRule.Anchor.START_DATE, Period.ZERO,
            StatusRule.Anchor.END_DATE, Period.ZERO),
        StatusRule.of(MembershipStatus.GRACE, StatusRule.Anchor.END_DATE, Period.ofDays(1),
            StatusRule.Anchor.END_DATE, grace),
        StatusRule.of(MembershipStatus.EXPIRED, StatusRule.Anchor.END_DATE, grace.plusDays(1), null, null)));
  }

  /**
   * Rules in order.
   *
   * @param rules the rules; the first whose window contains the day decides
   * @return the rules
   */
  public static StatusRules of(List<StatusRule> rules) {
    Objects.requireNonNull(rules, "rules");
    return ImmutableStatusRules.builder().rules(rules).build();
  }

  /**
   * The rules in order.
   *
   * @return at least one rule
   */
  @NotEmpty
  public abstract List<@NotNull StatusRule> rules();

  private static final java.util.Set<MembershipStatus> BEFORE_END =
      java.util.EnumSet.of(MembershipStatus.NEW, MembershipStatus.CURRENT);

  /**
   * The status of a membership on a day.
   *
   * @param m the membership
   * @param day the day, in the organisation's time zone
   * @return the status
   */
  public final MembershipStatus statusOf(Membership m, LocalDate day) {
    Objects.requireNonNull(m, "m");
    Objects.requireNonNull(day, "day");
    Optional<StatusOverride> override = m.statusOverrideOn(day);
    if (override.isPresent()) {
      return switch (override.get()) {
        case CANCELLED -> MembershipStatus.CANCELLED;
        case DECEASED -> MembershipStatus.DECEASED;
        case SUSPENDED -> MembershipStatus.SUSPENDED;
      };
    }
    if (m.pending()) {
      return MembershipStatus.PENDING;
    }
    if (m.endDate().isEmpty()) {
      return day.isBefore(m.startDate()) ? MembershipStatus.NOT_STARTED : MembershipStatus.CURRENT;
    }
    boolean ended = day.isAfter(m.endDate().get());
    for (StatusRule rule : rules()) {
      if (rule.contains(day, m) && !(ended && BEFORE_END.contains(rule.status()))) {
        return rule.status();
      }
    }
    return MembershipStatus.NOT_STARTED;
  }

  /**
   * The status of a membership at an instant, seen in the organisation's time zone.
   *
   * @param m the membership
   * @param at the instant
   * @param zone the organisation's time zone
   * @return the status on the local date of {@code at} in {@code zone}
   */
  public final MembershipStatus statusOf(Membership m, Instant at, ZoneId zone) {
    Objects.requireNonNull(m, "m");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(zone, "zone");
    return statusOf(m, LocalDate.ofInstant(at, zone));
  }

  @Value.Check
  StatusRules check() {
    return Validators.check(this, null);
  }
}
