package org.irrt.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.irrt.store.jdbc.testing.Databases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What the store's per-request reads cost does not grow with the table: over 20,000 events (2,000
 * instances of 10, the first event of each with personal data kept apart, as a pledge's), the
 * database itself counts the rows each query reads (PostgreSQL: {@code EXPLAIN (ANALYZE, FORMAT
 * JSON)}, rows returned and filtered out by every scan, times its loops; H2: {@code EXPLAIN
 * ANALYZE}'s {@code scanCount}s). No timing: rows read, against what the query gives back.
 */
class RowsReadAtScaleTest {
  static final int INSTANCES = 2_000;
  static final int EVENTS = INSTANCES * 10;

  @ParameterizedTest
  @EnumSource(value = Databases.class, names = {"H2_MEMORY", "POSTGRESQL"})
  void aReadOfAThousandEventsFromTheMiddleReadsAboutAThousandRowsNotTheRestOfTheTable(Databases db) throws SQLException {
    try (HikariDataSource ds = filled(db); Connection c = ds.getConnection()) {
      Map<String, Long> read = rowsRead(c, db, JdbcWorkflowStore.READ, "pledge", EVENTS / 2, 1024);
      if (db == Databases.POSTGRESQL) {
        // before: a merge join read irrt_personal_data from its first row up to the last event given
        // (1,103 rows); now only the 103 events among the 1,024 that hold personal data find a row
        assertThat(read.get("irrt_events")).as(lastPlan).isBetween(1024L, 1100L);
        assertThat(read.get("irrt_personal_data")).as(lastPlan).isLessThanOrEqualTo(103L);
      } else {
        // before: H2 joined every event after the position (10,000 of each table), sorted them, kept 1,024
        // (H2 counts a subquery's rows for its last run only: the events are what is counted here)
        assertThat(read.get("irrt_events")).as(lastPlan).isBetween(1024L, 1100L);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(value = Databases.class, names = {"H2_MEMORY", "POSTGRESQL"})
  void theInstanceIdsReadOneIndexEntryPerInstanceNotEveryEvent(Databases db) throws SQLException {
    try (HikariDataSource ds = filled(db); Connection c = ds.getConnection()) {
      Map<String, Long> read = rowsRead(c, db, JdbcWorkflowStore.INSTANCES, "pledge");
      // before: every event of the workflow (20,000; on PostgreSQL a sequential scan of the table)
      assertThat(read.values().stream().mapToLong(Long::longValue).sum()).as(lastPlan).isBetween((long) INSTANCES, INSTANCES + 10L);
      try (PreparedStatement s = c.prepareStatement(JdbcWorkflowStore.INSTANCES)) {
        s.setString(1, "pledge");
        int n = 0;
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            n++;
          }
        }
        assertThat(n).isEqualTo(INSTANCES);
      }
    }
  }

  /** A database with 2,000 pledge instances of 10 events, the first one's full form apart; analysed. */
  private static HikariDataSource filled(Databases db) throws SQLException {
    HikariDataSource ds = Databases.pool(db.create(), 1);
    String range = db == Databases.POSTGRESQL ? "generate_series(1, %d) AS r(x)" : "SYSTEM_RANGE(1, %d) r";
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      s.executeUpdate("INSERT INTO irrt_subjects (subject_key, pseudonym) SELECT CONCAT('member:m-', x), CONCAT('p', x) FROM "
          + range.formatted(INSTANCES));
      s.executeUpdate("INSERT INTO irrt_events (global_position, workflow, instance_id, version, event_type, type_version, "
          + "payload, actor, occurred_at) SELECT x, 'pledge', CONCAT('p-', (x - 1) / 10 + 1), (x - 1) % 10 + 1, "
          + "'PaymentReceived', 1, '{}', 'payments', TIMESTAMP WITH TIME ZONE '2026-03-02 10:00:00+00' FROM "
          + range.formatted(EVENTS));
      s.executeUpdate("INSERT INTO irrt_personal_data (global_position, subject_key, payload) "
          + "SELECT x, CONCAT('member:m-', (x - 1) / 10 + 1), '{}' FROM " + range.formatted(EVENTS) + " WHERE x % 10 = 1");
      s.executeUpdate("UPDATE irrt_append_lock SET last_position = " + EVENTS);
      s.execute("ANALYZE");
    }
    return ds;
  }

  private static final Pattern PG_NODE = Pattern.compile("\"Relation Name\": \"(\\w+)\".*?\"Actual Rows\": (\\d+),\\s*"
      + "\"Actual Loops\": (\\d+)(?:(?:(?!\"Node Type\").)*?\"Rows Removed by Filter\": (\\d+))?", Pattern.DOTALL);
  private static final Pattern H2_SCAN = Pattern.compile("\"PUBLIC\"\\.\"(\\w+)\"[^/]*/\\*[^*]*\\*/\\s*(?:/\\*[^*]*\\*/\\s*)?"
      + "/\\* scanCount: (\\d+) \\*/");

  /** The plan of the last {@link #rowsRead}, shown when an assertion fails. */
  private static String lastPlan = "";

  /** The rows the database reads, by table, to run the statement with these parameters. */
  private static Map<String, Long> rowsRead(Connection c, Databases db, String sql, Object... parameters)
      throws SQLException {
    String explain = (db == Databases.POSTGRESQL ? "EXPLAIN (ANALYZE, FORMAT JSON) " : "EXPLAIN ANALYZE ") + sql;
    StringBuilder plan = new StringBuilder();
    try (PreparedStatement s = c.prepareStatement(explain)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          plan.append(r.getString(1)).append('\n');
        }
      }
    }
    Map<String, Long> read = new HashMap<>();
    if (db == Databases.POSTGRESQL) {
      for (String node : plan.toString().split("\"Node Type\"")) {
        Matcher m = PG_NODE.matcher(node);
        if (m.find()) {
          long rows = Long.parseLong(m.group(2)) + (m.group(4) == null ? 0 : Long.parseLong(m.group(4)));
          read.merge(m.group(1), rows * Long.parseLong(m.group(3)), Long::sum);
        }
      }
    } else {
      Matcher m = H2_SCAN.matcher(plan);
      while (m.find()) {
        read.merge(m.group(1).toLowerCase(java.util.Locale.ROOT), Long.parseLong(m.group(2)), Long::sum);
      }
    }
    assertThat(read).as("the plan:\n%s", plan).isNotEmpty();
    lastPlan = plan.toString();
    return read;
  }
}
