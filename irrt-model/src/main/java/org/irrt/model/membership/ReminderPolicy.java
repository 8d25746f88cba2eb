package org.irrt.model.membership;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;
import org.irrt.model.internal.Validators;

/**
 * When members are reminded to renew: a number of days before the end date, and a number of days
 * after it while the membership is in grace. Lifetime, overridden and pending memberships get no
 * reminder.
 */
@Value.Immutable
public abstract class ReminderPolicy implements WithReminderPolicy {
  ReminderPolicy() {}

  /**
   * A builder; {@code build()} validates.
   *
   * @return a new builder
   */
  public static ImmutableReminderPolicy.Builder builder() {
    return ImmutableReminderPolicy.builder();
  }

  /**
   * Days before the end date on which to remind, e.g. 30 and 7.
   *
   * @return each 0 to 366
   */
  public abstract Set<@NotNull @Min(0) @Max(366) Integer> daysBeforeEnd();

  /**
   * Days after the end date on which to remind while in grace, e.g. 1 and 14.
   *
   * @return each 1 to 366
   */
  public abstract Set<@NotNull @Min(1) @Max(366) Integer> daysAfterEnd();

  /**
   * A reminder due on a day.
   *
   * @param membership the membership
   * @param daysFromEnd negative before the end date, positive after it (in grace)
   */
  public record Reminder(Membership membership, int daysFromEnd) {
    /**
     * Checks the membership.
     *
     * @throws NullPointerException when {@code membership} is null
     */
    public Reminder {
      Objects.requireNonNull(membership, "membership");
    }

    /**
     * Whether the reminder is sent in grace, after the end date.
     *
     * @return {@code daysFromEnd > 0}
     */
    public boolean inGrace() {
      return daysFromEnd > 0;
    }
  }

  /**
   * The memberships that need a renewal reminder on a day.
   *
   * @param memberships any memberships
   * @param day the day, in the organisation's time zone
   * @param rules the status rules (a grace reminder is sent only while the status is Grace)
   * @return the reminders due, by end date then membership id
   */
  public final List<Reminder> due(Collection<Membership> memberships, LocalDate day, StatusRules rules) {
    Objects.requireNonNull(memberships, "memberships");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(rules, "rules");
    List<Reminder> due = new ArrayList<>();
    for (Membership m : memberships) {
      if (m.endDate().isEmpty() || m.statusOverrideOn(day).isPresent() || m.pending()) {
        continue;
      }
      long fromEnd = day.toEpochDay() - m.endDate().get().toEpochDay();
      if (Math.abs(fromEnd) > 366) {
        continue; // no reminder is more than 366 days from the end (and the int casts below stay exact)
      }
      MembershipStatus status = rules.statusOf(m, day);
      boolean before = fromEnd <= 0 && daysBeforeEnd().contains((int) -fromEnd) && status.countsAsMembership();
      boolean grace = fromEnd > 0 && daysAfterEnd().contains((int) fromEnd) && status == MembershipStatus.GRACE;
      if (before || grace) {
        due.add(new Reminder(m, (int) fromEnd));
      }
    }
    due.sort(Comparator.comparing((Reminder r) -> r.membership().endDate().orElseThrow())
        .thenComparing(r -> r.membership().id().value()));
    return due;
  }

  @Value.Check
  ReminderPolicy check() {
    return Validators.check(this, null);
  }
}
