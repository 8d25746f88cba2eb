package org.irrt.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.irrt.model.common.Money;
import org.irrt.model.member.MemberId;
import org.irrt.model.pledge.Campaign;
import org.irrt.model.pledge.CampaignId;
import org.irrt.model.pledge.Donor;
import org.irrt.model.pledge.Frequency;
import org.irrt.model.pledge.Pledge;
import org.irrt.model.pledge.PledgeId;
import org.irrt.store.jdbc.Dialect;
import org.irrt.store.jdbc.EventCodec;
import org.irrt.store.jdbc.JdbcWorkflowStore;
import org.irrt.store.jdbc.testing.Databases;
import org.irrt.workflow.Actor;
import org.irrt.workflow.Organisation;
import org.irrt.workflow.Outcome;
import org.irrt.workflow.Request;
import org.irrt.workflow.Role;
import org.irrt.workflow.WorkflowEngine;
import org.irrt.workflow.pledge.PledgeCase;
import org.irrt.workflow.pledge.PledgeCommand;
import org.irrt.workflow.pledge.PledgeEvent;
import org.irrt.workflow.pledge.PledgeWorkflow;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * Committed commands per second through the JDBC store, against raw JDBC inserting the same rows.
 *
 * <p>The command records a pledge on a new instance, with an idempotency key: the engine looks the
 * key up (an index), decides, encodes the event as JSON (Jackson 2 adapter) and appends it in one
 * transaction (append lock row {@code FOR UPDATE}, the instance's version, the insert, the lock row's
 * update, commit). A pledge holds the donor's data, so the history gets its erased form and the
 * personal-data table its full form (issue 18 item 3). The baseline, on a database of its own with
 * the same schema, inserts the same two rows (same columns, the same JSON texts, the same unique
 * keys; the donor's subject row made before the run in both) in one transaction of its own per command,
 * through the same pool: what the store's work costs on top of the write itself. Both on H2 in
 * memory and on PostgreSQL ({@code fsync=off}: the test server; the overhead is then least hidden),
 * with 1 and 8 threads, a pool of 8 connections.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.SECONDS)
public class StoreBenchmarks {
  static final Campaign CAMPAIGN = Campaign.builder().id(CampaignId.of("sixty-for-sixty")).name("Sixty for sixty")
      .goal(Money.of("1000000", "EUR")).startDate(LocalDate.of(2026, 1, 1)).fund("IRRT endowment").build();
  static final Organisation ORGANISATION = Organisation.in(ZoneId.of("UTC")).withCampaigns(List.of(CAMPAIGN));
  static final Actor OFFICER = Actor.of("treasurer", Role.FUNDRAISING_OFFICER);
  static final String INSERT = "INSERT INTO irrt_events (global_position, workflow, instance_id, version, event_type, "
      + "type_version, payload, actor, occurred_at, idempotency_key, key_seq) VALUES (?, ?, ?, 1, ?, 1, %s, ?, ?, ?, 0)";

  @Param({"H2_MEMORY", "POSTGRESQL"})
  public String database;

  HikariDataSource storePool;
  HikariDataSource rawPool;
  /** The donor's pseudonym, given in both databases before the run, so that both write the same rows. */
  static final String PSEUDONYM = "erased-0000000000000000000000001";
  static final String SUBJECT = "INSERT INTO irrt_subjects (subject_key, pseudonym) VALUES ('member:ana', '"
      + PSEUDONYM + "')";
  static final String PERSONAL = "INSERT INTO irrt_personal_data (global_position, subject_key, payload) "
      + "VALUES (?, 'member:ana', %s)";
  String rawPersonal;
  /** The full form of the event, kept apart from the history as the store keeps it. */
  String fullPayload;
  WorkflowEngine<PledgeCase, PledgeCommand, PledgeEvent> engine;
  final AtomicLong ids = new AtomicLong();
  final AtomicLong rawPositions = new AtomicLong();
  String rawInsert;
  String payload;
  String type;
  OffsetDateTime at;

  static Pledge pledge(String id) {
    return Pledge.builder().id(PledgeId.of(id)).campaign(CAMPAIGN.id()).donor(Donor.member(MemberId.of("ana")))
        .total(Money.of("1200", "EUR")).installmentCount(12).frequency(Frequency.monthly())
        .startDate(LocalDate.of(2026, 1, 10)).build();
  }

  /** Two fresh databases with the schema, one for the store and one for the baseline. */
  @Setup(Level.Trial)
  public void setUp() {
    Databases db = Databases.valueOf(database);
    storePool = Databases.pool(db.create(), 8);
    rawPool = Databases.pool(db.create(), 8);
    Clock clock = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneId.of("UTC"));
    EventCodec<PledgeEvent> codec = EventCodec.of(PledgeEvent.class, org.irrt.jackson2.IrrtJson::write,
        org.irrt.jackson2.IrrtJson::read).build();
    engine = WorkflowEngine.of(new PledgeWorkflow(ORGANISATION),
        JdbcWorkflowStore.of(storePool, db.dialect(), "pledge", codec), clock);
    // the row the store writes for such a command
    Request<PledgeCommand> sample = request(1); // the store's first row; the baseline writes its JSON every time
    var outcome = WorkflowEngine.of(new PledgeWorkflow(ORGANISATION), new org.irrt.workflow.InMemoryWorkflowStore<>(), clock)
        .issue("p-1", sample);
    PledgeEvent event = ((Outcome.Accepted<PledgeCase, PledgeEvent>) outcome).events().get(0);
    EventCodec.Encoded encoded = codec.encode(event);
    fullPayload = encoded.payload();
    @SuppressWarnings("unchecked")
    PledgeEvent erased = ((org.irrt.workflow.PersonalData<PledgeEvent>) event).erased(MemberId.of(PSEUDONYM));
    payload = codec.encode(erased).payload(); // the history holds the erased form
    type = encoded.type();
    for (HikariDataSource pool : List.of(storePool, rawPool)) {
      try (Connection c = pool.getConnection(); java.sql.Statement s = c.createStatement()) {
        s.executeUpdate(SUBJECT);
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }
    at = OffsetDateTime.ofInstant(event.header().at(), ZoneOffset.UTC);
    rawInsert = String.format(INSERT, db.dialect() == Dialect.POSTGRESQL ? "CAST(? AS jsonb)" : "?");
    rawPersonal = String.format(PERSONAL, db.dialect() == Dialect.POSTGRESQL ? "CAST(? AS jsonb)" : "?");
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    storePool.close();
    rawPool.close();
  }

  static Request<PledgeCommand> request(long n) {
    return Request.<PledgeCommand>of(new PledgeCommand.Record(pledge("p-" + n)), OFFICER).withIdempotencyKey("k-" + n);
  }

  Outcome<PledgeCase, PledgeEvent> command() {
    long n = ids.incrementAndGet();
    return engine.issue("p-" + n, request(n));
  }

  int rawInsert() throws SQLException {
    long n = rawPositions.incrementAndGet();
    try (Connection c = rawPool.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement s = c.prepareStatement(rawInsert)) {
        s.setLong(1, n);
        s.setString(2, "pledge");
        s.setString(3, "p-" + n);
        s.setString(4, type);
        s.setString(5, payload);
        s.setString(6, "treasurer");
        s.setObject(7, at);
        s.setString(8, "k-" + n);
        int rows = s.executeUpdate();
        try (PreparedStatement p = c.prepareStatement(rawPersonal)) {
          p.setLong(1, n);
          p.setString(2, fullPayload);
          p.executeUpdate();
        }
        c.commit();
        return rows;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    }
  }

  /** A keyed command committed through the engine and the store, one thread. */
  @Benchmark
  @Threads(1)
  public Outcome<PledgeCase, PledgeEvent> storeCommand1() {
    return command();
  }

  /** The same row inserted and committed with raw JDBC, one thread. */
  @Benchmark
  @Threads(1)
  public int rawInsert1() throws SQLException {
    return rawInsert();
  }

  /** A keyed command committed through the engine and the store, 8 threads. */
  @Benchmark
  @Threads(8)
  public Outcome<PledgeCase, PledgeEvent> storeCommand8() {
    return command();
  }

  /** The same row inserted and committed with raw JDBC, 8 threads. */
  @Benchmark
  @Threads(8)
  public int rawInsert8() throws SQLException {
    return rawInsert();
  }
}
