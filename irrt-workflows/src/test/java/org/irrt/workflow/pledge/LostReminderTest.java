package org.irrt.workflow.pledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.irrt.model.common.Money;
import org.irrt.model.pledge.PledgePayment;
import org.irrt.workflow.Actor;
import org.irrt.workflow.Outcome;
import org.irrt.workflow.Request;
import org.irrt.workflow.Role;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 item 8: a reminder was due on one day only, so a day when the host's job did not run
 * lost it, and nothing recorded that it was sent. A reminder is now due until it is recorded as
 * sent, is never due again after, and overdue installments keep being reminded by the policy.
 */
class LostReminderTest {
  private static final PledgeWorkflow.Reminders POLICY = new PledgeWorkflow.Reminders(7, 14, 3);
  private static final Actor MAILER = Actor.of("mailer", Role.SYSTEM);
  private final PledgeLifecycleTest t = new PledgeLifecycleTest();

  private List<String> due(LocalDate day) {
    return PledgeWorkflow.remindersDue(List.of(t.engine.load("p1")), day, POLICY).stream()
        .map(r -> "#" + r.installment().number() + " step " + r.step()).toList();
  }

  private void sent(int installment, int step) {
    assertThat(t.engine.issue("p1", Request.of(new PledgeCommand.RecordReminderSent(installment, step), MAILER)))
        .isInstanceOf(Outcome.Accepted.class);
  }

  @Test
  void aReminderIsDueUntilRecordedAsSentAndOverdueInstallmentsKeepBeingReminded() {
    // EUR 300 in 3 monthly installments from 2027-01-10
    t.issue("p1", new PledgeCommand.Record(PledgeLifecycleTest.pledge("p1")), PledgeLifecycleTest.OFFICER);
    assertThat(due(LocalDate.of(2027, 1, 2))).isEmpty();
    assertThat(due(LocalDate.of(2027, 1, 3))).containsExactly("#1 step 0");
    assertThat(due(LocalDate.of(2027, 1, 5))).as("the job did not run on the 3rd: still due").containsExactly("#1 step 0");
    sent(1, 0);
    assertThat(due(LocalDate.of(2027, 1, 6))).isEmpty();
    assertThat(due(LocalDate.of(2027, 1, 23))).isEmpty();
    assertThat(due(LocalDate.of(2027, 1, 24))).containsExactly("#1 step 1"); // 14 days overdue
    assertThat(due(LocalDate.of(2027, 2, 3))).containsExactly("#1 step 1", "#2 step 0");
    sent(1, 1);
    sent(2, 0);
    var twice = t.engine.issue("p1", Request.of(new PledgeCommand.RecordReminderSent(2, 0), MAILER));
    assertThat(twice).isInstanceOfSatisfying(Outcome.Refused.class, r -> assertThat(((Outcome.Refused<?, ?>) r).reasons())
        .extracting(x -> x.message(Locale.ENGLISH))
        .containsExactly("the reminder 0 for installment 2 is recorded already, or there is no such installment"));
    assertThat(due(LocalDate.of(2027, 2, 6))).isEmpty();
    assertThat(due(LocalDate.of(2027, 2, 7))).containsExactly("#1 step 2"); // 28 days overdue
    t.issue("p1", new PledgeCommand.RecordPayment(PledgePayment.of("a", Money.of("100", "EUR"), LocalDate.of(2027, 2, 8))),
        PledgeLifecycleTest.OFFICER);
    assertThat(due(LocalDate.of(2027, 2, 8))).as("paid: nothing more for #1").isEmpty();
    // a job that stopped for weeks sends one reminder per installment, the latest, never a backlog
    assertThat(due(LocalDate.of(2027, 4, 30))).containsExactly("#2 step 3", "#3 step 3");
    assertThat(t.engine.workflow().replay("p1", t.engine.history("p1"))).isEqualTo(t.engine.load("p1"));
  }
}
