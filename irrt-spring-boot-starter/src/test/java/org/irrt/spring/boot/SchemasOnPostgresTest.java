package org.irrt.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.irrt.model.contribution.ContentFormat;
import org.irrt.model.contribution.PostContent;
import org.irrt.store.jdbc.testing.Databases;
import org.irrt.workflow.Actor;
import org.irrt.workflow.Outcome;
import org.irrt.workflow.Request;
import org.irrt.workflow.Role;
import org.irrt.workflow.WorkflowEngine;
import org.irrt.workflow.contribution.BlogPost;
import org.irrt.workflow.contribution.PostCommand;
import org.irrt.workflow.contribution.PostEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * Spring Boot hosts on PostgreSQL that keep their tables, and irrt's, in a schema of their own, and
 * hosts whose database user may not create anything (the database's administrator applied the
 * migrations). irrt's tables go in the connection's current schema, where its statements look for
 * them; its Flyway history with them. Found by the adversary's pass: a schema that did not exist, or
 * a user who may not create, stopped the start with a wall of Flyway's (or the store's) stack trace
 * whose top named neither the schema nor the user ("schema failed (SQLState 3F000, error 0)"); they
 * are now Spring Boot's "APPLICATION FAILED TO START" report. Skipped without a PostgreSQL server,
 * failed with {@code IRRT_REQUIRE_POSTGRES=1}.
 */
class SchemasOnPostgresTest {
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(IrrtAutoConfiguration.class, FlywayAutoConfiguration.class))
      .withPropertyValues("spring.flyway.locations=classpath:db/host");
  private String url;
  private org.irrt.store.jdbc.PostgresAdmin admin;

  @BeforeEach
  void database() {
    url = Databases.POSTGRESQL.createEmpty();
    admin = new org.irrt.store.jdbc.PostgresAdmin(url);
  }

  @Test
  void withCurrentSchemaInTheUrlIrrtsTablesAndItsFlywayHistoryLandInThatSchemaBesideTheHosts() throws SQLException {
    admin.run("CREATE SCHEMA irrt");
    DataSource ds = dataSource(url + "&currentSchema=irrt");
    runner.withBean(DataSource.class, () -> ds).run(this::acceptsAPost);
    assertThat(admin.tables("irrt")).contains("flyway_schema_history", "host_notes", "irrt_events", "irrt_entries",
        IrrtSchema.FLYWAY_TABLE);
    assertThat(admin.tables("public")).isEmpty();
    runner.withBean(DataSource.class, () -> ds).run(context -> assertThat(posts(context).load("post-1")
        .contribution().orElseThrow().content().title()).as("a restart finds it").isEqualTo("Bonjour"));
  }

  @Test
  void aHostsFlywayThatMakesTheSchemaItNamesBringsIrrtsTablesThereToo() throws SQLException {
    DataSource ds = dataSource(url + "&currentSchema=irrt");
    runner.withBean(DataSource.class, () -> ds).withPropertyValues("spring.flyway.schemas=irrt")
        .run(this::acceptsAPost);
    assertThat(admin.tables("irrt")).contains("flyway_schema_history", "host_notes", "irrt_events", IrrtSchema.FLYWAY_TABLE);
    assertThat(admin.tables("public")).isEmpty();
  }

  @Test
  void aSchemaThatDoesNotExistIsMadeByFlywayAndWithoutFlywayStopsTheStartNamedWithTheDatabasesReason()
      throws SQLException {
    DataSource ds = dataSource(url + "&currentSchema=irrt");
    new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(IrrtAutoConfiguration.class))
        .withClassLoader(new FilteredClassLoader(Flyway.class)).withBean(DataSource.class, () -> ds).run(context -> {
          assertThat(context).hasFailed();
          FailureAnalysis analysis = new IrrtSettingsFailureAnalyzer().analyze(context.getStartupFailure());
          assertThat(analysis.getDescription()).isEqualTo("irrt: Schema.apply could not apply irrt's tables "
              + "(db/irrt-store/postgresql) with no current schema (none of the search_path exists) as database "
              + "user postgres: ERROR: no schema has been selected to create in");
          assertThat(analysis.getAction()).contains("currentSchema=", "irrt.store.initialize-schema=false");
        });
    assertThat(admin.tables("public")).isEmpty();

    new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(IrrtAutoConfiguration.class))
        .withBean(DataSource.class, () -> ds).run(this::acceptsAPost); // Flyway makes the search_path's schema
    assertThat(admin.tables("irrt")).contains("irrt_events", IrrtSchema.FLYWAY_TABLE);
    assertThat(admin.tables("public")).isEmpty();
  }

  @Test
  void aUserWhoMayNotCreateStopsTheStartNamedWhenTheTablesAreMissing() throws SQLException {
    admin.run("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
    String role = admin.newRole("irrt_host");
    DataSource ds = dataSource(admin.as(role));
    new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(IrrtAutoConfiguration.class))
        .withBean(DataSource.class, () -> ds).run(context ->
            assertThat(new IrrtSettingsFailureAnalyzer().analyze(context.getStartupFailure()).getDescription())
                .isEqualTo("irrt: Flyway could not apply irrt's tables (db/irrt-store/postgresql) in schema public "
                    + "as database user " + role + ": ERROR: permission denied for schema public"));
    assertThat(admin.tables("public")).isEmpty();
  }

  @Test
  void aUserWithOnlyTheRightsToReadAndWriteStartsOnTablesTheAdministratorApplied() throws SQLException {
    admin.run("CREATE SCHEMA irrt");
    DataSource dba = dataSource(url + "&currentSchema=irrt");
    new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(IrrtAutoConfiguration.class))
        .withBean(DataSource.class, () -> dba).run(context -> assertThat(context).hasNotFailed());
    String role = admin.newRole("irrt_host");
    admin.run("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
    admin.run("GRANT USAGE ON SCHEMA irrt TO " + role);
    admin.run("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA irrt TO " + role);
    admin.run("GRANT USAGE ON ALL SEQUENCES IN SCHEMA irrt TO " + role);
    DataSource app = dataSource(admin.as(role) + "&currentSchema=irrt");
    new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(IrrtAutoConfiguration.class))
        .withBean(DataSource.class, () -> app).run(this::acceptsAPost);
    new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(IrrtAutoConfiguration.class))
        .withPropertyValues("irrt.store.initialize-schema=false")
        .withBean(DataSource.class, () -> app).run(context -> assertThat(posts(context).load("post-1")
            .contribution()).isPresent());
  }

  @SuppressWarnings("unchecked")
  private static WorkflowEngine<BlogPost, PostCommand, PostEvent> posts(AssertableApplicationContext context) {
    assertThat(context).hasNotFailed();
    return (WorkflowEngine<BlogPost, PostCommand, PostEvent>) context.getBean("irrtPostEngine", WorkflowEngine.class);
  }

  private void acceptsAPost(AssertableApplicationContext context) {
    Outcome<BlogPost, PostEvent> o = context.getBean(IrrtCommands.class).issue(posts(context), "post-1",
        Request.of(new PostCommand.Create(PostContent.builder().title("Bonjour").body("Hello **world**")
            .format(ContentFormat.MARKDOWN).language("fr").build()), Actor.of("ana", Role.CONTRIBUTOR)));
    assertThat(o).isInstanceOf(Outcome.Accepted.class);
  }

  /** A data source with nothing to close (a context closes a pool it was given). */
  private static DataSource dataSource(String url) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(url);
    return ds;
  }
}
