package org.irrt.workflow;

import java.util.List;
import java.util.Set;

/**
 * Where instances live, as their events (each instance's audit trail is its storage). The version
 * of an instance is the number of its events. A store is append-only: events, once appended, are
 * never changed, reordered or removed (an audit trail is not rewritten). A JDBC store keeps one row per event (instance id,
 * version, JSON of the event) with a unique key on (instance id, version): a stale append violates
 * the key and becomes a {@link ConcurrencyException}; the workflows do not change.
 *
 * @param <E> the event type
 */
public interface WorkflowStore<E> {
  /**
   * The events of an instance, oldest first.
   *
   * @param instanceId the instance
   * @return the events; empty when the instance does not exist
   */
  List<E> load(String instanceId);

  /**
   * Appends events if the instance is still at the expected version; atomically, all or nothing.
   *
   * @param instanceId the instance
   * @param expectedVersion the version the caller read (0 for a new instance)
   * @param events the events to append
   * @return the new version
   * @throws ConcurrencyException when the instance is at another version; nothing is written
   */
  long append(String instanceId, long expectedVersion, List<E> events);

  /**
   * The ids of every instance.
   *
   * @return the ids
   */
  Set<String> instanceIds();
}
