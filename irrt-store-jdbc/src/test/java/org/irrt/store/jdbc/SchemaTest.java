package org.irrt.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.irrt.store.jdbc.testing.Databases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The schema's files and the helper that applies them. */
class SchemaTest {
  static String query(HikariDataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      StringBuilder sb = new StringBuilder();
      while (r.next()) {
        sb.append(sb.length() == 0 ? "" : "; ").append(r.getString(1));
        for (int i = 2; i <= r.getMetaData().getColumnCount(); i++) {
          sb.append(' ').append(r.getString(i));
        }
      }
      return sb.toString();
    }
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void applyingTheSchemaAgainChangesNothing(Databases db) throws SQLException {
    try (HikariDataSource ds = Databases.pool(db.createEmpty(), 2)) {
      assertThat(Dialect.of(ds)).isEqualTo(db.dialect());
      assertThat(Schema.apply(ds, db.dialect())).containsExactly(1, 2, 3, 4);
      assertThat(Schema.apply(ds, db.dialect())).isEmpty();
      assertThat(Schema.apply(ds, db.dialect())).isEmpty();
      assertThat(query(ds, "SELECT version, description FROM irrt_schema_history ORDER BY version"))
          .isEqualTo("1 irrt events; 2 irrt personal data; 3 irrt entries; 4 irrt instances");
      assertThat(query(ds, "SELECT id, last_position FROM irrt_append_lock")).isEqualTo("1 0");
      assertThat(query(ds, "SELECT COUNT(*) FROM irrt_events")).isEqualTo("0");
      assertThat(query(ds, "SELECT COUNT(*) FROM irrt_checkpoints")).isEqualTo("0");
      assertThat(query(ds, "SELECT COUNT(*) FROM irrt_subjects")).isEqualTo("0");
      assertThat(query(ds, "SELECT COUNT(*) FROM irrt_personal_data")).isEqualTo("0");
      assertThat(query(ds, "SELECT COUNT(*) FROM irrt_entries")).isEqualTo("0");
    }
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void aSchemaWhoseHistorySaysVersionsOneToThreeGetsVersionFourOnly(Databases db) throws SQLException {
    try (HikariDataSource ds = Databases.pool(db.createEmpty(), 2)) {
      Schema.apply(ds, db.dialect());
      try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
        s.execute("DROP INDEX irrt_events_instances");
        s.execute("DELETE FROM irrt_schema_history WHERE version = 4");
      }
      assertThat(Schema.apply(ds, db.dialect())).containsExactly(4);
      assertThat(query(ds, "SELECT version FROM irrt_schema_history ORDER BY version")).isEqualTo("1; 2; 3; 4");
      assertThat(Schema.apply(ds, db.dialect())).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void aHistoryHoldingAVersionOfANewerIrrtIsUpToDateAndKeepsThatVersion(Databases db) throws SQLException {
    try (HikariDataSource ds = Databases.pool(db.createEmpty(), 2)) {
      Schema.apply(ds, db.dialect());
      try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
        s.execute("INSERT INTO irrt_schema_history (version, description, applied_at) "
            + "VALUES (5, 'irrt from the future', CURRENT_TIMESTAMP)");
      }
      assertThat(Schema.apply(ds, db.dialect())).isEmpty();
      assertThat(query(ds, "SELECT version FROM irrt_schema_history ORDER BY version")).isEqualTo("1; 2; 3; 4; 5");
    }
  }

  /**
   * A newcomer's trial: the site's first start left {@code irrt.trace.db} beside its new H2 database,
   * holding "Table IRRT_SCHEMA_HISTORY not found": the check of the history queried a table that was
   * not there yet. It now asks JDBC's catalogue first.
   */
  @Test
  void applyingTheSchemaToANewH2DatabaseLeavesNoFailedStatementInItsTraceFile(@org.junit.jupiter.api.io.TempDir
      java.nio.file.Path folder) throws Exception {
    org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
    h2.setURL("jdbc:h2:file:" + folder.resolve("irrt")); // H2's default: failed statements go to irrt.trace.db
    assertThat(Schema.apply(h2, Dialect.H2)).containsExactly(1, 2, 3, 4);
    assertThat(Schema.apply(h2, Dialect.H2)).isEmpty();
    try (var files = java.nio.file.Files.list(folder)) {
      assertThat(files.map(f -> f.getFileName().toString())).containsExactly("irrt.mv.db");
    }
  }

  @Test
  void twoHostsStartingTogetherOnPostgresqlApplyEachVersionOnce() throws Exception {
    for (int round = 0; round < 5; round++) {
      try (HikariDataSource ds = Databases.pool(Databases.POSTGRESQL.createEmpty(), 4)) {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
          java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
          java.util.concurrent.Callable<java.util.List<Integer>> start = () -> {
            go.await();
            return Schema.apply(ds, Dialect.POSTGRESQL);
          };
          var a = pool.submit(start);
          var b = pool.submit(start);
          go.countDown();
          java.util.List<Integer> all = new java.util.ArrayList<>(a.get());
          all.addAll(b.get());
          java.util.Collections.sort(all);
          assertThat(all).containsExactly(1, 2, 3, 4);
        } finally {
          pool.shutdownNow();
        }
        assertThat(query(ds, "SELECT version FROM irrt_schema_history ORDER BY version")).isEqualTo("1; 2; 3; 4");
      }
    }
  }

  @Test
  void everyDialectHasEveryVersionAndTheSameStatements() {
    for (String file : Dialect.MIGRATIONS) {
      assertThat(file).matches("V[1-9][0-9]*__[a-z0-9_]+\\.sql");
      var h2 = Schema.statements(Schema.read(Dialect.H2, file));
      var postgres = Schema.statements(Schema.read(Dialect.POSTGRESQL, file));
      assertThat(h2).extracting(s -> s.substring(0, s.indexOf(' ', s.indexOf(' ') + 1)))
          .containsExactlyElementsOf(postgres.stream().map(s -> s.substring(0, s.indexOf(' ', s.indexOf(' ') + 1))).toList());
    }
    assertThat(Schema.statements(Schema.read(Dialect.POSTGRESQL, "V1__irrt_events.sql")))
        .extracting(s -> s.lines().findFirst().orElseThrow())
        .containsExactly("CREATE TABLE irrt_events (", "CREATE UNIQUE INDEX irrt_events_instance_key ON irrt_events "
            + "(workflow, instance_id, idempotency_key, key_seq)", "CREATE INDEX irrt_events_workflow_position ON "
            + "irrt_events (workflow, global_position)", "CREATE TABLE irrt_append_lock (",
            "INSERT INTO irrt_append_lock (id, last_position) VALUES (1, 0)", "CREATE TABLE irrt_checkpoints (");
    assertThat(Schema.statements(Schema.read(Dialect.POSTGRESQL, "V2__irrt_personal_data.sql")))
        .extracting(s -> s.lines().findFirst().orElseThrow())
        .containsExactly("CREATE TABLE irrt_subjects (", "CREATE TABLE irrt_personal_data (",
            "CREATE INDEX irrt_personal_data_subject ON irrt_personal_data (subject_key)");
    assertThat(Dialect.POSTGRESQL.schemaLocation()).isEqualTo("db/irrt-store/postgresql");
    assertThat(Dialect.H2.schemaLocation()).isEqualTo("db/irrt-store/h2");
  }

  @Test
  void statementsAreSplitAtSemicolonsEndingALineAndCommentsDropped() {
    assertThat(Schema.statements("-- a comment\nCREATE TABLE a (\n  x int -- inline\n);\n\nINSERT INTO a VALUES (1);\nSELECT 1"))
        .containsExactly("CREATE TABLE a (\n  x int -- inline\n)", "INSERT INTO a VALUES (1)", "SELECT 1");
  }
}
