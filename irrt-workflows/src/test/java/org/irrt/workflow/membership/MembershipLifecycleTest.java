package org.irrt.workflow.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.irrt.model.common.Money;
import org.irrt.model.member.MemberId;
import org.irrt.model.membership.Membership;
import org.irrt.model.membership.MembershipId;
import org.irrt.model.membership.MembershipStatus;
import org.irrt.model.membership.MembershipTypeId;
import org.irrt.model.membership.PaymentReference;
import org.irrt.model.membership.ReminderPolicy;
import org.irrt.model.membership.StatusOverride;
import org.irrt.workflow.Actor;
import org.irrt.workflow.InMemoryWorkflowStore;
import org.irrt.workflow.MutableClock;
import org.irrt.workflow.Outcome;
import org.irrt.workflow.Refusal;
import org.irrt.workflow.Request;
import org.irrt.workflow.Role;
import org.irrt.workflow.WorkflowEngine;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 item 8: renewals, statuses set by hand, cancellations and erasure changed a membership
 * with no entry of who, when and why; now each is a command of the membership workflow, and the
 * membership's history rebuilds from its events. Renewal reminders are due until recorded as sent.
 */
class MembershipLifecycleTest {
  private static final Actor OFFICER = ApplicationFixtures.OFFICER;
  private static final Actor PAYMENTS = Actor.of("payments", Role.SYSTEM);
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-09T15:00:00Z"));
  private final MembershipWorkflow workflow = new MembershipWorkflow(ApplicationFixtures.ORGANISATION);
  private final WorkflowEngine<MembershipCase, MembershipCommand, MembershipEvent> engine =
      WorkflowEngine.of(workflow, new InMemoryWorkflowStore<>(), clock);

  private Outcome<MembershipCase, MembershipEvent> issue(MembershipCommand c, Actor a) {
    return engine.issue("ms-ana", Request.of(c, a));
  }

  private static List<String> refused(Outcome<MembershipCase, MembershipEvent> o) {
    assertThat(o).isInstanceOf(Outcome.Refused.class);
    return ((Outcome.Refused<MembershipCase, MembershipEvent>) o).reasons().stream().map(Refusal::rule).toList();
  }

  private Membership open() {
    Membership joined = Membership.join(MembershipId.of("ms-ana"), MemberId.of("ana"),
        ApplicationFixtures.ORGANISATION.membershipType(MembershipTypeId.of("intl")).orElseThrow(), LocalDate.of(2026, 3, 9));
    Membership m = Membership.builder().from(joined).pending(false).build();
    assertThat(engine.issue("ms-ana", Request.of(new MembershipCommand.Open(m), PAYMENTS)
        .withIdempotencyKey("app-activated-ana"))).isInstanceOf(Outcome.Accepted.class);
    return m;
  }

  @Test
  void everyChangeLeavesAnEntryWithActorInstantAndReasonAndTheHistoryRebuildsTheMembership() {
    Membership m = open();
    assertThat(m.endDate()).contains(LocalDate.of(2027, 3, 8));
    clock.set(Instant.parse("2027-03-01T15:00:00Z"));
    issue(new MembershipCommand.Renew(PaymentReference.of("pay-1", Money.of("35", "EUR"), LocalDate.of(2027, 3, 1))), PAYMENTS);
    assertThat(engine.load("ms-ana").membership().orElseThrow().endDate()).contains(LocalDate.of(2028, 3, 8));
    assertThat(refused(issue(new MembershipCommand.OverrideStatus(StatusOverride.SUSPENDED, Optional.empty(), " "),
        OFFICER))).containsExactly("reasonGiven");
    assertThat(refused(issue(new MembershipCommand.OverrideStatus(StatusOverride.CANCELLED, Optional.empty(), "Dues."),
        OFFICER))).containsExactly("overrideKind");
    issue(new MembershipCommand.OverrideStatus(StatusOverride.SUSPENDED, Optional.of(LocalDate.of(2027, 6, 1)),
        "Conduct review pending."), OFFICER);
    assertThat(engine.load("ms-ana").membership().orElseThrow().status(Instant.parse("2027-04-01T12:00:00Z"),
        ApplicationFixtures.CHICAGO)).isEqualTo(MembershipStatus.SUSPENDED);
    issue(new MembershipCommand.RemoveOverride("Review closed."), OFFICER);
    issue(new MembershipCommand.Cancel("Asked to leave."), OFFICER);
    assertThat(refused(issue(new MembershipCommand.Renew(PaymentReference.of("pay-2", Money.of("35", "EUR"),
        LocalDate.of(2027, 3, 1))), PAYMENTS))).containsExactly("state");
    issue(new MembershipCommand.Reinstate("Came back."), OFFICER);
    issue(new MembershipCommand.Erase(MemberId.of("erased-0000000000000000000000001"), "Erasure request 2027-17."),
        OFFICER);
    MembershipCase erased = engine.load("ms-ana");
    assertThat(erased.state()).isEqualTo(MembershipState.ERASED);
    assertThat(erased.membership().orElseThrow().memberId()).isEqualTo(MemberId.of("erased-0000000000000000000000001"));
    assertThat(erased.membership().orElseThrow().endDate()).contains(LocalDate.of(2028, 3, 8));
    assertThat(refused(issue(new MembershipCommand.Cancel("Again."), OFFICER))).containsExactly("state");
    assertThat(engine.history("ms-ana")).extracting(e -> e.getClass().getSimpleName() + " by " + e.header().actor()
        + e.header().comment().map(c -> " (" + c + ")").orElse("")).containsExactly(
            "MembershipOpened by payments", "MembershipRenewed by payments", "StatusOverridden by officer-lee",
            "OverrideRemoved by officer-lee", "MembershipCancelled by officer-lee", "MembershipReinstated by officer-lee",
            "MembershipErased by officer-lee");
    assertThat(engine.history("ms-ana")).allSatisfy(e -> assertThat(e.header().at()).isNotNull());
    assertThat(workflow.replay("ms-ana", engine.history("ms-ana"))).isEqualTo(erased);
  }

  @Test
  void aRenewalPaysTheConfiguredFeeOnceInItsCurrency() {
    open();
    assertThat(refused(issue(new MembershipCommand.Renew(PaymentReference.of("p", Money.of("20", "EUR"),
        LocalDate.of(2026, 3, 9))), PAYMENTS))).containsExactly("paymentValid");
    var low = (Outcome.Refused<MembershipCase, MembershipEvent>) issue(new MembershipCommand.Renew(
        PaymentReference.of("p", Money.of("20", "EUR"), LocalDate.of(2026, 3, 9))), PAYMENTS);
    assertThat(low.reasons().get(0).message(Locale.ENGLISH)).isEqualTo("a renewal pays at least the fee, 35.00 EUR");
    issue(new MembershipCommand.Renew(PaymentReference.of("p", Money.of("35", "EUR"), LocalDate.of(2026, 3, 9))), PAYMENTS);
    assertThat(refused(issue(new MembershipCommand.Renew(PaymentReference.of("p", Money.of("35", "EUR"),
        LocalDate.of(2026, 3, 9))), PAYMENTS))).containsExactly("paymentValid");
    assertThat(engine.load("ms-ana").membership().orElseThrow().endDate()).contains(LocalDate.of(2028, 3, 8));
  }

  @Test
  void aRenewalReminderIsDueUntilRecordedAsSentAndNeverTwice() {
    open(); // ends 2027-03-08
    ReminderPolicy policy = ReminderPolicy.builder().addDaysBeforeEnd(30, 7).addDaysAfterEnd(1, 14).build();
    java.util.function.Function<LocalDate, List<Integer>> due = day -> workflow.remindersDue(
        List.of(engine.load("ms-ana")), day, policy).stream().map(ReminderPolicy.Reminder::daysFromEnd).toList();
    assertThat(due.apply(LocalDate.of(2027, 2, 5))).isEmpty();
    assertThat(due.apply(LocalDate.of(2027, 2, 6))).containsExactly(-30);
    assertThat(due.apply(LocalDate.of(2027, 2, 12))).as("the job did not run: still due").containsExactly(-30);
    issue(new MembershipCommand.RecordReminderSent(LocalDate.of(2027, 3, 8), -30), PAYMENTS);
    assertThat(due.apply(LocalDate.of(2027, 2, 13))).isEmpty();
    assertThat(refused(issue(new MembershipCommand.RecordReminderSent(LocalDate.of(2027, 3, 8), -30), PAYMENTS)))
        .containsExactly("reminderNew");
    assertThat(due.apply(LocalDate.of(2027, 3, 1))).containsExactly(-7);
    assertThat(due.apply(LocalDate.of(2027, 3, 10))).as("the 7-day reminder gave way to the first in grace")
        .containsExactly(1);
    issue(new MembershipCommand.RecordReminderSent(LocalDate.of(2027, 3, 8), 1), PAYMENTS);
    assertThat(due.apply(LocalDate.of(2027, 3, 15))).isEmpty();
    assertThat(due.apply(LocalDate.of(2027, 3, 22))).containsExactly(14);
    clock.set(Instant.parse("2027-03-23T15:00:00Z"));
    issue(new MembershipCommand.Renew(PaymentReference.of("late", Money.of("35", "EUR"), LocalDate.of(2027, 3, 23))),
        PAYMENTS);
    assertThat(due.apply(LocalDate.of(2027, 3, 23))).as("renewed: reminders start again for the new end").isEmpty();
    assertThat(due.apply(LocalDate.of(2028, 2, 7))).containsExactly(-30);
  }
}
