package org.irrt.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.irrt.model.member.Member;
import org.junit.jupiter.api.Test;

/** Every benchmark runs once on tiny input, so the suite cannot rot. Not a timing. */
class BenchmarksRunOnceTest {
  @Test
  void memberBenchmarksRun() throws Exception {
    MemberBenchmarks b = new MemberBenchmarks();
    b.setUp();
    assertThat(b.jsonRoundTripMember()).isEqualTo(b.member);
    assertThat(b.jsonRoundTripRecord()).isEqualTo(b.record);
    assertThat(b.jsonRoundTripMemberJackson3()).isEqualTo(b.member);
    assertThat(b.jsonRoundTripRecordJackson3()).isEqualTo(b.record);
    assertThat(b.buildMember()).isInstanceOf(Member.class);
    assertThat(b.hibernateValidateBean()).isEmpty();
    assertThat(b.handWrittenChecks()).isEmpty();
  }

  /**
   * The baselines read and write what the member does: the plain record's JSON has the member's
   * JSON properties, at every level, with the same values.
   */
  @Test
  void theRecordHasTheShapeOfTheMember() throws Exception {
    MemberBenchmarks b = new MemberBenchmarks();
    b.setUp();
    assertThat(Fixtures.PLAIN.readTree(b.recordJson)).isEqualTo(Fixtures.PLAIN.readTree(b.memberJson));
  }

  @Test
  void workflowBenchmarksRun() {
    WorkflowBenchmarks b = new WorkflowBenchmarks();
    b.setUp();
    assertThat(b.applicationCommand()).isInstanceOf(org.irrt.workflow.Outcome.Accepted.class);
    assertThat(b.stateless4jFire()).isEqualTo(org.irrt.workflow.membership.ApplicationState.DRAFT);
    assertThat(b.rawEnumMapAndAppend()).containsExactly(org.irrt.workflow.membership.ApplicationState.DRAFT);
  }

  @Test
  void historyBenchmarksRunAndTheCommandSeesTheHistory() {
    for (int history : new int[] {10, 20_000}) {
      HistoryBenchmarks b = new HistoryBenchmarks();
      b.history = history;
      b.setUp();
      assertThat(HistoryBenchmarks.count(b.unkeyed())).isEqualTo(history + 1);
      assertThat(HistoryBenchmarks.count(b.keyed())).isEqualTo(history + 2);
      assertThat(HistoryBenchmarks.count(b.replayed())).isEqualTo(history + 3);
      var again = b.replayed();
      assertThat(again).isInstanceOfSatisfying(org.irrt.workflow.Outcome.Accepted.class,
          a -> assertThat(a.replayed()).isTrue());
      assertThat(HistoryBenchmarks.count(again)).isEqualTo(history + 3);
    }
  }

  @Test
  void loadingBenchmarksRun() throws Exception {
    LoadingBenchmarks b = new LoadingBenchmarks();
    b.members = 3;
    b.setUp();
    assertThat(b.loadMembers()).isEqualTo(3);
    assertThat(b.parseRecords()).isEqualTo(3);
    assertThat(b.loadMembersJackson3()).isEqualTo(3);
    assertThat(b.parseRecordsJackson3()).isEqualTo(3);
  }

  @Test
  void storeBenchmarksRunOnH2AndOnPostgreSql() throws Exception {
    for (org.irrt.store.jdbc.testing.Databases db : org.irrt.store.jdbc.testing.Databases.values()) {
      if (db == org.irrt.store.jdbc.testing.Databases.H2_FILE) {
        continue;
      }
      db.assumeAvailable();
      StoreBenchmarks b = new StoreBenchmarks();
      b.database = db.name();
      b.setUp();
      try {
        assertThat(b.storeCommand1()).isInstanceOf(org.irrt.workflow.Outcome.Accepted.class);
        assertThat(b.storeCommand8()).isInstanceOf(org.irrt.workflow.Outcome.Accepted.class);
        assertThat(b.rawInsert1()).isEqualTo(1);
        assertThat(b.rawInsert8()).isEqualTo(1);
        // the baseline writes what the store writes, but for the position and the ids
        String[] columns = {"workflow", "version", "event_type", "type_version", "payload", "actor", "occurred_at",
            "idempotency_key", "key_seq"};
        for (String column : columns) {
          assertThat(value(b.rawPool, column)).as(column).isEqualTo(value(b.storePool, column));
        }
        // and the same full form apart, under the same subject
        String personal = "SELECT subject_key, payload FROM irrt_personal_data WHERE global_position = 1";
        assertThat(row(b.rawPool, personal)).isEqualTo(row(b.storePool, personal)).startsWith("member:ana {");
      } finally {
        b.tearDown();
      }
    }
  }

  @Test
  void theStoreTableGivesTheRatioAndTheLatencies() {
    String table = RunBenchmarks.storeTable(java.util.Map.of("storeCommand1@POSTGRESQL", new double[] {700, 1.4, 2.5},
        "rawInsert1@POSTGRESQL", new double[] {1000, 1.0, 2.0}));
    assertThat(table).contains("| PostgreSQL | 1 | 700 (1.40 / 2.50) | 1,000 (1.00 / 2.00) | 0.70 | >= 0.7 |")
        .doesNotContain("H2 in memory |");
  }

  private static String row(javax.sql.DataSource ds, String query) throws java.sql.SQLException {
    try (var c = ds.getConnection(); var s = c.createStatement(); var r = s.executeQuery(query)) {
      r.next();
      return r.getString(1) + " " + r.getString(2);
    }
  }

  private static String value(javax.sql.DataSource ds, String column) throws java.sql.SQLException {
    try (var c = ds.getConnection(); var s = c.createStatement();
        var r = s.executeQuery("SELECT " + column + " FROM irrt_events WHERE global_position = 1")) {
      r.next();
      return r.getString(1);
    }
  }

  @Test
  void scheduleBenchmarkRuns() {
    ScheduleBenchmarks b = new ScheduleBenchmarks();
    b.setUp();
    assertThat(b.schedule60()).hasSize(60);
  }

  @Test
  void theHeapRatioAndTheTableAreComputed() {
    long[] heap = HeapRatio.measure();
    assertThat(heap[0]).isPositive();
    assertThat(heap[1]).isPositive();
    java.util.Map<String, Double> scores = new java.util.HashMap<>(java.util.Map.ofEntries(
        java.util.Map.entry("jsonRoundTripMember", 1.0),
        java.util.Map.entry("jsonRoundTripRecord", 2.0), java.util.Map.entry("jsonRoundTripMemberJackson3", 3.0),
        java.util.Map.entry("jsonRoundTripRecordJackson3", 4.0), java.util.Map.entry("hibernateValidateBean", 3.0),
        java.util.Map.entry("buildMember", 3.0), java.util.Map.entry("applicationCommand", 1.0),
        java.util.Map.entry("stateless4jFire", 4.0), java.util.Map.entry("parseRecords", 1.0),
        java.util.Map.entry("loadMembers", 2.0), java.util.Map.entry("parseRecordsJackson3", 1.0),
        java.util.Map.entry("loadMembersJackson3", 5.0), java.util.Map.entry("schedule60", 1_500_000.0)));
    scores.put("keyed@10", 2000.0);
    scores.put("keyed@20000", 2200.0);
    String table = RunBenchmarks.table(scores, new long[] {150, 100});
    assertThat(table).contains("Jackson 2 | 0.50 | >= 0.5 |").contains("Jackson 3 | 0.75 | >= 0.5 |")
        .contains("Jackson 3 | 0.20 | >= 0.5 |").contains("| 1.00 | <= 1.0 |").contains("| 0.25 | >= 0.25 |")
        .contains("1,500,000 schedules/s").contains("| 1.50 | <= 1.5 |")
        .contains("| a command (keyed) on an instance with 20,000 events / on one with 10 (time per batch of 1,000: "
            + "2200 / 2000 us) | 1.10 | <= 2.0 |");
  }
}
