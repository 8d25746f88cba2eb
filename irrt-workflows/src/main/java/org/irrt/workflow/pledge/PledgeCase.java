package org.irrt.workflow.pledge;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.irrt.model.pledge.Pledge;
import org.irrt.workflow.WorkflowInstance;

/**
 * A pledge in its workflow: the pledge with its payments, the state, and the reminders sent.
 *
 * @param id the instance id
 * @param state the state
 * @param pledge the pledge, once recorded
 * @param remindersSent the reminders recorded as sent, in order
 */
public record PledgeCase(String id, PledgeState state, Optional<Pledge> pledge, List<SentReminder> remindersSent)
    implements WorkflowInstance<PledgeState> {
  /**
   * Checks the parts.
   *
   * @throws NullPointerException when an argument is null
   */
  public PledgeCase {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(pledge, "pledge");
    remindersSent = List.copyOf(Objects.requireNonNull(remindersSent, "remindersSent"));
  }

  /**
   * A reminder recorded as sent.
   *
   * @param installment the installment's number
   * @param step 0 before the due date, 1 and up while overdue
   */
  public record SentReminder(int installment, int step) {}
}
