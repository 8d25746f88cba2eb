package org.irrt.workflow.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irrt.workflow.membership.ApplicationFixtures.START;
import static org.irrt.workflow.membership.ApplicationFixtures.applicant;
import static org.irrt.workflow.membership.ApplicationFixtures.member;

import java.util.List;
import java.util.Optional;
import org.irrt.model.member.Member;
import org.irrt.model.member.MemberId;
import org.irrt.model.membership.MembershipTypeId;
import org.irrt.workflow.DataSubject;
import org.irrt.workflow.InMemoryWorkflowStore;
import org.irrt.workflow.MutableClock;
import org.irrt.workflow.Outcome;
import org.irrt.workflow.Refusal;
import org.irrt.workflow.Request;
import org.irrt.workflow.StoreProjection;
import org.irrt.workflow.WorkflowEngine;
import org.junit.jupiter.api.Test;

/**
 * An erasure turns an applicant's {@code ApplicationCreated} into its erased form, whose member id is
 * the pseudonym; the one-open-application index noticed only when that event was the last it had
 * applied, so it kept the erased applicant's member id (and refused a new application by that id)
 * until a restart. Now the engine that erases, and every other engine after its {@code
 * forgetInstances()}, makes its workflow's index start over.
 */
class ErasedApplicantLeavesTheIndexTest {
  private static final MembershipTypeId INTL = MembershipTypeId.of("intl");

  private final MutableClock clock = new MutableClock(START);
  private final InMemoryWorkflowStore<ApplicationEvent> store = new InMemoryWorkflowStore<>();
  private final ApplicationIndex index = new ApplicationIndex(store);
  private final WorkflowEngine<MembershipApplication, ApplicationCommand, ApplicationEvent> engine = WorkflowEngine.of(
      new MembershipApplicationWorkflow(ApplicationFixtures.ORGANISATION, MembershipApplicationWorkflow.DEFAULT_EXPIRY,
          index), store, clock);
  /** Another server on the same database: its own engine and index over the same store. */
  private final ApplicationIndex otherIndex = new ApplicationIndex(store);
  private final WorkflowEngine<MembershipApplication, ApplicationCommand, ApplicationEvent> other = WorkflowEngine.of(
      new MembershipApplicationWorkflow(ApplicationFixtures.ORGANISATION, MembershipApplicationWorkflow.DEFAULT_EXPIRY,
          otherIndex), store, clock);
  private final Member ana = member("m-000101", "Ana", "García");
  private final Member ben = member("m-000102", "Ben", "Okafor");

  private Outcome<MembershipApplication, ApplicationEvent> apply(
      WorkflowEngine<MembershipApplication, ApplicationCommand, ApplicationEvent> by, String id, Member m) {
    return by.issue(id, Request.of(new ApplicationCommand.Create(m, INTL, "token-" + id), applicant(m)));
  }

  /** Ana's application, then Ben's: Ana's event is not the last one the indexes applied. */
  private MemberId anaAppliesThenBenAndAnaIsErased() {
    assertThat(apply(engine, "app-ana", ana)).isInstanceOf(Outcome.Accepted.class);
    assertThat(apply(engine, "app-ben", ben)).isInstanceOf(Outcome.Accepted.class);
    assertThat(index.openFor(ana.id(), INTL, "")).contains("app-ana");
    assertThat(otherIndex.openFor(ana.id(), INTL, "")).contains("app-ana");
    return engine.erase(DataSubject.member(ana.id())).orElseThrow();
  }

  @Test
  void theErasingEnginesIndexKnowsTheApplicationByThePseudonymOnlyAndTheRuleNoLongerRefusesTheOldId() {
    MemberId pseudonym = anaAppliesThenBenAndAnaIsErased();
    // before: Optional[app-ana] until a restart
    assertThat(index.openFor(ana.id(), INTL, "")).isEmpty();
    assertThat(index.openFor(pseudonym, INTL, "")).contains("app-ana");
    assertThat(index.openFor(ben.id(), INTL, "")).contains("app-ben");
    // before: refused, oneOpenApplication naming app-ana, on this server only
    assertThat(apply(engine, "app-ana-again", ana)).isInstanceOf(Outcome.Accepted.class);
  }

  @Test
  void anotherServersIndexKeepsTheOldIdUntilItsEngineForgetsItsInstancesThenAnswersAsTheErasingOne() {
    MemberId pseudonym = anaAppliesThenBenAndAnaIsErased();
    // what a host must reach on every other server: until then, the old id is still held there
    assertThat(otherIndex.openFor(ana.id(), INTL, "")).contains("app-ana");
    other.forgetInstances();
    // before: Optional[app-ana] until a restart
    assertThat(otherIndex.openFor(ana.id(), INTL, "")).isEmpty();
    assertThat(otherIndex.openFor(pseudonym, INTL, "")).contains("app-ana");
    assertThat(otherIndex.openFor(ben.id(), INTL, "")).contains("app-ben");
    // a second application of Ben's is refused on both servers alike: the rule itself still holds
    Outcome<MembershipApplication, ApplicationEvent> again = apply(other, "app-ben-again", ben);
    assertThat(again).isInstanceOf(Outcome.Refused.class);
    assertThat(((Outcome.Refused<MembershipApplication, ApplicationEvent>) again).reasons())
        .extracting(Refusal::rule).containsExactly("oneOpenApplication");
    assertThat(apply(other, "app-ana-again", ana)).isInstanceOf(Outcome.Accepted.class);
  }

  @Test
  void theWorkflowNamesItsIndexAsItsViewAndNoneForAnIndexOfTheHostsOwn() {
    assertThat(engine.workflow().views()).containsExactly(index);
    assertThat(new MembershipApplicationWorkflow(ApplicationFixtures.ORGANISATION,
        MembershipApplicationWorkflow.DEFAULT_EXPIRY, (m, t, id) -> Optional.empty()).views())
        .isEqualTo(List.<StoreProjection<?>>of());
  }
}
