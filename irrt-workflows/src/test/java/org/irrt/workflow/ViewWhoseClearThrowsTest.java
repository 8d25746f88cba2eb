package org.irrt.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fault found by the adversary's pass on {@link StoreProjection#startOver()}: a view whose {@link
 * StoreProjection#clear()} threw (a host's view, halfway through) kept its position and last event,
 * so the next query took only the newer events onto what was left of the old state: an erased
 * entry answered on, or, where the clear had already emptied part, events were missing from it.
 * Now a clear that threw is made again before the next answer.
 */
class ViewWhoseClearThrowsTest {
  /** Keeps every text in order; its clear empties the list, then fails while {@code failures} lasts. */
  static final class Texts extends StoreProjection<StoreProjectionStartsOverTest.Valued> {
    final List<String> texts = new ArrayList<>();
    int failures;

    Texts(WorkflowStore<StoreProjectionStartsOverTest.Valued> store) {
      super(store);
    }

    @Override
    protected void apply(String instanceId, StoreProjectionStartsOverTest.Valued event) {
      texts.add(event.text());
    }

    @Override
    protected void clear() {
      if (failures > 0) {
        failures--;
        texts.remove(0); // part of the state is gone when it fails
        throw new IllegalStateException("the host's view failed while clearing");
      }
      texts.clear();
    }

    synchronized List<String> texts() {
      catchUp();
      return List.copyOf(texts);
    }
  }

  static StoreProjectionStartsOverTest.Valued event(String text) {
    return new StoreProjectionStartsOverTest.Valued(StoreProjectionStartsOverTest.header("NOTE"), text);
  }

  @Test
  void aViewWhoseClearThrewClearsAgainBeforeItsNextAnswer() {
    var store = new InMemoryWorkflowStore<StoreProjectionStartsOverTest.Valued>();
    store.append("a", 0, List.of(event("one"), event("two"), event("three")));
    var view = new Texts(store);
    assertThat(view.texts()).containsExactly("one", "two", "three");

    view.failures = 1;
    assertThatThrownBy(view::startOver).isInstanceOf(IllegalStateException.class);
    store.append("a", 3, List.of(event("four")));
    assertThat(view.texts()).as("every event once, in order, from a cleared state")
        .containsExactly("one", "two", "three", "four");
  }

  @Test
  void aViewWhoseClearThrowsAgainAnswersNothingFromHalfAState() {
    var store = new InMemoryWorkflowStore<StoreProjectionStartsOverTest.Valued>();
    store.append("a", 0, List.of(event("one"), event("two"), event("three")));
    var view = new Texts(store);
    assertThat(view.texts()).hasSize(3);

    view.failures = 2;
    assertThatThrownBy(view::startOver).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(view::texts).as("the clear fails again: no answer").isInstanceOf(IllegalStateException.class);
    assertThat(view.texts()).containsExactly("one", "two", "three");
    assertThat(view.position()).isEqualTo(3);
  }
}
