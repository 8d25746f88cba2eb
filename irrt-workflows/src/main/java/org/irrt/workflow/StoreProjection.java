package org.irrt.workflow;

import java.util.List;
import java.util.Objects;

/**
 * A view over every event of a store that reads the store itself before it answers: no lag, no
 * events missed when a listener failed. The workflows' rules across instances (one open application
 * per person and type, a committee's seats) read such a view inside the command, and the engine
 * decides and appends those commands one at a time per store ({@link Workflow#spansInstances()}), so
 * the rule holds against the store's own data.
 *
 * <p>A subclass applies one event at a time to its own state; every query first calls {@link
 * #catchUp()}. Both are serialised on this object.
 *
 * @param <E> the event type
 */
public abstract class StoreProjection<E extends WorkflowEvent> {
  private static final int BATCH = 1024;

  private final WorkflowStore<E> store;
  private long position;

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

  /** Applies every event appended since the last call. */
  protected final synchronized void catchUp() {
    while (true) {
      List<StoredEvent<E>> next = store.read(position, BATCH);
      if (next.isEmpty()) {
        return;
      }
      for (StoredEvent<E> e : next) {
        apply(e.instanceId(), e.event());
        position = e.position();
      }
    }
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
