package org.irrt.workflow;

import java.util.Objects;

/**
 * An event as a store holds it: its global position (the order of all appends to the store, from
 * 1, never reused), its instance and its version there (from 1).
 *
 * @param position the global position
 * @param instanceId the instance
 * @param version the event's version within the instance
 * @param event the event
 * @param <E> the event type
 */
public record StoredEvent<E>(long position, String instanceId, long version, E event) {
  /**
   * Checks the parts.
   *
   * @throws NullPointerException when the instance id or the event is null
   * @throws IllegalArgumentException when the position or version is below 1
   */
  public StoredEvent {
    Objects.requireNonNull(instanceId, "instanceId");
    Objects.requireNonNull(event, "event");
    if (position < 1 || version < 1) {
      throw new IllegalArgumentException("positions and versions start at 1");
    }
  }
}
