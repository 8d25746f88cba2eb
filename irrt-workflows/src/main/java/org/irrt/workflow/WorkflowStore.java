package org.irrt.workflow;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.irrt.model.member.MemberId;

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
 * appended, are never changed, reordered or removed; only the personal data kept beside them is
 * removed, by {@link #erase}.
 *
 * <p><b>Personal data</b> is kept apart from the history, so that erasure reaches it (GDPR Article
 * 17) while the audit trail stays whole. An event that is {@link PersonalData} is written into the
 * history in its {@linkplain PersonalData#erased erased form}, made with the pseudonym the store
 * holds for its {@linkplain PersonalData#dataSubject() data subject} (handed out by {@link
 * org.irrt.model.membership.MemberPrivacy#newPseudonym()} when the store first holds that subject's
 * data), and its full form is kept apart, keyed by the subject and the event's position. Every read
 * ({@link #load}, {@link #withKey}, {@link #read}) gives the full form while it is kept and the
 * erased form after {@link #erase}; nothing else in the history ever holds the person's data.
 * Stores that share a database share the subjects and their pseudonyms: one pseudonym per person
 * across every workflow, and one erasure reaches them all.
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

  /**
   * Runs an action once what this store appended in the caller's transaction is committed: at once
   * for a store that commits each append itself (the in-memory store, a JDBC store with its own
   * transactions outside {@link #exclusively} work, this default); once the exclusive work commits
   * for a JDBC store's own transaction held by it; when the host's transaction commits for a store that takes part in
   * it, and never when it rolls back. The engine delivers to its listeners through this, so that a
   * listener never hears of events a transaction then rolled back (a welcome e-mail for an
   * application that does not exist).
   *
   * @param action what to run, e.g. the engine's delivery
   */
  default void afterCommit(Runnable action) {
    java.util.Objects.requireNonNull(action, "action");
    action.run();
  }

  /**
   * Erases a data subject's personal data: the full forms kept for the subject (in this store and
   * in every store sharing its personal data) and the subject's link to its pseudonym. From then on
   * every read gives the erased forms, which hold the pseudonym; the events themselves, their order,
   * positions, versions, keys and headers are unchanged. The host then erases the member with the
   * same pseudonym ({@code MemberPrivacy.erase(member, pseudonym, at)}), records the erasure on the
   * membership ({@code MembershipCommand.Erase(pseudonym, reason)}) and applies the {@code
   * MemberErasure} to its register, so that one pseudonym stands for the person everywhere. An
   * engine caches built instances: erase through {@link WorkflowEngine#erase}, which drops them.
   *
   * @param subject whose data to erase
   * @return the subject's pseudonym; empty when the store holds no personal data of the subject (an
   *     unknown subject, or one erased already), and then nothing changes
   */
  Optional<MemberId> erase(DataSubject subject);
}
