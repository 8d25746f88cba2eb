package org.irrt.workflow;

import java.util.List;
import java.util.Objects;

/**
 * What issuing a command gave: accepted, with the new instance and the events produced, or refused,
 * with the unchanged instance and every reason. Every business "no" is a refusal: a role or guard
 * that does not hold, a command the table does not allow in the instance's state (the refusal names
 * the state and the commands permitted there), a stale version, a key reused with other content.
 * Exceptions are left for programming errors and storage failures.
 *
 * @param <I> the instance type
 * @param <E> the event type
 */
public sealed interface Outcome<I, E> {
  /**
   * The instance after the command (unchanged when refused).
   *
   * @return the instance
   */
  I instance();

  /**
   * Accepted.
   *
   * @param instance the new instance (for a replayed idempotency key: the instance as the first
   *     request left it, not as later commands have made it; {@code WorkflowEngine.load} gives that)
   * @param events the events produced (for a replayed idempotency key: those of the first time)
   * @param replayed whether this repeats an earlier request with the same idempotency key
   * @param <I> the instance type
   * @param <E> the event type
   */
  record Accepted<I, E>(I instance, List<E> events, boolean replayed) implements Outcome<I, E> {
    /** Copies the events. */
    public Accepted {
      Objects.requireNonNull(instance, "instance");
      Objects.requireNonNull(events, "events");
      events = List.copyOf(events);
    }
  }

  /**
   * Refused: nothing changed.
   *
   * @param instance the unchanged instance
   * @param reasons every reason, at least one
   * @param <I> the instance type
   * @param <E> the event type
   */
  record Refused<I, E>(I instance, List<Refusal> reasons) implements Outcome<I, E> {
    /** Copies the reasons. */
    public Refused {
      Objects.requireNonNull(instance, "instance");
      Objects.requireNonNull(reasons, "reasons");
      reasons = List.copyOf(reasons);
    }
  }
}
