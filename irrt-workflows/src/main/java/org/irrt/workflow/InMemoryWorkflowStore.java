package org.irrt.workflow;

import java.io.Serializable;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.irrt.model.member.MemberId;
import org.irrt.model.membership.MemberPrivacy;

/**
 * A thread-safe {@link WorkflowStore} in memory, for tests, examples and small hosts. Appends take
 * one lock for the whole store (as a JDBC store takes a row lock), so global positions follow the
 * order of appends without gaps; reads never take it.
 *
 * <p>The history never changes: later appends are written past the end of arrays that the reads
 * already made never read, so an append costs the events appended, not the history, and a read
 * costs the events it returns. Idempotency keys are kept in an index per instance.
 *
 * <p>Personal data is kept apart ({@link WorkflowStore}): the history holds each {@link
 * PersonalData} event's erased form, and a map by position holds its full form until {@link
 * #erase} removes it. The subjects and their pseudonyms live in a part that several stores may
 * share, as stores over one database do: a host with a store per workflow makes the others with
 * {@link #sharingPersonalDataWith}, so that a person has one pseudonym across its workflows and one
 * {@link #erase} reaches every store.
 *
 * @param <E> the event type
 */
public final class InMemoryWorkflowStore<E extends WorkflowEvent> implements WorkflowStore<E> {
  private final ReentrantLock lock = new ReentrantLock();
  /** Each instance's events, as the history holds them (erased forms). */
  private final Map<String, EventLog<StoredEvent<E>>> instances = new ConcurrentHashMap<>();
  /** The events carrying each key, by instance then key, as the history holds them. */
  private final Map<String, Map<String, List<StoredEvent<E>>>> keys = new ConcurrentHashMap<>();
  private final Map<String, Long> checkpoints = new ConcurrentHashMap<>();
  /** Every event in global order, as the history holds them; position p is at index p - 1. */
  private volatile EventLog<StoredEvent<E>> all = EventLog.empty();
  /** The full forms of this store's personal-data events, by position, until erased. */
  private final Map<Long, E> full = new ConcurrentHashMap<>();
  /** The subjects and their pseudonyms, perhaps shared with other stores. */
  private final Subjects subjects;

  /** Creates an empty store, with personal data of its own. */
  public InMemoryWorkflowStore() {
    this(new Subjects());
  }

  private InMemoryWorkflowStore(Subjects subjects) {
    this.subjects = subjects;
  }

  /**
   * Creates an empty store (for another workflow, usually) that shares its personal data with
   * another: the same subjects and pseudonyms, and an {@link #erase} on either reaches both.
   *
   * @param other the store to share with
   * @param <E> the new store's event type
   * @return the new store
   */
  public static <E extends WorkflowEvent> InMemoryWorkflowStore<E> sharingPersonalDataWith(
      InMemoryWorkflowStore<?> other) {
    Objects.requireNonNull(other, "other");
    return new InMemoryWorkflowStore<>(other.subjects);
  }

  /** The event as read: the full form while it is kept. */
  private E read(StoredEvent<E> stored) {
    E form = full.isEmpty() ? null : full.get(stored.position());
    return form == null ? stored.event() : form;
  }

  private StoredEvent<E> readStored(StoredEvent<E> stored) {
    E form = full.isEmpty() ? null : full.get(stored.position());
    return form == null ? stored : new StoredEvent<>(stored.position(), stored.instanceId(), stored.version(), form);
  }

  @Override
  public List<E> load(String instanceId) {
    return load(instanceId, 0);
  }

  @Override
  public List<E> load(String instanceId, long afterVersion) {
    Objects.requireNonNull(instanceId, "instanceId");
    if (afterVersion < 0) {
      throw new IllegalArgumentException("afterVersion must not be negative");
    }
    EventLog<StoredEvent<E>> log = instances.get(instanceId);
    if (log == null || afterVersion >= log.size()) {
      return List.of();
    }
    Object[] events = new Object[log.size() - (int) afterVersion];
    for (int i = 0; i < events.length; i++) {
      events[i] = read(log.get((int) afterVersion + i));
    }
    @SuppressWarnings("unchecked")
    List<E> list = (List<E>) (List<?>) List.of(events);
    return list;
  }

  private List<StoredEvent<E>> readAll(List<StoredEvent<E>> stored) {
    if (full.isEmpty()) {
      return stored;
    }
    List<StoredEvent<E>> events = new ArrayList<>(stored.size());
    for (StoredEvent<E> s : stored) {
      events.add(readStored(s));
    }
    return List.copyOf(events);
  }

  @Override
  public long append(String instanceId, long expectedVersion, List<E> events) {
    Objects.requireNonNull(instanceId, "instanceId");
    Objects.requireNonNull(events, "events");
    List<E> batch = List.copyOf(events); // refuses a null event before anything is written
    lock.lock();
    try {
      EventLog<StoredEvent<E>> existing = instances.getOrDefault(instanceId, EventLog.empty());
      if (existing.size() != expectedVersion) {
        throw new ConcurrencyException(instanceId, expectedVersion, existing.size());
      }
      long position = all.size();
      List<StoredEvent<E>> stored = subjects.keep(batch, full, position, (i, event) ->
          new StoredEvent<>(position + i + 1, instanceId, expectedVersion + i + 1, event));
      EventLog<StoredEvent<E>> next = existing.plus(stored);
      instances.put(instanceId, next);
      all = all.plus(stored);
      // the key index last: a reader that finds a key's events (withKey, without the lock) then finds
      // them in load too; indexed first, a replay read a key's version past the instance's events
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
      return next.size();
    } finally {
      lock.unlock();
    }
  }

  @Override
  public List<StoredEvent<E>> withKey(String instanceId, String idempotencyKey) {
    Objects.requireNonNull(instanceId, "instanceId");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    // under the append's lock: between an append's events becoming visible and its key being
    // indexed, a request with the same key found the payment in the instance and not the key, and
    // was refused as a payment given twice instead of replayed (1 run in 60 of ConcurrencyTest)
    List<StoredEvent<E>> stored;
    lock.lock();
    try {
      Map<String, List<StoredEvent<E>>> byKey = keys.get(instanceId);
      stored = byKey == null ? List.of() : byKey.getOrDefault(idempotencyKey, List.of());
    } finally {
      lock.unlock();
    }
    return readAll(stored);
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
    return readAll(events.subList((int) afterPosition, (int) Math.min(events.size(), afterPosition + limit)));
  }

  @Override
  public Optional<MemberId> erase(DataSubject subject) {
    Objects.requireNonNull(subject, "subject");
    return subjects.erase(subject);
  }

  /**
   * Everything this store holds, for tests that look for a person's data in it: every stored event
   * (history, key index, full forms kept apart) and every subject with its pseudonym.
   *
   * @return the objects held
   */
  List<Object> contents() {
    List<Object> contents = new ArrayList<>(all);
    instances.forEach((id, log) -> {
      contents.add(id);
      contents.addAll(log);
    });
    keys.forEach((id, byKey) -> byKey.forEach((key, stored) -> {
      contents.add(key);
      contents.addAll(stored);
    }));
    contents.addAll(full.values());
    contents.addAll(checkpoints.keySet());
    contents.addAll(subjects.contents());
    return contents;
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
   * The data subjects of one or more stores: each subject's pseudonym and where its full forms are
   * kept (a store's map and a position), as a JDBC store's subject and personal-data tables hold
   * them. Guarded by its own monitor, which an append takes inside its store's lock and an erasure
   * takes alone, so an erasure never waits for a store's lock.
   */
  private static final class Subjects {
    private record Kept(Map<Long, ?> forms, long position) {}

    private static final class Subject {
      final MemberId pseudonym;
      final List<Kept> kept = new ArrayList<>();

      Subject(MemberId pseudonym) {
        this.pseudonym = pseudonym;
      }
    }

    private final Map<DataSubject, Subject> subjects = new HashMap<>();

    /**
     * The events of a batch as the history holds them: each personal-data event's erased form, its
     * full form put in {@code full} under its position and recorded with its subject. All at once
     * under this monitor, so that no erasure falls between a pseudonym's use and the record.
     */
    synchronized <E extends WorkflowEvent> List<StoredEvent<E>> keep(List<E> batch, Map<Long, E> full,
        long position, BiFunction<Integer, E, StoredEvent<E>> stored) {
      List<StoredEvent<E>> result = new ArrayList<>(batch.size());
      List<Runnable> records = new ArrayList<>();
      Map<DataSubject, MemberId> fresh = new HashMap<>(); // subjects new in this batch
      for (int i = 0; i < batch.size(); i++) {
        E event = batch.get(i);
        if (!(event instanceof PersonalData<?> personal)) {
          result.add(stored.apply(i, event));
          continue;
        }
        DataSubject key = Objects.requireNonNull(personal.dataSubject(), "dataSubject");
        Subject subject = subjects.get(key);
        MemberId pseudonym = subject != null ? subject.pseudonym
            : fresh.computeIfAbsent(key, k -> MemberPrivacy.newPseudonym());
        StoredEvent<E> s = stored.apply(i, PersonalData.erasedForm(event, pseudonym));
        result.add(s);
        records.add(() -> {
          subjects.computeIfAbsent(key, k -> new Subject(pseudonym)).kept.add(new Kept(full, s.position()));
          full.put(s.position(), event);
        });
      }
      records.forEach(Runnable::run); // only once every erased form was made
      return List.copyOf(result);
    }

    synchronized Optional<MemberId> erase(DataSubject key) {
      Subject subject = subjects.remove(key);
      if (subject == null) {
        return Optional.empty();
      }
      for (Kept k : subject.kept) {
        k.forms().remove(k.position());
      }
      return Optional.of(subject.pseudonym);
    }

    synchronized List<Object> contents() {
      List<Object> contents = new ArrayList<>();
      subjects.forEach((key, subject) -> {
        contents.add(key.key());
        contents.add(subject.pseudonym);
      });
      return contents;
    }
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
