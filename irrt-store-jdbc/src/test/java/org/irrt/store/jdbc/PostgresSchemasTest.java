package org.irrt.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
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
  private String url;
  private PostgresAdmin admin;

  @BeforeEach
  void database() {
    url = Databases.POSTGRESQL.createEmpty();
    admin = new PostgresAdmin(url);
  }

  @Test
  void withCurrentSchemaInTheUrlTheTablesAndTheirHistoryLandInThatSchemaAndTheStoreFindsThem() throws SQLException {
    admin.run("CREATE SCHEMA irrt");
    try (HikariDataSource ds = Databases.pool(url + "&currentSchema=irrt", 2)) {
      assertThat(Schema.apply(ds, Dialect.POSTGRESQL)).containsExactly(1, 2, 3, 4);
      Applications host = new Applications(ds, Dialect.POSTGRESQL);
      assertThat(host.engine.issue("a-1", Applications.create(1, "t-1"))).isInstanceOf(Outcome.Accepted.class);
      assertThat(host.store.load("a-1")).hasSize(1);
      assertThat(Schema.apply(ds, Dialect.POSTGRESQL)).isEmpty();
    }
    assertThat(admin.tables("irrt")).containsExactly("irrt_append_lock", "irrt_checkpoints", "irrt_entries", "irrt_events",
        "irrt_personal_data", "irrt_schema_history", "irrt_subjects");
    assertThat(admin.tables("public")).isEmpty();
  }

  @Test
  void withTheSearchPathSetOnTheRoleASchemaNamedInMixedCaseWithASpaceHoldsTheTables() throws SQLException {
    admin.run("CREATE SCHEMA \"Round Table\"");
    String role = admin.newRole("irrt_app");
    admin.run("GRANT ALL ON SCHEMA \"Round Table\" TO " + role);
    admin.run("ALTER ROLE " + role + " SET search_path = \"Round Table\"");
    try (HikariDataSource ds = Databases.pool(admin.as(role), 2)) {
      Schema.apply(ds, Dialect.POSTGRESQL);
      Applications host = new Applications(ds, Dialect.POSTGRESQL);
      assertThat(host.engine.issue("a-1", Applications.create(1, "t-1"))).isInstanceOf(Outcome.Accepted.class);
      assertThat(host.store.instanceIds()).containsExactly("a-1");
    }
    assertThat(admin.tables("Round Table")).contains("irrt_events", "irrt_schema_history");
    assertThat(admin.tables("public")).isEmpty();
  }

  @Test
  void twoRoundTablesInTwoSchemasOfOneDatabaseNeverSeeEachOthersEvents() throws SQLException {
    admin.run("CREATE SCHEMA north");
    admin.run("CREATE SCHEMA south");
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
    assertThat(admin.tables("public")).isEmpty();
  }

  @Test
  void aUserWithOnlyTheRightsToReadAndWriteRunsTheStoreAndApplyingTheAppliedSchemaAgain() throws SQLException {
    admin.run("CREATE SCHEMA irrt");
    try (HikariDataSource ds = Databases.pool(url + "&currentSchema=irrt", 1)) {
      Schema.apply(ds, Dialect.POSTGRESQL); // the database administrator
    }
    String role = admin.newRole("irrt_app");
    admin.run("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
    admin.run("GRANT USAGE ON SCHEMA irrt TO " + role);
    admin.run("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA irrt TO " + role);
    admin.run("GRANT USAGE ON ALL SEQUENCES IN SCHEMA irrt TO " + role);
    try (HikariDataSource ds = Databases.pool(admin.as(role) + "&currentSchema=irrt", 2)) {
      assertThat(Schema.apply(ds, Dialect.POSTGRESQL)).as("up to date: nothing created, nothing locked").isEmpty();
      Applications host = new Applications(ds, Dialect.POSTGRESQL);
      assertThat(host.engine.issue("a-1", Applications.create(1, "t-1"))).isInstanceOf(Outcome.Accepted.class);
      assertThat(host.engine.erase(DataSubject.member(MemberId.of("m-1")))).isPresent();
      assertThat(host.store.instanceIds()).containsExactly("a-1");
    }
  }

  @Test
  void aUserWithoutTheRightToCreateOnAnEmptyDatabaseIsRefusedWithTheDatabasesCode() throws SQLException {
    admin.run("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
    String role = admin.newRole("irrt_app");
    try (HikariDataSource ds = Databases.pool(admin.as(role), 1)) {
      assertThatThrownBy(() -> Schema.apply(ds, Dialect.POSTGRESQL)).isInstanceOfSatisfying(StoreException.class,
          e -> assertThat(e.sqlState()).as("insufficient privilege").isEqualTo("42501"));
    }
    assertThat(admin.tables("public")).isEmpty();
  }
}
