package org.irrt.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.irrt.model.member.MemberId;
import org.irrt.model.membership.MemberPrivacy;
import org.irrt.workflow.ConcurrencyException;
import org.irrt.workflow.DataSubject;
import org.irrt.workflow.EventHeader;
import org.irrt.workflow.PersonalData;
import org.irrt.workflow.StoredEvent;
import org.irrt.workflow.WorkflowEvent;
import org.irrt.workflow.WorkflowStore;
import org.jspecify.annotations.Nullable;

/**
 * A {@link WorkflowStore} in a database, over a host's {@link DataSource}: plain JDBC, one row per
 * event in {@code irrt_events}, the subscribers' checkpoints in {@code irrt_checkpoints}, personal
 * data apart in {@code irrt_subjects} and {@code irrt_personal_data}. The
 * workflows of a host share the tables: each store has a name ({@link #workflow()}), which scopes its
 * instances, keys, reads and checkpoints, while global positions and the append lock are shared. The schema
 * is applied by the host's Flyway or Liquibase from {@link Dialect#schemaLocation()}, or by {@link
 * Schema#apply}.
 *
 * <pre>{@code
 * DataSource dataSource = ...;                     // the host's pool
 * Schema.apply(dataSource, Dialect.POSTGRESQL);    // or the host's Flyway
 * var store = JdbcWorkflowStore.of(dataSource, Dialect.POSTGRESQL, "membership-application",
 *     EventCodec.of(ApplicationEvent.class, IrrtJson::write, IrrtJson::read).build());
 * var engine = WorkflowEngine.of(workflow, store, clock);
 * }</pre>
 *
 * <p><b>An append</b> is one transaction: it locks the one row of {@code irrt_append_lock} and
 * moves its last position on by the number of events in one statement ({@code UPDATE ... RETURNING}
 * on PostgreSQL, {@code SELECT ... FROM FINAL TABLE (UPDATE ...)} on H2), reads the instance's
 * version ({@code MAX(version)}, by the unique index), throws {@link ConcurrencyException} when it is
 * not the expected one (having given the positions back: nothing written), inserts the events with
 * the reserved global positions and the next versions, and commits. Positions are thus handed out one writer at a time, in commit order and without
 * gaps, so a reader never sees position {@code p + 1} while {@code p} can still appear; the unique
 * {@code (instance_id, version)} key stands behind the check. The events are turned into JSON before
 * the transaction begins. {@link #exclusively} runs its work in one transaction holding the same
 * lock, with the connection bound to the thread: the work's loads, reads and appends use it, so a
 * rule across instances is decided on the database's own data and no other host appends meanwhile.
 *
 * <p><b>Personal data</b> ({@link PersonalData} events; issue 18 item 3) is kept beside the events,
 * in two tables every workflow's store on the database shares: {@code irrt_subjects} (the data
 * subject's key and its pseudonym, {@link MemberPrivacy#newPseudonym()}, handed out by the append that
 * first holds the subject's data, under the append lock) and {@code irrt_personal_data} (the full
 * form's JSON, by the event's position, with the subject's key). {@code irrt_events} holds the erased
 * form, made with the pseudonym inside the append's transaction (the one JSON written under the lock);
 * {@link #load}, {@link #withKey} and {@link #read} join the two by position and give the full form
 * while it is kept. {@link #erase} deletes the subject's rows of both, so one person has one
 * pseudonym in every workflow and one erasure reaches them all.
 *
 * <p><b>Transactions.</b> {@link #of} manages its own: each append or exclusive work commits, or rolls
 * back on any failure, and leaves the connection's auto-commit as it found it. {@link
 * #inHostTransactions} takes part in the host's transaction: it uses the connection the data source
 * gives (for Spring, a {@code TransactionAwareDataSourceProxy} or a data source whose connections
 * {@code DataSourceUtils} binds), never commits, rolls back or changes auto-commit, and refuses to
 * append on a connection in auto-commit mode, where a multi-row append would not be atomic. The
 * host's transaction then holds the append lock until it ends, so keep it short; a {@link
 * HostTransaction} tells the store when it commits (the listeners are called then) and refuses a
 * nested transaction of the same thread that would wait for that lock for ever. The store's
 * statements assume READ COMMITTED (the default of both databases): in its own transactions, work
 * the database gave up at a stricter level (SQLState 40001) is decided again; a host's transaction
 * at REPEATABLE READ or SERIALIZABLE gets that {@link StoreException} and retries as a whole.
 *
 * <p><b>Failures</b> of the database are {@link StoreException}s (no event content in the message);
 * after one, nothing of the append is stored.
 *
 * @param <E> the event type
 */
public final class JdbcWorkflowStore<E extends WorkflowEvent> implements WorkflowStore<E> {
  /** The most characters of a workflow's name. */
  public static final int MAX_WORKFLOW_NAME = 100;

  /** The connection of the exclusive work running on this thread, its data source and what waits for its commit. */
  private static final ThreadLocal<Bound> BOUND = new ThreadLocal<>();

  private record Bound(DataSource dataSource, Connection connection, List<Runnable> afterCommit) {}

  private static final String LOCK = "SELECT last_position FROM irrt_append_lock WHERE id = 1 FOR UPDATE";
  private static final String GIVE_BACK = "UPDATE irrt_append_lock SET last_position = last_position - ? WHERE id = 1";
  private static final String VERSION = "SELECT MAX(version) FROM irrt_events WHERE workflow = ? AND instance_id = ?";
  /** An event as read: its full form while it is kept apart, else the row's (erased or plain) form. */
  private static final String EVENTS = "FROM irrt_events e LEFT JOIN irrt_personal_data p "
      + "ON p.global_position = e.global_position ";
  private static final String LOAD = "SELECT e.event_type, e.type_version, COALESCE(p.payload, e.payload), e.global_position, "
      + "e.version " + EVENTS
      + "WHERE e.workflow = ? AND e.instance_id = ? AND e.version > ? ORDER BY e.version";
  private static final String WITH_KEY = "SELECT e.global_position, e.version, e.event_type, e.type_version, "
      + "COALESCE(p.payload, e.payload) " + EVENTS
      + "WHERE e.workflow = ? AND e.instance_id = ? AND e.idempotency_key = ? ORDER BY e.version";
  /**
   * A workflow's events after a position, in order: the events first, by the {@code (workflow,
   * global_position)} index, stopping at the limit, and only those looked up in {@code
   * irrt_personal_data} by position. It orders by both columns of the index, as H2 uses an index for
   * the order only so. (Ordered by the position alone and joined ahead of the limit, it read every
   * later event on H2, and on PostgreSQL every personal-data row before the position: a cost growing
   * with the table.)
   */
  static final String READ = "SELECT e.global_position, e.instance_id, e.version, e.event_type, e.type_version, "
      + "COALESCE((SELECT p.payload FROM irrt_personal_data p WHERE p.global_position = e.global_position), e.payload) "
      + "FROM irrt_events e WHERE e.workflow = ? AND e.global_position > ? ORDER BY e.workflow, e.global_position "
      + "FETCH FIRST ? ROWS ONLY";
  private static final String PSEUDONYM = "SELECT pseudonym FROM irrt_subjects WHERE subject_key = ?";
  private static final String NEW_SUBJECT = "INSERT INTO irrt_subjects (subject_key, pseudonym) VALUES (?, ?)";
  private static final String ERASE_DATA = "DELETE FROM irrt_personal_data WHERE subject_key = ?";
  private static final String ERASE_SUBJECT = "DELETE FROM irrt_subjects WHERE subject_key = ?";
  private static final String CHECKPOINT = "SELECT last_position FROM irrt_checkpoints WHERE workflow = ? AND subscriber = ?";
  /**
   * A workflow's instance ids: its events at version 1 (every instance has one), by the index {@code
   * irrt_events_instances} (schema version 4): one entry per instance, not every event.
   */
  static final String INSTANCES = "SELECT instance_id FROM irrt_events WHERE workflow = ? AND version = 1";

  private final DataSource dataSource;
  private final Dialect dialect;
  private final String workflow;
  private final EventCodec<E> codec;
  private final boolean hostTransactions;
  /** What the host's transaction manager says (host mode only). */
  private final HostTransaction host;
  private final String insert;
  private final String insertPersonal;

  private JdbcWorkflowStore(DataSource dataSource, Dialect dialect, String workflow, EventCodec<E> codec,
      boolean hostTransactions, HostTransaction host) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.dialect = Objects.requireNonNull(dialect, "dialect");
    this.workflow = Objects.requireNonNull(workflow, "workflow");
    if (workflow.isBlank() || workflow.length() > MAX_WORKFLOW_NAME) {
      throw new IllegalArgumentException("a workflow's name has 1 to " + MAX_WORKFLOW_NAME + " characters, not blank");
    }
    this.codec = Objects.requireNonNull(codec, "codec");
    this.hostTransactions = hostTransactions;
    this.host = Objects.requireNonNull(host, "host");
    this.insert = "INSERT INTO irrt_events (global_position, workflow, instance_id, version, event_type, type_version, "
        + "payload, actor, occurred_at, idempotency_key, key_seq) VALUES (?, ?, ?, ?, ?, ?, " + dialect.payloadParameter()
        + ", ?, ?, ?, ?)";
    this.insertPersonal = "INSERT INTO irrt_personal_data (global_position, subject_key, payload) VALUES (?, ?, "
        + dialect.payloadParameter() + ")";
  }

  /**
   * A store that manages its own transactions: each append, checkpoint and exclusive work commits
   * on its own.
   *
   * @param dataSource the host's data source (its pool)
   * @param dialect the database
   * @param workflow the store's name in the tables, stable for good (e.g. {@code membership-application}):
   *     the workflows of a host share the tables, one name each
   * @param codec events to JSON and back
   * @param <E> the event type
   * @return the store
   * @throws IllegalArgumentException when the name is blank or longer than {@value #MAX_WORKFLOW_NAME}
   */
  public static <E extends WorkflowEvent> JdbcWorkflowStore<E> of(DataSource dataSource, Dialect dialect,
      String workflow, EventCodec<E> codec) {
    return new JdbcWorkflowStore<>(dataSource, dialect, workflow, codec, false, HostTransaction.UNMANAGED);
  }

  /**
   * A store that takes part in the host's transactions: it uses the connection the data source gives
   * and never commits, rolls back or changes auto-commit. Every append and exclusive work must run
   * inside a host transaction (auto-commit off); what the store wrote is committed or rolled back
   * with the host's own rows. Knowing nothing of the host's transaction manager ({@link
   * HostTransaction#UNMANAGED}), the engine's listeners are called inside the host's transaction,
   * before it commits; the Spring Boot starter passes one that calls them after the commit.
   *
   * @param dataSource a data source whose connections are the host's transaction's (e.g. Spring's
   *     {@code TransactionAwareDataSourceProxy})
   * @param dialect the database
   * @param workflow the store's name in the tables (see {@link #of})
   * @param codec events to JSON and back
   * @param <E> the event type
   * @return the store
   * @throws IllegalArgumentException when the name is blank or longer than {@value #MAX_WORKFLOW_NAME}
   */
  public static <E extends WorkflowEvent> JdbcWorkflowStore<E> inHostTransactions(DataSource dataSource,
      Dialect dialect, String workflow, EventCodec<E> codec) {
    return inHostTransactions(dataSource, dialect, workflow, codec, HostTransaction.UNMANAGED);
  }

  /**
   * A store that takes part in the host's transactions (as {@link #inHostTransactions(DataSource,
   * Dialect, String, EventCodec)}), told by the host's transaction manager when its transaction
   * commits (the engine's listeners are called then, never for a transaction rolled back) and
   * refusing an append that would wait for ever for a transaction of the same thread ({@link
   * HostTransaction#beforeLock()}).
   *
   * @param dataSource a data source whose connections are the host's transaction's
   * @param dialect the database
   * @param workflow the store's name in the tables (see {@link #of})
   * @param codec events to JSON and back
   * @param host what the host's transaction manager says
   * @param <E> the event type
   * @return the store
   * @throws IllegalArgumentException when the name is blank or longer than {@value #MAX_WORKFLOW_NAME}
   */
  public static <E extends WorkflowEvent> JdbcWorkflowStore<E> inHostTransactions(DataSource dataSource,
      Dialect dialect, String workflow, EventCodec<E> codec, HostTransaction host) {
    return new JdbcWorkflowStore<>(dataSource, dialect, workflow, codec, true, host);
  }

  /** Work on a connection. */
  @FunctionalInterface
  private interface SqlWork<T> {
    T run(Connection c) throws SQLException;
  }

  private @Nullable Connection bound() {
    Bound b = BOUND.get();
    return b != null && b.dataSource() == dataSource ? b.connection() : null;
  }

  /** Runs a statement or two: on the bound connection, or on one of the data source's, as it comes. */
  private <T> T query(String operation, SqlWork<T> work) {
    try {
      Connection c = bound();
      if (c != null) {
        return work.run(c);
      }
      try (Connection conn = dataSource.getConnection()) {
        return work.run(conn);
      }
    } catch (SQLException e) {
      throw new StoreException(operation, e);
    }
  }

  /**
   * Runs work in a transaction: the bound one, the host's, or its own (committed at the end, rolled
   * back on any failure). With {@code atomic} (work that takes the append lock), a host's connection
   * in auto-commit mode is refused, and the host is asked first ({@link HostTransaction#beforeLock}).
   * In its own transaction, an append or exclusive work the database gave up for a concurrent one (a
   * pool at REPEATABLE READ or SERIALIZABLE: SQLState 40001; a deadlock, 40P01; the unique key
   * standing behind the version check, 23505) is a {@link ConcurrencyException} (versions unknown,
   * -1): everything was rolled back, and the engine decides again.
   */
  private <T> T transaction(String operation, boolean atomic, SqlWork<T> work) {
    return transaction(operation, atomic, null, work);
  }

  /**
   * {@link #transaction(String, boolean, SqlWork)}, where a lost race in its own transaction is a
   * {@link ConcurrencyException} for {@code raceId} (the instance, or the work), when not null.
   */
  private <T> T transaction(String operation, boolean atomic, @Nullable String raceId, SqlWork<T> work) {
    Connection c = bound();
    try {
      if (c != null) {
        return work.run(c);
      }
      if (hostTransactions && atomic) {
        host.beforeLock();
      }
      try (Connection conn = dataSource.getConnection()) {
        if (hostTransactions) {
          if (atomic && conn.getAutoCommit()) {
            throw new IllegalStateException(operation + " needs the host's transaction, and the connection is in "
                + "auto-commit mode");
          }
          return work.run(conn);
        }
        try {
          return own(conn, work);
        } catch (SQLException e) {
          if (raceId != null && LOST_RACE.contains(e.getSQLState())) {
            throw new ConcurrencyException(raceId, -1, -1);
          }
          throw e;
        }
      }
    } catch (SQLException e) {
      throw new StoreException(operation, e);
    }
  }

  /** SQLStates of work given up for a concurrent transaction's: serialization failure, deadlock, unique key. */
  private static final Set<String> LOST_RACE = Set.of("40001", "40P01", "23505");

  private static <T> T own(Connection conn, SqlWork<T> work) throws SQLException {
    boolean autoCommit = conn.getAutoCommit();
    if (autoCommit) {
      conn.setAutoCommit(false);
    }
    boolean done = false;
    try {
      T result = work.run(conn);
      conn.commit();
      done = true;
      return result;
    } finally {
      if (!done) {
        rollbackQuietly(conn);
      }
      if (autoCommit) {
        try {
          conn.setAutoCommit(true);
        } catch (SQLException e) {
          // a broken connection: the pool discards it
        }
      }
    }
  }

  private static void rollbackQuietly(Connection conn) {
    try {
      conn.rollback();
    } catch (SQLException e) {
      // the connection is gone: the database rolls the transaction back on its own
    }
  }

  private static long lock(Connection c) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(LOCK); ResultSet r = s.executeQuery()) {
      if (!r.next()) {
        throw new SQLException("irrt_append_lock has no row: the schema is not applied", "55000");
      }
      return r.getLong(1);
    }
  }

  /**
   * The store's name in the tables.
   *
   * @return the workflow's name, e.g. {@code membership-application}
   */
  public String workflow() {
    return workflow;
  }

  @Override
  public List<E> load(String instanceId) {
    return load(instanceId, 0);
  }

  /**
   * A stored event through the codec; a row it cannot read (edited by hand, written by a newer host, a
   * host codec's failure) is a {@link StoreException} naming where the row is: global position,
   * workflow, instance and version, never the payload (which may hold personal data).
   */
  private E decode(long position, String instanceId, long version, String type, int typeVersion, String payload) {
    try {
      return codec.decode(type, typeVersion, payload);
    } catch (RuntimeException e) {
      String why = e instanceof StoreException store ? store.getMessage().replaceFirst("^decode failed: ", "")
          : type + " at version " + typeVersion + " cannot be read (" + e.getClass().getSimpleName() + ")";
      throw new StoreException("decode", "the event at position " + position + " (" + workflow + " " + instanceId
          + " version " + version + "): " + why, e instanceof StoreException ? e.getCause() : e);
    }
  }

  @Override
  public List<E> load(String instanceId, long afterVersion) {
    Objects.requireNonNull(instanceId, "instanceId");
    if (afterVersion < 0) {
      throw new IllegalArgumentException("afterVersion must not be negative");
    }
    return query("load", c -> {
      try (PreparedStatement s = c.prepareStatement(LOAD)) {
        s.setString(1, workflow);
        s.setString(2, instanceId);
        s.setLong(3, afterVersion);
        List<E> events = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            events.add(decode(r.getLong(4), instanceId, r.getLong(5), r.getString(1), r.getInt(2), r.getString(3)));
          }
        }
        return List.copyOf(events);
      }
    });
  }

  @Override
  public long append(String instanceId, long expectedVersion, List<E> events) {
    Objects.requireNonNull(instanceId, "instanceId");
    Objects.requireNonNull(events, "events");
    List<E> batch = List.copyOf(events); // refuses a null event before anything is written
    List<EventCodec.Encoded> encoded = new ArrayList<>(batch.size()); // the full forms
    boolean personal = false;
    for (E e : batch) {
      if (e instanceof PersonalData<?> p) {
        Objects.requireNonNull(p.dataSubject(), "dataSubject");
        personal = true;
      }
      encoded.add(codec.encode(e));
    }
    boolean anyPersonal = personal;
    return transaction("append", true, instanceId, c -> {
      if (batch.isEmpty()) {
        lock(c);
        long actual = version(c, instanceId);
        if (actual != expectedVersion) {
          throw new ConcurrencyException(instanceId, expectedVersion, actual);
        }
        return actual;
      }
      // one statement locks the lock row (waiting for any other append or exclusive work to commit)
      // and reserves the positions; the lock row is read as committed after the wait
      long last;
      try (PreparedStatement s = c.prepareStatement(dialect.reservePositions())) {
        s.setInt(1, batch.size());
        try (ResultSet r = s.executeQuery()) {
          if (!r.next()) {
            throw new SQLException("irrt_append_lock has no row: the schema is not applied", "55000");
          }
          last = r.getLong(1) - batch.size();
        }
      }
      long actual = version(c, instanceId); // a statement of its own: it sees what committed before the lock
      if (actual != expectedVersion) {
        // give the positions back, so that a transaction that goes on (the host's, exclusive work)
        // has written nothing
        try (PreparedStatement s = c.prepareStatement(GIVE_BACK)) {
          s.setInt(1, batch.size());
          s.executeUpdate();
        }
        throw new ConcurrencyException(instanceId, expectedVersion, actual);
      }
      // What irrt_events holds: a personal-data event's erased form, with its subject's pseudonym
      // (read, or handed out now: under the append lock, so no other host hands out another).
      List<EventCodec.Encoded> rows = encoded;
      Map<DataSubject, MemberId> pseudonyms = new HashMap<>();
      if (anyPersonal) {
        rows = new ArrayList<>(encoded);
        for (int i = 0; i < batch.size(); i++) {
          if (batch.get(i) instanceof PersonalData<?> p) {
            MemberId pseudonym = pseudonyms.get(p.dataSubject());
            if (pseudonym == null) {
              pseudonym = pseudonym(c, p.dataSubject());
              pseudonyms.put(p.dataSubject(), pseudonym);
            }
            rows.set(i, codec.encode(PersonalData.erasedForm(batch.get(i), pseudonym)));
          }
        }
      }
      try (PreparedStatement s = c.prepareStatement(insert)) {
        int keySeq = 0;
        for (int i = 0; i < batch.size(); i++) {
          EventHeader h = batch.get(i).header();
          EventCodec.Encoded e = rows.get(i);
          s.setLong(1, last + i + 1);
          s.setString(2, workflow);
          s.setString(3, instanceId);
          s.setLong(4, expectedVersion + i + 1);
          s.setString(5, e.type());
          s.setInt(6, e.typeVersion());
          s.setString(7, e.payload());
          s.setString(8, h.actor().value());
          s.setObject(9, OffsetDateTime.ofInstant(h.at(), ZoneOffset.UTC));
          Optional<String> key = h.idempotencyKey();
          s.setString(10, key.orElse(null));
          if (key.isPresent()) {
            s.setInt(11, keySeq++);
          } else {
            s.setNull(11, java.sql.Types.INTEGER);
          }
          if (batch.size() > 1) {
            s.addBatch();
          }
        }
        if (batch.size() > 1) {
          s.executeBatch();
        } else {
          s.executeUpdate();
        }
      }
      if (anyPersonal) {
        try (PreparedStatement s = c.prepareStatement(insertPersonal)) {
          for (int i = 0; i < batch.size(); i++) {
            if (batch.get(i) instanceof PersonalData<?> p) {
              s.setLong(1, last + i + 1);
              s.setString(2, p.dataSubject().key());
              s.setString(3, encoded.get(i).payload());
              s.addBatch();
            }
          }
          s.executeBatch();
        }
      }
      return expectedVersion + batch.size();
    });
  }

  /** The subject's pseudonym: its row's, or a new one in a new row (the caller holds the append lock). */
  private static MemberId pseudonym(Connection c, DataSubject subject) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(PSEUDONYM)) {
      s.setString(1, subject.key());
      try (ResultSet r = s.executeQuery()) {
        if (r.next()) {
          return MemberId.of(r.getString(1));
        }
      }
    }
    MemberId pseudonym = MemberPrivacy.newPseudonym();
    try (PreparedStatement s = c.prepareStatement(NEW_SUBJECT)) {
      s.setString(1, subject.key());
      s.setString(2, pseudonym.value());
      s.executeUpdate();
    }
    return pseudonym;
  }

  /**
   * Erases a data subject's personal data from every store on the database ({@link
   * WorkflowStore#erase}): in one transaction holding the append lock, it reads the subject's
   * pseudonym, deletes the subject's rows of {@code irrt_personal_data} (the full forms, found by
   * index) and its row of {@code irrt_subjects}. Reads then give the erased forms {@code
   * irrt_events} holds. Holding the lock, it never falls between an append's use of the pseudonym
   * and that append's full forms: those are committed before it and erased, or the append comes
   * after it and hands out a new pseudonym. In {@link #inHostTransactions} mode the deletions are
   * the host's transaction's, refused on a connection in auto-commit mode.
   *
   * <p>Deleted rows stay in the database's files: on PostgreSQL plain {@code VACUUM} (and
   * autovacuum) only makes their space reusable, and their bytes may stay readable until
   * overwritten; {@code VACUUM FULL irrt_personal_data} rewrites the table (locking it while it
   * runs). On an H2 file, {@code SHUTDOWN COMPACT}. A host runs one after erasures; the write-ahead
   * log and backups keep the rows until recycled or expired (docs/ARCHITECTURE.md).
   *
   * @param subject whose data to erase
   * @return the subject's pseudonym; empty when the database holds none of the subject's data
   * @throws StoreException when the database fails (nothing is erased)
   * @throws IllegalStateException in host-transaction mode, on a connection in auto-commit mode
   */
  @Override
  public Optional<MemberId> erase(DataSubject subject) {
    Objects.requireNonNull(subject, "subject");
    return transaction("erase", true, c -> {
      lock(c);
      MemberId pseudonym;
      try (PreparedStatement s = c.prepareStatement(PSEUDONYM)) {
        s.setString(1, subject.key());
        try (ResultSet r = s.executeQuery()) {
          if (!r.next()) {
            return Optional.<MemberId>empty();
          }
          pseudonym = MemberId.of(r.getString(1));
        }
      }
      for (String delete : List.of(ERASE_DATA, ERASE_SUBJECT)) {
        try (PreparedStatement s = c.prepareStatement(delete)) {
          s.setString(1, subject.key());
          s.executeUpdate();
        }
      }
      return Optional.of(pseudonym);
    });
  }

  private long version(Connection c, String instanceId) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(VERSION)) {
      s.setString(1, workflow);
      s.setString(2, instanceId);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  @Override
  public List<StoredEvent<E>> withKey(String instanceId, String idempotencyKey) {
    Objects.requireNonNull(instanceId, "instanceId");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    return query("withKey", c -> {
      try (PreparedStatement s = c.prepareStatement(WITH_KEY)) {
        s.setString(1, workflow);
        s.setString(2, instanceId);
        s.setString(3, idempotencyKey);
        List<StoredEvent<E>> events = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            events.add(new StoredEvent<>(r.getLong(1), instanceId, r.getLong(2),
                decode(r.getLong(1), instanceId, r.getLong(2), r.getString(3), r.getInt(4), r.getString(5))));
          }
        }
        return List.copyOf(events);
      }
    });
  }

  @Override
  public List<StoredEvent<E>> read(long afterPosition, int limit) {
    if (afterPosition < 0 || limit < 1) {
      throw new IllegalArgumentException("afterPosition must not be negative and limit must be at least 1");
    }
    return query("read", c -> {
      try (PreparedStatement s = c.prepareStatement(READ)) {
        s.setString(1, workflow);
        s.setLong(2, afterPosition);
        s.setInt(3, limit);
        List<StoredEvent<E>> events = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            events.add(new StoredEvent<>(r.getLong(1), r.getString(2), r.getLong(3),
                decode(r.getLong(1), r.getString(2), r.getLong(3), r.getString(4), r.getInt(5), r.getString(6))));
          }
        }
        return List.copyOf(events);
      }
    });
  }

  @Override
  public long checkpoint(String subscriber) {
    Objects.requireNonNull(subscriber, "subscriber");
    return query("checkpoint", c -> {
      try (PreparedStatement s = c.prepareStatement(CHECKPOINT)) {
        s.setString(1, workflow);
        s.setString(2, subscriber);
        try (ResultSet r = s.executeQuery()) {
          return r.next() ? r.getLong(1) : 0L;
        }
      }
    });
  }

  @Override
  public void saveCheckpoint(String subscriber, long position) {
    Objects.requireNonNull(subscriber, "subscriber");
    if (position < 0) {
      throw new IllegalArgumentException("position must not be negative");
    }
    transaction("saveCheckpoint", false, c -> {
      try (PreparedStatement s = c.prepareStatement(dialect.upsertCheckpoint())) {
        s.setString(1, workflow);
        s.setString(2, subscriber);
        s.setLong(3, position);
        return s.executeUpdate();
      }
    });
  }

  /**
   * Runs work in one transaction holding the append lock, with the transaction's connection bound to
   * this thread for every store on the same data source: what the work loads, reads and appends
   * goes through it, and commits (or, in {@link #inHostTransactions} mode, stays in the host's
   * transaction) as one. Work that throws rolls everything back (own transactions). Nested calls
   * join the outer work. The {@link #afterCommit} actions asked for inside it run once it commits,
   * in order, each even when an earlier one throws (the first failure is then thrown).
   *
   * @param work the work
   * @param <T> what it gives
   * @return what it gave
   * @throws StoreException when the database fails
   */
  @Override
  public <T> T exclusively(Supplier<T> work) {
    Objects.requireNonNull(work, "work");
    if (bound() != null) {
      return work.get();
    }
    List<Runnable> afterCommit = new ArrayList<>();
    T result = transaction("exclusively", true, "(exclusive work)", c -> {
      lock(c);
      BOUND.set(new Bound(dataSource, c, afterCommit));
      try {
        return work.get();
      } finally {
        BOUND.remove();
      }
    });
    // committed (in host mode, the actions went to the host): run what waited for it, each one even when
    // an earlier one throws, as each would have run on its own
    RuntimeException failed = null;
    for (Runnable action : afterCommit) {
      try {
        action.run();
      } catch (RuntimeException e) {
        if (failed == null) {
          failed = e;
        } else {
          failed.addSuppressed(e);
        }
      }
    }
    if (failed != null) {
      throw failed;
    }
    return result;
  }

  /**
   * Runs the action at once with its own transactions (each append is committed when it returns),
   * except inside {@link #exclusively} work on this data source: once that work's transaction commits,
   * never when it rolls back (before, at once, so the engine delivered events of an uncommitted
   * transaction, also when it then rolled back); in {@link #inHostTransactions} mode, as the {@link
   * HostTransaction} says: after the host's transaction commits, never when it rolls back.
   *
   * @param action what to run once the appends are committed
   */
  @Override
  public void afterCommit(Runnable action) {
    Objects.requireNonNull(action, "action");
    Bound b = BOUND.get();
    if (hostTransactions) {
      host.afterCommit(action);
    } else if (b != null && b.dataSource() == dataSource) {
      b.afterCommit().add(action); // exclusive work's transaction: once it commits, never on a rollback
    } else {
      action.run();
    }
  }

  @Override
  public Set<String> instanceIds() {
    return query("instanceIds", c -> {
      Set<String> ids = new HashSet<>();
      try (PreparedStatement s = c.prepareStatement(INSTANCES)) {
        s.setString(1, workflow);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            ids.add(r.getString(1));
          }
        }
      }
      return Set.copyOf(ids);
    });
  }
}
