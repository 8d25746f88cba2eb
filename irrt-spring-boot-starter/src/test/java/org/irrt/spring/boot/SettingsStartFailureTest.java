package org.irrt.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.junit.jupiter.api.Test;

/**
 * Faults found by the adversary's pass in the starter's settings: a negative {@code
 * irrt.applications.expiry}, a negative {@code irrt.membership.grace}, {@code
 * irrt.membership.new-period=P0D}, {@code irrt.pledges.reminder-days-before=-3} and an empty {@code
 * irrt.campaigns} all started without a word (an expiry of -5 days expires every application at the
 * next sweep; the reminders failed on the host's first reminder run); {@code
 * irrt.appointments.deadline=--02-30} stopped the start with a {@code DateTimeParseException} that
 * named no setting; and a settings file that is not valid, or missing, stopped it with a wall of 71
 * lines of stack trace; a misspelt setting ({@code irrt.membership-type}) was ignored, so the host
 * started with no membership type to apply for. Now every wrong setting is named at once, by its
 * property, a name that is no setting stops the start, and a file's problems are Spring Boot's
 * "APPLICATION FAILED TO START" report.
 */
class SettingsStartFailureTest {
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(IrrtAutoConfiguration.class));

  private static <T extends Throwable> T cause(Throwable failure, Class<T> type) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    throw new AssertionError("no " + type.getSimpleName() + " in " + failure);
  }

  @Test
  void everyWrongSettingStopsTheStartAndIsNamedByItsProperty() {
    runner.withPropertyValues("irrt.campaigns=", "irrt.applications.expiry=-5d", "irrt.membership.new-period=P0D",
        "irrt.membership.grace=-P1M", "irrt.appointments.deadline=--02-30", "irrt.appointments.term-start=--02-29",
        "irrt.appointments.max-consecutive-years=0", "irrt.appointments.gap-years=0",
        "irrt.pledges.reminder-days-before=-3", "irrt.pledges.overdue-every=400", "irrt.pledges.overdue-count=13")
        .run(context -> {
          assertThat(context).hasFailed();
          assertThat(cause(context.getStartupFailure(), IllegalArgumentException.class)).hasMessage("""
              irrt's settings have 11 problems:
                irrt.campaigns is empty: name a file (e.g. classpath:campaigns.json) or leave it out
                irrt.applications.expiry must be more than zero, e.g. 30d
                irrt.membership.new-period must be more than zero, with no negative part, e.g. P3M
                irrt.membership.grace must be zero or more, with no negative part, e.g. P1M
                irrt.appointments.deadline must be a day that every year has, as --MM-DD (so not February 29), \
              e.g. --09-30
                irrt.appointments.term-start must be a day that every year has, as --MM-DD (so not February 29), \
              e.g. --07-01
                irrt.appointments.max-consecutive-years must be 1 or more, e.g. 4
                irrt.appointments.gap-years must be 1 or more, e.g. 1
                irrt.pledges.reminder-days-before must be 0 to 366, e.g. 7
                irrt.pledges.overdue-every must be 1 to 366, e.g. 14
                irrt.pledges.overdue-count must be 0 to 12, e.g. 3""");
        });
    runner.withPropertyValues("irrt.applications.expiry=1s", "irrt.membership.grace=P0D",
        "irrt.pledges.reminder-days-before=366", "irrt.pledges.overdue-count=0", "irrt.appointments.deadline=--12-31")
        .run(context -> assertThat(context).hasNotFailed());
  }

  @Test
  void aMisspeltSettingStopsTheStartNamedInsteadOfBeingIgnored() {
    runner.withPropertyValues("irrt.membership-type=classpath:membership-types.json").run(context -> {
      assertThat(context).hasFailed();
      FailureAnalysis analysis = new IrrtSettingsFailureAnalyzer().analyze(context.getStartupFailure());
      assertThat(analysis.getDescription()).isEqualTo("""
          irrt's settings have 1 problem:
            irrt.membership-type is not one of irrt's settings""");
      assertThat(analysis.getAction()).isEqualTo("Correct each setting named above (a switch is true or false; "
          + "irrt's settings and their defaults are listed in IrrtProperties' documentation), or leave it out for "
          + "its default.");
    });
    runner.withPropertyValues("irrt.web.problem-details=false", "irrt.store.host-transactions=false")
        .run(context -> assertThat(context).hasNotFailed());
  }

  /**
   * A newcomer's trial: with a wrong value beside it, a misspelt name was not named at all (Spring
   * Boot checks names only once the values bound), and alone it was named in Spring Boot's words
   * with no action. Now every kind of wrong setting is named in one report.
   */
  @Test
  void wrongValuesMisspeltNamesUnreadableValuesAndSwitchesAreNamedInOneReport() {
    runner.withPropertyValues("irrt.applications.expiry=-5d", "irrt.appointments.deadline=--02-30",
        "irrt.membership-type=x", "irrt.pledges.reminder-days=3", "irrt.store.host-transactions=yes").run(context -> {
          assertThat(context).hasFailed();
          assertThat(new IrrtSettingsFailureAnalyzer().analyze(context.getStartupFailure()).getDescription())
              .isEqualTo("""
                  irrt's settings have 5 problems:
                    irrt.store.host-transactions must be true or false (not yes, no, on, off, 1, 0 or nothing), \
                  or left out
                    irrt.applications.expiry must be more than zero, e.g. 30d
                    irrt.appointments.deadline must be a day that every year has, as --MM-DD (so not February 29), \
                  e.g. --09-30
                    irrt.membership-type is not one of irrt's settings
                    irrt.pledges.reminder-days is not one of irrt's settings""");
        });
    runner.withPropertyValues("irrt.zone=Mars/Olympus_Mons", "irrt.campaign=x").run(context -> {
      assertThat(context).hasFailed();
      assertThat(new IrrtSettingsFailureAnalyzer().analyze(context.getStartupFailure()).getDescription())
          .startsWith("irrt's settings have 2 problems:\n  irrt.zone cannot be read: ")
          .contains("Mars/Olympus_Mons")
          .endsWith("\n  irrt.campaign is not one of irrt's settings");
    });
  }

  @Test
  void aSettingsFileThatIsNotValidOrMissingIsReportedAsBootReportsAWrongSetting() {
    runner.withPropertyValues("irrt.membership-types=classpath:bad-membership-types.json").run(context -> {
      FailureAnalysis analysis = new IrrtSettingsFailureAnalyzer().analyze(context.getStartupFailure());
      assertThat(analysis.getDescription()).isEqualTo("""
          Invalid irrt: classpath:bad-membership-types.json (2 violations):
            [0].id: must be an id of lower-case letters and digits joined by single hyphens, 1 to 64 characters
            [1].name: must not be blank""");
      assertThat(analysis.getAction()).isEqualTo("Correct each value named above, at its path in the file "
          + "(\"[0].id\" is the id of the file's first entry).");
    });
    runner.withPropertyValues("irrt.campaigns=classpath:no-such-campaigns.json").run(context -> {
      FailureAnalysis analysis = new IrrtSettingsFailureAnalyzer().analyze(context.getStartupFailure());
      assertThat(analysis.getDescription()).isEqualTo("irrt: cannot read classpath:no-such-campaigns.json: class "
          + "path resource [no-such-campaigns.json] cannot be opened because it does not exist");
    });
    assertThat(new IrrtSettingsFailureAnalyzer().analyze(new IllegalStateException("the host's own"))).isNull();
    // a value the host's own bean made at start is the host's, not a settings file's (review pass)
    assertThat(new IrrtSettingsFailureAnalyzer().analyze(new IllegalStateException("bean failed",
        new org.irrt.model.common.InvalidValueException("Member", java.util.List.of(
            new org.irrt.model.common.Violation("email", "org.irrt.model.EmailAddress.invalid", l -> "invalid")))))).isNull();
    assertThat(SpringFactoriesLoader.forDefaultResourceLocation().load(FailureAnalyzer.class,
        (type, name, failure) -> { })) // Boot's own analyzers need arguments: left out
        .as("registered for Spring Boot").hasAtLeastOneElementOfType(IrrtSettingsFailureAnalyzer.class);
  }

  /**
   * Spring Boot's binder reads {@code yes}, {@code on}, {@code 1} as true (and {@code no}, {@code off},
   * {@code 0} as false), its conditions only {@code true} and {@code false}: before the check, {@code
   * irrt.store.host-transactions=yes} started with the stores in memory beside the host's database,
   * {@code irrt.store.initialize-schema=off} stopped with "No qualifying bean of type IrrtSchema",
   * and {@code irrt.web.problem-details=on} left the problems out.
   */
  @Test
  void anOnOffSettingThatIsNeitherTrueNorFalseStopsTheStartNamedInsteadOfPickingTheWrongBeans() {
    runner.withBean(javax.sql.DataSource.class, IrrtAutoConfigurationTest::h2)
        .withPropertyValues("irrt.store.host-transactions=yes").run(context -> {
          assertThat(context).hasFailed();
          FailureAnalysis analysis = new IrrtSettingsFailureAnalyzer().analyze(context.getStartupFailure());
          assertThat(analysis.getDescription()).isEqualTo("""
              irrt's settings have 1 problem:
                irrt.store.host-transactions must be true or false (not yes, no, on, off, 1, 0 or nothing), \
              or left out""");
          assertThat(analysis.getAction()).isEqualTo(
              "Correct each setting named above (a switch is true or false; irrt's settings and their defaults are "
                  + "listed in IrrtProperties' documentation), or leave it out for its default.");
        });
    runner.withBean(javax.sql.DataSource.class, IrrtAutoConfigurationTest::h2)
        .withPropertyValues("irrt.store.initialize-schema=off", "irrt.web.problem-details=").run(context ->
            assertThat(new IrrtSettingsFailureAnalyzer().analyze(context.getStartupFailure()).getDescription())
                .isEqualTo("""
                    irrt's settings have 2 problems:
                      irrt.store.initialize-schema must be true or false (not yes, no, on, off, 1, 0 or nothing), \
                    or left out
                      irrt.web.problem-details must be true or false (not yes, no, on, off, 1, 0 or nothing), \
                    or left out"""));
    new org.springframework.boot.test.context.runner.WebApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(IrrtAutoConfiguration.class))
        .withPropertyValues("irrt.web.problem-details=on").run(context -> assertThat(
            new IrrtSettingsFailureAnalyzer().analyze(context.getStartupFailure()).getDescription())
            .contains("irrt.web.problem-details must be true or false"));
    runner.withBean(javax.sql.DataSource.class, IrrtAutoConfigurationTest::h2)
        .withPropertyValues("irrt.store.host-transactions=FALSE", "irrt.store.initialize-schema=True")
        .run(context -> assertThat(context.getBean(IrrtStores.class).applications())
            .isInstanceOf(org.irrt.store.jdbc.JdbcWorkflowStore.class));
  }
}
