package org.irrt.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.irrt.store.jdbc.testing.Databases;
import org.irrt.workflow.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import java.util.stream.Stream;

/**
 * Fault found by the adversary's pass: a host whose pool hands out connections at REPEATABLE READ or
 * SERIALIZABLE (HikariCP's {@code transactionIsolation}) got a {@code StoreException} (SQLState
 * 40001) for 70 of 160 concurrent payments on PostgreSQL at REPEATABLE READ, 74 at SERIALIZABLE, and
 * 38 on H2 at SERIALIZABLE: the database gives up a transaction whose lock row another one changed,
 * and the store reported it as a failure although nothing was written. In its own transactions the
 * store now reports it as a lost race, which the engine decides again, as it does for a stale version.
 */
class StricterIsolationTest {
  static Stream<Arguments> cases() {
    return Stream.of(Databases.values()).flatMap(db -> Stream.of("TRANSACTION_REPEATABLE_READ",
        "TRANSACTION_SERIALIZABLE").map(level -> Arguments.of(db, level)));
  }

  static HikariDataSource pool(String url, String level) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setMaximumPoolSize(8);
    config.setTransactionIsolation(level);
    return new HikariDataSource(config);
  }

  @ParameterizedTest(name = "{0} at {1}")
  @MethodSource("cases")
  void concurrentCommandsAtAStricterLevelAreAllDecidedAndNoneFails(Databases db, String level) throws Exception {
    try (HikariDataSource pool = pool(db.create(), level)) {
      var pledges = Pledges.engine(Pledges.store(pool, db.dialect()));
      var applications = new Applications(pool, db.dialect());
      for (int p = 0; p < 4; p++) {
        assertThat(pledges.issue("p" + p, Pledges.record("p" + p))).isInstanceOf(Outcome.Accepted.class);
      }
      ExecutorService threads = Executors.newFixedThreadPool(8);
      List<Future<Integer>> accepted = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int thread = t;
        accepted.add(threads.submit(() -> {
          int n = 0;
          for (int i = 0; i < 20; i++) {
            n += pledges.issue("p" + thread % 4, Pledges.pay("pay-" + thread + "-" + i, null)) instanceof Outcome.Accepted
                ? 1 : 0;
          }
          for (int i = 0; i < 3; i++) { // a workflow whose rules read other instances: exclusive work
            int person = thread * 3 + i;
            n += applications.engine.issue("app-" + person, Applications.create(person, "t-" + person))
                instanceof Outcome.Accepted ? 1 : 0;
          }
          return n;
        }));
      }
      int total = 0;
      for (Future<Integer> f : accepted) {
        total += f.get();
      }
      threads.shutdown();
      assertThat(total).isEqualTo(8 * 20 + 8 * 3);
      for (int p = 0; p < 4; p++) {
        assertThat(pledges.history("p" + p)).hasSize(1 + 40);
      }
      assertThat(applications.store.instanceIds()).hasSize(24);
    }
  }
}
