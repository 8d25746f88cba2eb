package org.irrt.workflow.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.irrt.model.common.Money;
import org.irrt.model.member.MemberId;
import org.irrt.model.pledge.CampaignId;
import org.irrt.model.pledge.Donor;
import org.irrt.model.pledge.Frequency;
import org.irrt.model.pledge.Pledge;
import org.irrt.model.pledge.PledgeId;
import org.irrt.model.pledge.PledgePayment;
import org.irrt.workflow.Actor;
import org.irrt.workflow.InMemoryWorkflowStore;
import org.irrt.workflow.MutableClock;
import org.irrt.workflow.Organisation;
import org.irrt.workflow.Outcome;
import org.irrt.workflow.Refusal;
import org.irrt.workflow.Request;
import org.irrt.workflow.Role;
import org.irrt.workflow.WorkflowEngine;
import org.junit.jupiter.api.Test;

/** The pledge workflow, path by path. */
class PledgeLifecycleTest {
  static final Actor OFFICER = Actor.of("treasurer", Role.FUNDRAISING_OFFICER);
  static final org.irrt.model.pledge.Campaign CAMPAIGN = org.irrt.model.pledge.Campaign.builder()
      .id(CampaignId.of("sixty-for-sixty")).name("Sixty for sixty").goal(Money.of("1000", "EUR"))
      .startDate(LocalDate.of(2026, 1, 1)).fund("IRRT endowment").build();
  static final Organisation ORGANISATION = Organisation.in(java.time.ZoneId.of("America/Chicago"))
      .withCampaigns(List.of(CAMPAIGN));
  final MutableClock clock = new MutableClock(Instant.parse("2027-06-01T12:00:00Z"));
  final WorkflowEngine<PledgeCase, PledgeCommand, PledgeEvent> engine =
      WorkflowEngine.of(new PledgeWorkflow(ORGANISATION), new InMemoryWorkflowStore<>(), clock);

  static Pledge pledge(String id) {
    return Pledge.builder().id(PledgeId.of(id)).campaign(CampaignId.of("sixty-for-sixty")).donor(Donor.member(MemberId.of("ana")))
        .total(Money.of("300", "EUR")).installmentCount(3).frequency(Frequency.monthly()).startDate(LocalDate.of(2027, 1, 10))
        .build();
  }

  Outcome<PledgeCase, PledgeEvent> issue(String id, PledgeCommand c, Actor a) {
    return engine.issue(id, Request.of(c, a));
  }

  @Test
  void paymentsLeadToFulfilmentInTheStepThatCompletesThePledge() {
    issue("p1", new PledgeCommand.Record(pledge("p1")), OFFICER);
    issue("p1", new PledgeCommand.RecordPayment(PledgePayment.of("a", Money.of("100", "EUR"), LocalDate.of(2027, 1, 10))), Actor.SYSTEM);
    assertThat(engine.load("p1").state()).isEqualTo(PledgeState.PAYING);
    var last = issue("p1", new PledgeCommand.RecordPayment(PledgePayment.of("b", Money.of("200", "EUR"), LocalDate.of(2027, 2, 10))), OFFICER);
    assertThat(((Outcome.Accepted<PledgeCase, PledgeEvent>) last).events()).extracting(e -> e.getClass().getSimpleName())
        .containsExactly("PaymentReceived", "PledgeFulfilled");
    assertThat(engine.load("p1").state()).isEqualTo(PledgeState.FULFILLED);
    assertThat(((Outcome.Refused<PledgeCase, PledgeEvent>) issue("p1", new PledgeCommand.Cancel(LocalDate.of(2027, 3, 1),
        "late"), OFFICER)).reasons()).extracting(Refusal::rule).containsExactly("state");
  }

  @Test
  void aPledgeIsRecordedOnlyForACampaignTheOrganisationRuns() {
    Pledge elsewhere = Pledge.builder().from(pledge("p1")).campaign(CampaignId.of("new-roof")).build();
    assertThat(((Outcome.Refused<PledgeCase, PledgeEvent>) issue("p1", new PledgeCommand.Record(elsewhere), OFFICER))
        .reasons()).extracting(r -> r.message(java.util.Locale.ENGLISH)).containsExactly("there is no campaign new-roof");
    assertThat(engine.history("p1")).isEmpty();
  }

  @Test
  void paymentsAndCancellationsAreNotDatedInTheFutureAndOnlyOpenPledgesOfThisIdAreRecorded() {
    assertThat(((Outcome.Refused<PledgeCase, PledgeEvent>) issue("p2", new PledgeCommand.Record(pledge("zzz")), OFFICER))
        .reasons()).extracting(r -> r.message(java.util.Locale.ENGLISH))
        .containsExactly("the pledge recorded must be open (not cancelled) and carry this instance's id (p2)");
    assertThat(issue("p3", new PledgeCommand.Record(pledge("p3").withCancelledOn(LocalDate.of(2027, 1, 2))), OFFICER))
        .isInstanceOf(Outcome.Refused.class);
    issue("p1", new PledgeCommand.Record(pledge("p1")), OFFICER);
    // the clock says 2027-06-01 12:00 UTC: June 2 has begun at UTC+14, June 3 nowhere
    assertThat(issue("p1", new PledgeCommand.RecordPayment(PledgePayment.of("a", Money.of("100", "EUR"),
        LocalDate.of(2027, 6, 2))), OFFICER)).isInstanceOf(Outcome.Accepted.class);
    assertThat(((Outcome.Refused<PledgeCase, PledgeEvent>) issue("p1", new PledgeCommand.RecordPayment(PledgePayment.of(
        "b", Money.of("100", "EUR"), LocalDate.of(2027, 6, 3))), OFFICER)).reasons())
        .extracting(r -> r.message(java.util.Locale.ENGLISH)).containsExactly("a payment cannot be received in the future (2027-06-03)");
    for (LocalDate on : new LocalDate[] {null, LocalDate.of(2999, 1, 1)}) {
      assertThat(((Outcome.Refused<PledgeCase, PledgeEvent>) issue("p1", new PledgeCommand.Cancel(on, "moved"), OFFICER))
          .reasons()).extracting(Refusal::rule).containsExactly("cancelDate");
    }
    assertThat(engine.load("p1").state()).isEqualTo(PledgeState.PAYING);
  }

  @Test
  void paymentsAreInTheRightCurrencyAndRecordedOnce() {
    issue("p1", new PledgeCommand.Record(pledge("p1")), OFFICER);
    assertThat(((Outcome.Refused<PledgeCase, PledgeEvent>) issue("p1", new PledgeCommand.RecordPayment(
        PledgePayment.of("a", Money.of("100", "USD"), LocalDate.of(2027, 1, 10))), OFFICER)).reasons())
        .extracting(Refusal::rule).containsExactly("paymentValid");
    issue("p1", new PledgeCommand.RecordPayment(PledgePayment.of("a", Money.of("100", "EUR"), LocalDate.of(2027, 1, 10))), OFFICER);
    assertThat(issue("p1", new PledgeCommand.RecordPayment(PledgePayment.of("a", Money.of("100", "EUR"), LocalDate.of(2027, 1, 10))), OFFICER))
        .isInstanceOf(Outcome.Refused.class);
    assertThat(engine.load("p1").pledge().orElseThrow().received()).isEqualTo(Money.of("100", "EUR"));
  }

  @Test
  void cancellationAndWriteOffNeedReasonsAndCancellationSticks() {
    issue("p1", new PledgeCommand.Record(pledge("p1")), OFFICER);
    assertThat(issue("p1", new PledgeCommand.Cancel(LocalDate.of(2027, 1, 20), " "), OFFICER)).isInstanceOf(Outcome.Refused.class);
    issue("p1", new PledgeCommand.Cancel(LocalDate.of(2027, 1, 20), "The donor moved abroad."), OFFICER);
    PledgeCase c = engine.load("p1");
    assertThat(c.state()).isEqualTo(PledgeState.CANCELLED);
    assertThat(c.pledge().orElseThrow().status(Instant.parse("2030-01-01T00:00:00Z"), java.time.ZoneOffset.UTC))
        .isEqualTo(org.irrt.model.pledge.PledgeStatus.CANCELLED);
    issue("p2", new PledgeCommand.Record(pledge("p2")), OFFICER);
    issue("p2", new PledgeCommand.WriteOff(LocalDate.of(2027, 5, 1), "Uncollectable after three reminders."), OFFICER);
    assertThat(engine.load("p2").state()).isEqualTo(PledgeState.WRITTEN_OFF);
  }

  @Test
  void aWriteOffIsDatedOnThePledgeAndTheRestIsNoLongerExpected() {
    issue("p1", new PledgeCommand.Record(pledge("p1")), OFFICER);
    issue("p1", new PledgeCommand.RecordPayment(PledgePayment.of("a", Money.of("100", "EUR"), LocalDate.of(2027, 1, 10))), OFFICER);
    assertThat(((Outcome.Refused<PledgeCase, PledgeEvent>) issue("p1",
        new PledgeCommand.WriteOff(LocalDate.of(2027, 6, 3), "Uncollectable."), OFFICER)).reasons())
        .extracting(Refusal::rule).containsExactly("writeOffDate"); // the clock stands at 2027-06-01
    assertThat(((Outcome.Refused<PledgeCase, PledgeEvent>) issue("p1", new PledgeCommand.WriteOff(null, "Uncollectable."),
        OFFICER)).reasons()).extracting(Refusal::rule).containsExactly("writeOffDate");
    issue("p1", new PledgeCommand.WriteOff(LocalDate.of(2027, 4, 15), "Uncollectable after three reminders."), OFFICER);
    Pledge p = engine.load("p1").pledge().orElseThrow();
    assertThat(p.writtenOffOn()).contains(LocalDate.of(2027, 4, 15));
    java.time.ZoneId utc = java.time.ZoneOffset.UTC;
    assertThat(p.status(Instant.parse("2027-06-01T00:00:00Z"), utc)).isEqualTo(org.irrt.model.pledge.PledgeStatus.WRITTEN_OFF);
    assertThat(p.installmentStatuses(Instant.parse("2027-06-01T00:00:00Z"), utc)).containsExactly(
        org.irrt.model.pledge.InstallmentStatus.COMPLETED, org.irrt.model.pledge.InstallmentStatus.WRITTEN_OFF,
        org.irrt.model.pledge.InstallmentStatus.WRITTEN_OFF);
    // before the write-off the second installment was overdue, as the report for that day shows
    assertThat(p.status(Instant.parse("2027-03-01T00:00:00Z"), utc)).isEqualTo(org.irrt.model.pledge.PledgeStatus.OVERDUE);
    assertThat(p.remindersDue(LocalDate.of(2027, 5, 3), 7)).isEmpty();
    var campaign = org.irrt.model.pledge.Campaign.builder().id(CampaignId.of("sixty-for-sixty")).name("Sixty for sixty")
        .goal(Money.of("1000", "EUR")).startDate(LocalDate.of(2026, 1, 1)).fund("IRRT endowment").build();
    var after = org.irrt.model.pledge.CampaignProgress.of(campaign, List.of(p), Instant.parse("2027-06-01T00:00:00Z"), utc);
    // what the written-off pledge received stays pledged and received; nothing of it is overdue
    assertThat(after.received()).containsEntry("EUR", Money.of("100", "EUR"));
    assertThat(after.pledged()).containsEntry("EUR", Money.of("100", "EUR"));
    assertThat(after.overdue()).containsEntry("EUR", Money.of("0", "EUR"));
    var before = org.irrt.model.pledge.CampaignProgress.of(campaign, List.of(p), Instant.parse("2027-03-01T00:00:00Z"), utc);
    assertThat(before.pledged()).containsEntry("EUR", Money.of("300", "EUR"));
    assertThat(before.overdue()).containsEntry("EUR", Money.of("100", "EUR"));
    // a written-off pledge is not recorded again, and is not also cancelled
    assertThat(((Outcome.Refused<PledgeCase, PledgeEvent>) issue("p9", new PledgeCommand.Record(pledge("p9")
        .withWrittenOffOn(LocalDate.of(2027, 1, 1))), OFFICER)).reasons()).extracting(Refusal::rule).containsExactly("openPledge");
    assertThatThrownBy(() -> p.withCancelledOn(LocalDate.of(2027, 5, 1)))
        .isInstanceOfSatisfying(org.irrt.model.common.InvalidValueException.class, e -> assertThat(e.violations())
            .extracting(v -> v.path() + " " + v.code())
            .containsExactly(" org.irrt.model.Pledge.cancelledAndWrittenOff"));
  }

  @Test
  void aPaymentOnAClosedPledgeIsRefusedByTheWorkflowAndByThePledgeAlike() {
    issue("p1", new PledgeCommand.Record(pledge("p1")), OFFICER);
    issue("p1", new PledgeCommand.Cancel(LocalDate.of(2027, 1, 20), "The donor moved abroad."), OFFICER);
    PledgePayment late = PledgePayment.of("a", Money.of("100", "EUR"), LocalDate.of(2027, 1, 15));
    assertThat(((Outcome.Refused<PledgeCase, PledgeEvent>) issue("p1", new PledgeCommand.RecordPayment(late), OFFICER))
        .reasons()).extracting(r -> r.message(java.util.Locale.ENGLISH)).containsExactly(
            "\u201Crecord payment\u201D is not possible while this is cancelled; possible now: reverse payment");
    Pledge cancelled = engine.load("p1").pledge().orElseThrow();
    assertThatThrownBy(() -> cancelled.pay(late)).isInstanceOfSatisfying(org.irrt.model.common.InvalidValueException.class,
        e -> assertThat(e.violations()).extracting(v -> v.path() + " " + v.code())
            .containsExactly("payments[0] org.irrt.model.Pledge.closed"));
  }

  @Test
  void aCancellationDatedTomorrowSomewhereStopsNoReminderToday() {
    Pledge june = Pledge.builder().from(pledge("p1")).startDate(LocalDate.of(2027, 6, 8)).build();
    issue("p1", new PledgeCommand.Record(june), OFFICER);
    // the clock says 2027-06-01 12:00 UTC: June 2 has begun at UTC+14, so a cancellation may carry that date
    issue("p1", new PledgeCommand.Cancel(LocalDate.of(2027, 6, 2), "The donor asked to stop."), OFFICER);
    PledgeCase c = engine.load("p1");
    assertThat(c.state()).isEqualTo(PledgeState.CANCELLED);
    java.time.ZoneId chicago = java.time.ZoneId.of("America/Chicago");
    Instant endOfJune1 = Instant.parse("2027-06-02T04:59:59Z");
    assertThat(c.pledge().orElseThrow().status(endOfJune1, chicago)).isEqualTo(org.irrt.model.pledge.PledgeStatus.PENDING);
    assertThat(PledgeWorkflow.remindersDue(List.of(c), LocalDate.of(2027, 6, 1), new PledgeWorkflow.Reminders(7, 14, 0)))
        .extracting(r -> r.installment().dueDate()).containsExactly(LocalDate.of(2027, 6, 8));
    assertThat(PledgeWorkflow.remindersDue(List.of(c), LocalDate.of(2027, 6, 2), new PledgeWorkflow.Reminders(6, 14, 0)))
        .isEmpty();
  }

  @Test
  void remindersFallDueBeforeEachPendingInstallmentOfOpenPledges() {
    issue("p1", new PledgeCommand.Record(pledge("p1")), OFFICER);
    issue("p2", new PledgeCommand.Record(pledge("p2")), OFFICER);
    issue("p2", new PledgeCommand.Cancel(LocalDate.of(2027, 1, 5), "Changed mind."), OFFICER);
    List<PledgeWorkflow.Reminder> due = PledgeWorkflow.remindersDue(List.of(engine.load("p1"), engine.load("p2")),
        LocalDate.of(2027, 2, 3), new PledgeWorkflow.Reminders(7, 14, 0));
    // the first installment, unpaid and never reminded of, is still due; the cancelled pledge has none
    assertThat(due).extracting(r -> r.pledge().id().value() + " " + r.installment().dueDate() + " " + r.step())
        .containsExactly("p1 2027-01-10 0", "p1 2027-02-10 0");
  }
}
