package org.irrt.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.irrt.model.contribution.ContentFormat;
import org.irrt.model.contribution.PostContent;
import org.irrt.model.member.Member;
import org.irrt.model.roundtable.RoundTable;
import org.irrt.store.jdbc.EntryKind;
import org.irrt.store.jdbc.JdbcRegisters;
import org.irrt.workflow.Actor;
import org.irrt.workflow.InMemoryWorkflowStore;
import org.irrt.workflow.Organisation;
import org.irrt.workflow.Outcome;
import org.irrt.workflow.Request;
import org.irrt.workflow.Role;
import org.irrt.workflow.WorkflowEngine;
import org.irrt.workflow.committee.VolunteerCommand;
import org.irrt.workflow.committee.VolunteerEvent;
import org.irrt.workflow.committee.Volunteering;
import org.irrt.workflow.contribution.BlogPost;
import org.irrt.workflow.contribution.ContributionWorkflow;
import org.irrt.workflow.contribution.PostCommand;
import org.irrt.workflow.contribution.PostEvent;
import org.irrt.workflow.membership.ApplicationCommand;
import org.irrt.workflow.membership.ApplicationEvent;
import org.irrt.workflow.membership.MembershipApplication;
import org.irrt.workflow.testing.WorkflowStoreErasureContract;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** Each condition of the auto-configuration, in a context of its own. */
class IrrtAutoConfigurationTest {
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static final Actor ANA = Actor.of("ana", Role.CONTRIBUTOR);

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(IrrtAutoConfiguration.class));

  static DataSource h2() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:starter-" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
    return ds;
  }

  static List<String> tables(DataSource ds) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Connection c = ds.getConnection(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT LOWER(TABLE_NAME) FROM INFORMATION_SCHEMA.TABLES "
            + "WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY 1")) {
      while (r.next()) {
        tables.add(r.getString(1));
      }
    }
    return tables;
  }

  static long count(DataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  static List<String> versions(DataSource ds, String historyTable) throws SQLException {
    List<String> versions = new ArrayList<>();
    try (Connection c = ds.getConnection(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT \"version\" FROM \"" + historyTable + "\" WHERE \"success\" "
            + "AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
      while (r.next()) {
        versions.add(r.getString(1));
      }
    }
    return versions;
  }

  static PostContent post(String title) {
    return PostContent.builder().title(title).body("Hello **world**").format(ContentFormat.MARKDOWN).language("en")
        .build();
  }

  @Configuration(proxyBeanMethods = false)
  static class HostBeans {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-09-15T15:00:00Z"), ZoneOffset.UTC);
    static final Organisation ORGANISATION = Organisation.in(ZoneId.of("Asia/Tokyo"));
    static final IrrtStores STORES = IrrtStores.inMemory();
    static final org.irrt.jackson3.IrrtModule MODULE = new org.irrt.jackson3.IrrtModule();
    static final WorkflowEngine<BlogPost, PostCommand, PostEvent> POSTS =
        WorkflowEngine.of(new ContributionWorkflow(), new InMemoryWorkflowStore<>(), CLOCK);

    @Bean
    Clock hostClock() {
      return CLOCK;
    }

    @Bean
    Organisation hostOrganisation() {
      return ORGANISATION;
    }

    @Bean
    IrrtStores hostStores() {
      return STORES;
    }

    @Bean
    org.irrt.jackson3.IrrtModule hostModule() {
      return MODULE;
    }

    @Bean
    WorkflowEngine<BlogPost, PostCommand, PostEvent> hostPosts() {
      return POSTS;
    }
  }

  @Test
  void theHostsOwnBeansWinAndTheOtherEnginesAreStillMade() {
    runner.withUserConfiguration(HostBeans.class).run(context -> {
      assertThat(context).hasSingleBean(Clock.class).hasSingleBean(Organisation.class).hasSingleBean(IrrtStores.class)
          .hasSingleBean(org.irrt.jackson3.IrrtModule.class);
      assertThat(context.getBean(Clock.class)).isSameAs(HostBeans.CLOCK);
      assertThat(context.getBean(Organisation.class)).isSameAs(HostBeans.ORGANISATION);
      assertThat(context.getBean(IrrtStores.class)).isSameAs(HostBeans.STORES);
      assertThat(context.getBean(org.irrt.jackson3.IrrtModule.class)).isSameAs(HostBeans.MODULE);
      assertThat(context.getBeansOfType(WorkflowEngine.class)).containsOnlyKeys("hostPosts", "irrtApplicationEngine",
          "irrtMembershipEngine", "irrtPledgeEngine");
      // the starter's engines run on the host's clock and stores
      WorkflowEngine<MembershipApplication, ApplicationCommand, ApplicationEvent> applications =
          engine(context, "irrtApplicationEngine");
      assertThat(applications.workflow().definition().name()).isEqualTo("membership-application");
    });
  }

  @Test
  void withoutADataSourceThereIsNoJdbcStoreAndTheEnginesRunInMemory() {
    runner.run(context -> {
      assertThat(context).doesNotHaveBean(IrrtSchema.class).hasSingleBean(IrrtStores.class);
      assertThat(context.getBean(IrrtStores.class).posts()).isInstanceOf(InMemoryWorkflowStore.class);
      assertThat(context).hasSingleBean(Clock.class);
      assertThat(context.getBean(Clock.class).getZone()).isEqualTo(ZoneOffset.UTC);
    });
  }

  @Test
  void withFlywayTheSchemaIsAppliedByFlywayInItsOwnHistoryTableBesideTheHostsMigrations() throws SQLException {
    DataSource ds = h2();
    runner.withConfiguration(AutoConfigurations.of(FlywayAutoConfiguration.class))
        .withBean(DataSource.class, () -> ds)
        .withPropertyValues("spring.flyway.locations=classpath:db/host")
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context.getBean(IrrtSchema.class).by()).isEqualTo("flyway");
          issueOnePost(context.getBean(IrrtCommands.class), engine(context, "irrtPostEngine"));
        });
    assertThat(tables(ds)).contains("flyway_schema_history", "host_notes", "irrt_events", "irrt_checkpoints",
        "irrt_subjects", "irrt_personal_data", "irrt_entries", IrrtSchema.FLYWAY_TABLE)
        .doesNotContain("irrt_schema_history");
    assertThat(versions(ds, IrrtSchema.FLYWAY_TABLE)).containsExactly("0", "1", "2", "3", "4"); // 0: the baseline
    assertThat(versions(ds, "flyway_schema_history")).containsExactly("1");
    assertThat(count(ds, "SELECT COUNT(*) FROM irrt_events WHERE workflow = 'contribution' "
        + "AND instance_id = 'post-1' AND event_type = 'PostCreated'")).isEqualTo(1);
  }

  @Test
  void withoutFlywayTheSchemaIsAppliedBySchemaApplyAndTheEventsSurviveTheContext() throws SQLException {
    DataSource ds = h2();
    ApplicationContextRunner noFlyway = runner.withClassLoader(new FilteredClassLoader(Flyway.class))
        .withBean(DataSource.class, () -> ds);
    noFlyway.run(context -> {
      assertThat(context.getBean(IrrtSchema.class).by()).isEqualTo("schema-apply");
      issueOnePost(context.getBean(IrrtCommands.class), engine(context, "irrtPostEngine"));
    });
    assertThat(tables(ds)).contains("irrt_schema_history", "irrt_events").doesNotContain(IrrtSchema.FLYWAY_TABLE);
    noFlyway.run(context -> { // a restart: the post is still there, in its workflow's part of the store
      WorkflowEngine<BlogPost, PostCommand, PostEvent> posts = engine(context, "irrtPostEngine");
      assertThat(posts.version("post-1")).isEqualTo(1);
      assertThat(context.getBean(IrrtStores.class).posts().instanceIds()).containsExactly("post-1");
      assertThat(context.getBean(IrrtStores.class).applications().instanceIds()).isEmpty();
    });
    // one store per workflow under its name in the shared table, the ids and types as the engine gave them
    assertThat(count(ds, "SELECT COUNT(*) FROM irrt_events WHERE workflow = 'contribution' "
        + "AND instance_id = 'post-1' AND event_type = 'PostCreated'")).isEqualTo(1);
    assertThat(count(ds, "SELECT COUNT(*) FROM irrt_events")).isEqualTo(1);
  }

  @Test
  void theRegistersAreOnTheHostsDataSourceBesideTheStoresOnTheHostsClockAndAbsentWithoutADataSource()
      throws SQLException {
    DataSource ds = h2();
    runner.withClassLoader(new FilteredClassLoader(Flyway.class)).withBean(DataSource.class, () -> ds)
        .withBean(Clock.class, () -> HostBeans.CLOCK).run(context -> {
          JdbcRegisters registers = context.getBean(JdbcRegisters.class);
          Member member = WorkflowStoreErasureContract.person(WorkflowStoreErasureContract.ID);
          assertThat(registers.save(EntryKind.MEMBER, member, 0)).isEqualTo(1);
          assertThat(registers.load(EntryKind.MEMBER, member.id()).orElseThrow().value()).isEqualTo(member);
        });
    assertThat(count(ds, "SELECT COUNT(*) FROM irrt_entries WHERE kind = 'member' AND id = 'm-000417' "
        + "AND version = 1 AND saved_at = TIMESTAMP WITH TIME ZONE '2026-09-15 15:00:00+00'")).isEqualTo(1);
    runner.run(context -> assertThat(context).doesNotHaveBean(JdbcRegisters.class));
  }

  @Test
  void aSchemaLeftToTheHostIsNotApplied() throws SQLException {
    DataSource ds = h2();
    runner.withBean(DataSource.class, () -> ds).withPropertyValues("irrt.store.initialize-schema=false")
        .run(context -> assertThat(context.getBean(IrrtSchema.class).by()).isEqualTo("none"));
    assertThat(tables(ds)).isEmpty();
  }

  @SuppressWarnings("unchecked")
  private static void issueOnePost(IrrtCommands commands, WorkflowEngine<?, ?, ?> engine) {
    var posts = (WorkflowEngine<BlogPost, PostCommand, PostEvent>) engine;
    Outcome<BlogPost, PostEvent> o = commands.issue(posts, "post-1",
        Request.of(new PostCommand.Create(post("First")), ANA));
    assertThat(o).isInstanceOf(Outcome.Accepted.class);
  }

  @Test
  void theDefaultMembershipSettingsGiveTheModelsDefaultStatusRulesNewThroughJoinPlusThreeMonths() {
    var rules = new IrrtProperties.Membership(Period.ofMonths(3), Period.ofMonths(1)).statusRules();
    assertThat(rules).isEqualTo(org.irrt.model.membership.StatusRules.defaults());
  }

  @Test
  void theSettingsAreBoundIntoTheOrganisationAndTheWorkflows() {
    runner.withPropertyValues("irrt.zone=America/Chicago", "irrt.round-table=classpath:org/irrt/data/irrt.json",
        "irrt.applications.expiry=10d", "irrt.membership.grace=P2M", "irrt.appointments.deadline=--10-15",
        "irrt.pledges.overdue-count=5").run(context -> {
          IrrtProperties p = context.getBean(IrrtProperties.class);
          assertThat(p.applications().expiry()).isEqualTo(Duration.ofDays(10));
          assertThat(p.membership().grace()).isEqualTo(Period.ofMonths(2));
          assertThat(p.membership().newPeriod()).isEqualTo(Period.ofMonths(3));
          assertThat(p.appointments().cycle().deadline()).isEqualTo(java.time.MonthDay.of(10, 15));
          assertThat(p.pledges().reminders()).isEqualTo(new org.irrt.workflow.pledge.PledgeWorkflow.Reminders(7, 14, 5));
          Organisation o = context.getBean(Organisation.class);
          assertThat(o.zone()).isEqualTo(ZoneId.of("America/Chicago"));
          assertThat(o.roundTable().map(RoundTable::acronym)).hasValue("IRRT");
          WorkflowEngine<Volunteering, VolunteerCommand, VolunteerEvent> volunteering =
              engine(context, "irrtVolunteerEngine");
          assertThat(volunteering.workflow().definition().name()).isEqualTo("committee-volunteering");
        });
  }

  @Test
  void withoutARoundTableThereIsNoVolunteeringEngine() {
    runner.run(context -> assertThat(context).doesNotHaveBean("irrtVolunteerEngine"));
  }

  @Test
  void withAMeterRegistryCommandsAreTimedByWorkflowCommandAndOutcome() {
    MeterRegistry registry = new SimpleMeterRegistry();
    runner.withBean(MeterRegistry.class, () -> registry).run(context -> {
      IrrtCommands commands = context.getBean(IrrtCommands.class);
      WorkflowEngine<BlogPost, PostCommand, PostEvent> posts = engine(context, "irrtPostEngine");
      commands.issue(posts, "post-1", Request.of(new PostCommand.Create(post("First")), ANA));
      commands.issue(posts, "post-1", Request.of(new PostCommand.Approve(), ANA)); // a contributor may not
      Timer accepted = registry.find("irrt.commands").tags("workflow", "contribution", "command", "Create",
          "outcome", "accepted").timer();
      Timer refused = registry.find("irrt.commands").tags("workflow", "contribution", "command", "Approve",
          "outcome", "refused").timer();
      assertThat(accepted).isNotNull();
      assertThat(accepted.count()).isEqualTo(1);
      assertThat(refused).isNotNull();
      assertThat(refused.count()).isEqualTo(1);
    });
  }

  @Test
  void withoutMicrometerCommandsAreIssuedUntimed() {
    runner.withClassLoader(new FilteredClassLoader(MeterRegistry.class)).run(context -> {
      assertThat(context).hasSingleBean(IrrtCommands.class).hasBean("irrtCommands");
      WorkflowEngine<BlogPost, PostCommand, PostEvent> posts = engine(context, "irrtPostEngine");
      assertThat(context.getBean(IrrtCommands.class).issue(posts, "post-1",
          Request.of(new PostCommand.Create(post("First")), ANA))).isInstanceOf(Outcome.Accepted.class);
    });
  }

  @Test
  void bootsJsonMapperReadsIrrtValuesThroughTheModuleBean() {
    runner.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
        .withPropertyValues("spring.jackson.find-and-add-modules=false").run(context -> {
          assertThat(context).hasSingleBean(org.irrt.jackson3.IrrtModule.class)
              .hasSingleBean(org.irrt.jackson2.IrrtModule.class);
          JsonMapper mapper = context.getBean(JsonMapper.class);
          RoundTable irrt = mapper.readValue(org.irrt.data.IrrtData.open(), RoundTable.class);
          assertThat(irrt.acronym()).isEqualTo("IRRT");
        });
  }

  /** A workflow engine bean by name, as the type the test declares it. */
  @SuppressWarnings("unchecked")
  private static <I extends org.irrt.workflow.WorkflowInstance<?>, C, E extends org.irrt.workflow.WorkflowEvent>
      WorkflowEngine<I, C, E> engine(org.springframework.beans.factory.BeanFactory context,
      String name) {
    return context.getBean(name, WorkflowEngine.class);
  }
}
