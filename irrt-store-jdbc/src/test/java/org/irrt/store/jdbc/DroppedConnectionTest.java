package org.irrt.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.irrt.store.jdbc.testing.Databases;
import org.irrt.store.jdbc.testing.PostgresServer;
import org.irrt.workflow.Outcome;
import org.irrt.workflow.StoredEvent;
import org.irrt.workflow.pledge.PledgeEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A connection that drops in the middle of an append (after the lock row's update that reserved
 * the positions, before the events' insert, or at the commit) leaves nothing half-written, and the same keyed
 * command issued again is applied exactly once. On PostgreSQL the server ends the backend
 * ({@code pg_terminate_backend}) while the append holds the lock; on H2 the pool closes the
 * physical connection.
 */
class DroppedConnectionTest {
  static Stream<Arguments> cases() {
    return Stream.of(Databases.values()).flatMap(db -> Stream.of("SELECT MAX(version)", "INSERT INTO irrt_events",
        "COMMIT").map(point -> Arguments.of(db, point)));
  }

  static void kill(Databases db, HikariDataSource pool, Connection c) throws SQLException {
    if (db == Databases.POSTGRESQL) {
      long pid;
      try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT pg_backend_pid()")) {
        r.next();
        pid = r.getLong(1);
      }
      try (Connection admin = DriverManager.getConnection(PostgresServer.url().orElseThrow());
          PreparedStatement s = admin.prepareStatement("SELECT pg_terminate_backend(?, 10000)")) {
        s.setLong(1, pid);
        try (ResultSet r = s.executeQuery()) {
          r.next();
          assertThat(r.getBoolean(1)).as("the backend was ended").isTrue();
        }
      }
    } else {
      c.unwrap(org.h2.jdbc.JdbcConnection.class).close(); // H2 rolls back what it had not committed
      pool.evictConnection(c); // and the pool never hands it out again
    }
  }

  @ParameterizedTest(name = "{0}, dropped before {1}")
  @MethodSource("cases")
  void aDroppedAppendLeavesNothingAndTheKeyedRetryLandsOnce(Databases db, String point) throws SQLException {
    String url = db.create();
    try (HikariDataSource pool = Databases.pool(url, 4)) {
      Wrapped.Faulty faulty = new Wrapped.Faulty(pool, c -> kill(db, pool, c));
      JdbcWorkflowStore<PledgeEvent> store = Pledges.store(faulty, db.dialect());
      var engine = Pledges.engine(store);
      assertThat(engine.issue("p1", Pledges.record("p1"))).isInstanceOf(Outcome.Accepted.class);

      faulty.arm(point);
      assertThatThrownBy(() -> engine.issue("p1", Pledges.pay("pay-1", "k-1")))
          .isInstanceOfSatisfying(StoreException.class, e -> {
            assertThat(e.operation()).isEqualTo("append");
            assertThat(e.getMessage()).startsWith("append failed (SQLState ").doesNotContain("pay-1");
          });
      assertThat(faulty.fired()).isTrue();
      assertThat(store.load("p1")).hasSize(1);
      assertThat(store.read(0, 100)).extracting(StoredEvent::position).containsExactly(1L);
      assertThat(lastPosition(pool)).isEqualTo(1);

      Outcome<?, PledgeEvent> retried = engine.issue("p1", Pledges.pay("pay-1", "k-1"));
      assertThat(retried).isInstanceOfSatisfying(Outcome.Accepted.class, a -> assertThat(a.replayed()).isFalse());
      Outcome<?, PledgeEvent> again = engine.issue("p1", Pledges.pay("pay-1", "k-1"));
      assertThat(again).isInstanceOfSatisfying(Outcome.Accepted.class, a -> assertThat(a.replayed()).isTrue());
      List<PledgeEvent> history = store.load("p1");
      assertThat(history).hasSize(2);
      assertThat(history.get(1)).isInstanceOfSatisfying(PledgeEvent.PaymentReceived.class,
          p -> assertThat(p.payment().paymentId()).isEqualTo("pay-1"));
      assertThat(store.read(0, 100)).extracting(StoredEvent::position).containsExactly(1L, 2L);
      assertThat(lastPosition(pool)).isEqualTo(2);
    }
  }

  /**
   * A command of a workflow whose rules read other instances runs inside exclusive work: the
   * connection dropped at its commit leaves nothing, the engine forgets what it had built, and the
   * same keyed command lands once.
   */
  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.EnumSource(Databases.class)
  void aDroppedExclusiveCommitLeavesNothingAndTheEngineForgetsWhatItBuilt(Databases db) throws SQLException {
    String url = db.create();
    try (HikariDataSource pool = Databases.pool(url, 4)) {
      Wrapped.Faulty faulty = new Wrapped.Faulty(pool, c -> kill(db, pool, c));
      Applications host = new Applications(faulty, db.dialect());
      faulty.arm("COMMIT");
      assertThatThrownBy(() -> host.engine.issue("app-1", Applications.create(1, "app-1")))
          .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.operation()).isEqualTo("exclusively"));
      assertThat(faulty.fired()).isTrue();
      assertThat(host.store.load("app-1")).isEmpty();
      assertThat(host.engine.version("app-1")).isZero();
      assertThat(host.engine.issue("app-1", Applications.create(1, "app-1")))
          .isInstanceOfSatisfying(Outcome.Accepted.class, a -> assertThat(a.replayed()).isFalse());
      assertThat(host.engine.issue("app-1", Applications.create(1, "app-1")))
          .isInstanceOfSatisfying(Outcome.Accepted.class, a -> assertThat(a.replayed()).isTrue());
      assertThat(host.store.load("app-1")).hasSize(1);
      assertThat(lastPosition(pool)).isEqualTo(1);
    }
  }

  static long lastPosition(HikariDataSource pool) throws SQLException {
    try (Connection c = pool.getConnection(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT last_position FROM irrt_append_lock")) {
      r.next();
      return r.getLong(1);
    }
  }
}
