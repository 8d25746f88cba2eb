package org.irrt.workflow.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.irrt.workflow.membership.ApplicationFixtures.OFFICER;
import static org.irrt.workflow.membership.ApplicationFixtures.START;
import static org.irrt.workflow.membership.ApplicationFixtures.applicant;
import static org.irrt.workflow.membership.ApplicationFixtures.member;
import static org.irrt.workflow.membership.ApplicationFixtures.type;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.irrt.model.member.Member;
import org.irrt.model.membership.MembershipType;
import org.irrt.workflow.Actor;
import org.irrt.workflow.ConcurrencyException;
import org.irrt.workflow.InMemoryWorkflowStore;
import org.irrt.workflow.MutableClock;
import org.irrt.workflow.Outcome;
import org.irrt.workflow.Request;
import org.irrt.workflow.WorkflowEngine;
import org.irrt.workflow.WorkflowStore;
import org.irrt.workflow.membership.ApplicationCommand.Create;
import org.irrt.workflow.membership.ApplicationCommand.StartReview;
import org.irrt.workflow.membership.ApplicationCommand.Submit;
import org.junit.jupiter.api.Test;

/**
 * The engine's built instances are a shortcut only: whatever it remembers, every command is decided
 * on the instance its stored events make, and a stale version is never written.
 */
class EngineSnapshotsTest {
  private final MembershipApplicationWorkflow workflow = new MembershipApplicationWorkflow(
      ApplicationFixtures.CHICAGO, MembershipApplicationWorkflow.DEFAULT_EXPIRY, (m, t, id) -> Optional.empty());
  private final MutableClock clock = new MutableClock(START);
  private final Member ana = member("ana", "Ana", "García");
  private final Actor anaActor = applicant(ana);
  private final MembershipType type = type("intl", true, true);

  private WorkflowEngine<MembershipApplication, ApplicationState, ApplicationCommand.Kind, ApplicationCommand,
      ApplicationEvent> engine(WorkflowStore<ApplicationEvent> store) {
    return new WorkflowEngine<>(workflow, store, clock);
  }

  @Test
  void eventsAppendedByAnotherEngineAreSeen() {
    var store = new InMemoryWorkflowStore<ApplicationEvent>();
    var one = engine(store);
    var other = engine(store);
    one.issue("app", Request.of(new Create(ana, type, "t"), anaActor));
    assertThat(one.load("app").state()).isEqualTo(ApplicationState.DRAFT);
    other.issue("app", Request.of(new Submit(), anaActor));
    assertThat(one.load("app").state()).isEqualTo(ApplicationState.SUBMITTED);
    assertThat(one.issue("app", Request.of(new StartReview(), OFFICER)).instance().state())
        .isEqualTo(ApplicationState.UNDER_REVIEW);
    assertThat(other.load("app").state()).isEqualTo(ApplicationState.UNDER_REVIEW);
    assertThat(store.load("app")).hasSize(3);
  }

  @Test
  void aStaleExpectedVersionRaisesAConcurrencyExceptionAndWritesNothing() {
    var store = new InMemoryWorkflowStore<ApplicationEvent>();
    var other = engine(store);
    Runnable[] afterLoad = {null};
    var racing = engine(new WorkflowStore<>() {
      @Override
      public List<ApplicationEvent> load(String instanceId) {
        List<ApplicationEvent> events = store.load(instanceId);
        if (afterLoad[0] != null) {
          Runnable r = afterLoad[0];
          afterLoad[0] = null;
          r.run();
        }
        return events;
      }

      @Override
      public long append(String instanceId, long expectedVersion, List<ApplicationEvent> events) {
        return store.append(instanceId, expectedVersion, events);
      }

      @Override
      public Set<String> instanceIds() {
        return store.instanceIds();
      }
    });
    racing.issue("app", Request.of(new Create(ana, type, "t"), anaActor));
    afterLoad[0] = () -> other.issue("app", Request.of(new Submit(), anaActor));
    assertThatThrownBy(() -> racing.issue("app", Request.of(new Submit(), anaActor).withIdempotencyKey("k")))
        .isInstanceOfSatisfying(ConcurrencyException.class, e -> {
          assertThat(e.expectedVersion()).isEqualTo(1);
          assertThat(e.actualVersion()).isEqualTo(2);
        });
    assertThat(store.load("app")).extracting(e -> e.getClass().getSimpleName())
        .containsExactly("ApplicationCreated", "ApplicationSubmitted");
    assertThat(racing.load("app").state()).isEqualTo(ApplicationState.SUBMITTED);
    // the retry is decided on the instance as stored: a second submission is not in the table
    assertThatThrownBy(() -> racing.issue("app", Request.of(new Submit(), anaActor).withIdempotencyKey("k")))
        .isInstanceOf(org.irrt.workflow.IllegalCommandException.class);
    assertThat(racing.issue("app", Request.of(new StartReview(), OFFICER))).isInstanceOf(Outcome.Accepted.class);
    assertThat(store.load("app")).hasSize(3);
  }

  @Test
  void manyMoreInstancesThanTheEngineKeepsBuiltAreEachTheirOwn() {
    var store = new InMemoryWorkflowStore<ApplicationEvent>();
    var engine = engine(store);
    int n = 3000;
    for (int i = 0; i < n; i++) {
      Member m = member("m-" + i, "Given", "Family");
      engine.issue("app-" + i, Request.of(new Create(m, type, "t" + i), applicant(m)));
    }
    for (int i = 0; i < n; i += 2) {
      Member m = member("m-" + i, "Given", "Family");
      assertThat(engine.issue("app-" + i, Request.of(new Submit(), applicant(m)))).isInstanceOf(Outcome.Accepted.class);
    }
    for (int i = n - 1; i >= 0; i--) {
      MembershipApplication a = engine.load("app-" + i);
      assertThat(a.id()).isEqualTo("app-" + i);
      assertThat(a.applicant().orElseThrow().id().value()).isEqualTo("m-" + i);
      assertThat(a.state()).isEqualTo(i % 2 == 0 ? ApplicationState.SUBMITTED : ApplicationState.DRAFT);
      assertThat(engine.history("app-" + i)).hasSize(i % 2 == 0 ? 2 : 1);
    }
  }
}
