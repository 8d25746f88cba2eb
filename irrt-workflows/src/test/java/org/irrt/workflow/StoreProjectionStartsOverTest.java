package org.irrt.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.irrt.model.member.MemberId;
import org.junit.jupiter.api.Test;

/**
 * {@link StoreProjection}'s check that the store still holds its last applied event: a rollback, an
 * erasure, an emptied store, a store whose events are read afresh on each read (as a JDBC store makes
 * them from their JSON), and many queries racing appends.
 */
class StoreProjectionStartsOverTest {
  /** A host's event as a plain class: no equals or hashCode of its own. */
  static final class Plain implements WorkflowEvent {
    final String text;

    Plain(String text) {
      this.text = text;
    }

    @Override
    public EventHeader header() {
      return StoreProjectionStartsOverTest.header("NOTE");
    }
  }

  record Valued(EventHeader header, String text) implements WorkflowEvent {}

  static EventHeader header(String command) {
    return new EventHeader(ActorId.of("ana"), command, "OPEN", Instant.parse("2026-03-02T10:15:30Z"),
        Optional.empty(), Optional.empty(), "");
  }

  /** A store of events in a list the test changes; each read hands out the copies {@code copy} makes. */
  static final class ListStore<E extends WorkflowEvent> implements WorkflowStore<E> {
    final List<StoredEvent<E>> events = new CopyOnWriteArrayList<>();
    final UnaryOperator<E> copy;
    /** Which events a read sees (a host's transaction sees its own uncommitted events, others do not). */
    volatile java.util.function.Predicate<StoredEvent<E>> visible = e -> true;
    /** The actions to run when the host's transaction commits, while one is open; null: none open. */
    List<Runnable> transaction;
    private long next = 1;

    ListStore(UnaryOperator<E> copy) {
      this.copy = copy;
    }

    synchronized void add(E e) {
      events.add(new StoredEvent<>(next++, "i-" + next, 1, e));
    }

    @Override
    public List<StoredEvent<E>> read(long afterPosition, int limit) {
      List<StoredEvent<E>> out = new ArrayList<>();
      for (StoredEvent<E> e : events) {
        if (e.position() > afterPosition && out.size() < limit && visible.test(e)) {
          out.add(new StoredEvent<>(e.position(), e.instanceId(), e.version(), copy.apply(e.event())));
        }
      }
      return out;
    }

    @Override
    public List<E> load(String instanceId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<E> load(String instanceId, long afterVersion) {
      throw new UnsupportedOperationException();
    }

    @Override
    public long append(String instanceId, long expectedVersion, List<E> events) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<StoredEvent<E>> withKey(String instanceId, String idempotencyKey) {
      throw new UnsupportedOperationException();
    }

    @Override
    public long checkpoint(String subscriber) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void saveCheckpoint(String subscriber, long position) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <T> T exclusively(Supplier<T> work) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Set<String> instanceIds() {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<MemberId> erase(DataSubject subject) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void afterCommit(Runnable action) {
      if (transaction == null) {
        action.run();
      } else {
        transaction.add(action);
      }
    }

    /** Replaces an event's content in place, as an erasure does. */
    void erase(int index, E erased) {
      StoredEvent<E> e = events.get(index);
      events.set(index, new StoredEvent<>(e.position(), e.instanceId(), e.version(), erased));
    }
  }

  /** The texts applied, in order; {@code applied} counts every application, clears included. */
  static final class Texts<E extends WorkflowEvent> extends StoreProjection<E> {
    private final java.util.function.Function<E, String> text;
    final List<String> texts = new ArrayList<>();
    int applied;
    int cleared;

    Texts(WorkflowStore<E> store, java.util.function.Function<E, String> text) {
      super(store);
      this.text = text;
    }

    @Override
    protected void apply(String instanceId, E event) {
      texts.add(text.apply(event));
      applied++;
    }

    @Override
    protected void clear() {
      texts.clear();
      cleared++;
    }

    synchronized List<String> texts() {
      catchUp();
      return List.copyOf(texts);
    }
  }

  @Test
  void aViewOfAHostsEventsWithoutEqualsReadAfreshOnEachReadAnswersInsteadOfStartingOverForever() {
    ListStore<Plain> store = new ListStore<>(e -> new Plain(e.text)); // as a JDBC store reads JSON
    store.add(new Plain("a"));
    store.add(new Plain("b"));
    Texts<Plain> view = new Texts<>(store, e -> e.text);
    // before: the re-read last event never matched its hash, so catchUp cleared and re-applied forever
    assertEquals(List.of("a", "b"),
        assertTimeoutPreemptively(Duration.ofSeconds(20), view::texts, "catchUp never returned"));
    store.add(new Plain("c"));
    assertEquals(List.of("a", "b", "c"), assertTimeoutPreemptively(Duration.ofSeconds(20), view::texts));
    assertEquals(3, view.position());
    assertEquals(1, view.cleared); // the second query started over once, as the class comment says
  }

  @Test
  void aRolledBackLastEventWhosePositionWentToAnotherEventIsForgottenAndTheOtherApplied() {
    ListStore<Valued> store = new ListStore<>(e -> new Valued(e.header(), e.text()));
    store.add(new Valued(header("NOTE"), "a"));
    store.add(new Valued(header("NOTE"), "rolled back"));
    Texts<Valued> view = new Texts<>(store, Valued::text);
    assertEquals(List.of("a", "rolled back"), view.texts());
    StoredEvent<Valued> gone = store.events.remove(1);
    store.events.add(new StoredEvent<>(gone.position(), gone.instanceId(), gone.version(), new Valued(header("NOTE"), "b")));
    assertEquals(List.of("a", "b"), view.texts());
    assertEquals(1, view.cleared);
  }

  @Test
  void anErasedLastEventIsAppliedAgainInItsErasedFormAndTheViewKeepsNoneOfTheOriginal() {
    ListStore<Valued> store = new ListStore<>(e -> new Valued(e.header(), e.text()));
    store.add(new Valued(header("NOTE"), "a"));
    store.add(new Valued(header("NOTE"), "Ana Lima"));
    Texts<Valued> view = new Texts<>(store, Valued::text);
    assertEquals(List.of("a", "Ana Lima"), view.texts());
    StoredEvent<Valued> e = store.events.get(1);
    store.events.set(1, new StoredEvent<>(e.position(), e.instanceId(), e.version(), new Valued(header("NOTE"), "erased")));
    assertEquals(List.of("a", "erased"), view.texts());
  }

  @Test
  void anErasedEventBeforeTheLastIsUnseenByTheCheckAndAppliedInItsErasedFormAfterStartOver() {
    ListStore<Valued> store = new ListStore<>(e -> new Valued(e.header(), e.text()));
    store.add(new Valued(header("NOTE"), "a"));
    store.add(new Valued(header("NOTE"), "Ana Lima"));
    store.add(new Valued(header("NOTE"), "b"));
    Texts<Valued> view = new Texts<>(store, Valued::text);
    assertEquals(List.of("a", "Ana Lima", "b"), view.texts());
    store.erase(1, new Valued(header("NOTE"), "erased"));
    assertEquals(List.of("a", "Ana Lima", "b"), view.texts()); // the last event is unchanged: the check cannot see it
    view.startOver();
    assertEquals(0, view.position());
    assertEquals(List.of(), view.texts);
    assertEquals(List.of("a", "erased", "b"), view.texts());
    assertEquals(3, view.position());
    assertEquals(6, view.applied);
  }

  @Test
  void aViewReadByAnotherRequestBeforeTheErasureCommitsStartsOverAgainWhenItCommits() {
    ListStore<Valued> store = new ListStore<>(e -> new Valued(e.header(), e.text()));
    store.add(new Valued(header("NOTE"), "a"));
    store.add(new Valued(header("NOTE"), "Ana Lima"));
    store.add(new Valued(header("NOTE"), "b"));
    Texts<Valued> view = new Texts<>(store, Valued::text);
    assertEquals(List.of("a", "Ana Lima", "b"), view.texts());
    store.transaction = new ArrayList<>(); // the host's transaction erases; not committed yet
    view.startOver();
    // another request reads the committed events meanwhile: the full forms, still there
    assertEquals(List.of("a", "Ana Lima", "b"), view.texts());
    store.erase(1, new Valued(header("NOTE"), "erased")); // the commit
    List<Runnable> committed = store.transaction;
    store.transaction = null;
    committed.forEach(Runnable::run);
    // before (once only, at the call): the full form stayed, as the last event is unchanged
    assertEquals(List.of("a", "erased", "b"), view.texts());
  }

  @Test
  void aStoreEmptiedAfterEventsLeavesAnEmptyViewAndTheNextEventsAreApplied() {
    ListStore<Valued> store = new ListStore<>(UnaryOperator.identity());
    store.add(new Valued(header("NOTE"), "a"));
    Texts<Valued> view = new Texts<>(store, Valued::text);
    assertEquals(List.of("a"), view.texts());
    store.events.clear();
    assertEquals(List.of(), view.texts());
    assertEquals(0, view.position());
    store.add(new Valued(header("NOTE"), "b"));
    assertEquals(List.of("b"), view.texts());
    assertEquals(2, view.position());
  }

  @Test
  void manyQueriesDuringAppendsApplyEveryEventOnceInTheStoresOrder() throws Exception {
    ListStore<Valued> store = new ListStore<>(e -> new Valued(e.header(), e.text()));
    Texts<Valued> view = new Texts<>(store, Valued::text);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> readers = new ArrayList<>();
      for (int r = 0; r < 7; r++) {
        readers.add(pool.submit(() -> {
          for (int i = 0; i < 300; i++) {
            List<String> seen = view.texts();
            for (int j = 0; j < seen.size(); j++) {
              assertEquals("e" + j, seen.get(j));
            }
          }
        }));
      }
      Future<?> writer = pool.submit(() -> {
        for (int i = 0; i < 3000; i++) {
          store.add(new Valued(header("NOTE"), "e" + i));
        }
      });
      writer.get();
      for (Future<?> r : readers) {
        r.get();
      }
    } finally {
      pool.shutdownNow();
    }
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      expected.add("e" + i);
    }
    assertEquals(expected, view.texts());
    assertEquals(3000, view.applied);
    assertEquals(0, view.cleared);
  }
}
