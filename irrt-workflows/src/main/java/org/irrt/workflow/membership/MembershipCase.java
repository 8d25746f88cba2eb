package org.irrt.workflow.membership;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.irrt.model.membership.Membership;
import org.irrt.workflow.WorkflowInstance;

/**
 * A membership in its workflow: the membership as its events made it, the state, and the renewal
 * reminders recorded as sent.
 *
 * @param id the instance id, the membership's id
 * @param state the state
 * @param membership the membership, once recorded
 * @param remindersSent the reminders recorded as sent, in order
 */
public record MembershipCase(String id, MembershipState state, Optional<Membership> membership,
    List<SentReminder> remindersSent) implements WorkflowInstance<MembershipState> {
  /**
   * Checks the parts.
   *
   * @throws NullPointerException when an argument is null
   */
  public MembershipCase {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(membership, "membership");
    remindersSent = List.copyOf(Objects.requireNonNull(remindersSent, "remindersSent"));
  }

  /**
   * A renewal reminder recorded as sent.
   *
   * @param endDate the end date it was about
   * @param daysFromEnd negative before the end date, positive after it
   */
  public record SentReminder(LocalDate endDate, int daysFromEnd) {
    /**
     * Checks the day.
     *
     * @throws NullPointerException when the day is null
     */
    public SentReminder {
      Objects.requireNonNull(endDate, "endDate");
    }
  }
}
