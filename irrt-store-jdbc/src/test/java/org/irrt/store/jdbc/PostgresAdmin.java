package org.irrt.store.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a database administrator does on a test PostgreSQL database, as its superuser: run a
 * statement, make a login role, list a schema's tables. For the tests of hosts that keep irrt's
 * tables in a schema of their own or give irrt a user with few rights (the store's and the
 * starter's).
 */
public final class PostgresAdmin {
  private static final AtomicInteger ROLES = new AtomicInteger();
  private final String url;

  /**
   * An administrator of a database.
   *
   * @param url the database's JDBC URL, as its superuser ({@code user=postgres})
   */
  public PostgresAdmin(String url) {
    this.url = url;
  }

  /**
   * Runs a statement as the superuser.
   *
   * @param sql the statement
   * @throws SQLException when the database refuses it
   */
  public void run(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  /**
   * A new login role with no rights of its own (roles belong to the server, not the database, so the
   * name is unique per process and call).
   *
   * @param prefix the name's start, e.g. {@code irrt_app}
   * @return the role's name
   * @throws SQLException when the database refuses it
   */
  public String newRole(String prefix) throws SQLException {
    String role = prefix + "_" + ProcessHandle.current().pid() + "_" + ROLES.incrementAndGet();
    run("CREATE ROLE " + role + " LOGIN");
    return role;
  }

  /**
   * The database's URL as another role.
   *
   * @param role the role
   * @return the URL with {@code user=role}
   */
  public String as(String role) {
    return url.replace("user=postgres", "user=" + role);
  }

  /**
   * The tables of a schema, by name.
   *
   * @param schema the schema
   * @return the tables' names, sorted
   * @throws SQLException when the database cannot be read
   */
  public List<String> tables(String schema) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(url); PreparedStatement s = c.prepareStatement(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = ? ORDER BY 1")) {
      s.setString(1, schema);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          names.add(r.getString(1));
        }
      }
    }
    return names;
  }
}
