package org.irrt.spring.boot;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.PlatformTransactionManager;
import org.flywaydb.core.Flyway;
import org.irrt.jackson3.IrrtJson;
import org.irrt.model.membership.MembershipType;
import org.irrt.model.pledge.Campaign;
import org.irrt.model.roundtable.RoundTable;
import org.irrt.store.jdbc.Dialect;
import org.irrt.store.jdbc.JdbcRegisters;
import org.irrt.store.jdbc.Schema;
import org.irrt.workflow.Organisation;
import org.irrt.workflow.StoreProjection;
import org.irrt.workflow.WorkflowEngine;
import org.irrt.workflow.committee.AppointmentPolicies;
import org.irrt.workflow.committee.CommitteeVolunteerWorkflow;
import org.irrt.workflow.committee.Roster;
import org.irrt.workflow.committee.RosterBook;
import org.irrt.workflow.committee.VolunteerCommand;
import org.irrt.workflow.committee.VolunteerEvent;
import org.irrt.workflow.committee.Volunteering;
import org.irrt.workflow.contribution.BlogPost;
import org.irrt.workflow.contribution.ContributionWorkflow;
import org.irrt.workflow.contribution.PostCommand;
import org.irrt.workflow.contribution.PostEvent;
import org.irrt.workflow.membership.ApplicationCommand;
import org.irrt.workflow.membership.ApplicationEvent;
import org.irrt.workflow.membership.ApplicationIndex;
import org.irrt.workflow.membership.MembershipApplication;
import org.irrt.workflow.membership.MembershipApplicationWorkflow;
import org.irrt.workflow.membership.MembershipCase;
import org.irrt.workflow.membership.MembershipCommand;
import org.irrt.workflow.membership.MembershipEvent;
import org.irrt.workflow.membership.MembershipWorkflow;
import org.irrt.workflow.pledge.PledgeCase;
import org.irrt.workflow.pledge.PledgeCommand;
import org.irrt.workflow.pledge.PledgeEvent;
import org.irrt.workflow.pledge.PledgeWorkflow;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.ClassUtils;

/**
 * irrt on Spring Boot 4. Every bean backs off when the host defines its own of the same type:
 *
 * <ul>
 *   <li>the Jackson 3 {@link org.irrt.jackson3.IrrtModule}, which Boot's {@code JsonMapper} adds (and
 *       the Jackson 2 one when {@code irrt-jackson2} and Jackson 2 are on the class path, for hosts on
 *       {@code spring-boot-jackson2});
 *   <li>a {@link Clock} (the system clock, UTC) when the host has none;
 *   <li>the {@link Organisation} from {@link IrrtProperties} ({@code irrt.*});
 *   <li>{@link IrrtStores}: a JDBC store per workflow on the host's single {@code DataSource}, each
 *       under its workflow's name in the shared tables, the schema applied by the host's Flyway
 *       library when Flyway is on the class path (irrt's own history table, after the host's
 *       migrations) else by {@link Schema#apply}; in memory when there is no {@code DataSource};
 *   <li>{@link JdbcRegisters} on the same {@code DataSource} (members, memberships, campaigns and
 *       pledges, one row per entry), with irrt's Jackson 3 JSON;
 *   <li>an engine per workflow on the host's {@code Clock}: {@code WorkflowEngine<MembershipApplication,
 *       ApplicationCommand, ApplicationEvent>}, and likewise memberships, posts, pledges, and committee
 *       volunteering when a round table is configured ({@code irrt.round-table});
 *   <li>{@link IrrtErasure}, which erases a member's personal data across every engine and makes
 *       every engine and view ({@code StoreProjection} bean) forget what it held;
 *   <li>{@link IrrtCommands}, timed with Micrometer ({@code irrt.commands}) when it is on the class
 *       path and the host has a {@code MeterRegistry}.
 * </ul>
 *
 * <p>Spring Boot's own auto-configurations are the model (STYLE.md, "Integration with the host"):
 * {@code @ConditionalOnMissingBean} on every bean, settings under one prefix.
 */
@AutoConfiguration(afterName = {"org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
    "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration"},
    beforeName = {"org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
        "org.springframework.boot.jackson2.autoconfigure.Jackson2AutoConfiguration"})
@EnableConfigurationProperties(IrrtProperties.class)
public class IrrtAutoConfiguration {
  /**
   * Created by Spring; checks every {@code irrt.*} setting first ({@link SettingsCheck}).
   *
   * @param environment the host's settings
   * @throws IllegalArgumentException ({@code WrongSettings}) naming each wrong setting
   */
  public IrrtAutoConfiguration(org.springframework.core.env.Environment environment) {
    SettingsCheck.check(environment);
  }

  /** irrt's on/off settings, which decide which beans exist. */
  static final List<String> SWITCHES = List.of("irrt.store.initialize-schema", "irrt.store.host-transactions",
      "irrt.web.problem-details");

  /**
   * Each switch set to anything but {@code true} or {@code false} (any case). Spring Boot's
   * conditions ({@code @ConditionalOnBooleanProperty}) read only these two words, while its binder
   * also reads {@code yes}, {@code on}, {@code 1} (and {@code no}, {@code off}, {@code 0}): {@code
   * irrt.store.host-transactions=yes} started with the stores in memory beside the host's {@code
   * DataSource} (every event lost at the restart), {@code irrt.store.initialize-schema=off} failed
   * with "No qualifying bean of type IrrtSchema", naming no setting, and {@code
   * irrt.web.problem-details=on} left the problems out.
   */
  static List<String> switchProblems(org.springframework.core.env.Environment environment) {
    List<String> problems = new java.util.ArrayList<>();
    for (String name : SWITCHES) {
      String value = environment.getProperty(name);
      if (value != null && !value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
        problems.add(name + " must be true or false (not yes, no, on, off, 1, 0 or nothing), or left out");
      }
    }
    return problems;
  }

  /** Wrong {@code irrt.*} settings, every one named: for {@link IrrtSettingsFailureAnalyzer}. */
  static final class WrongSettings extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    WrongSettings(List<String> problems) {
      super("irrt's settings have " + problems.size() + (problems.size() == 1 ? " problem" : " problems") + ":\n  "
          + String.join("\n  ", problems));
    }
  }

  /**
   * The system clock in UTC, when the host has no clock.
   *
   * @return the clock
   */
  @Bean
  @ConditionalOnMissingBean
  public Clock irrtClock() {
    return Clock.systemUTC();
  }

  /**
   * The organisation: zone, round table, membership types and campaigns from {@code irrt.*}.
   *
   * @param properties the settings
   * @param resources where the JSON files are
   * @return the organisation
   * @throws org.irrt.model.common.InvalidValueException when a file is not valid, naming every problem
   */
  @Bean
  @ConditionalOnMissingBean
  public Organisation irrtOrganisation(IrrtProperties properties, ResourceLoader resources) {
    Organisation organisation = Organisation.in(properties.zone());
    if (properties.roundTable() != null) {
      organisation = organisation.withRoundTable(read(resources, properties.roundTable(), RoundTable.class));
    }
    if (properties.membershipTypes() != null) {
      organisation = organisation.withMembershipTypes(
          List.of(read(resources, properties.membershipTypes(), MembershipType[].class)));
    }
    if (properties.campaigns() != null) {
      organisation = organisation.withCampaigns(List.of(read(resources, properties.campaigns(), Campaign[].class)));
    }
    return organisation;
  }

  /** How the refusal of a settings file names it: {@code irrt: classpath:membership-types.json}. */
  static final String SETTINGS_FILE = "irrt: ";

  /** A settings file; a refusal names the file, with every problem in it. */
  private static <T> T read(ResourceLoader resources, String location, Class<T> type) {
    try (InputStream in = resources.getResource(location).getInputStream()) {
      return IrrtJson.read(in, type);
    } catch (IOException e) {
      throw new UnreadableSettings(location, e);
    } catch (org.irrt.model.common.InvalidValueException e) {
      throw new org.irrt.model.common.InvalidValueException(SETTINGS_FILE + location, e.violations());
    }
  }

  /** A settings file that cannot be read (missing, a folder): named, for {@link IrrtSettingsFailureAnalyzer}. */
  static final class UnreadableSettings extends UncheckedIOException {
    private static final long serialVersionUID = 1L;

    UnreadableSettings(String location, IOException cause) {
      super("irrt: cannot read " + location, cause);
    }
  }

  /**
   * The five stores in memory, when the host has no {@code DataSource} (nor stores of its own). A
   * host with several {@code DataSource}s and none {@code @Primary} is refused at start, named,
   * rather than given stores that lose every event at the restart.
   *
   * @param beans the host's beans
   * @return the stores
   * @throws IllegalStateException ({@code NoSingleDataSource}) when the host has {@code DataSource}s
   *     but none the store can choose
   */
  @Bean
  @ConditionalOnMissingBean
  public IrrtStores irrtInMemoryStores(ListableBeanFactory beans) {
    String[] dataSources = beans.getBeanNamesForType(DataSource.class);
    if (dataSources.length > 0) {
      throw new NoSingleDataSource(dataSources.length);
    }
    return IrrtStores.inMemory();
  }

  /** Several data sources, none primary: named, for {@link IrrtSettingsFailureAnalyzer}. */
  static final class NoSingleDataSource extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    NoSingleDataSource(int count) {
      super("irrt: the application has " + count + " DataSource beans and none is @Primary, so irrt's stores "
          + "cannot choose one (in memory, they would lose every event at the restart)");
    }
  }

  /**
   * The membership application engine.
   *
   * @param organisation the organisation
   * @param stores the stores
   * @param clock the clock
   * @param properties the settings
   * @return the engine
   */
  @Bean
  @ConditionalOnMissingEngine({MembershipApplication.class, ApplicationCommand.class, ApplicationEvent.class})
  public WorkflowEngine<MembershipApplication, ApplicationCommand, ApplicationEvent> irrtApplicationEngine(
      Organisation organisation, IrrtStores stores, Clock clock, IrrtProperties properties) {
    return WorkflowEngine.of(new MembershipApplicationWorkflow(organisation, properties.applications().expiry(),
        new ApplicationIndex(stores.applications())), stores.applications(), clock);
  }

  /**
   * The membership engine (renewals, statuses set by hand, cancellation, erasure), with the status
   * rules of {@code irrt.membership.*}.
   *
   * @param organisation the organisation
   * @param stores the stores
   * @param clock the clock
   * @param properties the settings
   * @return the engine
   */
  @Bean
  @ConditionalOnMissingEngine({MembershipCase.class, MembershipCommand.class, MembershipEvent.class})
  public WorkflowEngine<MembershipCase, MembershipCommand, MembershipEvent> irrtMembershipEngine(
      Organisation organisation, IrrtStores stores, Clock clock, IrrtProperties properties) {
    return WorkflowEngine.of(new MembershipWorkflow(organisation, properties.membership().statusRules()),
        stores.memberships(), clock);
  }

  /**
   * The blog's editorial engine.
   *
   * @param stores the stores
   * @param clock the clock
   * @return the engine
   */
  @Bean
  @ConditionalOnMissingEngine({BlogPost.class, PostCommand.class, PostEvent.class})
  public WorkflowEngine<BlogPost, PostCommand, PostEvent> irrtPostEngine(IrrtStores stores, Clock clock) {
    return WorkflowEngine.of(new ContributionWorkflow(), stores.posts(), clock);
  }

  /**
   * The pledge engine, for the organisation's campaigns.
   *
   * @param organisation the organisation
   * @param stores the stores
   * @param clock the clock
   * @return the engine
   */
  @Bean
  @ConditionalOnMissingEngine({PledgeCase.class, PledgeCommand.class, PledgeEvent.class})
  public WorkflowEngine<PledgeCase, PledgeCommand, PledgeEvent> irrtPledgeEngine(Organisation organisation,
      IrrtStores stores, Clock clock) {
    return WorkflowEngine.of(new PledgeWorkflow(organisation), stores.pledges(), clock);
  }

  /**
   * The committee volunteering engine, when a round table is configured: the appointment cycle and
   * limits of {@code irrt.appointments.*}, the roster read from the store.
   *
   * @param organisation the organisation (with the round table)
   * @param stores the stores
   * @param clock the clock
   * @param properties the settings
   * @return the engine
   */
  @Bean
  @ConditionalOnProperty("irrt.round-table")
  @ConditionalOnMissingEngine({Volunteering.class, VolunteerCommand.class, VolunteerEvent.class})
  public WorkflowEngine<Volunteering, VolunteerCommand, VolunteerEvent> irrtVolunteerEngine(
      Organisation organisation, IrrtStores stores, Clock clock, IrrtProperties properties) {
    RoundTable table = organisation.roundTable().orElseThrow(
        () -> new IllegalStateException("irrt.round-table is set but the organisation bean has no round table"));
    AppointmentPolicies policies = new AppointmentPolicies(table, properties.appointments().maxConsecutiveYears(),
        properties.appointments().gapYears());
    return WorkflowEngine.of(new CommitteeVolunteerWorkflow(organisation, properties.appointments().cycle(), policies,
        new RosterBook(stores.volunteering(), Roster.EMPTY)), stores.volunteering(), clock);
  }

  /**
   * A member's erasure across every engine and every view over a store ({@link StoreProjection}
   * bean) of the context (the host's own too), looked up at each erasure.
   *
   * @param engines the context's engines
   * @param views the context's views over the stores
   * @return the erasure
   */
  @Bean
  @ConditionalOnMissingBean
  public IrrtErasure irrtErasure(ObjectProvider<WorkflowEngine<?, ?, ?>> engines,
      ObjectProvider<StoreProjection<?>> views) {
    return IrrtErasure.over(() -> engines.orderedStream().toList(), () -> views.orderedStream().toList());
  }

  /**
   * Commands issued untimed, when Micrometer is not on the class path.
   *
   * @return the issuer
   */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnMissingClass("io.micrometer.core.instrument.MeterRegistry")
  public IrrtCommands irrtCommands() {
    return IrrtCommands.untimed();
  }

  /** Commands timed with Micrometer. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(MeterRegistry.class)
  static class Metrics {
    /**
     * Commands timed on the host's registry (untimed while it has none).
     *
     * @param registry the host's registry, if any
     * @return the issuer
     */
    @Bean
    @ConditionalOnMissingBean
    IrrtCommands irrtTimedCommands(ObjectProvider<MeterRegistry> registry) {
      return new IrrtCommands() {
        private final IrrtCommands untimed = IrrtCommands.untimed();

        @Override
        public <I extends org.irrt.workflow.WorkflowInstance<?>, C, E extends org.irrt.workflow.WorkflowEvent>
            org.irrt.workflow.Outcome<I, E> issue(WorkflowEngine<I, C, E> engine, String instanceId,
            org.irrt.workflow.Request<? extends C> request) {
          MeterRegistry r = registry.getIfAvailable();
          return r == null ? untimed.issue(engine, instanceId, request)
              : new TimedCommands(r).issue(engine, instanceId, request);
        }
      };
    }
  }

  /** The Jackson 3 module, which Boot's {@code JsonMapper} adds. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "tools.jackson.databind.JacksonModule")
  static class Jackson3 {
    @Bean
    @ConditionalOnMissingBean
    org.irrt.jackson3.IrrtModule irrtJackson3Module() {
      return new org.irrt.jackson3.IrrtModule();
    }
  }

  /** The Jackson 2 module, for hosts on {@code spring-boot-jackson2}. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = {"com.fasterxml.jackson.databind.Module", "org.irrt.jackson2.IrrtModule"})
  static class Jackson2 {
    @Bean
    @ConditionalOnMissingBean
    org.irrt.jackson2.IrrtModule irrtJackson2Module() {
      return new org.irrt.jackson2.IrrtModule();
    }
  }

  /** Problems (RFC 9457) for requests irrt refused, in a servlet web application. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  @ConditionalOnClass(name = "org.springframework.http.ProblemDetail")
  @ConditionalOnBooleanProperty(name = "irrt.web.problem-details", matchIfMissing = true)
  static class Web {
    @Bean
    @ConditionalOnMissingBean
    IrrtProblemDetails irrtProblemDetails() {
      return new IrrtProblemDetails();
    }
  }

  /** The JDBC store on the host's {@code DataSource}. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnSingleCandidate(DataSource.class)
  static class Jdbc {
    /** Checks the settings before any store is made: the outer configuration may be made after. */
    Jdbc(org.springframework.core.env.Environment environment) {
      SettingsCheck.check(environment);
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBooleanProperty(name = "irrt.store.host-transactions", havingValue = false, matchIfMissing = true)
    IrrtStores irrtStores(DataSource dataSource, IrrtSchema schema) {
      return IrrtStores.jdbc(dataSource, schema.dialect(), IrrtJson::write, IrrtJson::read);
    }

    /**
     * The stores and registers in the host's Spring transactions ({@code irrt.store.host-transactions=true}):
     * committed or rolled back with the host's rows; the engines' listeners called after the commit;
     * a command refused that would wait for ever for a suspended transaction of its thread.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy")
    @ConditionalOnBooleanProperty("irrt.store.host-transactions")
    static class HostTransactions {
      @Bean
      @ConditionalOnMissingBean
      IrrtStores irrtStoresInHostTransactions(DataSource dataSource, IrrtSchema schema,
          ObjectProvider<PlatformTransactionManager> transactions) {
        return IrrtStores.jdbcInHostTransactions(new TransactionAwareDataSourceProxy(dataSource), schema.dialect(),
            IrrtJson::write, IrrtJson::read, new SpringHostTransaction(transactions));
      }

      /** The registers in the host's transactions too: saved or rolled back with the host's rows. */
      @Bean
      @ConditionalOnMissingBean
      JdbcRegisters irrtRegistersInHostTransactions(DataSource dataSource, IrrtSchema schema, Clock clock) {
        return JdbcRegisters.inHostTransactions(new TransactionAwareDataSourceProxy(dataSource), schema.dialect(), clock,
            IrrtJson::write, IrrtJson::read);
      }
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBooleanProperty(name = "irrt.store.host-transactions", havingValue = false, matchIfMissing = true)
    JdbcRegisters irrtRegisters(DataSource dataSource, IrrtSchema schema, Clock clock) {
      return JdbcRegisters.of(dataSource, schema.dialect(), clock, IrrtJson::write, IrrtJson::read);
    }

    /** The schema left to the host. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBooleanProperty(name = "irrt.store.initialize-schema", havingValue = false)
    static class HostSchema {
      @Bean
      @ConditionalOnMissingBean
      IrrtSchema irrtSchema(DataSource dataSource) {
        return new IrrtSchema(Dialect.of(dataSource), "none");
      }
    }

    /** The schema by the host's Flyway library, after the host's own migrations. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.flywaydb.core.Flyway")
    @ConditionalOnBooleanProperty(name = "irrt.store.initialize-schema", matchIfMissing = true)
    static class FlywaySchema {
      private static final String HOST_MIGRATIONS = "org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer";

      @Bean
      @ConditionalOnMissingBean
      IrrtSchema irrtSchema(DataSource dataSource, ListableBeanFactory beans) {
        if (ClassUtils.isPresent(HOST_MIGRATIONS, FlywaySchema.class.getClassLoader())) {
          // the host's migrations first: they may need an empty schema (no baselineOnMigrate)
          for (String name : beans.getBeanNamesForType(ClassUtils.resolveClassName(HOST_MIGRATIONS, null))) {
            beans.getBean(name);
          }
        }
        Dialect dialect = Dialect.of(dataSource);
        try {
          Flyway.configure(FlywaySchema.class.getClassLoader()).dataSource(dataSource)
              .locations("classpath:" + dialect.schemaLocation()).table(IrrtSchema.FLYWAY_TABLE)
              .baselineOnMigrate(true).baselineVersion("0").load().migrate();
        } catch (RuntimeException e) {
          throw new SchemaNotApplied("Flyway", dialect, dataSource, e);
        }
        return new IrrtSchema(dialect, "flyway");
      }
    }

    /** The schema by {@link Schema#apply}, when there is no Flyway. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingClass("org.flywaydb.core.Flyway")
    @ConditionalOnBooleanProperty(name = "irrt.store.initialize-schema", matchIfMissing = true)
    static class AppliedSchema {
      @Bean
      @ConditionalOnMissingBean
      IrrtSchema irrtSchema(DataSource dataSource) {
        Dialect dialect = Dialect.of(dataSource);
        try {
          Schema.apply(dataSource, dialect);
        } catch (RuntimeException e) {
          throw new SchemaNotApplied("Schema.apply", dialect, dataSource, e);
        }
        return new IrrtSchema(dialect, "schema-apply");
      }
    }
  }

  /**
   * irrt's tables could not be made or brought up to date at start (the schema named in the
   * connection's {@code search_path} does not exist, or the database user may not create in it):
   * named, with the database's own reason, the schema and the user, for {@link
   * IrrtSettingsFailureAnalyzer}. Operators' text, in English like Spring Boot's own.
   */
  static final class SchemaNotApplied extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    SchemaNotApplied(String by, Dialect dialect, DataSource dataSource, RuntimeException cause) {
      super("irrt: " + by + " could not apply irrt's tables (" + dialect.schemaLocation() + ") " + where(dataSource)
          + ": " + reason(cause), cause);
    }

    /** The connection's current schema and user, which decide where the tables go and who makes them. */
    private static String where(DataSource dataSource) {
      try (java.sql.Connection c = dataSource.getConnection()) {
        String schema = c.getSchema();
        return (schema == null ? "with no current schema (none of the search_path exists)" : "in schema " + schema)
            + " as database user " + c.getMetaData().getUserName();
      } catch (java.sql.SQLException | RuntimeException e) {
        return "on the DataSource";
      }
    }

    /** The first line of the innermost message: the database's own words, without the tool's wrapping. */
    private static String reason(Throwable failure) {
      String message = failure.toString();
      for (Throwable t = failure; t != null; t = t.getCause()) {
        if (t.getMessage() != null && !t.getMessage().isBlank()) {
          message = t.getMessage();
        }
      }
      return message.strip().lines().findFirst().orElse(message).strip();
    }
  }
}
