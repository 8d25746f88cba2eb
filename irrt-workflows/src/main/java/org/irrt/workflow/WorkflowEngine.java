package org.irrt.workflow;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiFunction;
import org.irrt.model.member.MemberId;

/**
 * Runs a workflow against a store: builds an instance from its events, decides a request at the
 * clock's instant, appends the events with a version check, and delivers committed events to
 * listeners. One line declares it: {@code var engine = WorkflowEngine.of(workflow, store, clock);}.
 *
 * <p>Issuing a request, in order:
 *
 * <ol>
 *   <li><b>Build</b> the instance: the engine's last snapshot of it evolved by the events appended
 *       since ({@link WorkflowStore#load(String, long)}), so the cost does not grow with history.
 *   <li><b>Idempotency</b>: a key already on the instance ({@link WorkflowStore#withKey}, an index)
 *       with the same actor, command and content fingerprint returns the first outcome again, marked
 *       replayed, and writes nothing; the key with another actor, command or content is refused
 *       ({@code idempotencyKey}) showing nothing of the first outcome.
 *   <li><b>Version</b>: a request that names the version its caller saw is refused ({@code version})
 *       when the instance has moved on.
 *   <li><b>Decide</b> ({@link Workflow#decide}), purely: accepted or refused with every reason.
 *   <li><b>Append</b> with the version read: if another request committed meanwhile, nothing is
 *       written and the request is decided again on the new instance (a few times; then {@link
 *       ConcurrencyException}). For a workflow whose rules read other instances, build, decide and
 *       append run as one ({@link WorkflowStore#exclusively}).
 *   <li><b>Deliver</b> ({@link #deliver()}), once the events are committed ({@link
 *       WorkflowStore#afterCommit}: in a host's transaction, when it commits, never when it rolls
 *       back): each listener gets the store's events after its checkpoint, at least once; one that
 *       throws keeps its checkpoint and is retried at the next delivery, and no other listener is
 *       skipped; a delivery that fails (the database) is logged, not thrown as the command's,
 *       which is stored. A replayed request delivers too.
 * </ol>
 *
 * @param <I> the instance type
 * @param <C> the command type
 * @param <E> the event type
 */
public final class WorkflowEngine<I extends WorkflowInstance<?>, C, E extends WorkflowEvent> {
  private static final System.Logger LOG = System.getLogger(WorkflowEngine.class.getName());
  /** How many times a request is decided again after another request committed first. */
  private static final int ATTEMPTS = 100;
  /** How many events a listener gets per delivery read. */
  private static final int DELIVERY_BATCH = 512;
  /** How many instances the engine keeps built, at most (a power of two). */
  private static final int SNAPSHOTS = 1024;

  private final Workflow<I, ?, C, E> workflow;
  private final WorkflowStore<E> store;
  private final Clock clock;
  private final List<Subscription<E>> subscriptions = new CopyOnWriteArrayList<>();
  /**
   * Instances built lately, so a command evolves only the events added since: {@value #SNAPSHOTS}
   * slots indexed by the id's hash, each holding the last instance built whose id falls there. A
   * snapshot is only a shortcut, ignored when its id differs, and dropped when the store no longer
   * holds its last event (a host's transaction rolled back the command that made it, perhaps another
   * command took its place): the events are read from the snapshot's last one on, one event more
   * than needed, so that this costs no extra query.
   */
  private final AtomicReferenceArray<Snapshot<I, E>> snapshots = new AtomicReferenceArray<>(SNAPSHOTS);

  /** How many times the instances were forgotten: a build that began before keeps nothing. */
  private final AtomicLong forgotten = new AtomicLong();

  /** An instance built from its first {@code version} events, the last of which is {@code last}. */
  private record Snapshot<I, E>(String id, long version, I instance, E last) {}

  private static final class Subscription<E> {
    final String name;
    final EventListener<E> listener;
    final ReentrantLock lock = new ReentrantLock();
    final AtomicBoolean wanted = new AtomicBoolean();

    Subscription(String name, EventListener<E> listener) {
      this.name = name;
      this.listener = listener;
    }
  }

  private WorkflowEngine(Workflow<I, ?, C, E> workflow, WorkflowStore<E> store, Clock clock) {
    this.workflow = Objects.requireNonNull(workflow, "workflow");
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * An engine.
   *
   * @param workflow the workflow
   * @param store where instances live
   * @param clock the source of every event's instant
   * @param <I> the instance type
   * @param <C> the command type
   * @param <E> the event type
   * @return the engine
   */
  public static <I extends WorkflowInstance<?>, C, E extends WorkflowEvent> WorkflowEngine<I, C, E> of(
      Workflow<I, ?, C, E> workflow, WorkflowStore<E> store, Clock clock) {
    return new WorkflowEngine<>(workflow, store, clock);
  }

  /**
   * Adds a listener for committed events, under a name that keys its checkpoint in the store. A new
   * name starts from the store's first event, so a projection registered late is built from the
   * whole history. Servers on one database share the checkpoint of a name: a listener that keeps
   * state in each server's memory needs a name per server (else it misses what another server
   * delivered), and one with effects outside (e-mail) under one name is delivered at least once
   * across them, some events more than once when servers deliver at the same time (4 servers, 120
   * payments: heard 134 to 164 times over two runs, {@code PaymentsAcrossHostsTest}).
   *
   * @param name the subscriber's name, stable across restarts (e.g. {@code notifications})
   * @param listener the listener
   * @return this engine
   * @throws IllegalArgumentException when the name is already listening on this engine
   */
  public WorkflowEngine<I, C, E> listen(String name, EventListener<E> listener) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(listener, "listener");
    for (Subscription<E> s : subscriptions) {
      if (s.name.equals(name)) {
        throw new IllegalArgumentException("a listener named " + name + " is already registered");
      }
    }
    subscriptions.add(new Subscription<>(name, listener));
    return this;
  }

  /**
   * The workflow.
   *
   * @return the workflow
   */
  public Workflow<I, ?, C, E> workflow() {
    return workflow;
  }

  /**
   * An instance as stored.
   *
   * @param instanceId the id
   * @return the instance (the initial one when nothing is stored, as for an id no instance can have:
   *     see {@link #issue})
   */
  public I load(String instanceId) {
    Objects.requireNonNull(instanceId, "instanceId");
    return OpaqueId.isValid(instanceId) ? current(instanceId).instance() : workflow.initial(instanceId);
  }

  /**
   * An instance's version: the number of its events, what a page shows so that a command based on
   * it can say so ({@link Request#withExpectedVersion}).
   *
   * @param instanceId the id
   * @return the version, 0 when nothing is stored (as for an id no instance can have)
   */
  public long version(String instanceId) {
    Objects.requireNonNull(instanceId, "instanceId");
    return OpaqueId.isValid(instanceId) ? current(instanceId).version() : 0;
  }

  /**
   * An instance's audit trail.
   *
   * @param instanceId the id
   * @return its events, oldest first (none for an id no instance can have)
   */
  public List<E> history(String instanceId) {
    Objects.requireNonNull(instanceId, "instanceId");
    return OpaqueId.isValid(instanceId) ? store.load(instanceId) : List.of();
  }

  private static int slot(String instanceId) {
    int h = instanceId.hashCode();
    return (h ^ (h >>> 16)) & (SNAPSHOTS - 1);
  }

  /**
   * Keeps a built instance, unless the instances were forgotten meanwhile (an erasure): then it is
   * not kept, as it may hold what was erased.
   */
  private void remember(Snapshot<I, E> built, long forgetting) {
    int slot = slot(built.id());
    snapshots.setRelease(slot, built);
    if (forgotten.get() != forgetting) {
      snapshots.compareAndSet(slot, built, null);
    }
  }

  private Snapshot<I, E> current(String instanceId) {
    long forgetting = forgotten.get();
    Snapshot<I, E> snapshot = snapshots.getAcquire(slot(instanceId));
    List<E> events = List.of();
    boolean usable = snapshot != null && snapshot.id().equals(instanceId);
    if (usable) {
      events = store.load(instanceId, snapshot.version() - 1);
      usable = !events.isEmpty() && events.get(0).equals(snapshot.last());
      if (usable && events.size() == 1) {
        return snapshot;
      }
    }
    if (!usable) {
      events = store.load(instanceId);
    }
    if (events.isEmpty()) { // a new instance: nothing worth remembering
      return new Snapshot<>(instanceId, 0, workflow.initial(instanceId), null);
    }
    I instance = usable ? snapshot.instance() : workflow.initial(instanceId);
    for (int i = usable ? 1 : 0; i < events.size(); i++) {
      instance = workflow.evolve(instance, events.get(i));
    }
    long version = (usable ? snapshot.version() - 1 : 0) + events.size();
    Snapshot<I, E> built = new Snapshot<>(instanceId, version, instance, events.get(events.size() - 1));
    remember(built, forgetting);
    return built;
  }

  /**
   * Issues a request.
   *
   * @param instanceId the instance (new ids create instances, when the table allows): an opaque id
   *     the host chooses ({@link OpaqueId}: 1 to 200 ASCII letters, digits and {@code - _ . : ~ + /
   *     = @}, e.g. {@code app-3f2a9c}), so that any database keeps it as given; the reads ({@link
   *     #load}, {@link #version}, {@link #history}) answer "nothing stored" for another id
   * @param request the request
   * @return the outcome: accepted (perhaps replayed) or refused with every reason
   * @throws org.irrt.model.common.InvalidValueException when the instance id breaks the rule (at
   *     {@code instanceId}); nothing is read or written
   * @throws ConcurrencyException when other requests kept committing first, {@value #ATTEMPTS} times
   */
  public Outcome<I, E> issue(String instanceId, Request<? extends C> request) {
    Objects.requireNonNull(instanceId, "instanceId");
    Objects.requireNonNull(request, "request");
    OpaqueId.require("WorkflowEngine", "instanceId", instanceId);
    // a snapshot of what a store's transaction then rolled back is dropped when next read (see current)
    Outcome<I, E> outcome = workflow.spansInstances() ? exclusively(instanceId, request) : attempt(instanceId, request);
    if (!subscriptions.isEmpty() && outcome instanceof Outcome.Accepted<I, E>) {
      // once committed: in a host's transaction, only if it commits (a listener never hears of what did not happen)
      store.afterCommit(this::deliverAfterCommand);
    }
    return outcome;
  }

  /**
   * A command of a workflow whose rules read other instances, as one exclusive work; decided again
   * when the database gave up the work for a concurrent one (a host's pool at REPEATABLE READ or
   * SERIALIZABLE: the store's {@link ConcurrencyException}), nothing of it written.
   */
  private Outcome<I, E> exclusively(String instanceId, Request<? extends C> request) {
    for (int attempt = 1; ; attempt++) {
      try {
        return store.exclusively(() -> attempt(instanceId, request));
      } catch (ConcurrencyException e) {
        if (attempt >= ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  /**
   * The delivery after a command. The command is stored whatever happens here, so a failure of the
   * delivery (the database failing to read the events or save a checkpoint) is not thrown as the
   * command's: it is logged without the events' content, the listeners keep their checkpoints, and
   * the next delivery retries.
   */
  private void deliverAfterCommand() {
    try {
      deliver();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "the delivery after a command failed ({0}); the listeners keep their checkpoints "
          + "and the next delivery retries", e.getClass().getName());
    }
  }

  private Outcome<I, E> attempt(String instanceId, Request<? extends C> request) {
    ConcurrencyException last = null;
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      long forgetting = forgotten.get();
      Snapshot<I, E> current = current(instanceId);
      if (request.idempotencyKey().isPresent()) {
        Optional<Outcome<I, E>> replay = replay(instanceId, current, request);
        if (replay.isPresent()) {
          return replay.get();
        }
      }
      if (request.expectedVersion().isPresent() && request.expectedVersion().get() != current.version()) {
        return new Outcome.Refused<>(current.instance(), List.of(new Refusal("version",
            "org.irrt.workflow.version", request.expectedVersion().get(), current.version())));
      }
      Outcome<I, E> outcome = workflow.decide(current.instance(), request, clock.instant());
      if (!(outcome instanceof Outcome.Accepted<I, E> accepted) || accepted.events().isEmpty()) {
        return outcome;
      }
      try {
        long version = store.append(instanceId, current.version(), accepted.events());
        List<E> added = accepted.events();
        remember(new Snapshot<>(instanceId, version, accepted.instance(), added.get(added.size() - 1)), forgetting);
        return outcome;
      } catch (ConcurrencyException e) {
        last = e; // nothing was written: decide again on the instance as it now is
      }
    }
    throw last;
  }

  private Optional<Outcome<I, E>> replay(String instanceId, Snapshot<I, E> current, Request<? extends C> request) {
    List<StoredEvent<E>> keyed = store.withKey(instanceId, request.idempotencyKey().orElseThrow());
    if (keyed.isEmpty()) {
      return Optional.empty();
    }
    EventHeader first = keyed.get(0).event().header();
    if (!first.actor().equals(request.actor().id())
        || !first.command().equals(WorkflowDefinition.commandName(request.command().getClass()))
        || !first.fingerprint().equals(Workflow.fingerprint(request.command()))) {
      return Optional.of(new Outcome.Refused<>(current.instance(),
          List.of(new Refusal("idempotencyKey", "org.irrt.workflow.keyReused"))));
    }
    long after = keyed.get(keyed.size() - 1).version();
    I then = after == current.version() ? current.instance()
        : workflow.replay(instanceId, store.load(instanceId).subList(0, (int) after));
    List<E> events = new ArrayList<>(keyed.size());
    keyed.forEach(s -> events.add(s.event()));
    return Optional.of(new Outcome.Accepted<>(then, events, true));
  }

  /**
   * Delivers the store's committed events to every listener from its checkpoint, and saves each
   * listener's checkpoint after each call that returned. A listener that throws keeps its checkpoint
   * (it gets the same events again at the next delivery); the others are still served. Called after
   * every accepted request; a host also calls it from a job, so that a listener that failed catches
   * up when nothing else happens.
   *
   * @return the names of the listeners that threw during this delivery
   */
  public List<String> deliver() {
    List<String> failed = new ArrayList<>();
    for (Subscription<E> s : subscriptions) {
      s.wanted.set(true);
      // whoever holds the lock delivers; a delivery asked for meanwhile is done before it lets go
      while (s.wanted.get() && s.lock.tryLock()) {
        try {
          s.wanted.set(false);
          if (!drain(s)) {
            failed.add(s.name);
            break;
          }
        } finally {
          s.lock.unlock();
        }
      }
    }
    return failed;
  }

  /** Delivers to one listener until it is caught up; false when it threw. */
  private boolean drain(Subscription<E> s) {
    long position = store.checkpoint(s.name);
    while (true) {
      List<StoredEvent<E>> next = store.read(position, DELIVERY_BATCH);
      if (next.isEmpty()) {
        return true;
      }
      int i = 0;
      while (i < next.size()) {
        String instanceId = next.get(i).instanceId();
        int j = i;
        List<E> events = new ArrayList<>();
        while (j < next.size() && next.get(j).instanceId().equals(instanceId)) {
          events.add(next.get(j).event());
          j++;
        }
        try {
          s.listener.committed(instanceId, List.copyOf(events));
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "listener {0} failed at position {1} ({2}); it will be called again",
              s.name, next.get(i).position(), e.getClass().getName());
          return false;
        }
        position = next.get(j - 1).position();
        store.saveCheckpoint(s.name, position);
        i = j;
      }
    }
  }

  /**
   * Erases a data subject's personal data from the store ({@link WorkflowStore#erase}) and drops
   * every instance this engine keeps built, and makes its workflow's views start over ({@link
   * #forgetInstances()}), so that nothing of the person stays in its memory: the next command or
   * read builds the instance (and the next rule the view) again from the erased forms. Stores that share their
   * personal data (one database; {@link InMemoryWorkflowStore#sharingPersonalDataWith}) are erased
   * together, but each other engine over them keeps its own built instances until its {@link
   * #forgetInstances()} is called: a host calls it on every engine of every server (after its own
   * erasure job, or on a message the erasing server sends), or restarts them. Listeners got the
   * full forms when they were delivered; a host's projection that copied personal data erases it
   * itself.
   *
   * @param subject whose data to erase
   * @return the subject's pseudonym, for {@code MemberPrivacy.erase(member, pseudonym, at)} and
   *     {@code MembershipCommand.Erase}; empty when the store held nothing of the subject
   */
  public Optional<MemberId> erase(DataSubject subject) {
    Objects.requireNonNull(subject, "subject");
    Optional<MemberId> pseudonym = store.erase(subject);
    forgetInstances();
    return pseudonym;
  }

  /**
   * Drops every instance this engine keeps built (the {@value #SNAPSHOTS} slots by id hash): after
   * an erasure through another engine or on another server, so that no full form of a person's
   * data stays in this one's memory. The next command or read builds each instance again from the
   * store; nothing else changes. Inside a host's transaction (an erasure not committed yet), it
   * drops them again once that transaction commits ({@link WorkflowStore#afterCommit}): an instance
   * another request built meanwhile read the full forms, still committed then.
   *
   * <p>The views the workflow's rules read ({@link Workflow#views()}: the one-open-application
   * index, the roster) {@linkplain StoreProjection#startOver() start over} the same way, now and
   * once the transaction commits: before, an erased applicant's member id stayed in the index until
   * a restart. A host's own views are the host's to start over ({@code IrrtErasure} does it for a
   * Spring context's).
   */
  public void forgetInstances() {
    forget();
    store.afterCommit(this::forget);
    for (StoreProjection<?> view : workflow.views()) {
      view.startOver();
    }
  }

  private void forget() {
    forgotten.incrementAndGet();
    for (int i = 0; i < SNAPSHOTS; i++) {
      snapshots.setRelease(i, null);
    }
  }

  /**
   * A time-driven sweep: asks a rule, for every stored instance at the clock's instant, whether the
   * system should issue a command, and issues it (decided on the instance as it is then, so a
   * change made meanwhile, such as a new publication time, wins).
   *
   * @param rule the rule: the command to issue for an instance at an instant, if any
   * @return the outcomes of the commands issued, by instance id order
   */
  public List<Outcome<I, E>> sweep(BiFunction<? super I, Instant, ? extends Optional<? extends C>> rule) {
    Objects.requireNonNull(rule, "rule");
    Instant now = clock.instant();
    List<Outcome<I, E>> outcomes = new ArrayList<>();
    for (String id : new TreeSet<>(store.instanceIds())) {
      Optional<? extends C> command = rule.apply(load(id), now);
      if (command.isPresent()) {
        try {
          outcomes.add(issue(id, Request.of(command.get(), Actor.SYSTEM)));
        } catch (ConcurrencyException e) {
          // changed again and again meanwhile: the next sweep decides again
        }
      }
    }
    return outcomes;
  }
}
