package org.irrt.workflow;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Where instances live, as their events (each instance's audit trail is its storage), and where
 * listeners keep their checkpoints. The service a host implements to keep workflows in its own
 * database; {@link InMemoryWorkflowStore} is the reference.
 *
 * <p>The shape is a table (Axon's {@code JdbcEventStorageEngine}, EventStoreDB): one row per event
 * with a <b>global position</b> (the order of all appends, from 1), the <b>instance id</b>, the
 * <b>version</b> within the instance (from 1; unique with the instance id), the idempotency key
 * (indexed with the instance id) and the event itself; and one row per subscriber with its
 * <b>checkpoint</b>, the position of the last event it handled. A store is append-only: events, once
 * appended, are never changed, reordered or removed.
 *
 * <p>A JDBC store maps each method to one statement: {@link #append} inserts in one transaction and
 * turns a violation of the unique (instance id, version) key into a {@link ConcurrencyException}; it
 * must hand out positions in commit order, so that a reader never sees position {@code p + 1} while
 * {@code p} can still appear (one writer at a time, e.g. a row lock taken before the insert); {@link
 * #exclusively} runs its work in one transaction holding that same lock.
 *
 * @param <E> the event type
 */
public interface WorkflowStore<E extends WorkflowEvent> {
  /**
   * The events of an instance, oldest first.
   *
   * @param instanceId the instance
   * @return the events; empty when the instance does not exist
   */
  List<E> load(String instanceId);

  /**
   * The events of an instance after a version, oldest first: what an engine that built the instance
   * at that version still has to apply.
   *
   * @param instanceId the instance
   * @param afterVersion the version already known (0 for all)
   * @return the events with a greater version
   */
  List<E> load(String instanceId, long afterVersion);

  /**
   * Appends events if the instance is still at the expected version; atomically, all or nothing.
   * Each event gets the next global position and the next version of its instance.
   *
   * @param instanceId the instance
   * @param expectedVersion the version the caller read (0 for a new instance)
   * @param events the events to append
   * @return the new version
   * @throws ConcurrencyException when the instance is at another version; nothing is written
   */
  long append(String instanceId, long expectedVersion, List<E> events);

  /**
   * The events of an instance that carry an idempotency key, by index (never a scan of the
   * instance's history).
   *
   * @param instanceId the instance
   * @param idempotencyKey the key
   * @return the events, oldest first; empty when the key was never used on the instance
   */
  List<StoredEvent<E>> withKey(String instanceId, String idempotencyKey);

  /**
   * Events of every instance in global order, for subscribers and projections.
   *
   * @param afterPosition the position already handled (0 for all)
   * @param limit the most events to return, at least 1
   * @return the events with a greater position, at most {@code limit}
   */
  List<StoredEvent<E>> read(long afterPosition, int limit);

  /**
   * A subscriber's checkpoint.
   *
   * @param subscriber the subscriber's name
   * @return the position of the last event it handled; 0 when none
   */
  long checkpoint(String subscriber);

  /**
   * Saves a subscriber's checkpoint.
   *
   * @param subscriber the subscriber's name
   * @param position the position of the last event it handled (0 to deliver everything again)
   */
  void saveCheckpoint(String subscriber, long position);

  /**
   * Runs work while no other exclusive work and no append runs on this store: a decision that reads
   * other instances and the append that follows it happen as one.
   *
   * @param work the work
   * @param <T> what it gives
   * @return what it gave
   */
  <T> T exclusively(Supplier<T> work);

  /**
   * The ids of every instance.
   *
   * @return the ids
   */
  Set<String> instanceIds();
}
