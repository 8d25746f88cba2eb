package org.irrt.workflow;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.irrt.workflow.StoreProjectionStartsOverTest.ListStore;
import org.irrt.workflow.StoreProjectionStartsOverTest.Valued;
import org.junit.jupiter.api.Test;

/**
 * A view's query that waits for the store (as a JDBC store's read waits for a pool connection) no
 * longer holds up the other queries of the view. Before, the query held the view's monitor while it
 * read: a host reading a view outside {@code exclusively}, while every pool connection was held by
 * commands that then asked the same view, held them all until the pool's timeout (30 s by default),
 * and then failed.
 */
class ViewQueryWaitingForTheStoreTest {
  /** Keeps every text in order, answering through {@link StoreProjection#answer}. */
  static final class Texts extends StoreProjection<Valued> {
    private final List<String> texts = new ArrayList<>();
    int applied;

    Texts(WorkflowStore<Valued> store) {
      super(store);
    }

    @Override
    protected void apply(String instanceId, Valued event) {
      texts.add(event.text());
      applied++;
    }

    @Override
    protected void clear() {
      texts.clear();
    }

    List<String> texts() {
      return answer(() -> List.copyOf(texts));
    }
  }

  static Valued event(String text) {
    return new Valued(StoreProjectionStartsOverTest.header("NOTE"), text);
  }

  @Test
  void aQueryWaitingForTheStoreHoldsUpNoOtherQueryOfTheView() throws Exception {
    CountDownLatch reading = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicReference<Thread> slow = new AtomicReference<>();
    ListStore<Valued> store = new ListStore<>(e -> {
      if (Thread.currentThread() == slow.get() && release.getCount() > 0) {
        reading.countDown();
        try {
          release.await(); // as a read waiting for a pool connection
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
        }
      }
      return e;
    });
    store.add(event("one"));
    Texts view = new Texts(store);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<List<String>> waiting = pool.submit(() -> {
        slow.set(Thread.currentThread());
        return view.texts();
      });
      assertThat(reading.await(10, SECONDS)).as("the slow query reads the store").isTrue();

      List<String> other = assertTimeoutPreemptively(Duration.ofSeconds(10), view::texts,
          "held up by the query waiting for the store");
      assertThat(other).containsExactly("one");

      store.add(event("two"));
      release.countDown();
      assertThat(waiting.get(10, SECONDS)).as("what it read is stale: it reads again from where the view stands")
          .containsExactly("one", "two");
      assertThat(view.applied).as("each event applied once").isEqualTo(2);
    } finally {
      release.countDown();
      pool.shutdownNow();
    }
  }

  @Test
  void aQueryAnswersWithEveryEventTheStoreHeldWhenItAsked() {
    ListStore<Valued> store = new ListStore<>(e -> e);
    Texts view = new Texts(store);
    assertThat(view.texts()).isEmpty();
    for (int i = 0; i < 2500; i++) { // more than one batch of the store's reads
      store.add(event("t" + i));
    }
    List<String> texts = view.texts();
    assertThat(texts).hasSize(2500).startsWith("t0", "t1").endsWith("t2498", "t2499");
    assertThat(view.position()).isEqualTo(2500);
  }
}
