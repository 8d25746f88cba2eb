package org.irrt.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.junit.jupiter.api.Test;

/**
 * Adversary's pass on {@link SettingsCheck}: with one value that cannot be read, the binding
 * stopped there, so every other irrt setting, right or wrong, was named as "not one of irrt's
 * settings" (a second unreadable value, a refused value, and a correct setting alike).
 */
class SettingsCheckAdversaryTest {
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(IrrtAutoConfiguration.class));

  private String report(String... settings) {
    String[] out = new String[1];
    runner.withPropertyValues(settings).run(context -> out[0] = context.getStartupFailure() == null ? "started"
        : new IrrtSettingsFailureAnalyzer().analyze(context.getStartupFailure()).getDescription());
    return out[0];
  }

  @Test
  void besideAValueThatCannotBeReadEveryOtherSettingIsJudgedOnItsOwn() {
    assertThat(report("irrt.zone=Mars/X", "irrt.pledges.overdue-count=abc", "irrt.membership.grace=xyz",
        "irrt.applications.expiry=-5d", "irrt.pledges.reminder-days-before=3", "irrt.roundTable=", "irrt.nope=1"))
        .startsWith("irrt's settings have 6 problems:\n")
        .contains("\n  irrt.zone cannot be read: Unknown time-zone ID: Mars/X\n")
        .contains("\n  irrt.pledges.overdue-count cannot be read: ")
        .contains("\n  irrt.membership.grace cannot be read: 'xyz' is not a valid period")
        .contains("\n  irrt.applications.expiry must be more than zero, e.g. 30d")
        .contains("\n  irrt.round-table is empty: name a file (e.g. classpath:round-table.json) or leave it out")
        .contains("\n  irrt.nope is not one of irrt's settings")
        .doesNotContain("reminder-days-before");
  }

  @Test
  void aCorrectSettingBesideAnUnreadableOneIsNotNamed() {
    assertThat(report("irrt.zone=Mars/X", "irrt.pledges.overdue-count=3", "irrt.store.hostTransactions=false"))
        .isEqualTo("irrt's settings have 1 problem:\n  irrt.zone cannot be read: Unknown time-zone ID: Mars/X");
  }

  @Test
  void relaxedNamesOfRightSettingsStartAndOfWrongOnesAreNamed() {
    assertThat(report("irrt.pledges.overdueCount=3", "irrt.store.hostTransactions=false", "irrt.web.problem_details=true"))
        .isEqualTo("started");
    assertThat(report("irrt.pledges.overdueCount=13", "irrt.store.hostTransactions=yes")).isEqualTo("""
        irrt's settings have 2 problems:
          irrt.store.host-transactions must be true or false (not yes, no, on, off, 1, 0 or nothing), or left out
          irrt.pledges.overdue-count must be 0 to 12, e.g. 3""");
  }
}
