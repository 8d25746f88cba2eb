package org.irrt.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The databases the store speaks: their schema folder and the few statements that differ. Everything
 * else is the same SQL on both.
 *
 * <table>
 *   <caption>What differs</caption>
 *   <tr><th></th><th>H2 2.x</th><th>PostgreSQL 12+</th></tr>
 *   <tr><td>payloads (events, personal data)</td><td>{@code CHARACTER LARGE OBJECT} (JSON text)</td><td>{@code jsonb}</td></tr>
 *   <tr><td>key index</td><td>unique over every row</td><td>unique, partial: rows with a key</td></tr>
 *   <tr><td>lock and reserve positions</td><td>{@code SELECT ... FROM FINAL TABLE (UPDATE ...)}</td><td>{@code UPDATE ... RETURNING}</td></tr>
 *   <tr><td>checkpoint upsert</td><td>{@code MERGE INTO ... KEY}</td><td>{@code INSERT ... ON CONFLICT}</td></tr>
 * </table>
 */
public enum Dialect {
  /** H2 2.x (embedded, file or in memory). */
  H2("h2", "?", "SELECT last_position FROM FINAL TABLE (UPDATE irrt_append_lock SET last_position = last_position + ? "
      + "WHERE id = 1)", "MERGE INTO irrt_checkpoints (workflow, subscriber, last_position) KEY (workflow, subscriber) VALUES (?, ?, ?)"),
  /** PostgreSQL 12 or later. */
  POSTGRESQL("postgresql", "CAST(? AS jsonb)", "UPDATE irrt_append_lock SET last_position = last_position + ? "
      + "WHERE id = 1 RETURNING last_position", "INSERT INTO irrt_checkpoints (workflow, subscriber, last_position) VALUES (?, ?, ?) "
      + "ON CONFLICT (workflow, subscriber) DO UPDATE SET last_position = EXCLUDED.last_position");

  /** The schema's versioned files, in order; each dialect has every one. */
  static final List<String> MIGRATIONS =
      List.of("V1__irrt_events.sql", "V2__irrt_personal_data.sql", "V3__irrt_entries.sql",
          "V4__irrt_instances.sql");

  private final String folder;
  private final String payloadParameter;
  private final String reservePositions;
  private final String upsertCheckpoint;

  Dialect(String folder, String payloadParameter, String reservePositions, String upsertCheckpoint) {
    this.folder = folder;
    this.payloadParameter = payloadParameter;
    this.reservePositions = reservePositions;
    this.upsertCheckpoint = upsertCheckpoint;
  }

  /**
   * The class-path folder of this dialect's schema files, for a host's Flyway ({@code
   * spring.flyway.locations=classpath:db/irrt-store/postgresql}) or Liquibase ({@code sqlFile}).
   *
   * @return e.g. {@code db/irrt-store/postgresql}
   */
  public String schemaLocation() {
    return "db/irrt-store/" + folder;
  }

  String payloadParameter() {
    return payloadParameter;
  }

  /** Locks the append lock row and moves its last position on by {@code ?}; gives the new last position. */
  String reservePositions() {
    return reservePositions;
  }

  String upsertCheckpoint() {
    return upsertCheckpoint;
  }

  /**
   * The dialect of a database, from its product name ({@link java.sql.DatabaseMetaData#getDatabaseProductName}).
   *
   * @param dataSource the database
   * @return its dialect
   * @throws IllegalArgumentException when it is neither H2 nor PostgreSQL
   * @throws StoreException when no connection can be had
   */
  public static Dialect of(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    String product;
    try (Connection c = dataSource.getConnection()) {
      product = c.getMetaData().getDatabaseProductName();
    } catch (SQLException e) {
      throw new StoreException("dialect", e);
    }
    String p = product.toLowerCase(Locale.ROOT);
    if (p.contains("h2")) {
      return H2;
    }
    if (p.contains("postgres")) {
      return POSTGRESQL;
    }
    throw new IllegalArgumentException("the store speaks H2 and PostgreSQL, not " + product);
  }
}
