package org.irrt.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import org.irrt.store.jdbc.testing.Databases;
import org.irrt.workflow.Outcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Adversary's pass on {@link Schema#apply}'s look-up of its history table in JDBC's catalogue:
 * search paths whose first schema does not exist, schema names holding the catalogue's wildcards,
 * and tables found through the search path in a later schema than the current one.
 */
class SchemaHistoryLookupTest {
  private String url;
  private PostgresAdmin admin;

  @BeforeEach
  void database() {
    url = Databases.POSTGRESQL.createEmpty();
    admin = new PostgresAdmin(url);
  }

  @Test
  void aSchemaWhoseNameHoldsTheCatalogueWildcardsIsNotTakenForAnotherThatMatchesThem() throws SQLException {
    admin.run("CREATE SCHEMA axb");
    admin.run("CREATE SCHEMA \"a_b\"");
    admin.run("CREATE SCHEMA \"a%\"");
    try (HikariDataSource other = Databases.pool(url + "&currentSchema=axb", 2)) {
      assertThat(Schema.apply(other, Dialect.POSTGRESQL)).containsExactly(1, 2, 3, 4);
    }
    try (HikariDataSource ds = Databases.pool(url + "&currentSchema=a_b", 2)) {
      assertThat(Schema.apply(ds, Dialect.POSTGRESQL)).containsExactly(1, 2, 3, 4);
    }
    try (HikariDataSource ds = Databases.pool(url + "&currentSchema=a%25", 2)) {
      assertThat(Schema.apply(ds, Dialect.POSTGRESQL)).containsExactly(1, 2, 3, 4);
      assertThat(Schema.apply(ds, Dialect.POSTGRESQL)).isEmpty();
    }
    assertThat(admin.tables("a_b")).contains("irrt_events", "irrt_schema_history");
    assertThat(admin.tables("a%")).contains("irrt_events", "irrt_schema_history");
  }

  @Test
  void aSearchPathWhoseFirstSchemaDoesNotExistPutsTheTablesInTheFirstThatDoes() throws SQLException {
    admin.run("CREATE SCHEMA irrt");
    String role = admin.newRole("irrt_app");
    admin.run("GRANT ALL ON SCHEMA irrt TO " + role);
    admin.run("ALTER ROLE " + role + " SET search_path = nosuch, irrt");
    try (HikariDataSource ds = Databases.pool(admin.as(role), 2)) {
      assertThat(Schema.apply(ds, Dialect.POSTGRESQL)).containsExactly(1, 2, 3, 4);
      assertThat(Schema.apply(ds, Dialect.POSTGRESQL)).isEmpty();
      Applications host = new Applications(ds, Dialect.POSTGRESQL);
      assertThat(host.engine.issue("a-1", Applications.create(1, "t-1"))).isInstanceOf(Outcome.Accepted.class);
    }
    assertThat(admin.tables("irrt")).contains("irrt_events", "irrt_schema_history");
  }

  @Test
  void tablesAppliedInPublicStayTheStoresWhenASchemaNamedAfterTheUserIsCreatedLater() throws SQLException {
    String role = admin.newRole("irrt_app");
    admin.run("GRANT ALL ON SCHEMA public TO " + role);
    try (HikariDataSource ds = Databases.pool(admin.as(role), 2)) {
      assertThat(Schema.apply(ds, Dialect.POSTGRESQL)).containsExactly(1, 2, 3, 4);
      new Applications(ds, Dialect.POSTGRESQL).engine.issue("a-1", Applications.create(1, "t-1"));
    }
    admin.run("CREATE SCHEMA " + role + " AUTHORIZATION " + role); // the default search_path is "$user", public
    try (HikariDataSource ds = Databases.pool(admin.as(role), 2)) {
      assertThat(Schema.apply(ds, Dialect.POSTGRESQL)).as("the history in public, found through the search path").isEmpty();
      assertThat(new Applications(ds, Dialect.POSTGRESQL).store.instanceIds()).containsExactly("a-1");
    }
  }
}
