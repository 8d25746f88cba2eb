package org.irrt.workflow;

import java.util.List;

/**
 * Receives events once they are committed to the store, for notifications ("application approved")
 * and projections (rosters). Called on the committing thread, after the append; a listener that
 * throws does not undo the commit, and the engine passes its exception on.
 *
 * @param <E> the event type
 */
@FunctionalInterface
public interface EventListener<E> {
  /**
   * Events were committed.
   *
   * @param instanceId the instance
   * @param events the events, in order
   */
  void committed(String instanceId, List<E> events);
}
