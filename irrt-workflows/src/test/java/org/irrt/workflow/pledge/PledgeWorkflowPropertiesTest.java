package org.irrt.workflow.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.irrt.model.common.Money;
import org.irrt.model.common.PaymentReversal;
import org.irrt.model.common.ReversalReason;
import org.irrt.model.pledge.CampaignId;
import org.irrt.model.pledge.Installment;
import org.irrt.model.pledge.Pledge;
import org.irrt.model.pledge.PledgePayment;
import org.irrt.workflow.Actor;
import org.irrt.workflow.InMemoryWorkflowStore;
import org.irrt.workflow.MutableClock;
import org.irrt.workflow.Outcome;
import org.irrt.workflow.Request;
import org.irrt.workflow.Role;
import org.irrt.workflow.WorkflowEngine;
import org.junit.jupiter.api.Test;

/**
 * Random command sequences from the pledge table, reversals included (fixed seed): after every step
 * the audit trail rebuilds the instance, a refused or illegal command changed nothing, and the state
 * agrees with the pledge: fulfilled exactly when it is open and every installment is paid by the
 * payments that still count, paying otherwise once a payment came, closed when cancelled or written
 * off; what was received is what was paid and not taken back.
 */
class PledgeWorkflowPropertiesTest {
  static final org.irrt.model.pledge.Campaign CAMPAIGN = org.irrt.model.pledge.Campaign.builder()
      .id(CampaignId.of("sixty-for-sixty")).name("Sixty for sixty").goal(Money.of("1000", "EUR"))
      .startDate(LocalDate.of(2026, 1, 1)).fund("IRRT endowment").build();
  static final org.irrt.workflow.Organisation ORGANISATION = org.irrt.workflow.Organisation
      .in(java.time.ZoneId.of("America/Chicago")).withCampaigns(List.of(CAMPAIGN));
  private static final List<Actor> ACTORS = List.of(Actor.of("treasurer", Role.FUNDRAISING_OFFICER), Actor.SYSTEM,
      Actor.of("ana", Role.APPLICANT));
  private static final LocalDate DAY = LocalDate.of(2027, 1, 1);
  private static final List<Function<Integer, PledgeCommand>> COMMANDS = List.of(
      i -> new PledgeCommand.Record(ReversedPaymentWorkflowTest.pledge("p", "300")),
      i -> new PledgeCommand.RecordPayment(PledgePayment.of("pay-" + i % 7, Money.of(String.valueOf(1 + i % 180), "EUR"),
          DAY.plusDays(i % 60))),
      i -> new PledgeCommand.RecordPayment(PledgePayment.of("pay-" + i % 7, Money.of("100", "EUR"), DAY.plusDays(i % 60))),
      i -> new PledgeCommand.ReversePayment(PaymentReversal.of("pay-" + i % 7, DAY.plusDays(i % 90),
          ReversalReason.values()[i % 3])),
      i -> new PledgeCommand.Cancel(DAY.plusDays(i % 200), i % 5 == 0 ? " " : "The donor asked."),
      i -> new PledgeCommand.WriteOff(DAY.plusDays(i % 200), "Uncollectable."));

  @Test
  void everyStepKeepsTheStateAndThePledgeInAgreement() {
    int[] reopened = {0};
    qt().withFixedSeed(2206L).withExamples(500)
        .forAll(lists().of(integers().between(0, 100_000)).ofSizeBetween(1, 40))
        .checkAssert(steps -> {
          PledgeWorkflow workflow = new PledgeWorkflow(ORGANISATION);
          WorkflowEngine<PledgeCase, PledgeCommand, PledgeEvent> engine =
              WorkflowEngine.of(workflow, new InMemoryWorkflowStore<>(), new MutableClock(Instant.parse("2027-06-01T12:00:00Z")));
          for (int step : steps) {
            Actor actor = ACTORS.get(step % ACTORS.size());
            PledgeCommand command = COMMANDS.get((step / ACTORS.size()) % COMMANDS.size()).apply(step / 7);
            List<PledgeEvent> before = engine.history("p");
            PledgeCase was = engine.load("p");
            Outcome<PledgeCase, PledgeEvent> outcome = engine.issue("p", Request.of(command, actor));
            if (outcome instanceof Outcome.Refused<PledgeCase, PledgeEvent> refused) {
              assertThat(refused.reasons()).isNotEmpty();
              assertThat(engine.history("p")).isEqualTo(before);
            } else {
              assertThat(workflow.permittedCommands(was, actor)).contains(command.getClass());
              if (was.state() == PledgeState.FULFILLED && engine.load("p").state() == PledgeState.PAYING) {
                reopened[0]++;
              }
            }
            PledgeCase now = engine.load("p");
            assertThat(workflow.replay("p", engine.history("p"))).isEqualTo(now);
            check(now);
          }
        });
    assertThat(reopened[0]).as("fulfilled pledges reopened by a reversal").isGreaterThan(10);
  }

  private static void check(PledgeCase c) {
    if (c.state() == PledgeState.NONE) {
      assertThat(c.pledge()).isEmpty();
      return;
    }
    Pledge p = c.pledge().orElseThrow();
    boolean allPaid = p.installments().stream().allMatch(Installment::completed);
    assertThat(c.state() == PledgeState.CANCELLED).isEqualTo(p.cancelledOn().isPresent());
    assertThat(c.state() == PledgeState.WRITTEN_OFF).isEqualTo(p.writtenOffOn().isPresent());
    switch (c.state()) {
      case PLEDGED -> assertThat(p.payments()).isEmpty();
      case PAYING -> assertThat(allPaid).as("a paying pledge owes something").isFalse();
      case FULFILLED -> assertThat(allPaid).as("a fulfilled pledge owes nothing").isTrue();
      default -> assertThat(p.isClosed()).isTrue();
    }
    Money counted = p.payments().stream().filter(x -> p.reversalOf(x.paymentId()).isEmpty())
        .map(PledgePayment::amount).reduce(Money.zero(p.total().currency()), Money::plus);
    assertThat(p.received()).isEqualTo(counted);
    assertThat(p.reversals()).allMatch(r -> p.payments().stream().anyMatch(x -> x.paymentId().equals(r.paymentId())));
  }
}
