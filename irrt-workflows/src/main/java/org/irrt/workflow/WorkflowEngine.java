package org.irrt.workflow;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.BiFunction;

/**
 * Runs a workflow against a store: loads an instance from its events, decides a request at the
 * clock's instant, appends the events with a version check, and notifies listeners.
 *
 * <p>Idempotency: when a request carries a key already recorded on the instance's events, and the
 * same actor issued the same command kind with it, the first outcome (the instance as it was right
 * after it, and its events) is returned again, marked replayed, and nothing is appended. A key
 * recorded for another actor, another command kind or another command content (a payment of 200
 * where the key paid 100) is refused ({@code idempotencyKey}) without
 * showing anything of the first outcome. Concurrency: if another
 * request committed since the instance was loaded, the append fails with {@link
 * ConcurrencyException} and nothing is lost or written twice; the caller may retry.
 *
 * <p>Listeners run after the events are committed, in the order added. If one throws, the events
 * stay committed, later listeners are not called, and the exception reaches the caller of {@link
 * #issue}: a retry with the same idempotency key returns the committed outcome (marked replayed)
 * without notifying listeners again, so a listener that must not miss events should be idempotent
 * and be fed from {@link #history} on recovery.
 *
 * <p>Cost: the engine keeps up to {@value #SNAPSHOTS} of the instances it built last, with their
 * versions, and evolves only the events appended since; the store must therefore be append-only (events of
 * an instance are never changed or removed), as {@link WorkflowStore} requires.
 *
 * @param <I> the instance type
 * @param <S> the state type
 * @param <K> the command kind type
 * @param <C> the command type
 * @param <E> the event type
 */
public final class WorkflowEngine<I, S extends Enum<S>, K extends Enum<K>, C, E extends WorkflowEvent> {
  private final Workflow<I, S, K, C, E> workflow;
  private final WorkflowStore<E> store;
  private final Clock clock;
  private final List<EventListener<E>> listeners = new CopyOnWriteArrayList<>();

  /**
   * Creates an engine.
   *
   * @param workflow the workflow
   * @param store where instances live
   * @param clock the source of every event's instant
   */
  public WorkflowEngine(Workflow<I, S, K, C, E> workflow, WorkflowStore<E> store, Clock clock) {
    this.workflow = Objects.requireNonNull(workflow, "workflow");
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Adds a listener for committed events.
   *
   * @param listener the listener
   * @return this engine
   */
  public WorkflowEngine<I, S, K, C, E> listen(EventListener<E> listener) {
    Objects.requireNonNull(listener, "listener");
    listeners.add(Objects.requireNonNull(listener, "listener"));
    return this;
  }

  /**
   * The workflow.
   *
   * @return the workflow
   */
  public Workflow<I, S, K, C, E> workflow() {
    return workflow;
  }

  /**
   * An instance as stored.
   *
   * @param instanceId the id
   * @return the instance (the initial one when nothing is stored)
   */
  public I load(String instanceId) {
    Objects.requireNonNull(instanceId, "instanceId");
    return current(instanceId, store.load(instanceId));
  }

  /**
   * Instances built lately, so a command evolves only the events added since: a table of {@value
   * #SNAPSHOTS} slots indexed by the id's hash, each holding the last instance built whose id falls
   * there. A snapshot is only a shortcut: one that is missing, or that is newer than the history
   * loaded, is rebuilt from the events.
   */
  private final AtomicReferenceArray<Snapshot<I>> snapshots = new AtomicReferenceArray<>(SNAPSHOTS);

  /** How many instances the engine keeps built, at most (a power of two). */
  private static final int SNAPSHOTS = 1024;

  private record Snapshot<I>(String id, int version, I instance) {}

  private static int slot(String instanceId) {
    int h = instanceId.hashCode();
    return (h ^ (h >>> 16)) & (SNAPSHOTS - 1);
  }

  private void remember(String instanceId, int version, I instance) {
    snapshots.setRelease(slot(instanceId), new Snapshot<>(instanceId, version, instance));
  }

  private I current(String instanceId, List<E> history) {
    Snapshot<I> snapshot = snapshots.getAcquire(slot(instanceId));
    int size = history.size();
    int from = snapshot != null && snapshot.id().equals(instanceId) && snapshot.version() <= size
        ? snapshot.version() : 0;
    I instance = from == 0 ? workflow.initial(instanceId) : snapshot.instance();
    for (int i = from; i < size; i++) {
      instance = workflow.evolve(instance, history.get(i));
    }
    if (from != size) {
      remember(instanceId, size, instance);
    }
    return instance;
  }

  /**
   * An instance's audit trail.
   *
   * @param instanceId the id
   * @return its events, oldest first
   */
  public List<E> history(String instanceId) {
    Objects.requireNonNull(instanceId, "instanceId");
    return store.load(instanceId);
  }

  /**
   * Issues a request.
   *
   * @param instanceId the instance (new ids create instances, when the table allows)
   * @param request the request
   * @return the outcome
   * @throws IllegalCommandException when the command is not in the table for the instance's state
   * @throws ConcurrencyException when another request committed first; nothing was written
   */
  public Outcome<I, E> issue(String instanceId, Request<? extends C> request) {
    Objects.requireNonNull(instanceId, "instanceId");
    Objects.requireNonNull(request, "request");
    List<E> history = store.load(instanceId);
    I current = current(instanceId, history);
    if (request.idempotencyKey().isPresent()) {
      Optional<Outcome<I, E>> replay = replay(instanceId, history, current, request);
      if (replay.isPresent()) {
        return replay.get();
      }
    }
    Outcome<I, E> outcome = workflow.decide(current, request, clock.instant());
    if (outcome instanceof Outcome.Accepted<I, E> accepted) {
      long version = store.append(instanceId, history.size(), accepted.events());
      remember(instanceId, (int) version, accepted.instance());
      if (!listeners.isEmpty()) {
        for (EventListener<E> listener : listeners) {
          listener.committed(instanceId, accepted.events());
        }
      }
    }
    return outcome;
  }

  private Optional<Outcome<I, E>> replay(String instanceId, List<E> history, I current,
      Request<? extends C> request) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < history.size(); i++) {
      if (history.get(i).header().idempotencyKey().equals(request.idempotencyKey())) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    if (first < 0) {
      return Optional.empty();
    }
    EventHeader header = history.get(first).header();
    if (!header.actor().equals(request.actor().id())
        || !header.command().equals(workflow.kind(request.command()).name())
        || !header.fingerprint().equals(Workflow.fingerprint(request.command()))) {
      return Optional.of(new Outcome.Refused<>(current,
          List.of(new Refusal("idempotencyKey", "org.irrt.workflow.keyReused"))));
    }
    List<E> events = history.subList(first, last + 1).stream()
        .filter(e -> e.header().idempotencyKey().equals(request.idempotencyKey())).toList();
    return Optional.of(new Outcome.Accepted<>(workflow.replay(instanceId, history.subList(0, last + 1)),
        events, true));
  }

  /**
   * A time-driven sweep: asks a rule, for every stored instance at the clock's instant, whether the
   * system should issue a command, and issues it. Instances changed concurrently are skipped (the
   * next sweep sees them again).
   *
   * @param rule the rule: the command to issue for an instance at an instant, if any
   * @return the outcomes of the commands issued, by instance id order
   */
  public List<Outcome<I, E>> sweep(BiFunction<I, Instant, Optional<C>> rule) {
    Objects.requireNonNull(rule, "rule");
    Instant now = clock.instant();
    List<Outcome<I, E>> outcomes = new ArrayList<>();
    for (String id : new TreeSet<>(store.instanceIds())) {
      I instance = load(id);
      Optional<C> command = rule.apply(instance, now);
      if (command.isPresent()) {
        try {
          outcomes.add(issue(id, Request.of(command.get(), Actor.SYSTEM)));
        } catch (ConcurrencyException e) {
          // changed meanwhile: the next sweep decides again
        }
      }
    }
    return outcomes;
  }
}
