package org.irrt.workflow;

import java.io.Serializable;
import java.util.AbstractList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A thread-safe {@link WorkflowStore} in memory, for tests, examples and small hosts. Appends to one
 * instance are atomic and checked against the expected version; instances are independent.
 *
 * <p>{@link #load} returns an immutable snapshot: later appends never show in a list already
 * returned. An append costs the events appended, not the instance's history (the events are written
 * past the end of an array that the snapshots already returned never read).
 *
 * @param <E> the event type
 */
public final class InMemoryWorkflowStore<E> implements WorkflowStore<E> {
  /** Each instance's events: an immutable list ({@code List.copyOf}) or an {@link EventLog}. */
  private final ConcurrentMap<String, List<E>> instances = new ConcurrentHashMap<>();

  /** Creates an empty store. */
  public InMemoryWorkflowStore() {}

  @Override
  public List<E> load(String instanceId) {
    Objects.requireNonNull(instanceId, "instanceId");
    return instances.getOrDefault(instanceId, List.of());
  }

  @Override
  public long append(String instanceId, long expectedVersion, List<E> events) {
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(instanceId, "instanceId");
    if (expectedVersion == 0) { // a new instance, the common case: no copy of an immutable list
      List<E> fresh = List.copyOf(events);
      if (instances.putIfAbsent(instanceId, fresh) == null) {
        return fresh.size();
      }
    }
    List<E> result = instances.compute(instanceId, (id, current) -> {
      List<E> existing = current == null ? List.of() : current;
      if (existing.size() != expectedVersion) {
        throw new ConcurrencyException(id, expectedVersion, existing.size());
      }
      if (existing.isEmpty()) {
        return List.copyOf(events);
      }
      return existing instanceof EventLog<E> log ? log.plus(events) : EventLog.of(existing, events);
    });
    return result.size();
  }

  @Override
  public Set<String> instanceIds() {
    return Set.copyOf(instances.keySet());
  }

  /**
   * An immutable prefix of an array that only grows: the events {@code [0, size)} of {@code items}.
   * Appending writes past {@code size} (in place while the array has room, else into a larger copy)
   * and returns a longer prefix; a prefix already handed out never reads the slots written later,
   * so it never changes. Appends are serialised per instance by the map.
   */
  private static final class EventLog<E> extends AbstractList<E> implements RandomAccess, Serializable {
    private static final long serialVersionUID = 1L;

    private final transient Object[] items;
    private final int size;

    private EventLog(Object[] items, int size) {
      this.items = items;
      this.size = size;
    }

    static <E> EventLog<E> of(List<E> existing, List<E> events) {
      int size = existing.size();
      Object[] items = new Object[capacity(size + events.size())];
      for (int i = 0; i < size; i++) {
        items[i] = existing.get(i);
      }
      return new EventLog<E>(items, size).plus(events);
    }

    private static int capacity(int needed) {
      return Math.max(8, needed + (needed >> 1));
    }

    /** Only ever called on an instance's latest log, under the map's lock for the instance. */
    EventLog<E> plus(List<E> events) {
      int n = events.size();
      Object[] target = items;
      if (size + n > items.length) {
        target = new Object[capacity(size + n)];
        System.arraycopy(items, 0, target, 0, size);
      }
      int i = size;
      for (E e : events) {
        target[i++] = Objects.requireNonNull(e, "event");
      }
      if (i != size + n) {
        throw new java.util.ConcurrentModificationException("events changed while appended");
      }
      return new EventLog<>(target, i);
    }

    @Override
    @SuppressWarnings("unchecked")
    public E get(int index) {
      Objects.checkIndex(index, size);
      return (E) items[index];
    }

    @Override
    public int size() {
      return size;
    }

    @Override
    public Object[] toArray() {
      return java.util.Arrays.copyOf(items, size);
    }

    @Override
    public boolean add(E e) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean addAll(Collection<? extends E> c) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean remove(Object o) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean removeAll(Collection<?> c) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean retainAll(Collection<?> c) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean removeIf(Predicate<? super E> filter) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void replaceAll(UnaryOperator<E> operator) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void sort(Comparator<? super E> c) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void clear() {
      throw new UnsupportedOperationException();
    }

    private Object writeReplace() {
      return List.copyOf(this);
    }
  }
}
