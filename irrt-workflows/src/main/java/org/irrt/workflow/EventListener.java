package org.irrt.workflow;

import java.util.List;

/**
 * Receives committed events, for notifications ("application approved") and for the host's own
 * projections. Registered with {@link WorkflowEngine#listen(String, EventListener)} under a name, it
 * gets every event of the store at least once, in the store's order, from its checkpoint: a listener
 * that throws is called again with the same events on the next delivery, and no other listener is
 * skipped meanwhile. A listener must therefore be idempotent (hearing an event twice changes nothing
 * more), and it can always be rebuilt from the store by setting its checkpoint back to 0.
 *
 * @param <E> the event type
 */
@FunctionalInterface
public interface EventListener<E> {
  /**
   * Events of one instance were committed.
   *
   * @param instanceId the instance
   * @param events the events, in order
   */
  void committed(String instanceId, List<E> events);
}
