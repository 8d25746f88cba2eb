package org.irrt.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The in-memory store: versions checked, appends all or nothing, every list handed out immutable and
 * final, global positions without gaps, keys by index, checkpoints.
 */
class InMemoryWorkflowStoreTest {
  /** An event of no workflow, for the store alone. */
  record Note(EventHeader header, String text) implements WorkflowEvent {
    @Override
    public String toString() {
      return text;
    }
  }

  static Note note(String text) {
    return keyed(text, null);
  }

  static Note keyed(String text, String key) {
    return new Note(new EventHeader(ActorId.of("ana"), "NOTE", "OPEN", Instant.EPOCH, Optional.empty(),
        Optional.ofNullable(key), key == null ? "" : "f"), text);
  }

  private final InMemoryWorkflowStore<Note> store = new InMemoryWorkflowStore<>();

  private static List<String> texts(List<Note> notes) {
    return notes.stream().map(Note::text).toList();
  }

  private static List<Note> notes(String... texts) {
    return Arrays.stream(texts).map(InMemoryWorkflowStoreTest::note).toList();
  }

  @Test
  void aListHandedOutNeverChangesWhateverIsAppendedLater() {
    List<List<Note>> seen = new ArrayList<>();
    List<String> all = new ArrayList<>();
    for (int v = 0; v < 40; v++) {
      List<Note> batch = v % 3 == 0 ? notes("e" + v + "a", "e" + v + "b") : notes("e" + v);
      assertThat(store.append("i", all.size(), batch)).isEqualTo(all.size() + batch.size());
      all.addAll(texts(batch));
      List<Note> loaded = store.load("i");
      assertThat(texts(loaded)).containsExactlyElementsOf(all);
      seen.add(loaded);
    }
    int size = 0;
    for (int v = 0; v < seen.size(); v++) {
      size += v % 3 == 0 ? 2 : 1;
      assertThat(texts(seen.get(v))).as("the list loaded at version " + size).containsExactlyElementsOf(all.subList(0, size));
    }
    assertThat(texts(store.load("i", 50))).containsExactlyElementsOf(all.subList(50, all.size()));
    assertThat(store.load("i", all.size())).isEmpty();
  }

  @Test
  void everyListHandedOutIsImmutable() {
    store.append("i", 0, notes("a"));
    List<Note> one = store.load("i");
    store.append("i", 1, notes("b", "c"));
    List<Note> three = store.load("i");
    Note x = note("x");
    for (List<Note> list : List.of(one, three, three.subList(0, 2), store.load("i", 1))) {
      assertThatThrownBy(() -> list.add(x)).isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> list.add(0, x)).isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> list.set(0, x)).isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> list.remove(0)).isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> list.addAll(List.of(x))).isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(list::clear).isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> list.removeIf(e -> true)).isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> list.replaceAll(e -> e)).isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> list.iterator().remove()).isInstanceOf(RuntimeException.class);
    }
    assertThat(texts(one)).containsExactly("a");
    assertThat(texts(three)).containsExactly("a", "b", "c");
    assertThat(three).isEqualTo(List.copyOf(three)).hasSameHashCodeAs(List.copyOf(three));
    assertThatThrownBy(() -> three.get(3)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void theListsAppendedAreCopied() {
    List<Note> batch = new ArrayList<>(notes("a"));
    store.append("i", 0, batch);
    batch.add(note("b"));
    List<Note> more = new ArrayList<>(notes("c"));
    store.append("i", 1, more);
    more.set(0, note("z"));
    assertThat(texts(store.load("i"))).containsExactly("a", "c");
  }

  @Test
  void aStaleVersionIsRefusedAndWritesNothing() {
    store.append("i", 0, notes("a", "b"));
    for (long stale : new long[] {0, 1, 3}) {
      assertThatThrownBy(() -> store.append("i", stale, notes("x")))
          .isInstanceOfSatisfying(ConcurrencyException.class, e -> {
            assertThat(e.instanceId()).isEqualTo("i");
            assertThat(e.expectedVersion()).isEqualTo(stale);
            assertThat(e.actualVersion()).isEqualTo(2);
          });
    }
    assertThatThrownBy(() -> store.append("new", 1, notes("x"))).isInstanceOf(ConcurrencyException.class);
    assertThat(texts(store.load("i"))).containsExactly("a", "b");
    assertThat(store.load("new")).isEmpty();
    assertThat(store.instanceIds()).containsExactly("i");
    assertThat(store.read(0, 100)).hasSize(2);
  }

  @Test
  void aNullEventIsRefusedAndWritesNothing() {
    assertThatThrownBy(() -> store.append("i", 0, Arrays.asList(note("a"), null))).isInstanceOf(NullPointerException.class);
    assertThat(store.instanceIds()).isEmpty();
    store.append("i", 0, notes("a"));
    store.append("i", 1, notes("b"));
    assertThatThrownBy(() -> store.append("i", 2, Arrays.asList(note("c"), null))).isInstanceOf(NullPointerException.class);
    assertThat(texts(store.load("i"))).containsExactly("a", "b");
    store.append("i", 2, notes("d"));
    assertThat(texts(store.load("i"))).containsExactly("a", "b", "d");
    assertThat(store.read(0, 100)).extracting(StoredEvent::position).containsExactly(1L, 2L, 3L);
  }

  @Test
  void anEmptyAppendCreatesTheInstanceAtVersionZero() {
    assertThat(store.append("i", 0, List.of())).isZero();
    assertThat(store.instanceIds()).containsExactly("i");
    assertThat(store.append("i", 0, notes("a"))).isEqualTo(1);
    assertThat(texts(store.load("i"))).containsExactly("a");
  }

  @Test
  void everyEventHasTheNextGlobalPositionAndItsVersionInItsInstance() {
    store.append("a", 0, notes("a1", "a2"));
    store.append("b", 0, notes("b1"));
    store.append("a", 2, notes("a3"));
    assertThat(store.read(0, 10)).extracting(e -> e.position() + " " + e.instanceId() + " " + e.version() + " "
        + e.event().text()).containsExactly("1 a 1 a1", "2 a 2 a2", "3 b 1 b1", "4 a 3 a3");
    assertThat(store.read(1, 2)).extracting(StoredEvent::position).containsExactly(2L, 3L);
    assertThat(store.read(4, 10)).isEmpty();
    assertThatThrownBy(() -> store.read(-1, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.read(0, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theEventsOfAKeyAreFoundByIndexPerInstance() {
    store.append("a", 0, List.of(keyed("a1", "k1"), keyed("a2", "k1")));
    store.append("a", 2, List.of(keyed("a3", "k2"), note("a4")));
    store.append("b", 0, List.of(keyed("b1", "k1")));
    assertThat(store.withKey("a", "k1")).extracting(e -> e.event().text() + "@" + e.version())
        .containsExactly("a1@1", "a2@2");
    assertThat(store.withKey("a", "k2")).extracting(e -> e.event().text()).containsExactly("a3");
    assertThat(store.withKey("b", "k1")).extracting(e -> e.event().text()).containsExactly("b1");
    assertThat(store.withKey("b", "k2")).isEmpty();
    assertThat(store.withKey("c", "k1")).isEmpty();
  }

  @Test
  void aCheckpointIsZeroUntilSavedAndNeverNegative() {
    assertThat(store.checkpoint("mail")).isZero();
    store.saveCheckpoint("mail", 7);
    assertThat(store.checkpoint("mail")).isEqualTo(7);
    assertThat(store.checkpoint("index")).isZero();
    assertThatThrownBy(() -> store.saveCheckpoint("mail", -1)).isInstanceOf(IllegalArgumentException.class);
  }
}
