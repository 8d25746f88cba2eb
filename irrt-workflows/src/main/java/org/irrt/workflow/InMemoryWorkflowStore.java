package org.irrt.workflow;

import java.io.Serializable;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * A thread-safe {@link WorkflowStore} in memory, for tests, examples and small hosts. Appends take
 * one lock for the whole store (as a JDBC store takes a row lock), so global positions follow the
 * order of appends without gaps; reads never take it.
 *
 * <p>Every list handed out is immutable and never changes: later appends are written past the end of
 * arrays that the lists already returned never read, so an append costs the events appended, not
 * the history, and {@link #load(String, long)} is a view, not a copy. Idempotency keys are kept in
 * an index per instance.
 *
 * @param <E> the event type
 */
public final class InMemoryWorkflowStore<E extends WorkflowEvent> implements WorkflowStore<E> {
  private final ReentrantLock lock = new ReentrantLock();
  /** Each instance's events. */
  private final Map<String, EventLog<E>> instances = new ConcurrentHashMap<>();
  /** The events carrying each key, by instance then key. */
  private final Map<String, Map<String, List<StoredEvent<E>>>> keys = new ConcurrentHashMap<>();
  private final Map<String, Long> checkpoints = new ConcurrentHashMap<>();
  /** Every event in global order; position p is at index p - 1. */
  private volatile EventLog<StoredEvent<E>> all = EventLog.empty();

  /** Creates an empty store. */
  public InMemoryWorkflowStore() {}

  @Override
  public List<E> load(String instanceId) {
    Objects.requireNonNull(instanceId, "instanceId");
    EventLog<E> log = instances.get(instanceId);
    return log == null ? List.of() : log;
  }

  @Override
  public List<E> load(String instanceId, long afterVersion) {
    Objects.requireNonNull(instanceId, "instanceId");
    List<E> events = load(instanceId);
    if (afterVersion < 0) {
      throw new IllegalArgumentException("afterVersion must not be negative");
    }
    return afterVersion >= events.size() ? List.of() : events.subList((int) afterVersion, events.size());
  }

  @Override
  public long append(String instanceId, long expectedVersion, List<E> events) {
    Objects.requireNonNull(instanceId, "instanceId");
    Objects.requireNonNull(events, "events");
    List<E> batch = List.copyOf(events); // refuses a null event before anything is written
    lock.lock();
    try {
      EventLog<E> existing = instances.getOrDefault(instanceId, EventLog.empty());
      if (existing.size() != expectedVersion) {
        throw new ConcurrencyException(instanceId, expectedVersion, existing.size());
      }
      List<StoredEvent<E>> stored = new ArrayList<>(batch.size());
      long position = all.size();
      for (int i = 0; i < batch.size(); i++) {
        stored.add(new StoredEvent<>(position + i + 1, instanceId, expectedVersion + i + 1, batch.get(i)));
      }
      for (StoredEvent<E> s : stored) {
        Optional<String> key = s.event().header().idempotencyKey();
        if (key.isPresent()) {
          keys.computeIfAbsent(instanceId, id -> new ConcurrentHashMap<>())
              .merge(key.get(), List.of(s), (a, b) -> {
                List<StoredEvent<E>> both = new ArrayList<>(a);
                both.addAll(b);
                return List.copyOf(both);
              });
        }
      }
      EventLog<E> next = existing.plus(batch);
      instances.put(instanceId, next);
      all = all.plus(stored);
      return next.size();
    } finally {
      lock.unlock();
    }
  }

  @Override
  public List<StoredEvent<E>> withKey(String instanceId, String idempotencyKey) {
    Objects.requireNonNull(instanceId, "instanceId");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    Map<String, List<StoredEvent<E>>> byKey = keys.get(instanceId);
    return byKey == null ? List.of() : byKey.getOrDefault(idempotencyKey, List.of());
  }

  @Override
  public List<StoredEvent<E>> read(long afterPosition, int limit) {
    if (afterPosition < 0 || limit < 1) {
      throw new IllegalArgumentException("afterPosition must not be negative and limit must be at least 1");
    }
    List<StoredEvent<E>> events = all;
    if (afterPosition >= events.size()) {
      return List.of();
    }
    return events.subList((int) afterPosition, (int) Math.min(events.size(), afterPosition + limit));
  }

  @Override
  public long checkpoint(String subscriber) {
    Objects.requireNonNull(subscriber, "subscriber");
    return checkpoints.getOrDefault(subscriber, 0L);
  }

  @Override
  public void saveCheckpoint(String subscriber, long position) {
    Objects.requireNonNull(subscriber, "subscriber");
    if (position < 0) {
      throw new IllegalArgumentException("position must not be negative");
    }
    checkpoints.put(subscriber, position);
  }

  @Override
  public <T> T exclusively(Supplier<T> work) {
    Objects.requireNonNull(work, "work");
    lock.lock();
    try {
      return work.get();
    } finally {
      lock.unlock();
    }
  }

  @Override
  public Set<String> instanceIds() {
    return Set.copyOf(instances.keySet());
  }

  /**
   * An immutable prefix of an array that only grows: the items {@code [0, size)} of {@code items}.
   * Appending writes past {@code size} (in place while the array has room, else into a larger copy)
   * and returns a longer prefix; a prefix already handed out never reads the slots written later,
   * so it never changes. Appends are serialised by the store's lock.
   */
  private static final class EventLog<T> extends AbstractList<T> implements RandomAccess, Serializable {
    private static final long serialVersionUID = 1L;
    private static final EventLog<?> EMPTY = new EventLog<>(new Object[0], 0);

    private final transient Object[] items;
    private final int size;

    private EventLog(Object[] items, int size) {
      this.items = items;
      this.size = size;
    }

    @SuppressWarnings("unchecked")
    static <T> EventLog<T> empty() {
      return (EventLog<T>) EMPTY;
    }

    private static int capacity(int needed) {
      return Math.max(8, needed + (needed >> 1));
    }

    /** Only ever called on the latest log, under the store's lock. */
    EventLog<T> plus(List<T> more) {
      int n = more.size();
      Object[] target = items;
      if (size + n > items.length) {
        target = new Object[capacity(size + n)];
        System.arraycopy(items, 0, target, 0, size);
      }
      for (int i = 0; i < n; i++) {
        target[size + i] = more.get(i);
      }
      return new EventLog<>(target, size + n);
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(int index) {
      Objects.checkIndex(index, size);
      return (T) items[index];
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
    public boolean add(T e) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean addAll(Collection<? extends T> c) {
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
    public boolean removeIf(Predicate<? super T> filter) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void replaceAll(UnaryOperator<T> operator) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void sort(Comparator<? super T> c) {
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
