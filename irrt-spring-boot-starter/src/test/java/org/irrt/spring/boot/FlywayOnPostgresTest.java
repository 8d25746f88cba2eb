package org.irrt.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
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
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * A Spring Boot host on PostgreSQL with its own Flyway migrations (the common case): irrt's schema
 * is applied by the host's Flyway from {@code db/irrt-store/postgresql}, in irrt's own history table,
 * beside the host's version 1; a restart applies nothing again and finds the events. Skipped without
 * a PostgreSQL server, failed with {@code IRRT_REQUIRE_POSTGRES=1}.
 */
class FlywayOnPostgresTest {
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(IrrtAutoConfiguration.class, FlywayAutoConfiguration.class))
      .withPropertyValues("spring.flyway.locations=classpath:db/host");

  @Test
  @SuppressWarnings("unchecked")
  void theHostsFlywayAppliesIrrtsPostgresSchemaInItsOwnHistoryAndARestartKeepsTheEvents() throws SQLException {
    PGSimpleDataSource ds = new PGSimpleDataSource(); // a context closes a pool it was given; this has nothing to close
    ds.setURL(Databases.POSTGRESQL.createEmpty());
    runner.withBean(javax.sql.DataSource.class, () -> ds).run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context.getBean(IrrtSchema.class).by()).isEqualTo("flyway");
      var posts = (WorkflowEngine<BlogPost, PostCommand, PostEvent>) context.getBean("irrtPostEngine",
          WorkflowEngine.class);
      Outcome<BlogPost, PostEvent> o = context.getBean(IrrtCommands.class).issue(posts, "post-1",
          Request.of(new PostCommand.Create(PostContent.builder().title("Bonjour").body("Hello **world**")
              .format(ContentFormat.MARKDOWN).language("fr").build()), Actor.of("ana", Role.CONTRIBUTOR)));
      assertThat(o).isInstanceOf(Outcome.Accepted.class);
    });
    assertThat(column(ds, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
        + "ORDER BY 1")).contains("flyway_schema_history", "host_notes", "irrt_events", "irrt_checkpoints",
        "irrt_subjects", "irrt_personal_data", "irrt_entries", IrrtSchema.FLYWAY_TABLE)
        .doesNotContain("irrt_schema_history");
    assertThat(column(ds, "SELECT data_type FROM information_schema.columns WHERE table_name = 'irrt_events' "
        + "AND column_name = 'payload'")).as("PostgreSQL's own migration, not H2's").containsExactly("jsonb");
    assertThat(versions(ds, IrrtSchema.FLYWAY_TABLE)).containsExactly("0", "1", "2", "3", "4"); // 0: the baseline
    assertThat(versions(ds, "flyway_schema_history")).containsExactly("1");

    runner.withBean(javax.sql.DataSource.class, () -> ds).run(context -> { // a restart
      assertThat(context).hasNotFailed();
      var posts = (WorkflowEngine<BlogPost, PostCommand, PostEvent>) context.getBean("irrtPostEngine",
          WorkflowEngine.class);
      assertThat(posts.load("post-1").contribution().orElseThrow().content().title()).isEqualTo("Bonjour");
    });
    assertThat(versions(ds, IrrtSchema.FLYWAY_TABLE)).containsExactly("0", "1", "2", "3", "4");
  }

  private static List<String> column(javax.sql.DataSource ds, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        values.add(r.getString(1));
      }
    }
    return values;
  }

  private static List<String> versions(javax.sql.DataSource ds, String historyTable) throws SQLException {
    return column(ds, "SELECT version FROM " + historyTable + " WHERE success AND version IS NOT NULL "
        + "ORDER BY installed_rank");
  }
}
