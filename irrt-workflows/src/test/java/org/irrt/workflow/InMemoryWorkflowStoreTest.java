package org.irrt.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The in-memory store: versions checked, appends all or nothing, every list handed out immutable and final. */
class InMemoryWorkflowStoreTest {
  private final InMemoryWorkflowStore<String> store = new InMemoryWorkflowStore<>();

  @Test
  void aListHandedOutNeverChangesWhateverIsAppendedLater() {
    List<List<String>> seen = new ArrayList<>();
    List<String> all = new ArrayList<>();
    for (int v = 0; v < 40; v++) {
      List<String> batch = v % 3 == 0 ? List.of("e" + v + "a", "e" + v + "b") : List.of("e" + v);
      assertThat(store.append("i", all.size(), batch)).isEqualTo(all.size() + batch.size());
      all.addAll(batch);
      List<String> loaded = store.load("i");
      assertThat(loaded).containsExactlyElementsOf(all);
      seen.add(loaded);
    }
    int size = 0;
    for (int v = 0; v < seen.size(); v++) {
      size += v % 3 == 0 ? 2 : 1;
      assertThat(seen.get(v)).as("the list loaded at version " + size).containsExactlyElementsOf(all.subList(0, size));
    }
  }

  @Test
  void everyListHandedOutIsImmutable() {
    store.append("i", 0, List.of("a"));
    List<String> one = store.load("i");
    store.append("i", 1, List.of("b", "c"));
    List<String> three = store.load("i");
    for (List<String> list : List.of(one, three, three.subList(0, 2))) {
      assertThatThrownBy(() -> list.add("x")).isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> list.add(0, "x")).isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> list.set(0, "x")).isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> list.remove(0)).isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> list.addAll(List.of("x"))).isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(list::clear).isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> list.removeIf(e -> true)).isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> list.replaceAll(e -> e)).isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> list.iterator().remove()).isInstanceOf(RuntimeException.class);
    }
    assertThat(one).containsExactly("a");
    assertThat(three).containsExactly("a", "b", "c").isEqualTo(List.of("a", "b", "c"));
    assertThat(three.hashCode()).isEqualTo(List.of("a", "b", "c").hashCode());
    assertThat(three.toArray()).containsExactly("a", "b", "c");
    assertThatThrownBy(() -> three.get(3)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void theListsAppendedAreCopied() {
    List<String> batch = new ArrayList<>(List.of("a"));
    store.append("i", 0, batch);
    batch.add("b");
    List<String> more = new ArrayList<>(List.of("c"));
    store.append("i", 1, more);
    more.set(0, "z");
    assertThat(store.load("i")).containsExactly("a", "c");
  }

  @Test
  void aStaleVersionIsRefusedAndWritesNothing() {
    store.append("i", 0, List.of("a", "b"));
    for (long stale : new long[] {0, 1, 3}) {
      assertThatThrownBy(() -> store.append("i", stale, List.of("x")))
          .isInstanceOfSatisfying(ConcurrencyException.class, e -> {
            assertThat(e.instanceId()).isEqualTo("i");
            assertThat(e.expectedVersion()).isEqualTo(stale);
            assertThat(e.actualVersion()).isEqualTo(2);
          });
    }
    assertThatThrownBy(() -> store.append("new", 1, List.of("x"))).isInstanceOf(ConcurrencyException.class);
    assertThat(store.load("i")).containsExactly("a", "b");
    assertThat(store.load("new")).isEmpty();
    assertThat(store.instanceIds()).containsExactly("i");
  }

  @Test
  void aNullEventIsRefusedAndWritesNothing() {
    assertThatThrownBy(() -> store.append("i", 0, Arrays.asList("a", null))).isInstanceOf(NullPointerException.class);
    assertThat(store.instanceIds()).isEmpty();
    store.append("i", 0, List.of("a"));
    store.append("i", 1, List.of("b"));
    assertThatThrownBy(() -> store.append("i", 2, Arrays.asList("c", null))).isInstanceOf(NullPointerException.class);
    assertThat(store.load("i")).containsExactly("a", "b");
    store.append("i", 2, List.of("d"));
    assertThat(store.load("i")).containsExactly("a", "b", "d");
  }

  @Test
  void anEmptyAppendCreatesTheInstanceAtVersionZero() {
    assertThat(store.append("i", 0, List.of())).isZero();
    assertThat(store.instanceIds()).containsExactly("i");
    assertThat(store.append("i", 0, List.of("a"))).isEqualTo(1);
    assertThat(store.load("i")).containsExactly("a");
  }
}
