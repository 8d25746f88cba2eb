package org.irrt.workflow;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A view over every event of a store that reads the store itself before it answers: no lag, no
 * events missed when a listener failed. The workflows' rules across instances (one open application
 * per person and type, a committee's seats) read such a view inside the command, and the engine
 * decides and appends those commands one at a time per store ({@link Workflow#spansInstances()}), so
 * the rule holds against the store's own data.
 *
 * <p>A subclass applies one event at a time to its own state; every query answers through {@link
 * #answer} (or, holding this object's monitor, first calls {@link #catchUp()}). Applying and
 * answering are serialised on this object; the store is read outside its monitor.
 *
 * <p>What the view applied may be taken back: in a host's transaction ({@code
 * JdbcWorkflowStore.inHostTransactions}) a command reads the events of the transaction's earlier
 * commands, which a rollback then removes, and their positions are handed out again to other
 * events; an erasure turns events into their erased forms. So each catch-up reads the last event
 * applied again (one event more, in the same query) and, when the store no longer holds it as it
 * was (its position, instance, version and content's hash: the view keeps no content), the view
 * {@link #clear() clears} its state and applies the store's events from the first (as the engine
 * drops an instance's snapshot whose last event the store no longer holds). Before, a rolled-back
 * application stayed open in the one-open-application rule, and the events that took its positions
 * were never applied.
 *
 * <p>An erasure, though, changes events anywhere in the history, and this check sees it only when
 * the last event applied is one of them; so whoever erases makes the views {@link #startOver()
 * start over}: {@link WorkflowEngine#forgetInstances()} (and so {@link WorkflowEngine#erase}) does
 * it for the views its workflow reads ({@link Workflow#views()}), {@code IrrtErasure} (the Spring
 * Boot starter) for every view of the application context, and on every other server the host
 * calls those (or restarts it). Before, a view kept what it had derived from the full forms (an
 * applicant's member id, a site's e-mail address) until a restart.
 *
 * <p>The check compares the event's {@code hashCode}, so an event type should have value equality
 * (a record, or an irrt event): an event type without it, read afresh from a store on each read (as
 * a JDBC store makes it from its JSON), never matches, and the view starts over at each query
 * (correct, but each query then applies every event again). A catch-up checks again whenever
 * another query moved the view while it read, but starts over at most once, so a catch-up always
 * ends; before, such a view started over forever and held its lock.
 *
 * @param <E> the event type
 */
public abstract class StoreProjection<E extends WorkflowEvent> {
  private static final int BATCH = 1024;

  private final WorkflowStore<E> store;
  private long position;
  /** The last event applied, by what tells it from another without keeping its content (personal data). */
  private Applied last;
  /** A {@link #clear()} threw: the state is unknown, so the next catch-up clears it before anything else. */
  private boolean unclear;
  /**
   * How many times the view forgot its state: a read made before a {@link #startOver()} may hold
   * forms erased since, even when the view stands again where it stood (position 0).
   */
  private long forgotten;

  private record Applied(long position, String instanceId, long version, int hash) {
    static Applied of(StoredEvent<?> e) {
      return new Applied(e.position(), e.instanceId(), e.version(), e.event().hashCode());
    }
  }

  /**
   * A view of a store, from its first event.
   *
   * @param store the store
   */
  protected StoreProjection(WorkflowStore<E> store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /**
   * Applies one event; called in the store's order, once per event.
   *
   * @param instanceId the event's instance
   * @param event the event
   */
  protected abstract void apply(String instanceId, E event);

  /**
   * Forgets every event applied: the state is again what it was before the first. Called when the
   * store no longer holds the last event applied as it was (a host's transaction rolled it back, or
   * it was erased); the events are then applied again from the store's first.
   */
  protected abstract void clear();

  /**
   * Applies every event appended since the last call; first checks that the store still holds the
   * last event applied, and otherwise starts again from the first event (see the class comment). A
   * query that holds this object's monitor while it calls this reads the store under it; {@link
   * #answer} does not.
   */
  protected final void catchUp() {
    answer(() -> null);
  }

  /**
   * Catches up ({@link #catchUp()}) and answers a query from the state, under this object's
   * monitor, as one: the answer holds every event the store gave this caller. The store is read
   * without the monitor, so a query waiting for the store (a JDBC store waiting for a pool
   * connection) never holds up the queries of others; before, a host's query outside {@link
   * WorkflowStore#exclusively}, waiting for a connection under the monitor, held up every command
   * that had a connection and asked the view, until the pool's timeout. What was read is applied
   * only when no other query moved the view meanwhile; else it is read again from where the view
   * then stands.
   *
   * @param query what to answer from the state, called under this object's monitor
   * @param <T> the answer's type
   * @return the answer
   */
  protected final <T> T answer(Supplier<T> query) {
    Objects.requireNonNull(query, "query");
    boolean verified = false; // the state holds only events this call read, or checked
    boolean mayCheck = true; // false once a check failed: an event read afresh may never match (see the class comment)
    while (true) {
      long from;
      Applied seen;
      long generation;
      synchronized (this) {
        if (unclear) {
          forget(); // a clear that threw left part of the state: none of it may answer, nor take more events
        }
        from = position;
        seen = last;
        generation = forgotten;
      }
      boolean check = !verified && mayCheck && seen != null;
      List<StoredEvent<E>> next = store.read(check ? from - 1 : from, BATCH);
      synchronized (this) {
        if (unclear || forgotten != generation || position != from || !Objects.equals(last, seen)) {
          // another query moved the view meanwhile, or it started over: what it applied was read in
          // its own transaction, so the next read checks the last event again; before, the read
          // applied here could be from before an erasure's start-over, and an answer could hold
          // another transaction's uncommitted events
          verified = false;
          continue;
        }
        verified = true;
        int skip = 0;
        if (check) {
          if (next.isEmpty() || !Applied.of(next.get(0)).equals(seen)) {
            mayCheck = false;
            forget();
            continue;
          }
          skip = 1;
        }
        if (next.size() == skip) {
          return query.get();
        }
        for (int i = skip; i < next.size(); i++) {
          StoredEvent<E> e = next.get(i);
          apply(e.instanceId(), e.event());
          position = e.position();
          last = Applied.of(e);
        }
      }
    }
  }

  /**
   * Forgets every event applied ({@link #clear()}, position 0), so that the next query applies the
   * store's events again from the first, in the forms the store holds then: after an erasure, which
   * turns events anywhere in the history into their erased forms (see the class comment). It does
   * so now, and again once the caller's transaction commits ({@link WorkflowStore#afterCommit}; at
   * once for a store that commits by itself): a query made meanwhile by another request read the
   * full forms, still committed then, while the caller's own queries read the erased ones. As
   * {@link WorkflowEngine#forgetInstances()} does for built instances. Costs one reading of the
   * store's events at the next query. When {@link #clear()} throws, the exception is thrown here
   * and the next query clears again before it answers (no answer from half a state).
   */
  public final void startOver() {
    forget();
    store.afterCommit(this::forget);
  }

  /**
   * Clears the state and starts from the first event. Position and last event first, and the view
   * marked unclear until {@link #clear()} returns: before, a clear that threw kept the position, and
   * the next query applied the newer events onto what was left of the old state (an erased address
   * still answered after an erasure).
   */
  private synchronized void forget() {
    position = 0;
    last = null;
    forgotten++;
    unclear = true;
    clear();
    unclear = false;
  }

  /**
   * The position of the last event applied.
   *
   * @return the position, 0 before any
   */
  public final synchronized long position() {
    return position;
  }
}
