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
import org.junit.jupiter.api.Test;

/**
 * Adversary's pass on {@link StoreProjection#startOver()}: erasures' start-overs racing queries and
 * appends from many threads, some of them inside the store's {@code exclusively}. Every answer is
 * whole: each event applied once, in order, as many as the position says (held: 4 writers, 3
 * readers, 2 erasers, 3,000 appends).
 */
class StartOverRacingQueriesTest {
  static final class Applied extends StoreProjection<StoreProjectionStartsOverTest.Valued> {
    private final List<String> texts = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private boolean twice;

    Applied(WorkflowStore<StoreProjectionStartsOverTest.Valued> store) {
      super(store);
    }

    @Override
    protected void apply(String instanceId, StoreProjectionStartsOverTest.Valued event) {
      twice |= !seen.add(event.text());
      texts.add(event.text());
    }

    @Override
    protected void clear() {
      texts.clear();
      seen.clear();
    }

    /** The number of events applied, and whether that is the position and none came twice. */
    synchronized boolean whole() {
      catchUp();
      return !twice && texts.size() == position();
    }
  }

  @Test
  void startingOverWhileManyThreadsQueryAndAppendLeavesEveryAnswerWhole() throws Exception {
    var store = new InMemoryWorkflowStore<StoreProjectionStartsOverTest.Valued>();
    var view = new Applied(store);
    AtomicBoolean writing = new AtomicBoolean(true);
    ExecutorService pool = Executors.newFixedThreadPool(9);
    try {
      List<Future<?>> writers = new ArrayList<>();
      for (int w = 0; w < 4; w++) {
        int writer = w;
        writers.add(pool.submit(() -> {
          for (int i = 0; i < 750; i++) {
            var e = new StoreProjectionStartsOverTest.Valued(StoreProjectionStartsOverTest.header("NOTE"), writer + "-" + i);
            if (i % 3 == 0) { // some inside exclusive work, querying the view under the store's lock
              int n = i;
              store.exclusively(() -> {
                assertThat(view.whole()).isTrue();
                return store.append("w" + writer, n, List.of(e));
              });
            } else {
              store.append("w" + writer, i, List.of(e));
            }
          }
          return null;
        }));
      }
      List<Future<Integer>> others = new ArrayList<>();
      for (int r = 0; r < 5; r++) {
        boolean eraser = r < 2;
        others.add(pool.submit(() -> {
          int broken = 0;
          while (writing.get()) {
            if (eraser) {
              view.startOver();
            } else if (!view.whole()) {
              broken++;
            }
          }
          return broken;
        }));
      }
      for (Future<?> f : writers) {
        f.get(60, TimeUnit.SECONDS);
      }
      writing.set(false);
      for (Future<Integer> f : others) {
        assertThat(f.get(60, TimeUnit.SECONDS)).isZero();
      }
      assertThat(view.whole()).isTrue();
      assertThat(view.position()).isEqualTo(3_000);
    } finally {
      pool.shutdownNow();
    }
  }
}
