package org.irrt.store.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Applies the store's schema for hosts that have neither Flyway nor Liquibase: the versioned files
 * of {@link Dialect#schemaLocation()} not yet applied, in order, each in its own transaction,
 * recorded in {@code irrt_schema_history} (version, description, the database's time). Applying again changes
 * nothing. A host with Flyway points its {@code locations} at the same files instead (and never
 * calls this), so the two histories are never mixed.
 *
 * <p>On PostgreSQL, hosts starting together apply the schema once: each takes an exclusive lock on
 * the history table before it reads it, and DDL is transactional there. H2 commits DDL at once, so
 * apply it from one host (the embedded case).
 *
 * <p>The tables, and their history, go in the connection's current schema, where the store's
 * statements (which name no schema) look for them: on PostgreSQL the first schema of the {@code
 * search_path} that exists, e.g. {@code currentSchema=irrt} in the JDBC URL or {@code ALTER ROLE ...
 * SET search_path = irrt}; two round tables in two schemas of one database are two stores that never
 * meet. When every version is applied, nothing is created or locked: a user with only the rights to
 * read and write the tables (SELECT, INSERT, UPDATE, DELETE; USAGE on the schema and its sequences)
 * runs it.
 */
public final class Schema {
  private static final String HISTORY = "CREATE TABLE IF NOT EXISTS irrt_schema_history (version INTEGER PRIMARY KEY, "
      + "description VARCHAR(200) NOT NULL, applied_at TIMESTAMP WITH TIME ZONE NOT NULL)";

  private Schema() {}

  /**
   * Applies the versions not yet applied.
   *
   * @param dataSource the database
   * @param dialect its dialect
   * @return the versions applied now, in order; empty when the schema was up to date
   * @throws StoreException when a statement fails (that version's transaction is rolled back)
   */
  public static List<Integer> apply(DataSource dataSource, Dialect dialect) {
    Objects.requireNonNull(dataSource, "dataSource");
    Objects.requireNonNull(dialect, "dialect");
    List<Integer> applied = new ArrayList<>();
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        if (upToDate(c, dialect)) {
          return List.of();
        }
        try (Statement s = c.createStatement()) {
          s.execute(HISTORY);
        }
        c.commit();
        for (String file : Dialect.MIGRATIONS) {
          int version = version(file);
          if (dialect == Dialect.POSTGRESQL) {
            try (Statement s = c.createStatement()) {
              s.execute("LOCK TABLE irrt_schema_history IN EXCLUSIVE MODE");
            }
          }
          if (versions(c).contains(version)) {
            c.commit();
            continue;
          }
          try (Statement s = c.createStatement()) {
            for (String statement : statements(read(dialect, file))) {
              s.execute(statement);
            }
          }
          try (PreparedStatement s = c.prepareStatement(
              "INSERT INTO irrt_schema_history (version, description, applied_at) VALUES (?, ?, CURRENT_TIMESTAMP)")) {
            s.setInt(1, version);
            s.setString(2, file.substring(file.indexOf("__") + 2, file.length() - ".sql".length()).replace('_', ' '));
            s.executeUpdate();
          }
          c.commit();
          applied.add(version);
        }
      } catch (SQLException | RuntimeException e) {
        try {
          c.rollback();
        } catch (SQLException ignored) {
          // the connection is gone
        }
        throw e;
      } finally {
        try {
          c.setAutoCommit(autoCommit);
        } catch (SQLException ignored) {
          // the connection is gone
        }
      }
    } catch (SQLException e) {
      throw new StoreException("schema", e);
    }
    return List.copyOf(applied);
  }

  /**
   * Whether the history already holds every version, read before any DDL: a database user with only
   * the rights to read and write the tables (the database administrator applied the schema) runs no
   * {@code CREATE TABLE IF NOT EXISTS}, which PostgreSQL refuses without the right to create in the
   * schema even when the table exists. When the history cannot be read (not there yet), the answer
   * is no and the read is rolled back.
   */
  private static boolean upToDate(Connection c, Dialect dialect) throws SQLException {
    if (!historyExists(c, dialect)) {
      return false;
    }
    Set<Integer> versions = versions(c);
    c.commit();
    return Dialect.MIGRATIONS.stream().allMatch(file -> versions.contains(version(file)));
  }

  /**
   * Whether the history table is where the store's statements find it, asked without a failing
   * statement: before, a query of the table found it missing on a new database, and the database
   * recorded that failed statement (in H2's {@code .trace.db} file beside a new database, in
   * PostgreSQL's server log). On PostgreSQL, {@code to_regclass} looks it up through the {@code
   * search_path} as those statements do (null when missing): JDBC's catalogue, asked for the current
   * schema only, missed a history in a later schema of the path, and the tables were created again,
   * empty, in the current one (a schema named after the user, created after the tables went in {@code
   * public}: SchemaHistoryLookupTest). Elsewhere (H2), JDBC's catalogue, in the current schema.
   */
  private static boolean historyExists(Connection c, Dialect dialect) throws SQLException {
    if (dialect == Dialect.POSTGRESQL) {
      try (Statement s = c.createStatement();
          ResultSet r = s.executeQuery("SELECT to_regclass('irrt_schema_history') IS NOT NULL")) {
        r.next();
        return r.getBoolean(1);
      }
    }
    DatabaseMetaData md = c.getMetaData();
    String name = md.storesUpperCaseIdentifiers() ? "IRRT_SCHEMA_HISTORY" : "irrt_schema_history";
    String schema = c.getSchema();
    try (ResultSet r = md.getTables(null, schema == null ? null : literal(md, schema), literal(md, name),
        new String[] {"TABLE"})) {
      return r.next();
    }
  }

  /** A name as a catalogue pattern that matches it only ({@code _} and {@code %} escaped). */
  private static String literal(DatabaseMetaData md, String name) throws SQLException {
    String escape = md.getSearchStringEscape();
    return escape == null || escape.isEmpty() ? name
        : name.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
  }

  /** A migration's version, from its Flyway file name: 4 for {@code V4__irrt_instances.sql}. */
  private static int version(String file) {
    return Integer.parseInt(file.substring(1, file.indexOf("__")));
  }

  private static Set<Integer> versions(Connection c) throws SQLException {
    Set<Integer> versions = new HashSet<>();
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT version FROM irrt_schema_history")) {
      while (r.next()) {
        versions.add(r.getInt(1));
      }
    }
    return versions;
  }

  /**
   * The text of one of the schema's files.
   *
   * @param dialect the dialect
   * @param file the file name, e.g. {@code V1__irrt_events.sql}
   * @return its SQL
   */
  static String read(Dialect dialect, String file) {
    String path = "/" + dialect.schemaLocation() + "/" + file;
    try (InputStream in = Schema.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException(path + " is missing from the store's jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The statements of a file: its lines without {@code --} comments, split at each {@code ;} that
   * ends a line. (The schema's files hold no {@code ;} inside a literal.)
   *
   * @param sql the file's text
   * @return the statements, without their semicolons
   */
  static List<String> statements(String sql) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : sql.split("\n")) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("--")) {
        continue;
      }
      current.append(line).append('\n');
      if (trimmed.endsWith(";")) {
        String statement = current.toString().strip();
        statements.add(statement.substring(0, statement.length() - 1));
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      statements.add(current.toString().strip());
    }
    return List.copyOf(statements);
  }
}
