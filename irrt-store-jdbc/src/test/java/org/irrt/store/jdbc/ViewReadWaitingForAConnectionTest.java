package org.irrt.store.jdbc;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.irrt.model.member.MemberId;
import org.irrt.store.jdbc.testing.Databases;
import org.irrt.workflow.Outcome;
import org.irrt.workflow.membership.ApplicationIndex;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A view ({@link ApplicationIndex}, a {@code StoreProjection}) asked outside exclusive work while
 * every pool connection is held by exclusive work that then asks the same view. Before, the query
 * outside held the view's monitor while it waited for a connection, and the exclusive work waited
 * for the monitor: nothing moved until the pool's connection timeout, and then the outside query
 * failed. Now the store is read outside the view's monitor: the exclusive work answers from its own
 * connection, commits and gives the connection back, and the outside query then answers too.
 */
class ViewReadWaitingForAConnectionTest {
  @ParameterizedTest
  @EnumSource(Databases.class)
  void aQueryWaitingForAConnectionHoldsUpNoExclusiveWorkAskingTheSameView(Databases db) throws Exception {
    try (HikariDataSource pool = Databases.pool(db.create(), 1)) {
      pool.getHikariConfigMXBean().setConnectionTimeout(8_000);
      var apps = new Applications(pool, db.dialect());
      assertThat(apps.engine.issue("a-1", Applications.create(1, "t-1"))).isInstanceOf(Outcome.Accepted.class);
      ApplicationIndex index = new ApplicationIndex(apps.store);
      MemberId ana = Applications.member(1).id();
      MemberId other = Applications.member(2).id();

      ExecutorService threads = Executors.newFixedThreadPool(2);
      try {
        CountDownLatch holding = new CountDownLatch(1);
        AtomicReference<Thread> outside = new AtomicReference<>();
        Future<Optional<String>> exclusive = threads.submit(() -> apps.store.exclusively(() -> {
          holding.countDown(); // this work holds the pool's only connection
          awaitWaitingForAConnection(outside);
          return index.openFor(ana, Applications.INTL.id(), "");
        }));
        Future<Optional<String>> query = threads.submit(() -> {
          outside.set(Thread.currentThread());
          holding.await();
          return index.openFor(other, Applications.INTL.id(), "");
        });

        assertThat(exclusive.get(30, SECONDS)).contains("a-1");
        assertThat(query.get(30, SECONDS)).as("answered once the exclusive work gave its connection back, "
            + "not failed at the pool's timeout").isEmpty();
      } finally {
        threads.shutdownNow();
      }
    }
  }

  /** Waits until the thread is waiting inside the pool for a connection (at most 20 s). */
  private static void awaitWaitingForAConnection(AtomicReference<Thread> thread) {
    for (int i = 0; i < 2_000; i++) {
      Thread t = thread.get();
      if (t != null && Arrays.stream(t.getStackTrace()).anyMatch(f -> f.getMethodName().equals("getConnection")
          && f.getClassName().startsWith("com.zaxxer.hikari"))) {
        return;
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted", e);
      }
    }
    throw new AssertionError("the outside query never waited for a connection");
  }
}
