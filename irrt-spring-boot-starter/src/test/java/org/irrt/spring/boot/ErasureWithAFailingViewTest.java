package org.irrt.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.irrt.workflow.ActorId;
import org.irrt.workflow.EventHeader;
import org.irrt.workflow.InMemoryWorkflowStore;
import org.irrt.workflow.StoreProjection;
import org.irrt.workflow.WorkflowEvent;
import org.irrt.workflow.WorkflowStore;
import org.junit.jupiter.api.Test;

/**
 * Fault found by the adversary's pass on {@link IrrtErasure}: it started the context's views over one
 * after the other, and a view whose clear threw (a host's view) stopped the loop, so every view after
 * it kept what it had derived from the erased person's full forms until a restart. Every view now
 * starts over, and the failure is thrown after.
 */
class ErasureWithAFailingViewTest {
  record Note(EventHeader header, String text) implements WorkflowEvent {}

  static final class Texts extends StoreProjection<Note> {
    final List<String> texts = new ArrayList<>();
    final boolean failing;
    int cleared;

    Texts(WorkflowStore<Note> store, boolean failing) {
      super(store);
      this.failing = failing;
    }

    @Override
    protected void apply(String instanceId, Note event) {
      texts.add(event.text());
    }

    @Override
    protected void clear() {
      cleared++;
      if (failing) {
        throw new IllegalStateException("the host's view failed while clearing");
      }
      texts.clear();
    }

    synchronized List<String> texts() {
      catchUp();
      return List.copyOf(texts);
    }
  }

  @Test
  void aViewWhoseClearThrowsStopsNoOtherViewFromStartingOver() {
    var store = new InMemoryWorkflowStore<Note>();
    store.append("a", 0, List.of(new Note(new EventHeader(ActorId.of("ana"), "NOTE", "OPEN",
        Instant.parse("2026-03-02T10:15:30Z"), Optional.empty(), Optional.empty(), ""), "ana@example.org")));
    var failing = new Texts(store, true);
    var kept = new Texts(store, false);
    assertThat(failing.texts()).hasSize(1);
    assertThat(kept.texts()).hasSize(1);

    IrrtErasure erasure = IrrtErasure.over(List::of, () -> List.of(failing, kept));
    assertThatThrownBy(erasure::forgetInstances).isInstanceOf(IllegalStateException.class);
    assertThat(kept.cleared).as("the view after the failing one started over too: now, and as the store commits at once, again").isEqualTo(2);
    assertThat(kept.position()).isZero();
  }
}
