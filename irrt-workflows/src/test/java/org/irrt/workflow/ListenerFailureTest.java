package org.irrt.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.irrt.model.common.Money;
import org.irrt.model.member.MemberCategory;
import org.irrt.model.membership.MembershipTypeId;
import org.irrt.model.pledge.PledgePayment;
import org.irrt.workflow.membership.ApplicationCommand;
import org.irrt.workflow.membership.ApplicationEvent;
import org.irrt.workflow.membership.ApplicationIndex;
import org.irrt.workflow.membership.MembershipApplicationWorkflow;
import org.irrt.workflow.pledge.PledgeCommand;
import org.irrt.workflow.pledge.PledgeEvent;
import org.irrt.workflow.pledge.PledgeWorkflow;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 item 5: listeners were called in turn, the first that threw skipped the rest, and a retry
 * by the same key was answered from the store without calling them again, so a projection missed
 * events for good (and the one-open-application rule, fed by one, could be bypassed). Now each
 * listener has a checkpoint and is delivered to from it, at least once.
 */
class ListenerFailureTest {
  /** An idempotent projection: every event heard, per instance, in order, each once. */
  static final class Projection implements EventListener<PledgeEvent> {
    final Map<String, Set<PledgeEvent>> seen = new HashMap<>();

    @Override
    public void committed(String instanceId, List<PledgeEvent> events) {
      seen.computeIfAbsent(instanceId, id -> new LinkedHashSet<>()).addAll(events);
    }
  }

  private static Map<String, Set<PledgeEvent>> rebuild(WorkflowStore<PledgeEvent> store) {
    Projection fresh = new Projection();
    List<StoredEvent<PledgeEvent>> all = store.read(0, Integer.MAX_VALUE);
    for (StoredEvent<PledgeEvent> e : all) {
      fresh.committed(e.instanceId(), List.of(e.event()));
    }
    return fresh.seen;
  }

  @Test
  void aListenerThatFailsAtRandomEndsEqualToARebuildAndNoOtherListenerIsSkipped() {
    var store = new InMemoryWorkflowStore<PledgeEvent>();
    var engine = WorkflowEngine.of(new PledgeWorkflow(ConcurrencyTest.ORGANISATION), store,
        java.time.Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneId.of("UTC")));
    Random random = new Random(17);
    Projection flaky = new Projection();
    int[] failures = {0};
    engine.listen("flaky", (id, events) -> {
      if (random.nextInt(10) < 4) {
        failures[0]++;
        throw new IllegalStateException("the mail server is down");
      }
      flaky.committed(id, events);
    });
    Projection steady = new Projection();
    engine.listen("steady", steady);
    for (String id : List.of("p1", "p2", "p3")) {
      engine.issue(id, Request.of(new PledgeCommand.Record(ConcurrencyTest.pledge(id)), ConcurrencyTest.OFFICER));
    }
    for (int i = 0; i < 60; i++) {
      String id = "p" + (1 + i % 3);
      var pay = new PledgeCommand.RecordPayment(PledgePayment.of("pay-" + i, Money.of("5", "EUR"), LocalDate.of(2026, 3, 1)));
      assertThat(engine.issue(id, Request.of(pay, ConcurrencyTest.PAYMENTS))).isInstanceOf(Outcome.Accepted.class);
      assertThat(steady.seen).as("the steady listener is never held back by the flaky one").isEqualTo(rebuild(store));
    }
    assertThat(failures[0]).as("the listener did fail").isGreaterThan(10);
    for (int round = 0; round < 100 && !engine.deliver().isEmpty(); round++) {
      // a host's job delivering again: the flaky listener catches up from its checkpoint
    }
    assertThat(engine.deliver()).isEmpty();
    assertThat(flaky.seen).isEqualTo(rebuild(store)).isEqualTo(steady.seen);
    assertThat(store.checkpoint("flaky")).isEqualTo(store.checkpoint("steady")).isEqualTo(63);
  }

  @Test
  void aRetryBySameKeyDeliversWhatTheFailedListenerMissed() {
    var store = new InMemoryWorkflowStore<PledgeEvent>();
    var engine = WorkflowEngine.of(new PledgeWorkflow(ConcurrencyTest.ORGANISATION), store,
        java.time.Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneId.of("UTC")));
    boolean[] down = {true};
    List<String> mailed = new ArrayList<>();
    engine.listen("mail", (id, events) -> {
      if (down[0]) {
        throw new IllegalStateException("the mail server is down");
      }
      events.forEach(e -> mailed.add(e.getClass().getSimpleName()));
    });
    var record = Request.of((PledgeCommand) new PledgeCommand.Record(ConcurrencyTest.pledge("p1")), ConcurrencyTest.OFFICER)
        .withIdempotencyKey("form-1");
    assertThat(engine.issue("p1", record)).isInstanceOf(Outcome.Accepted.class);
    assertThat(mailed).isEmpty();
    down[0] = false;
    var again = engine.issue("p1", record);
    assertThat(again).isInstanceOfSatisfying(Outcome.Accepted.class, a -> assertThat(a.replayed()).isTrue());
    assertThat(mailed).containsExactly("PledgeRecorded");
    assertThat(store.load("p1")).hasSize(1);
  }

  @Test
  void theOneOpenApplicationRuleHoldsWhateverTheListenersDo() {
    var store = new InMemoryWorkflowStore<ApplicationEvent>();
    var type = org.irrt.model.membership.MembershipType.builder().id(MembershipTypeId.of("intl")).name("International")
        .category(MemberCategory.INTERNATIONAL).fee(Money.of("35", "EUR"))
        .duration(org.irrt.model.membership.MembershipDuration.years(1))
        .periodType(org.irrt.model.membership.PeriodType.ROLLING).approvalRequired(true).build();
    var workflow = new MembershipApplicationWorkflow(Organisation.in(ZoneId.of("UTC")).withMembershipTypes(List.of(type)),
        MembershipApplicationWorkflow.DEFAULT_EXPIRY, new ApplicationIndex(store));
    var engine = WorkflowEngine.of(workflow, store, java.time.Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"),
        ZoneId.of("UTC")));
    engine.listen("broken", (id, events) -> {
      throw new IllegalStateException("always");
    });
    var ana = org.irrt.workflow.membership.ApplicationFixturesAccess.member("ana");
    Actor anaActor = Actor.of("ana", Role.APPLICANT);
    assertThat(engine.issue("a1", Request.of(new ApplicationCommand.Create(ana, type.id(), "t1"), anaActor)))
        .isInstanceOf(Outcome.Accepted.class);
    var second = engine.issue("a2", Request.of(new ApplicationCommand.Create(ana, type.id(), "t2"), anaActor));
    assertThat(second).isInstanceOfSatisfying(Outcome.Refused.class, r -> assertThat(((Outcome.Refused<?, ?>) r).reasons())
        .extracting(x -> x.rule()).containsExactly("oneOpenApplication"));
    assertThat(engine.deliver()).containsExactly("broken");
  }
}
