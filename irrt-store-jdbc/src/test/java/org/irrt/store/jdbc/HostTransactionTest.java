package org.irrt.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.irrt.workflow.testing.NoteEvent.note;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.irrt.store.jdbc.testing.Databases;
import org.irrt.workflow.ConcurrencyException;
import org.irrt.workflow.testing.NoteEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A store in the host's transactions ({@link JdbcWorkflowStore#inHostTransactions}) writes with the
 * host's rows, commits and rolls back with them, and never ends the host's transaction itself; a
 * store in its own transactions commits each append.
 */
class HostTransactionTest {
  static EventCodec<NoteEvent> codec() {
    return EventCodec.of(NoteEvent.class, org.irrt.jackson3.IrrtJson::write, org.irrt.jackson3.IrrtJson::read).build();
  }

  static void hostRow(Connection c, String text) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.executeUpdate("INSERT INTO host_rows (text) VALUES ('" + text + "')");
    }
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void theStoresRowsCommitAndRollBackWithTheHostsOwn(Databases db) throws SQLException {
    try (HikariDataSource pool = Databases.pool(db.create(), 4)) {
      try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
        s.execute("CREATE TABLE host_rows (text VARCHAR(20))");
      }
      var own = JdbcWorkflowStore.of(pool, db.dialect(), "note", codec());
      try (Connection host = pool.getConnection()) {
        host.setAutoCommit(false);
        var store = JdbcWorkflowStore.inHostTransactions(Wrapped.hostTransaction(host), db.dialect(), "note", codec());

        hostRow(host, "rolled back");
        assertThat(store.append("i", 0, List.of(note("a")))).isEqualTo(1);
        assertThat(store.load("i")).as("the host's transaction sees its own writes").hasSize(1);
        host.rollback();
        assertThat(own.load("i")).isEmpty();
        assertThat(SchemaTest.query(pool, "SELECT COUNT(*) FROM host_rows")).isEqualTo("0");

        hostRow(host, "kept");
        store.append("i", 0, List.of(note("b")));
        store.saveCheckpoint("mail", 1);
        assertThat(own.load("i")).as("not committed yet").isEmpty();
        host.commit();
        assertThat(own.load("i")).isEqualTo(List.of(note("b")));
        assertThat(own.checkpoint("mail")).isEqualTo(1);
        assertThat(SchemaTest.query(pool, "SELECT text FROM host_rows")).isEqualTo("kept");

        hostRow(host, "after stale");
        assertThatThrownBy(() -> store.append("i", 0, List.of(note("stale")))).isInstanceOf(ConcurrencyException.class);
        hostRow(host, "still usable"); // nothing failed in the database: the host's transaction goes on
        String seen = store.exclusively(() -> store.append("i", 1, List.of(note("c"))) + " " + store.load("i").size());
        assertThat(seen).isEqualTo("2 2");
        host.commit();
        assertThat(own.load("i")).isEqualTo(List.of(note("b"), note("c")));
        assertThat(own.read(0, 10)).extracting(e -> e.position()).as("the stale append took no position")
            .containsExactly(1L, 2L);
        assertThat(SchemaTest.query(pool, "SELECT COUNT(*) FROM host_rows")).isEqualTo("3");
        assertThat(host.getAutoCommit()).as("the store never changed it").isFalse();
      }
    }
  }

  /**
   * The engine keeps a snapshot of each instance it built; when the host rolls back a transaction in
   * which a command was accepted, the instance is shown and the next command decided as stored (the
   * engine drops a snapshot whose last event the store no longer holds), not refused or retried
   * forever.
   */
  @ParameterizedTest
  @EnumSource(Databases.class)
  void aCommandAfterTheHostRolledBackAnAcceptedOneIsDecidedOnTheStoredInstance(Databases db) throws SQLException {
    try (HikariDataSource pool = Databases.pool(db.create(), 4); Connection host = pool.getConnection()) {
      host.setAutoCommit(false);
      var store = JdbcWorkflowStore.inHostTransactions(Wrapped.hostTransaction(host), db.dialect(), "pledge",
          Pledges.codec());
      var engine = Pledges.engine(store);
      var recorded = ((org.irrt.workflow.Outcome.Accepted<?, ?>) engine.issue("p1", Pledges.record("p1"))).events();
      host.commit();
      assertThat(store.load("p1")).as("read back equal, the donor's data joined back: the engine's snapshots rely on it")
          .isEqualTo(recorded);
      assertThat(engine.issue("p1", Pledges.pay("pay-1", "k-1"))).isInstanceOf(org.irrt.workflow.Outcome.Accepted.class);
      assertThat(engine.load("p1").pledge().orElseThrow().payments()).hasSize(1);
      host.rollback();
      assertThat(engine.load("p1").pledge().orElseThrow().payments()).as("the rolled-back payment is not shown").isEmpty();
      assertThat(engine.version("p1")).isEqualTo(1);
      var paid = engine.issue("p1", Pledges.pay("pay-2", "k-2"));
      assertThat(paid).isInstanceOf(org.irrt.workflow.Outcome.Accepted.class);
      host.commit();
      assertThat(store.load("p1").get(1)).as("a keyed event reads back equal too")
          .isEqualTo(((org.irrt.workflow.Outcome.Accepted<?, ?>) paid).events().get(0));
      assertThat(Pledges.store(pool, db.dialect()).load("p1")).extracting(e -> e.getClass().getSimpleName()
          + (e instanceof org.irrt.workflow.pledge.PledgeEvent.PaymentReceived p ? " " + p.payment().paymentId() : ""))
          .containsExactly("PledgeRecorded", "PaymentReceived pay-2");
      assertThat(engine.load("p1").pledge().orElseThrow().payments()).hasSize(1);
    }
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void anAppendInHostModeOutsideATransactionIsRefusedAndWritesNothing(Databases db) throws SQLException {
    try (HikariDataSource pool = Databases.pool(db.create(), 2); Connection host = pool.getConnection()) {
      assertThat(host.getAutoCommit()).isTrue();
      var store = JdbcWorkflowStore.inHostTransactions(Wrapped.hostTransaction(host), db.dialect(), "note", codec());
      assertThatThrownBy(() -> store.append("i", 0, List.of(note("a"))))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("append needs the host's transaction, and the connection is in auto-commit mode");
      assertThatThrownBy(() -> store.exclusively(() -> 1)).isInstanceOf(IllegalStateException.class);
      assertThat(store.load("i")).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void exclusiveWorkThatThrowsRollsBackWhatItAppended(Databases db) {
    try (HikariDataSource pool = Databases.pool(db.create(), 2)) {
      var store = JdbcWorkflowStore.of(pool, db.dialect(), "note", codec());
      store.append("i", 0, List.of(note("a")));
      assertThatThrownBy(() -> store.exclusively(() -> {
        store.append("i", 1, List.of(note("b")));
        store.append("j", 0, List.of(note("c")));
        throw new IllegalStateException("the work failed");
      })).hasMessage("the work failed");
      assertThat(store.load("i")).isEqualTo(List.of(note("a")));
      assertThat(store.instanceIds()).containsExactly("i");
      assertThat(store.append("j", 0, List.of(note("d")))).isEqualTo(1);
      assertThat(store.read(0, 10)).extracting(e -> e.position()).containsExactly(1L, 2L);
    }
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void workflowsShareTheTablesAndEachSeesOnlyItsOwn(Databases db) {
    try (HikariDataSource pool = Databases.pool(db.create(), 2)) {
      var notes = JdbcWorkflowStore.of(pool, db.dialect(), "note", codec());
      var memos = JdbcWorkflowStore.of(pool, db.dialect(), "memo", codec());
      notes.append("i", 0, List.of(note("n1")));
      memos.append("i", 0, List.of(note("m1"), note("m2")));
      notes.append("i", 1, List.of(note("n2")));
      notes.saveCheckpoint("mail", 4);
      assertThat(notes.load("i")).isEqualTo(List.of(note("n1"), note("n2")));
      assertThat(memos.load("i")).isEqualTo(List.of(note("m1"), note("m2")));
      assertThat(notes.read(0, 10)).extracting(e -> e.position() + "@" + e.version()).containsExactly("1@1", "4@2");
      assertThat(memos.read(1, 10)).extracting(e -> e.position() + "@" + e.version()).containsExactly("2@1", "3@2");
      assertThat(memos.checkpoint("mail")).isZero();
      assertThat(notes.workflow()).isEqualTo("note");
      assertThatThrownBy(() -> JdbcWorkflowStore.of(pool, db.dialect(), " ", codec()))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
