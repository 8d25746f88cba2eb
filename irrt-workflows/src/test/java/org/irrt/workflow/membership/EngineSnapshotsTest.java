package org.irrt.workflow.membership;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.irrt.workflow.InMemoryWorkflowStore;
import org.irrt.workflow.MutableClock;
import org.irrt.workflow.Outcome;
import org.irrt.workflow.Request;
import org.irrt.workflow.StoredEvent;
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
      ApplicationFixtures.ORGANISATION, MembershipApplicationWorkflow.DEFAULT_EXPIRY, (m, t, id) -> Optional.empty());
  private final MutableClock clock = new MutableClock(START);
  private final Member ana = member("ana", "Ana", "García");
  private final Actor anaActor = applicant(ana);
  private final MembershipType type = type("intl", true, true);

  private WorkflowEngine<MembershipApplication, ApplicationCommand, ApplicationEvent> engine(
      WorkflowStore<ApplicationEvent> store) {
    return WorkflowEngine.of(workflow, store, clock);
  }

  @Test
  void eventsAppendedByAnotherEngineAreSeen() {
    var store = new InMemoryWorkflowStore<ApplicationEvent>();
    var one = engine(store);
    var other = engine(store);
    one.issue("app", Request.of(new Create(ana, type.id(), "t"), anaActor));
    assertThat(one.load("app").state()).isEqualTo(ApplicationState.DRAFT);
    other.issue("app", Request.of(new Submit(), anaActor));
    assertThat(one.load("app").state()).isEqualTo(ApplicationState.SUBMITTED);
    assertThat(one.issue("app", Request.of(new StartReview(), OFFICER)).instance().state())
        .isEqualTo(ApplicationState.UNDER_REVIEW);
    assertThat(other.load("app").state()).isEqualTo(ApplicationState.UNDER_REVIEW);
    assertThat(store.load("app")).hasSize(3);
  }

  @Test
  void aCommandRacedByAnotherIsDecidedAgainOnTheStoredInstanceAndNeverWrittenOnAStaleVersion() {
    var store = new InMemoryWorkflowStore<ApplicationEvent>();
    var other = engine(store);
    Runnable[] afterLoad = {null};
    var racing = engine(new Forwarding(store) {
      @Override
      public List<ApplicationEvent> load(String instanceId) {
        List<ApplicationEvent> events = super.load(instanceId);
        if (afterLoad[0] != null) {
          Runnable r = afterLoad[0];
          afterLoad[0] = null;
          r.run();
        }
        return events;
      }

      @Override
      public List<ApplicationEvent> load(String instanceId, long afterVersion) {
        List<ApplicationEvent> all = load(instanceId);
        return all.subList((int) Math.min(afterVersion, all.size()), all.size());
      }

      @Override
      public <T> T exclusively(java.util.function.Supplier<T> work) {
        return work.get(); // the race this test stages needs the store not to serialise
      }
    });
    racing.issue("app", Request.of(new Create(ana, type.id(), "t"), anaActor));
    afterLoad[0] = () -> other.issue("app", Request.of(new Submit(), anaActor));
    // the first decision is made on the draft; its append meets version 2 and writes nothing; the
    // engine decides again on the instance as stored, where a second submission is not possible
    var raced = racing.issue("app", Request.of(new Submit(), anaActor).withIdempotencyKey("k"));
    assertThat(raced).isInstanceOfSatisfying(Outcome.Refused.class,
        r -> assertThat(((Outcome.Refused<?, ?>) r).reasons()).extracting(x -> x.rule()).containsExactly("state"));
    assertThat(store.load("app")).extracting(e -> e.getClass().getSimpleName())
        .containsExactly("ApplicationCreated", "ApplicationSubmitted");
    assertThat(store.withKey("app", "k")).isEmpty();
    assertThat(racing.load("app").state()).isEqualTo(ApplicationState.SUBMITTED);
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
      engine.issue("app-" + i, Request.of(new Create(m, type.id(), "t" + i), applicant(m)));
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

  /**
   * A store that hands every call to another, which a test may replace (a rollback, another
   * server's commit), and notes the loads the engine makes.
   */
  static class Forwarding implements WorkflowStore<ApplicationEvent> {
    WorkflowStore<ApplicationEvent> store;
    final List<String> loads = new java.util.ArrayList<>();

    Forwarding(WorkflowStore<ApplicationEvent> store) {
      this.store = store;
    }

    @Override
    public List<ApplicationEvent> load(String instanceId) {
      loads.add("all");
      return store.load(instanceId);
    }

    @Override
    public List<ApplicationEvent> load(String instanceId, long afterVersion) {
      loads.add("after " + afterVersion);
      return store.load(instanceId, afterVersion);
    }

    @Override
    public long append(String instanceId, long expectedVersion, List<ApplicationEvent> events) {
      return store.append(instanceId, expectedVersion, events);
    }

    @Override
    public List<StoredEvent<ApplicationEvent>> withKey(String instanceId, String key) {
      return store.withKey(instanceId, key);
    }

    @Override
    public List<StoredEvent<ApplicationEvent>> read(long afterPosition, int limit) {
      return store.read(afterPosition, limit);
    }

    @Override
    public long checkpoint(String subscriber) {
      return store.checkpoint(subscriber);
    }

    @Override
    public void saveCheckpoint(String subscriber, long position) {
      store.saveCheckpoint(subscriber, position);
    }

    @Override
    public <T> T exclusively(java.util.function.Supplier<T> work) {
      return store.exclusively(work);
    }

    @Override
    public Set<String> instanceIds() {
      return store.instanceIds();
    }

    @Override
    public java.util.Optional<org.irrt.model.member.MemberId> erase(org.irrt.workflow.DataSubject subject) {
      return store.erase(subject);
    }
  }

  @Test
  void aLoadReadsTheStoreOnlyFromTheLastEventTheEngineBuiltOn() {
    var store = new Forwarding(new InMemoryWorkflowStore<>());
    var engine = engine(store);
    engine.issue("app", Request.of(new Create(ana, type.id(), "t"), anaActor));
    engine.issue("app", Request.of(new Submit(), anaActor));
    store.loads.clear();
    assertThat(engine.load("app").state()).isEqualTo(ApplicationState.SUBMITTED);
    assertThat(engine.version("app")).isEqualTo(2);
    assertThat(store.loads).containsExactly("after 1", "after 1");
  }

  /**
   * What a host's rolled-back transaction leaves: the engine built an instance on events the store
   * no longer holds, or holds others in their place (another server's command committed since).
   */
  @Test
  void anInstanceBuiltOnEventsTheStoreNoLongerHoldsIsBuiltAgainFromTheStore() {
    var committed = new InMemoryWorkflowStore<ApplicationEvent>();
    engine(committed).issue("app", Request.of(new Create(ana, type.id(), "t"), anaActor));
    var store = new Forwarding(committed);
    var host = engine(store);
    assertThat(host.load("app").state()).isEqualTo(ApplicationState.DRAFT);

    store.store = inTransaction(committed);
    host.issue("app", Request.of(new Submit(), anaActor));
    assertThat(host.load("app").state()).isEqualTo(ApplicationState.SUBMITTED);
    store.store = committed; // the host rolled its transaction back
    assertThat(host.load("app").state()).isEqualTo(ApplicationState.DRAFT);
    assertThat(host.version("app")).isEqualTo(1);

    store.store = inTransaction(committed);
    host.issue("app", Request.of(new Submit(), anaActor));
    store.store = committed; // rolled back again, and another server's command took its place
    engine(committed).issue("app", Request.of(new ApplicationCommand.Withdraw(), anaActor));
    assertThat(host.load("app").state()).isEqualTo(ApplicationState.WITHDRAWN);
    assertThat(host.version("app")).isEqualTo(2);
    assertThat(host.issue("app", Request.of(new Submit(), anaActor))).isInstanceOf(Outcome.Refused.class);
    assertThat(committed.load("app")).hasSize(2);
  }

  /** A transaction's view: the committed events, and what the transaction appends on top of them. */
  private static InMemoryWorkflowStore<ApplicationEvent> inTransaction(InMemoryWorkflowStore<ApplicationEvent> committed) {
    var view = new InMemoryWorkflowStore<ApplicationEvent>();
    view.append("app", 0, committed.load("app"));
    return view;
  }
}
