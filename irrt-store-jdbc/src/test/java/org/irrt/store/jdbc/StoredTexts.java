package org.irrt.store.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Every text a database holds, for the erasure tests: every value of every text column ({@code
 * CHAR}, {@code VARCHAR}, {@code text}, {@code CLOB}, {@code json}, {@code jsonb}) of every table of
 * the connection's schema, the columns read from the database's own metadata ({@link
 * DatabaseMetaData#getColumns}), never from a list kept here, so that a table or column the schema
 * gains later is scanned too.
 */
final class StoredTexts {
  private static final Set<Integer> TEXT = Set.of(Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.CLOB,
      Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR, Types.NCLOB);
  private static final Set<String> JSON = Set.of("json", "jsonb");

  private StoredTexts() {}

  /** A text column of a table. */
  record Column(String table, String column) {}

  /**
   * The text columns of every table in the connection's schema.
   *
   * @param dataSource the database
   * @return the columns, by table
   */
  static List<Column> columns(DataSource dataSource) throws SQLException {
    List<Column> columns = new ArrayList<>();
    try (Connection c = dataSource.getConnection()) {
      DatabaseMetaData meta = c.getMetaData();
      List<String> tables = new ArrayList<>();
      try (ResultSet r = meta.getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
        while (r.next()) {
          tables.add(r.getString("TABLE_NAME"));
        }
      }
      for (String table : tables) {
        try (ResultSet r = meta.getColumns(c.getCatalog(), c.getSchema(), table, "%")) {
          while (r.next()) {
            if (TEXT.contains(r.getInt("DATA_TYPE"))
                || JSON.contains(r.getString("TYPE_NAME").toLowerCase(Locale.ROOT))) {
              columns.add(new Column(table, r.getString("COLUMN_NAME")));
            }
          }
        }
      }
    }
    return List.copyOf(columns);
  }

  /**
   * Every value of every text column, as text.
   *
   * @param dataSource the database
   * @return the values (nulls left out)
   */
  static List<String> every(DataSource dataSource) throws SQLException {
    List<String> texts = new ArrayList<>();
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      for (Column column : columns(dataSource)) {
        try (ResultSet r = s.executeQuery("SELECT \"" + column.column() + "\" FROM \"" + column.table() + "\"")) {
          while (r.next()) {
            String text = r.getString(1);
            if (text != null) {
              texts.add(text);
            }
          }
        }
      }
    }
    return texts;
  }
}
