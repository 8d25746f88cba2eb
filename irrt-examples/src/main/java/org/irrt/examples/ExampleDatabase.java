package org.irrt.examples;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.irrt.examples.CampaignExample.CampaignData;
import org.irrt.jackson2.IrrtJson;
import org.irrt.model.membership.MembershipRegister;
import org.irrt.model.roundtable.RoundTable;
import org.irrt.store.jdbc.Dialect;
import org.irrt.store.jdbc.EntryKind;
import org.irrt.store.jdbc.EventCodec;
import org.irrt.store.jdbc.JdbcRegisters;
import org.irrt.store.jdbc.JdbcRegisters.CampaignPledges;
import org.irrt.store.jdbc.JdbcWorkflowStore;
import org.irrt.store.jdbc.Schema;
import org.irrt.workflow.WorkflowEvent;
import org.irrt.workflow.WorkflowStore;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The examples' database: where the command line keeps its state between runs (the workflows'
 * events, the membership register, the campaign and the round table), an H2 file by default or
 * PostgreSQL with {@code --db}. Opening it applies the schema ({@link Schema#apply}, which changes
 * nothing when it is up to date); the bundled data is saved into it the first time a command needs
 * it, and read from it afterwards.
 *
 * <p>The default, {@value #DEFAULT_URL}, is a folder {@code irrt-db} in the folder the command runs
 * in: state stays with the project a user works in (the README's commands run in the project
 * folder), is seen and deleted like any other file there, and never lands in the user's home or
 * mixes two checkouts. H2 refuses a relative path without {@code ./}, hence the prefix.
 *
 * <p>While a command runs, one connection stays open, so that H2 keeps the file open between
 * statements instead of opening it for each; closing the database closes it, and H2 the file.
 */
final class ExampleDatabase implements AutoCloseable {
  /** The embedded default: an H2 file {@code irrt-db/irrt.mv.db} in the current folder. */
  static final String DEFAULT_URL = "jdbc:h2:./irrt-db/irrt";
  /** How long {@link #open} waits for the first connection. */
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);

  private final String url;
  private final DataSource dataSource;
  private final Connection keeper;
  private final Dialect dialect;
  private final JdbcRegisters registers;

  /**
   * The database cannot be opened or used: its (credential-free) address and the reason, or the
   * SQLState the driver gave ({@link #reason(String, CliMessages)} says it in words).
   */
  static final class Unavailable extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String where;
    final String sqlState;
    /** The seconds waited in vain for an answer, or -1 when the database answered (with a refusal). */
    final long noAnswerSeconds;

    Unavailable(String where, String reason, String sqlState, Throwable cause) {
      this(where, reason, sqlState, cause, -1);
    }

    Unavailable(String where, String reason, String sqlState, Throwable cause, long noAnswerSeconds) {
      super(reason, cause);
      this.where = where;
      this.sqlState = sqlState;
      this.noAnswerSeconds = noAnswerSeconds;
    }
  }

  private ExampleDatabase(String url, DataSource dataSource, Connection keeper, Dialect dialect, Clock clock) {
    this.url = url;
    this.dataSource = dataSource;
    this.keeper = keeper;
    this.dialect = dialect;
    this.registers = JdbcRegisters.of(dataSource, dialect, clock, IrrtJson::write, IrrtJson::read);
  }

  /**
   * Opens a database and brings its schema up to date.
   *
   * @param url an H2 or PostgreSQL JDBC URL
   * @param user the user, or null for the URL's (or H2's default)
   * @param password the password, or null
   * @param clock the clock of the registers' {@code saved_at}
   * @return the database; close it
   * @throws Unavailable when the URL is of another database, or no connection can be had
   */
  static ExampleDatabase open(String url, String user, String password, Clock clock) {
    return open(url, user, password, clock, CONNECT_TIMEOUT);
  }

  /**
   * Opens a database and brings its schema up to date, waiting at most {@code timeout} for the first
   * connection: a server that accepts the connection and never answers (a firewall, a wrong port)
   * would otherwise hold the command for ever, as neither driver bounds the handshake by default.
   *
   * @param url an H2 or PostgreSQL JDBC URL
   * @param user the user, or null for the URL's (or H2's default)
   * @param password the password, or null
   * @param clock the clock of the registers' {@code saved_at}
   * @param timeout how long to wait for the first connection
   * @return the database; close it
   * @throws Unavailable when the URL is of another database or malformed, or no connection can be had in time
   */
  static ExampleDatabase open(String url, String user, String password, Clock clock, Duration timeout) {
    DataSource ds;
    try {
      ds = dataSource(url, user, password);
    } catch (IllegalArgumentException e) { // PostgreSQL's driver cannot parse it: say the form it reads
      throw new Unavailable(where(url), "jdbc:postgresql://HOST[:PORT]/DATABASE", null, e);
    }
    Connection keeper = connect(ds, url, timeout);
    Dialect dialect = url.startsWith("jdbc:h2:") ? Dialect.H2 : Dialect.POSTGRESQL;
    Schema.apply(ds, dialect);
    return new ExampleDatabase(url, ds, keeper, dialect, clock);
  }

  private static DataSource dataSource(String url, String user, String password) {
    if (url.startsWith("jdbc:h2:")) {
      JdbcDataSource h2 = new JdbcDataSource();
      // no trace file: H2 writes failed SQL (personal data too) to irrt.trace.db, and where it cannot,
      // prints its stack trace on standard output; the command line reports a failure itself
      h2.setURL(url.toUpperCase(java.util.Locale.ROOT).contains("TRACE_LEVEL_FILE") ? url : url + ";TRACE_LEVEL_FILE=0");
      if (user != null) {
        h2.setUser(user);
      }
      if (password != null) {
        h2.setPassword(password);
      }
      return h2;
    }
    if (url.startsWith("jdbc:postgresql:")) {
      PGSimpleDataSource pg = new PGSimpleDataSource();
      pg.setURL(url); // IllegalArgumentException for a URL it cannot parse
      if (user != null) {
        pg.setUser(user);
      }
      if (password != null) {
        pg.setPassword(password);
      }
      return pg;
    }
    throw new Unavailable(where(url), "jdbc:h2:... or jdbc:postgresql:...", null, null);
  }

  /** The first connection, on a daemon thread so that a server that never answers is given up after the timeout. */
  private static Connection connect(DataSource ds, String url, Duration timeout) {
    FutureTask<Connection> task = new FutureTask<>(ds::getConnection);
    Thread connecting = new Thread(task, "irrt-db-connect");
    connecting.setDaemon(true); // left waiting on a silent server; the run ends without it
    connecting.start();
    try {
      return task.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      task.cancel(true);
      throw new Unavailable(where(url), null, null, e, timeout.toSeconds());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Unavailable(where(url), "interrupted", null, e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof SQLException sql) {
        throw new Unavailable(where(url), null, sql.getSQLState(), sql);
      }
      // e.g. a URL the driver cannot parse
      throw new Unavailable(where(url), e.getCause().getClass().getSimpleName(), null, e.getCause());
    }
  }

  /**
   * A URL without what may be secret, to show in a message: the user-info of its authority ({@code
   * u:pw@} in {@code jdbc:postgresql://u:pw@host/db}) and every password-like parameter, after
   * {@code ?}, {@code &} or {@code ;} (PostgreSQL's and H2's separators): a key, case-insensitive and
   * URL-decoded, that is {@code pass} or {@code pwd} or contains {@code password} ({@code password},
   * {@code sslpassword}, H2's {@code PASSWORD}). Other parameters stay, for a reader to check them.
   *
   * @param url a JDBC URL
   * @return e.g. {@code jdbc:postgresql://db.example.org/irrt?sslmode=require}
   */
  static String where(String url) {
    int params = url.length();
    for (char c : new char[] {'?', ';'}) {
      int i = url.indexOf(c);
      params = i < 0 ? params : Math.min(params, i);
    }
    String base = url.substring(0, params);
    int authority = base.indexOf("//");
    int at = base.lastIndexOf('@');
    if (authority >= 0 && at > authority) {
      base = base.substring(0, authority + 2) + base.substring(at + 1);
    }
    StringBuilder b = new StringBuilder(base);
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("([?&;])([^?&;]*)").matcher(url.substring(params));
    while (m.find()) {
      String key = m.group(2).split("=", 2)[0];
      if (!secret(key)) { // the first query parameter kept opens with '?', whichever was left out
        boolean query = !m.group(1).equals(";");
        b.append(query && b.indexOf("?") < 0 ? "?" : query ? "&" : ";").append(m.group(2));
      }
    }
    return b.toString();
  }

  private static boolean secret(String key) {
    String k;
    try {
      k = java.net.URLDecoder.decode(key, java.nio.charset.StandardCharsets.UTF_8).toLowerCase(java.util.Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return true; // cannot tell: leave it out
    }
    return k.equals("pass") || k.equals("pwd") || k.contains("password");
  }

  /**
   * What a SQLState's class (its first two characters, SQL standard and PostgreSQL's Appendix A) means,
   * in the reader's words, for the classes a user meets when a database cannot be used: 08
   * connection, 28 authentication, 3D no such database, 42 schema or privilege, 53 resources, 57
   * operator intervention; and H2's own states an H2 file meets (its {@code ErrorCode}: 90020 the
   * file is open in another program, 90028 it cannot be read or written, 90030 it is damaged, 90097
   * it is read-only); otherwise the bare state.
   *
   * @param sqlState the SQLState, or {@code null} when the driver gave none
   * @param m the words
   * @return e.g. "the database does not exist; SQLState 3D000"
   */
  static String reason(String sqlState, CliMessages m) {
    if (sqlState == null || sqlState.length() < 2) {
      return "SQLState " + sqlState;
    }
    String own = "error.sqlState." + sqlState; // H2's own codes a user meets: in use, unreadable, damaged, read-only
    if (m.bundle().containsKey(own)) {
      return m.get(own, sqlState);
    }
    String key = "error.sqlState." + sqlState.substring(0, 2).toUpperCase(java.util.Locale.ROOT);
    return m.bundle().containsKey(key) ? m.get(key, sqlState) : "SQLState " + sqlState;
  }

  /**
   * Where the database is, without credentials.
   *
   * @return e.g. {@code jdbc:h2:./irrt-db/irrt}
   */
  String where() {
    return where(url);
  }

  /**
   * A workflow's store in this database: the one place the examples make a database-backed store.
   *
   * @param workflow the workflow's name in the tables, e.g. {@code membership-application}
   * @param events the sealed event interface
   * @param <E> the event type
   * @return the store
   */
  <E extends WorkflowEvent> WorkflowStore<E> store(String workflow, Class<E> events) {
    return JdbcWorkflowStore.of(dataSource, dialect, workflow, EventCodec.of(events, IrrtJson::write, IrrtJson::read).build());
  }

  /**
   * The registers.
   *
   * @return them
   */
  JdbcRegisters registers() {
    return registers;
  }

  /**
   * The round table: the IRRT reference data, saved the first time.
   *
   * @return the round table stored
   */
  RoundTable roundTable() {
    var stored = registers.loadAll(EntryKind.ROUND_TABLE);
    if (!stored.isEmpty()) {
      return stored.get(0).value();
    }
    RoundTable irrt = IrrtData.irrt();
    registers.save(EntryKind.ROUND_TABLE, irrt, 0);
    return irrt;
  }

  /**
   * The membership register: the bundled sample, saved the first time.
   *
   * @return the register stored
   */
  MembershipRegister register() {
    var stored = registers.loadRegister();
    if (!stored.versions().isEmpty()) {
      return stored.value();
    }
    return registers.saveRegister(stored, MembershipExample.load(null)).value();
  }

  /**
   * The campaign and its pledges: the bundled sample's, saved the first time; the exchange rates and
   * the note stay the bundled file's (a host's configuration, not a register).
   *
   * @return the campaign stored, with the sample's rates
   */
  CampaignData campaign() {
    CampaignData sample = CampaignExample.load(null);
    CampaignPledges stored = registers.loadCampaign(sample.campaign().id()).map(JdbcRegisters.Snapshot::value)
        .orElseGet(() -> registers.saveCampaign(new CampaignPledges(sample.campaign(), sample.pledges())).value());
    return new CampaignData(sample.note(), stored.campaign(), sample.rates(), stored.pledges());
  }

  @Override
  public void close() {
    try {
      keeper.close();
    } catch (SQLException e) {
      // the connection is gone already
    }
  }
}
