package org.irrt.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.irrt.workflow.StoreProjectionStartsOverTest.ListStore;
import org.irrt.workflow.StoreProjectionStartsOverTest.Valued;
import org.junit.jupiter.api.Test;

/**
 * Adversary's pass on {@link StoreProjection#answer} under contention: writers appending, readers
 * answering outside the monitor's read, and erasers changing events anywhere and starting the view
 * over. Every answer is whole (no event twice, as many as the position, each writer's in order,
 * none older than what the store held when the query began), and once the erasures stop the view
 * holds exactly what the store holds: no full form read before an erasure survives it (held: 4
 * writers of 1,500 events, 6 readers, 2 erasers; the narrow race of a read from the first event
 * with a start-over is pinned by ViewReadRacingTheStoreTest, which this rarely hits).
 */
class ViewAnswersUnderContentionTest {
  /** The texts, answered through {@link StoreProjection#answer} with the position they stand at. */
  static final class Texts extends StoreProjection<Valued> {
    private final List<String> texts = new ArrayList<>();

    Texts(ListStore<Valued> store) {
      super(store);
    }

    @Override
    protected void apply(String instanceId, Valued event) {
      texts.add(event.text());
    }

    @Override
    protected void clear() {
      texts.clear();
    }

    List<String> texts() {
      return answer(() -> {
        assertThat((long) texts.size()).isEqualTo(position());
        return List.copyOf(texts);
      });
    }
  }

  private static String broken(List<String> texts, int held) {
    if (texts.size() < held) {
      return "older than the store: " + texts.size() + " < " + held;
    }
    Set<String> seen = new HashSet<>();
    int[] last = new int[4];
    java.util.Arrays.fill(last, -1);
    for (String t : texts) {
      if (!seen.add(t)) {
        return "twice: " + t;
      }
      String[] parts = t.substring(t.indexOf(':') + 1).split("-");
      int w = Integer.parseInt(parts[0]);
      int i = Integer.parseInt(parts[1]);
      if (i <= last[w]) {
        return "out of order: " + t;
      }
      last[w] = i;
    }
    return null;
  }

  @Test
  void answersUnderWritersReadersAndErasersAreWholeAndTheViewEndsAsTheStore() throws Exception {
    ListStore<Valued> store = new ListStore<>(e -> e);
    Texts view = new Texts(store);
    AtomicBoolean running = new AtomicBoolean(true);
    ExecutorService pool = Executors.newFixedThreadPool(12);
    try {
      List<Future<?>> writers = new ArrayList<>();
      for (int w = 0; w < 4; w++) {
        int writer = w;
        writers.add(pool.submit(() -> {
          for (int i = 0; i < 1500; i++) {
            store.add(ViewQueryWaitingForTheStoreTest.event("full:" + writer + "-" + i));
          }
          return null;
        }));
      }
      List<Future<String>> others = new ArrayList<>();
      for (int r = 0; r < 8; r++) {
        boolean eraser = r < 2;
        int seed = r;
        others.add(pool.submit(() -> {
          java.util.Random random = new java.util.Random(seed);
          int answers = 0;
          while (running.get() || answers == 0) {
            if (eraser) {
              int size = store.events.size();
              if (size > 0) {
                int index = random.nextInt(size);
                String text = store.events.get(index).event().text();
                store.erase(index, ViewQueryWaitingForTheStoreTest.event(text.replace("full:", "erased:")));
                view.startOver();
              }
              answers++;
            } else {
              int held = store.events.size();
              String problem = broken(view.texts(), held);
              if (problem != null) {
                return problem;
              }
              answers++;
            }
          }
          return null;
        }));
      }
      for (Future<?> f : writers) {
        f.get(120, TimeUnit.SECONDS);
      }
      running.set(false);
      for (Future<String> f : others) {
        assertThat(f.get(120, TimeUnit.SECONDS)).isNull();
      }
      List<String> inStore = store.events.stream().map(e -> e.event().text()).toList();
      assertThat(view.texts()).hasSize(6000).isEqualTo(inStore);
    } finally {
      running.set(false);
      pool.shutdownNow();
    }
  }
}
