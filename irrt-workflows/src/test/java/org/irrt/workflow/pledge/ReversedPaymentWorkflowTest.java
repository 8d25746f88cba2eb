package org.irrt.workflow.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.irrt.model.common.Money;
import org.irrt.model.common.PaymentReversal;
import org.irrt.model.common.ReversalReason;
import org.irrt.model.member.MemberId;
import org.irrt.model.pledge.CampaignId;
import org.irrt.model.pledge.Donor;
import org.irrt.model.pledge.Frequency;
import org.irrt.model.pledge.InstallmentStatus;
import org.irrt.model.pledge.Pledge;
import org.irrt.model.pledge.PledgeId;
import org.irrt.model.pledge.PledgePayment;
import org.irrt.model.pledge.PledgeStatus;
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
 * Issue 15 §5, anchors finding 2 (civicrm-core PR #19289, dev/core#2206; Salesforce NPSP #4617): a
 * fulfilled pledge whose payment bounces is open again, and the reversal is refused with its reason
 * when it names no payment of the pledge or one already reversed.
 */
class ReversedPaymentWorkflowTest {
  static final org.irrt.model.pledge.Campaign CAMPAIGN = org.irrt.model.pledge.Campaign.builder()
      .id(CampaignId.of("sixty-for-sixty")).name("Sixty for sixty").goal(Money.of("1000", "EUR"))
      .startDate(LocalDate.of(2026, 1, 1)).fund("IRRT endowment").build();
  static final org.irrt.workflow.Organisation ORGANISATION = org.irrt.workflow.Organisation
      .in(java.time.ZoneId.of("America/Chicago")).withCampaigns(List.of(CAMPAIGN));
  static final Actor OFFICER = Actor.of("treasurer", Role.FUNDRAISING_OFFICER);
  static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
  final MutableClock clock = new MutableClock(Instant.parse("2027-03-20T15:00:00Z"));
  final WorkflowEngine<PledgeCase, PledgeCommand, PledgeEvent> engine =
      WorkflowEngine.of(new PledgeWorkflow(ORGANISATION), new InMemoryWorkflowStore<>(), clock);

  static Pledge pledge(String id, String total) {
    return Pledge.builder().id(PledgeId.of(id)).campaign(CampaignId.of("sixty-for-sixty"))
        .donor(Donor.member(MemberId.of("ana"))).total(Money.of(total, "EUR")).installmentCount(3)
        .frequency(Frequency.monthly()).startDate(LocalDate.of(2027, 1, 10)).build();
  }

  Outcome<PledgeCase, PledgeEvent> issue(String id, PledgeCommand c, Actor a) {
    return engine.issue(id, Request.of(c, a));
  }

  static PledgeCommand pay(String id, String amount, LocalDate on) {
    return new PledgeCommand.RecordPayment(PledgePayment.of(id, Money.of(amount, "EUR"), on));
  }

  static PledgeCommand reverse(String id, LocalDate on) {
    return new PledgeCommand.ReversePayment(PaymentReversal.of(id, on, ReversalReason.BOUNCE));
  }

  /** EUR 300 in three monthly installments from 2027-01-10, each paid on its day: fulfilled. */
  void fulfilled(String id, String total) {
    issue(id, new PledgeCommand.Record(pledge(id, total)), OFFICER);
    issue(id, pay("a", "100", LocalDate.of(2027, 1, 10)), Actor.SYSTEM);
    issue(id, pay("b", "100", LocalDate.of(2027, 2, 10)), Actor.SYSTEM);
    issue(id, pay("c", "100", LocalDate.of(2027, 3, 10)), Actor.SYSTEM);
  }

  static List<String> reasons(Outcome<PledgeCase, PledgeEvent> outcome) {
    return ((Outcome.Refused<PledgeCase, PledgeEvent>) outcome).reasons().stream()
        .map(r -> r.message(Locale.ENGLISH)).toList();
  }

  @Test
  void aBouncedPaymentReopensAFulfilledPledgeWhichIsOverdueTheNextDay() {
    fulfilled("p1", "300");
    assertThat(engine.load("p1").state()).isEqualTo(PledgeState.FULFILLED);
    var outcome = issue("p1", reverse("c", LocalDate.of(2027, 3, 20)), Actor.SYSTEM);
    assertThat(((Outcome.Accepted<PledgeCase, PledgeEvent>) outcome).events()).extracting(e -> e.getClass().getSimpleName())
        .containsExactly("PaymentReversed");
    PledgeCase c = engine.load("p1");
    assertThat(c.state()).isEqualTo(PledgeState.PAYING);
    Pledge p = c.pledge().orElseThrow();
    assertThat(p.installments().get(2).outstanding()).isEqualTo(Money.of("100", "EUR"));
    assertThat(p.status(Instant.parse("2027-03-21T06:00:00Z"), CHICAGO)).isEqualTo(PledgeStatus.OVERDUE);
    assertThat(p.installmentStatuses(Instant.parse("2027-03-21T06:00:00Z"), CHICAGO))
        .containsExactly(InstallmentStatus.COMPLETED, InstallmentStatus.COMPLETED, InstallmentStatus.OVERDUE);
    assertThat(p.received()).isEqualTo(Money.of("200", "EUR"));
    assertThat(p.payments()).hasSize(3);
    assertThat(engine.workflow().replay("p1", engine.history("p1"))).isEqualTo(c);
    // the donor pays again: fulfilled again in the same step
    var again = issue("p1", pay("c2", "100", LocalDate.of(2027, 3, 20)), OFFICER);
    assertThat(((Outcome.Accepted<PledgeCase, PledgeEvent>) again).events()).extracting(e -> e.getClass().getSimpleName())
        .containsExactly("PaymentReceived", "PledgeFulfilled");
  }

  @Test
  void aReversalWhileStillPayingReopensTheInstallmentItCompleted() {
    issue("p1", new PledgeCommand.Record(pledge("p1", "300")), OFFICER);
    issue("p1", pay("a", "100", LocalDate.of(2027, 1, 10)), Actor.SYSTEM);
    issue("p1", reverse("a", LocalDate.of(2027, 1, 25)), OFFICER);
    PledgeCase c = engine.load("p1");
    assertThat(c.state()).isEqualTo(PledgeState.PAYING);
    assertThat(c.pledge().orElseThrow().status(Instant.parse("2027-01-24T12:00:00Z"), CHICAGO))
        .isEqualTo(PledgeStatus.IN_PROGRESS);
    assertThat(c.pledge().orElseThrow().status(Instant.parse("2027-01-26T12:00:00Z"), CHICAGO))
        .isEqualTo(PledgeStatus.OVERDUE);
    // the first installment, open again, is due a reminder too: none was ever recorded as sent for it
    assertThat(PledgeWorkflow.remindersDue(List.of(c), LocalDate.of(2027, 2, 3), new PledgeWorkflow.Reminders(7, 14, 0)))
        .extracting(r -> r.installment().number()).containsExactly(1, 2);
  }

  @Test
  void anUnknownPaymentOrOneAlreadyReversedIsRefusedWithEveryReason() {
    fulfilled("p1", "300");
    assertThat(reasons(issue("p1", reverse("zzz", LocalDate.of(2027, 3, 20)), Actor.SYSTEM)))
        .containsExactly("payment zzz is not recorded on this pledge");
    // the clock says 2027-03-20 15:00 UTC: March 21 has begun at UTC+14, March 22 nowhere
    assertThat(reasons(issue("p1", reverse("zzz", LocalDate.of(2027, 3, 22)), Actor.SYSTEM)))
        .containsExactly("a reversal cannot be dated in the future (2027-03-22)", "payment zzz is not recorded on this pledge");
    assertThat(reasons(issue("p1", reverse("b", LocalDate.of(2027, 2, 9)), Actor.SYSTEM)))
        .containsExactly("a reversal cannot be dated before its payment was received (2027-02-10)");
    issue("p1", reverse("c", LocalDate.of(2027, 3, 21)), Actor.SYSTEM);
    var twice = issue("p1", reverse("c", LocalDate.of(2027, 3, 21)), Actor.SYSTEM);
    assertThat(reasons(twice)).containsExactly("payment c was already reversed on 2027-03-21");
    assertThat(((Outcome.Refused<PledgeCase, PledgeEvent>) twice).reasons()).extracting(Refusal::rule)
        .containsExactly("reversalValid");
    assertThat(((Outcome.Refused<PledgeCase, PledgeEvent>) twice).reasons().get(0).message(Locale.FRENCH))
        .isEqualTo("le paiement c a déjà été annulé le 2027-03-21");
    assertThat(engine.history("p1")).hasSize(6);
  }

  @Test
  void onlyThePaymentSystemOrAFundraisingOfficerRecordsAReversalAndNotBeforeAnyPayment() {
    issue("p1", new PledgeCommand.Record(pledge("p1", "300")), OFFICER);
    assertThat(((Outcome.Refused<PledgeCase, PledgeEvent>) issue("p1", reverse("a", LocalDate.of(2027, 1, 10)), OFFICER))
        .reasons()).extracting(Refusal::rule).containsExactly("state");
    issue("p1", pay("a", "100", LocalDate.of(2027, 1, 10)), Actor.SYSTEM);
    assertThat(((Outcome.Refused<PledgeCase, PledgeEvent>) issue("p1", reverse("a", LocalDate.of(2027, 1, 11)),
        Actor.of("ana", Role.APPLICANT))).reasons()).extracting(Refusal::rule).containsExactly("role");
    assertThat(new PledgeWorkflow(ORGANISATION).definition().permittedCommands(PledgeState.FULFILLED, OFFICER))
        .containsExactly(PledgeCommand.ReversePayment.class);
  }

  @Test
  void anOverpaidPledgeIsFulfilledAgainInTheSameStepWhenWhatRemainsPaysEveryInstallment() {
    issue("p1", new PledgeCommand.Record(pledge("p1", "300")), OFFICER);
    issue("p1", pay("a", "100", LocalDate.of(2027, 1, 10)), Actor.SYSTEM);
    issue("p1", pay("b", "300", LocalDate.of(2027, 2, 10)), Actor.SYSTEM);
    assertThat(engine.load("p1").state()).isEqualTo(PledgeState.FULFILLED);
    assertThat(engine.load("p1").pledge().orElseThrow().credit()).isEqualTo(Money.of("100", "EUR"));
    var refund = issue("p1", new PledgeCommand.ReversePayment(PaymentReversal.of("a", LocalDate.of(2027, 3, 1),
        ReversalReason.REFUND)), OFFICER);
    assertThat(((Outcome.Accepted<PledgeCase, PledgeEvent>) refund).events()).extracting(e -> e.getClass().getSimpleName())
        .containsExactly("PaymentReversed", "PledgeFulfilled");
    PledgeCase c = engine.load("p1");
    assertThat(c.state()).isEqualTo(PledgeState.FULFILLED);
    assertThat(c.pledge().orElseThrow().received()).isEqualTo(Money.of("300", "EUR"));
    assertThat(c.pledge().orElseThrow().credit()).isEqualTo(Money.of("0", "EUR"));
  }

  @Test
  void aClosedPledgeTakesAReversalAndStaysClosed() {
    issue("p1", new PledgeCommand.Record(pledge("p1", "300")), OFFICER);
    issue("p1", pay("a", "100", LocalDate.of(2027, 1, 10)), Actor.SYSTEM);
    issue("p1", new PledgeCommand.Cancel(LocalDate.of(2027, 1, 20), "The donor moved abroad."), OFFICER);
    issue("p1", reverse("a", LocalDate.of(2027, 2, 1)), Actor.SYSTEM);
    assertThat(engine.load("p1").state()).isEqualTo(PledgeState.CANCELLED);
    assertThat(engine.load("p1").pledge().orElseThrow().received()).isEqualTo(Money.of("0", "EUR"));
    issue("p2", new PledgeCommand.Record(pledge("p2", "300")), OFFICER);
    issue("p2", pay("a", "100", LocalDate.of(2027, 1, 10)), Actor.SYSTEM);
    issue("p2", new PledgeCommand.WriteOff(LocalDate.of(2027, 3, 1), "Uncollectable."), OFFICER);
    issue("p2", reverse("a", LocalDate.of(2027, 3, 2)), Actor.SYSTEM);
    assertThat(engine.load("p2").state()).isEqualTo(PledgeState.WRITTEN_OFF);
  }
}
