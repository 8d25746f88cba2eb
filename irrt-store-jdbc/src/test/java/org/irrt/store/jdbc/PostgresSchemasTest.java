package org.irrt.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.irrt.model.member.MemberId;
import org.irrt.store.jdbc.testing.Databases;
import org.irrt.workflow.DataSubject;
import org.irrt.workflow.Outcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL hosts that keep irrt's tables in a schema of their own, not {@code public}, and hosts
 * whose database user may not create anything: the store's statements name its tables without a
 * schema, so they are found through the connection's {@code search_path} ({@code currentSchema} in
 * the JDBC URL, or set on the role), and {@link Schema#apply} creates them, with their history, in
 * that schema. Skipped without a PostgreSQL server, failed with {@code IRRT_REQUIRE_POSTGRES=1}.
 */
class PostgresSchemasTest {
  private static final AtomicInteger ROLES = new AtomicInteger();
  private String url;

  @BeforeEach
  void database() {
    url = Databases.POSTGRESQL.createEmpty();
  }

  @Test
  void withCurrentSchemaInTheUrlTheTablesAndTheirHistoryLandInThatSchemaAndTheStoreFindsThem() throws SQLException {
    admin("CREATE SCHEMA irrt");
    try (HikariDataSource ds = Databases.pool(url + "&currentSchema=irrt", 2)) {
      assertThat(Schema.apply(ds, Dialect.POSTGRESQL)).containsExactly(1, 2, 3, 4);
      Applications host = new Applications(ds, Dialect.POSTGRESQL);
      assertThat(host.engine.issue("a-1", Applications.create(1, "t-1"))).isInstanceOf(Outcome.Accepted.class);
      assertThat(host.store.load("a-1")).hasSize(1);
      assertThat(Schema.apply(ds, Dialect.POSTGRESQL)).isEmpty();
    }
    assertThat(tables("irrt")).containsExactly("irrt_append_lock", "irrt_checkpoints", "irrt_entries", "irrt_events",
        "irrt_personal_data", "irrt_schema_history", "irrt_subjects");
    assertThat(tables("public")).isEmpty();
  }

  @Test
  void withTheSearchPathSetOnTheRoleASchemaNamedInMixedCaseWithASpaceHoldsTheTables() throws SQLException {
    admin("CREATE SCHEMA \"Round Table\"");
    String role = role();
    admin("GRANT ALL ON SCHEMA \"Round Table\" TO " + role);
    admin("ALTER ROLE " + role + " SET search_path = \"Round Table\"");
    try (HikariDataSource ds = Databases.pool(as(role, url), 2)) {
      Schema.apply(ds, Dialect.POSTGRESQL);
      Applications host = new Applications(ds, Dialect.POSTGRESQL);
      assertThat(host.engine.issue("a-1", Applications.create(1, "t-1"))).isInstanceOf(Outcome.Accepted.class);
      assertThat(host.store.instanceIds()).containsExactly("a-1");
    }
    assertThat(tables("Round Table")).contains("irrt_events", "irrt_schema_history");
    assertThat(tables("public")).isEmpty();
  }

  @Test
  void twoRoundTablesInTwoSchemasOfOneDatabaseNeverSeeEachOthersEvents() throws SQLException {
    admin("CREATE SCHEMA north");
    admin("CREATE SCHEMA south");
    try (HikariDataSource north = Databases.pool(url + "&currentSchema=north", 2);
        HikariDataSource south = Databases.pool(url + "&currentSchema=south", 2)) {
      Schema.apply(north, Dialect.POSTGRESQL);
      Schema.apply(south, Dialect.POSTGRESQL);
      Applications n = new Applications(north, Dialect.POSTGRESQL);
      Applications s = new Applications(south, Dialect.POSTGRESQL);
      n.engine.issue("a-1", Applications.create(1, "t-1"));
      n.engine.issue("a-2", Applications.create(2, "t-2"));
      s.engine.issue("a-9", Applications.create(9, "t-9"));
      assertThat(n.store.instanceIds()).containsExactlyInAnyOrder("a-1", "a-2");
      assertThat(s.store.instanceIds()).containsExactly("a-9");
      assertThat(s.store.read(0, 100)).extracting(e -> e.instanceId() + "@" + e.position()).containsExactly("a-9@1");
      assertThat(s.store.load("a-1")).isEmpty();
      assertThat(s.engine.erase(DataSubject.member(MemberId.of("m-1")))).as("m-1 is north's only").isEmpty();
      assertThat(n.engine.load("a-1").applicant().orElseThrow().name().givenNames()).contains("Ana 1");
    }
  }

  @Test
  void aSchemaThatDoesNotExistIsRefusedWithTheDatabasesCodeAndNothingLandsInPublic() throws SQLException {
    try (HikariDataSource ds = Databases.pool(url + "&currentSchema=irrt", 2)) {
      assertThatThrownBy(() -> Schema.apply(ds, Dialect.POSTGRESQL)).isInstanceOfSatisfying(StoreException.class,
          e -> {
            assertThat(e.sqlState()).as("invalid schema name: no schema has been selected to create in")
                .isEqualTo("3F000");
            assertThat(e.operation()).isEqualTo("schema");
          });
    }
    assertThat(tables("public")).isEmpty();
  }

  @Test
  void aUserWithOnlyTheRightsToReadAndWriteRunsTheStoreAndApplyingTheAppliedSchemaAgain() throws SQLException {
    admin("CREATE SCHEMA irrt");
    try (HikariDataSource ds = Databases.pool(url + "&currentSchema=irrt", 1)) {
      Schema.apply(ds, Dialect.POSTGRESQL); // the database administrator
    }
    String role = role();
    admin("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
    admin("GRANT USAGE ON SCHEMA irrt TO " + role);
    admin("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA irrt TO " + role);
    admin("GRANT USAGE ON ALL SEQUENCES IN SCHEMA irrt TO " + role);
    try (HikariDataSource ds = Databases.pool(as(role, url) + "&currentSchema=irrt", 2)) {
      assertThat(Schema.apply(ds, Dialect.POSTGRESQL)).as("up to date: nothing created, nothing locked").isEmpty();
      Applications host = new Applications(ds, Dialect.POSTGRESQL);
      assertThat(host.engine.issue("a-1", Applications.create(1, "t-1"))).isInstanceOf(Outcome.Accepted.class);
      assertThat(host.engine.erase(DataSubject.member(MemberId.of("m-1")))).isPresent();
      assertThat(host.store.instanceIds()).containsExactly("a-1");
    }
  }

  @Test
  void aUserWithoutTheRightToCreateOnAnEmptyDatabaseIsRefusedWithTheDatabasesCode() throws SQLException {
    admin("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
    String role = role();
    try (HikariDataSource ds = Databases.pool(as(role, url), 1)) {
      assertThatThrownBy(() -> Schema.apply(ds, Dialect.POSTGRESQL)).isInstanceOfSatisfying(StoreException.class,
          e -> assertThat(e.sqlState()).as("insufficient privilege").isEqualTo("42501"));
    }
    assertThat(tables("public")).isEmpty();
  }

  /** A new login role with no rights of its own (roles belong to the server, not the database). */
  private String role() throws SQLException {
    String role = "irrt_app_" + ProcessHandle.current().pid() + "_" + ROLES.incrementAndGet();
    admin("CREATE ROLE " + role + " LOGIN");
    return role;
  }

  private static String as(String role, String url) {
    return url.replace("user=postgres", "user=" + role);
  }

  private void admin(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private List<String> tables(String schema) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(url);
        var s = c.prepareStatement("SELECT table_name FROM information_schema.tables WHERE table_schema = ? ORDER BY 1")) {
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
