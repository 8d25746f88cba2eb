package org.irrt.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.irrt.model.member.Member;
import org.irrt.model.membership.Membership;
import org.irrt.model.membership.MembershipRegister;
import org.irrt.model.membership.MembershipType;
import org.irrt.model.pledge.Campaign;
import org.irrt.model.pledge.CampaignId;
import org.irrt.model.pledge.Pledge;
import org.irrt.workflow.ConcurrencyException;

/**
 * The registers in the same database as the workflows: members, memberships and their types (a
 * {@link MembershipRegister}), campaigns with their pledges, and round tables, one row per entry in
 * {@code irrt_entries} (schema version 3), so that saving one member writes one row, not the
 * register. Plain JDBC over the host's {@link DataSource}; the JSON is the host's adapter, passed as
 * the same two method references as {@link EventCodec#of}:
 *
 * <pre>{@code
 * JdbcRegisters registers = JdbcRegisters.of(dataSource, Dialect.POSTGRESQL, clock, IrrtJson::write, IrrtJson::read);
 * registers.save(EntryKind.MEMBER, member, 0);                         // 0: a new entry; returns 1
 * Versioned<Member> m = registers.load(EntryKind.MEMBER, member.id()).orElseThrow();
 * registers.save(EntryKind.MEMBER, m.value().withPreferredLanguage("fr"), m.version()); // returns 2
 *
 * Snapshot<MembershipRegister> register = registers.loadRegister();   // the whole register, with versions
 * registers.saveRegister(register, erasure.applyTo(register.value())); // writes only what changed
 * }</pre>
 *
 * <p><b>Versions.</b> Each entry has a version, 1 after its first save and one more after each. A
 * save names the version it was based on (0 for a new entry); when the entry is no longer at that
 * version, another host saved it first, and the save throws {@link ConcurrencyException} (its
 * instance id is {@code kind:id}, e.g. {@code member:m-001}) having written nothing: load again and
 * decide again. A {@link Snapshot} carries the version of every entry of a group (a register, a
 * campaign and its pledges); saving a group writes, in one transaction, the entries that differ from
 * the snapshot (changed, added, removed), each checked against its version, and nothing when one is
 * stale. Entries others added meanwhile are left as they are.
 *
 * <p><b>Order.</b> A kind's entries load in the order they were first saved, so a register saved
 * whole loads equal to itself.
 *
 * <p><b>Transactions</b> as {@link JdbcWorkflowStore}: {@link #of} commits each save on its own,
 * {@link #inHostTransactions} writes in the host's transaction (a save there is refused on a
 * connection in auto-commit mode) and never commits or rolls back: after a {@link
 * ConcurrencyException} the host rolls back. Database failures are {@link StoreException}s.
 *
 * <p><b>Personal data.</b> A member's entry holds the member's personal data. To erase a member,
 * save the register with the erasure applied ({@code MemberErasure.applyTo}): the entry under the
 * former id is deleted and the pseudonymised one written.
 */
public final class JdbcRegisters {
  private static final String LOAD = "SELECT version, payload FROM irrt_entries WHERE kind = ? AND id = ?";
  private static final String LOAD_ALL = "SELECT kind, id, version, payload FROM irrt_entries WHERE kind = ? ORDER BY seq";
  private static final String LOAD_REGISTER = "SELECT kind, id, version, payload FROM irrt_entries "
      + "WHERE kind IN ('membership-type', 'member', 'membership') ORDER BY seq";
  private static final String LOAD_CAMPAIGN = "SELECT kind, id, version, payload FROM irrt_entries "
      + "WHERE (kind = 'campaign' AND id = ?) OR (kind = 'pledge' AND owner = ?) ORDER BY seq";
  private static final String VERSION = "SELECT version FROM irrt_entries WHERE kind = ? AND id = ?";
  private static final String DELETE = "DELETE FROM irrt_entries WHERE kind = ? AND id = ? AND version = ?";

  /**
   * The key of an entry.
   *
   * @param kind the kind's name ({@link EntryKind#name()})
   * @param id the entry's id
   */
  public record Key(String kind, String id) {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException when a part is null
     */
    public Key {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(id, "id");
    }

    @Override
    public String toString() {
      return kind + ":" + id;
    }
  }

  /**
   * An entry as loaded: its value and the version to name when saving it again.
   *
   * @param value the value
   * @param version its version, from 1
   * @param <T> the value type
   */
  public record Versioned<T>(T value, long version) {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException when the value is null
     * @throws IllegalArgumentException when the version is below 1
     */
    public Versioned {
      Objects.requireNonNull(value, "value");
      if (version < 1) {
        throw new IllegalArgumentException("versions start at 1");
      }
    }
  }

  /**
   * A group of entries as loaded (a register, a campaign and its pledges): the value they make and
   * the version of each.
   *
   * @param value the value
   * @param versions the version of each entry by its key
   * @param <T> the value type
   */
  public record Snapshot<T>(T value, Map<Key, Long> versions) {
    /**
     * Copies the versions.
     *
     * @throws NullPointerException when a part is null
     */
    public Snapshot {
      Objects.requireNonNull(value, "value");
      versions = Map.copyOf(Objects.requireNonNull(versions, "versions"));
    }

    /**
     * An entry's version.
     *
     * @param key the entry
     * @return its version, or 0 when the snapshot does not hold it
     */
    public long version(Key key) {
      return versions.getOrDefault(Objects.requireNonNull(key, "key"), 0L);
    }
  }

  /**
   * A campaign and its pledges, saved and loaded together.
   *
   * @param campaign the campaign
   * @param pledges its pledges, each naming the campaign, ids unique
   */
  public record CampaignPledges(Campaign campaign, List<Pledge> pledges) {
    /**
     * Checks that every pledge belongs to the campaign, once.
     *
     * @throws IllegalArgumentException when a pledge names another campaign, or two share an id
     */
    public CampaignPledges {
      Objects.requireNonNull(campaign, "campaign");
      pledges = List.copyOf(Objects.requireNonNull(pledges, "pledges"));
      Set<Object> ids = new HashSet<>();
      for (Pledge p : pledges) {
        if (!p.campaign().equals(campaign.id())) {
          throw new IllegalArgumentException("pledge " + p.id() + " belongs to campaign " + p.campaign() + ", not " + campaign.id());
        }
        if (!ids.add(p.id())) {
          throw new IllegalArgumentException("pledge " + p.id() + " is listed twice");
        }
      }
    }
  }

  /** An entry to write: its kind, value and JSON. */
  private record Entry(EntryKind<?, ?> kind, Key key, Object value, Optional<String> owner) {
    static <T> Entry of(EntryKind<T, ?> kind, T value) {
      return new Entry(kind, kind.keyOf(value), value, kind.ownerOf(value));
    }
  }

  /** A row as read. */
  private record Row(String kind, String id, long version, String payload) {}

  private final DataSource dataSource;
  private final Dialect dialect;
  private final Clock clock;
  private final EventCodec.JsonWriter writer;
  private final EventCodec.JsonReader reader;
  private final boolean hostTransactions;
  private final String insert;
  private final String update;

  private JdbcRegisters(DataSource dataSource, Dialect dialect, Clock clock, EventCodec.JsonWriter writer,
      EventCodec.JsonReader reader, boolean hostTransactions) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.dialect = Objects.requireNonNull(dialect, "dialect");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.writer = Objects.requireNonNull(writer, "writer");
    this.reader = Objects.requireNonNull(reader, "reader");
    this.hostTransactions = hostTransactions;
    // An insert that finds the entry there writes nothing and counts 0, leaving the transaction usable.
    this.insert = switch (dialect) {
      case H2 -> "MERGE INTO irrt_entries t USING (VALUES (CAST(? AS CHARACTER VARYING), CAST(? AS CHARACTER VARYING), "
          + "CAST(? AS CHARACTER VARYING), CAST(? AS CHARACTER LARGE OBJECT), CAST(? AS TIMESTAMP WITH TIME ZONE))) "
          + "s (kind, id, owner, payload, saved_at) ON t.kind = s.kind AND t.id = s.id WHEN NOT MATCHED THEN "
          + "INSERT (kind, id, owner, version, payload, saved_at) VALUES (s.kind, s.id, s.owner, 1, s.payload, s.saved_at)";
      case POSTGRESQL -> "INSERT INTO irrt_entries (kind, id, owner, version, payload, saved_at) "
          + "VALUES (?, ?, ?, 1, CAST(? AS jsonb), ?) ON CONFLICT (kind, id) DO NOTHING";
    };
    this.update = "UPDATE irrt_entries SET version = version + 1, owner = ?, payload = " + dialect.payloadParameter()
        + ", saved_at = ? WHERE kind = ? AND id = ? AND version = ?";
  }

  /**
   * Registers that commit each save on their own.
   *
   * @param dataSource the host's data source, with the schema applied ({@link Schema#apply})
   * @param dialect the database
   * @param clock the clock of each row's {@code saved_at}
   * @param writer the adapter's {@code IrrtJson::write}
   * @param reader the adapter's {@code IrrtJson::read}
   * @return the registers
   */
  public static JdbcRegisters of(DataSource dataSource, Dialect dialect, Clock clock, EventCodec.JsonWriter writer,
      EventCodec.JsonReader reader) {
    return new JdbcRegisters(dataSource, dialect, clock, writer, reader, false);
  }

  /**
   * Registers that write in the host's transactions: they use the connection the data source gives
   * and never commit, roll back or change auto-commit.
   *
   * @param dataSource a data source whose connections are the host's transaction's
   * @param dialect the database
   * @param clock the clock of each row's {@code saved_at}
   * @param writer the adapter's {@code IrrtJson::write}
   * @param reader the adapter's {@code IrrtJson::read}
   * @return the registers
   */
  public static JdbcRegisters inHostTransactions(DataSource dataSource, Dialect dialect, Clock clock,
      EventCodec.JsonWriter writer, EventCodec.JsonReader reader) {
    return new JdbcRegisters(dataSource, dialect, clock, writer, reader, true);
  }

  /**
   * One entry.
   *
   * @param kind its kind
   * @param id its id
   * @param <T> the value type
   * @param <I> the id type
   * @return the entry and its version, or empty when there is none
   * @throws StoreException when the database fails or the stored JSON cannot be read
   */
  public <T, I> Optional<Versioned<T>> load(EntryKind<T, I> kind, I id) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    Key key = kind.key(id);
    return query("load", c -> {
      try (PreparedStatement s = c.prepareStatement(LOAD)) {
        s.setString(1, key.kind());
        s.setString(2, key.id());
        try (ResultSet r = s.executeQuery()) {
          return r.next() ? Optional.of(new Versioned<>(decode(kind, key, r.getString(2)), r.getLong(1))) : Optional.empty();
        }
      }
    });
  }

  /**
   * Every entry of a kind, in the order they were first saved.
   *
   * @param kind the kind
   * @param <T> the value type
   * @param <I> the id type
   * @return the entries and their versions
   * @throws StoreException when the database fails or a stored JSON cannot be read
   */
  public <T, I> List<Versioned<T>> loadAll(EntryKind<T, I> kind) {
    Objects.requireNonNull(kind, "kind");
    List<Versioned<T>> all = new ArrayList<>();
    for (Row row : rows("loadAll", LOAD_ALL, kind.name())) {
      all.add(new Versioned<>(decode(kind, new Key(row.kind(), row.id()), row.payload()), row.version()));
    }
    return List.copyOf(all);
  }

  /**
   * Saves one entry: a new one when {@code expectedVersion} is 0, else the entry at that version.
   *
   * @param kind its kind
   * @param value the value; its id is the entry's
   * @param expectedVersion the version it was loaded at, or 0 for a new entry
   * @param <T> the value type
   * @param <I> the id type
   * @return the entry's new version
   * @throws ConcurrencyException when the entry is not at {@code expectedVersion} (there is one
   *     already, for 0); nothing was written
   * @throws StoreException when the database fails
   */
  public <T, I> long save(EntryKind<T, I> kind, T value, long expectedVersion) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
    if (expectedVersion < 0) {
      throw new IllegalArgumentException("expectedVersion must not be negative");
    }
    Entry e = Entry.of(kind, value);
    return write("save", List.of(), Map.of(e.key(), expectedVersion), List.of(e)).get(e.key());
  }

  /**
   * The membership register: every membership type, member and membership.
   *
   * @return the register (empty when nothing is stored) and the version of each entry
   * @throws StoreException when the database fails or the stored entries do not make a valid
   *     register (a membership naming a member that is not stored)
   */
  public Snapshot<MembershipRegister> loadRegister() {
    var types = new ArrayList<MembershipType>();
    var members = new ArrayList<Member>();
    var memberships = new ArrayList<Membership>();
    Map<Key, Long> versions = new HashMap<>();
    for (Row row : rows("loadRegister", LOAD_REGISTER)) {
      Key key = new Key(row.kind(), row.id());
      versions.put(key, row.version());
      switch (row.kind()) {
        case "membership-type" -> types.add(decode(EntryKind.MEMBERSHIP_TYPE, key, row.payload()));
        case "member" -> members.add(decode(EntryKind.MEMBER, key, row.payload()));
        default -> memberships.add(decode(EntryKind.MEMBERSHIP, key, row.payload()));
      }
    }
    try {
      return new Snapshot<>(MembershipRegister.builder().types(types).members(members).memberships(memberships).build(),
          versions);
    } catch (RuntimeException e) {
      throw new StoreException("loadRegister", "the stored entries do not make a valid register", e);
    }
  }

  /**
   * Saves a register: the entries that differ from the snapshot (changed, added, removed), in one
   * transaction, each checked against its version in the snapshot.
   *
   * @param base the register as loaded ({@link #loadRegister()})
   * @param changed the register as it is to be
   * @return the snapshot of {@code changed}, with the new versions
   * @throws ConcurrencyException naming the first entry that another host saved since {@code base};
   *     nothing was written
   * @throws StoreException when the database fails
   */
  public Snapshot<MembershipRegister> saveRegister(Snapshot<MembershipRegister> base, MembershipRegister changed) {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(changed, "changed");
    List<Entry> before = entries(base.value());
    List<Entry> after = entries(changed);
    return new Snapshot<>(changed, saveGroup("saveRegister", before, base.versions(), after));
  }

  /**
   * A campaign and its pledges.
   *
   * @param id the campaign
   * @return the campaign, its pledges in the order they were first saved, and their versions; empty
   *     when the campaign is not stored
   * @throws StoreException when the database fails or a stored JSON cannot be read
   */
  public Optional<Snapshot<CampaignPledges>> loadCampaign(CampaignId id) {
    Objects.requireNonNull(id, "id");
    Key campaignKey = EntryKind.CAMPAIGN.key(id);
    Campaign campaign = null;
    List<Pledge> pledges = new ArrayList<>();
    Map<Key, Long> versions = new HashMap<>();
    for (Row row : rows("loadCampaign", LOAD_CAMPAIGN, campaignKey.id(), campaignKey.id())) {
      Key key = new Key(row.kind(), row.id());
      versions.put(key, row.version());
      if (key.equals(campaignKey)) {
        campaign = decode(EntryKind.CAMPAIGN, key, row.payload());
      } else {
        pledges.add(decode(EntryKind.PLEDGE, key, row.payload()));
      }
    }
    return campaign == null ? Optional.empty() : Optional.of(new Snapshot<>(new CampaignPledges(campaign, pledges), versions));
  }

  /**
   * Saves a new campaign and its pledges; none of them may be stored yet.
   *
   * @param campaign the campaign and its pledges
   * @return its snapshot, every entry at version 1
   * @throws ConcurrencyException when the campaign or one of the pledges is stored already; nothing
   *     was written
   * @throws StoreException when the database fails
   */
  public Snapshot<CampaignPledges> saveCampaign(CampaignPledges campaign) {
    Objects.requireNonNull(campaign, "campaign");
    return new Snapshot<>(campaign, saveGroup("saveCampaign", List.of(), Map.of(), entries(campaign)));
  }

  /**
   * Saves a campaign and its pledges: what differs from the snapshot, in one transaction.
   *
   * @param base the campaign as loaded ({@link #loadCampaign})
   * @param changed the campaign and its pledges as they are to be (the same campaign id)
   * @return the snapshot of {@code changed}, with the new versions
   * @throws ConcurrencyException naming the first entry another host saved since {@code base};
   *     nothing was written
   * @throws IllegalArgumentException when {@code changed} is another campaign
   * @throws StoreException when the database fails
   */
  public Snapshot<CampaignPledges> saveCampaign(Snapshot<CampaignPledges> base, CampaignPledges changed) {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(changed, "changed");
    if (!base.value().campaign().id().equals(changed.campaign().id())) {
      throw new IllegalArgumentException("the snapshot is of campaign " + base.value().campaign().id() + ", not "
          + changed.campaign().id());
    }
    return new Snapshot<>(changed, saveGroup("saveCampaign", entries(base.value()), base.versions(), entries(changed)));
  }

  private static List<Entry> entries(MembershipRegister r) {
    List<Entry> all = new ArrayList<>();
    r.types().forEach(t -> all.add(Entry.of(EntryKind.MEMBERSHIP_TYPE, t)));
    r.members().forEach(m -> all.add(Entry.of(EntryKind.MEMBER, m)));
    r.memberships().forEach(m -> all.add(Entry.of(EntryKind.MEMBERSHIP, m)));
    return all;
  }

  private static List<Entry> entries(CampaignPledges c) {
    List<Entry> all = new ArrayList<>();
    all.add(Entry.of(EntryKind.CAMPAIGN, c.campaign()));
    c.pledges().forEach(p -> all.add(Entry.of(EntryKind.PLEDGE, p)));
    return all;
  }

  /** Writes the difference between two states of a group; returns the version of every entry of {@code after}. */
  private Map<Key, Long> saveGroup(String operation, List<Entry> before, Map<Key, Long> versions, List<Entry> after) {
    Map<Key, Object> old = new HashMap<>();
    before.forEach(e -> old.put(e.key(), e.value()));
    Set<Key> kept = new HashSet<>();
    List<Entry> writes = new ArrayList<>();
    Map<Key, Long> result = new LinkedHashMap<>();
    for (Entry e : after) {
      kept.add(e.key());
      if (e.value().equals(old.get(e.key())) && versions.containsKey(e.key())) {
        result.put(e.key(), versions.get(e.key())); // unchanged: not written
      } else {
        writes.add(e);
      }
    }
    List<Key> deletes = before.stream().map(Entry::key).filter(k -> !kept.contains(k)).toList();
    Map<Key, Long> expected = new HashMap<>();
    writes.forEach(e -> expected.put(e.key(), versions.getOrDefault(e.key(), 0L)));
    deletes.forEach(k -> expected.put(k, versions.getOrDefault(k, 0L)));
    result.putAll(write(operation, deletes, expected, writes));
    return result;
  }

  /**
   * In one transaction: deletes, updates and inserts, each checked by its count; any stale entry
   * ends the transaction (rolled back) with a ConcurrencyException. JSON is written before it begins.
   */
  private Map<Key, Long> write(String operation, List<Key> deletes, Map<Key, Long> expected, List<Entry> writes) {
    List<String> json = new ArrayList<>(writes.size());
    for (Entry e : writes) {
      json.add(writer.write(e.value()));
    }
    OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    return transaction(operation, c -> {
      Map<Key, Long> versions = new LinkedHashMap<>();
      if (!deletes.isEmpty()) {
        try (PreparedStatement s = c.prepareStatement(DELETE)) {
          for (Key k : deletes) {
            s.setString(1, k.kind());
            s.setString(2, k.id());
            s.setLong(3, expected.get(k));
            s.addBatch();
          }
          check(c, s.executeBatch(), deletes, expected);
        }
      }
      List<Key> updated = new ArrayList<>();
      List<Key> inserted = new ArrayList<>();
      try (PreparedStatement up = c.prepareStatement(update); PreparedStatement in = c.prepareStatement(insert)) {
        for (int i = 0; i < writes.size(); i++) {
          Entry e = writes.get(i);
          long version = expected.get(e.key());
          if (version == 0) {
            in.setString(1, e.key().kind());
            in.setString(2, e.key().id());
            in.setString(3, e.owner().orElse(null));
            in.setString(4, json.get(i));
            in.setObject(5, now);
            in.addBatch();
            inserted.add(e.key());
          } else {
            up.setString(1, e.owner().orElse(null));
            up.setString(2, json.get(i));
            up.setObject(3, now);
            up.setString(4, e.key().kind());
            up.setString(5, e.key().id());
            up.setLong(6, version);
            up.addBatch();
            updated.add(e.key());
          }
          versions.put(e.key(), version + 1);
        }
        if (!updated.isEmpty()) {
          check(c, up.executeBatch(), updated, expected);
        }
        if (!inserted.isEmpty()) {
          try {
            check(c, in.executeBatch(), inserted, expected);
          } catch (SQLException x) {
            if (!"23505".equals(x.getSQLState())) {
              throw x;
            }
            // H2: another transaction inserted one of them in the same moment, and committed it at version 1
            throw new ConcurrencyException(inserted.get(0).toString(), 0, 1);
          }
        }
      }
      return versions;
    });
  }

  /** Each statement of a batch must have touched its one row; the first that did not is stale. */
  private static void check(Connection c, int[] counts, List<Key> keys, Map<Key, Long> expected) throws SQLException {
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] == 0) {
        Key k = keys.get(i);
        long actual;
        try (PreparedStatement s = c.prepareStatement(VERSION)) {
          s.setString(1, k.kind());
          s.setString(2, k.id());
          try (ResultSet r = s.executeQuery()) {
            actual = r.next() ? r.getLong(1) : 0;
          }
        }
        throw new ConcurrencyException(k.toString(), expected.get(k), actual);
      }
    }
  }

  private <T> T decode(EntryKind<T, ?> kind, Key key, String payload) {
    try {
      return reader.read(payload, kind.type());
    } catch (RuntimeException e) {
      throw new StoreException("decode", "entry " + key + " cannot be read", e);
    }
  }

  private List<Row> rows(String operation, String sql, String... parameters) {
    return query(operation, c -> {
      try (PreparedStatement s = c.prepareStatement(sql)) {
        for (int i = 0; i < parameters.length; i++) {
          s.setString(i + 1, parameters[i]);
        }
        List<Row> rows = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            rows.add(new Row(r.getString(1), r.getString(2), r.getLong(3), r.getString(4)));
          }
        }
        return rows;
      }
    });
  }

  /** Work on a connection. */
  @FunctionalInterface
  private interface SqlWork<T> {
    T run(Connection c) throws SQLException;
  }

  private <T> T query(String operation, SqlWork<T> work) {
    try (Connection c = dataSource.getConnection()) {
      return work.run(c);
    } catch (SQLException e) {
      throw new StoreException(operation, e);
    }
  }

  /** Runs work in the host's transaction, or in its own: committed at the end, rolled back on any failure. */
  private <T> T transaction(String operation, SqlWork<T> work) {
    try (Connection c = dataSource.getConnection()) {
      if (hostTransactions) {
        if (c.getAutoCommit()) {
          throw new IllegalStateException(operation + " needs the host's transaction, and the connection is in auto-commit mode");
        }
        return work.run(c);
      }
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      boolean done = false;
      try {
        T result = work.run(c);
        c.commit();
        done = true;
        return result;
      } finally {
        if (!done) {
          try {
            c.rollback();
          } catch (SQLException e) {
            // the connection is gone: the database rolls the transaction back on its own
          }
        }
        try {
          c.setAutoCommit(autoCommit);
        } catch (SQLException e) {
          // a broken connection: the pool discards it
        }
      }
    } catch (SQLException e) {
      throw new StoreException(operation, e);
    }
  }
}
