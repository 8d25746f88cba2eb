package org.irrt.workflow;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.irrt.workflow.StoreProjectionStartsOverTest.ListStore;
import org.irrt.workflow.StoreProjectionStartsOverTest.Valued;
import org.irrt.workflow.ViewQueryWaitingForTheStoreTest.Texts;
import org.junit.jupiter.api.Test;

/**
 * Adversary's pass on {@link StoreProjection#answer}, which reads the store outside the view's
 * monitor: what a query read before an erasure's {@link StoreProjection#startOver()}, or before
 * another caller moved the view, must not be taken as the store's current state.
 */
class ViewReadRacingTheStoreTest {
  /** A store whose reads by one thread stop at their first event until released. */
  private static final class Stalled {
    final CountDownLatch reading = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    final AtomicReference<Thread> slow = new AtomicReference<>();
    final ListStore<Valued> store = new ListStore<>(e -> {
      if (Thread.currentThread() == slow.get() && release.getCount() > 0) {
        reading.countDown();
        try {
          release.await();
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
        }
      }
      return e;
    });
  }

  @Test
  void aReadMadeBeforeAnErasureIsNotAppliedAfterTheErasureStartedTheViewOver() throws Exception {
    Stalled s = new Stalled();
    s.store.add(ViewQueryWaitingForTheStoreTest.event("ana@example.org"));
    s.store.add(ViewQueryWaitingForTheStoreTest.event("two"));
    Texts view = new Texts(s.store);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<List<String>> waiting = pool.submit(() -> {
        s.slow.set(Thread.currentThread());
        return view.texts();
      });
      assertThat(s.reading.await(10, SECONDS)).as("the slow query reads the full forms").isTrue();

      s.store.erase(0, ViewQueryWaitingForTheStoreTest.event("erased"));
      view.startOver();
      s.release.countDown();
      waiting.get(10, SECONDS);

      assertThat(view.texts()).as("the view after the erasure").containsExactly("erased", "two");
    } finally {
      s.release.countDown();
      pool.shutdownNow();
    }
  }

  @Test
  void aQueryWhoseViewWasMovedMeanwhileStillChecksTheLastEventAgainstWhatItsStoreHolds() throws Exception {
    Stalled s = new Stalled();
    s.store.add(ViewQueryWaitingForTheStoreTest.event("one"));
    Texts view = new Texts(s.store);
    assertThat(view.texts()).containsExactly("one");
    AtomicReference<Thread> host = new AtomicReference<>();
    s.store.add(ViewQueryWaitingForTheStoreTest.event("uncommitted"));
    s.store.visible = e -> e.position() < 2 || Thread.currentThread() == host.get();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<List<String>> other = pool.submit(() -> {
        s.slow.set(Thread.currentThread());
        return view.texts();
      });
      assertThat(s.reading.await(10, SECONDS)).isTrue();
      List<String> inTransaction = pool.submit(() -> {
        host.set(Thread.currentThread());
        return view.texts();
      }).get(10, SECONDS);
      assertThat(inTransaction).as("the host's transaction sees its own event").containsExactly("one", "uncommitted");

      s.release.countDown();
      assertThat(other.get(10, SECONDS)).as("a query outside the transaction never answers from its uncommitted event")
          .containsExactly("one");
    } finally {
      s.release.countDown();
      pool.shutdownNow();
    }
  }
}
