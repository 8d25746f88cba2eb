package org.irrt.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.irrt.workflow.membership.ApplicationCommand;
import org.irrt.workflow.membership.ApplicationEvent;
import org.irrt.workflow.membership.ApplicationState;
import org.irrt.workflow.membership.MembershipApplication;
import org.irrt.workflow.membership.MembershipApplicationWorkflow;
import org.junit.jupiter.api.Test;

/** The table's answers, precomputed: the same as reading its rows. */
class WorkflowDefinitionTest {
  private final WorkflowDefinition<ApplicationState, MembershipApplication, ApplicationCommand, ApplicationEvent> table =
      new MembershipApplicationWorkflow(Organisation.in(ZoneId.of("UTC")), Duration.ofDays(30),
          (m, t, id) -> Optional.empty()).definition();

  @Test
  void theAutomaticRowsOfAStateAreItsAutomaticRowsInDeclarationOrder() {
    for (ApplicationState s : ApplicationState.values()) {
      assertThat(table.automaticFrom(s)).as(s.name())
          .containsExactlyElementsOf(table.transitions().stream().filter(t -> t.isAutomatic() && t.from() == s).toList());
      assertThatThrownBy(() -> table.automaticFrom(s).clear()).isInstanceOf(UnsupportedOperationException.class);
    }
    assertThat(table.automaticFrom(ApplicationState.SUBMITTED)).extracting(Transition::name)
        .containsExactly("AUTO_APPROVE");
    assertThat(table.automaticFrom(ApplicationState.DRAFT)).isEmpty();
  }

  @Test
  void everyStateAndCommandFindsItsRowOrNone() {
    for (ApplicationState s : ApplicationState.values()) {
      for (Class<?> k : ApplicationCommand.class.getPermittedSubclasses()) {
        var expected = table.transitions().stream().filter(t -> t.from() == s && t.command() == k).findFirst();
        assertThat(table.find(s, k)).as(s + " " + k.getSimpleName()).isEqualTo(expected);
        assertThat(table.row(s, k)).as(s + " " + k.getSimpleName()).isEqualTo(expected.orElse(null));
      }
    }
  }

  @Test
  void aCommandIsNamedInUpperSnakeCaseAndAStateByItsName() {
    assertThat(WorkflowDefinition.commandName(ApplicationCommand.RequestInformation.class)).isEqualTo("REQUEST_INFORMATION");
    assertThat(WorkflowDefinition.commandName(ApplicationCommand.Submit.class)).isEqualTo("SUBMIT");
    assertThat(table.state("UNDER_REVIEW")).isEqualTo(ApplicationState.UNDER_REVIEW);
    assertThatThrownBy(() -> table.state("LIMBO")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aRowStatesEverythingOnceAndTwoRowsForOneStateAndCommandAreRefused() {
    var b = WorkflowDefinition.<ApplicationState, MembershipApplication, ApplicationCommand, ApplicationEvent>builder(
        "t", ApplicationState.class, ApplicationState.NONE);
    b.on(ApplicationState.DRAFT, ApplicationCommand.Submit.class, ApplicationState.SUBMITTED).by(Role.APPLICANT)
        .emits((a, c, h) -> new ApplicationEvent.ApplicationSubmitted(h));
    b.on(ApplicationState.DRAFT, ApplicationCommand.Submit.class, ApplicationState.SUBMITTED).by(Role.APPLICANT)
        .emits((a, c, h) -> new ApplicationEvent.ApplicationSubmitted(h));
    assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class).hasMessage("t: two rows for DRAFT SUBMIT");
    var nobody = WorkflowDefinition.<ApplicationState, MembershipApplication, ApplicationCommand, ApplicationEvent>builder(
        "t", ApplicationState.class, ApplicationState.NONE)
        .on(ApplicationState.DRAFT, ApplicationCommand.Submit.class, ApplicationState.SUBMITTED);
    assertThatThrownBy(() -> nobody.emits((a, c, h) -> new ApplicationEvent.ApplicationSubmitted(h)))
        .isInstanceOf(IllegalStateException.class).hasMessage("t: the row SUBMIT names no role (by)");
  }

  @Test
  void aGuardGivesItsOneReasonOrNoneAndAGuardOfAllItsFirst() {
    Refusal no = new Refusal("r", "org.irrt.workflow.role");
    Guard<Object, Object> one = Guard.of("one", (i, c, a, at) -> Optional.of(no));
    Guard<Object, Object> none = Guard.of("none", (i, c, a, at) -> Optional.empty());
    Refusal other = new Refusal("r2", "org.irrt.workflow.role");
    Guard<Object, Object> all = Guard.ofAll("all", (i, c, a, at) -> List.of(no, other));
    Guard<Object, Object> allHold = Guard.ofAll("allHold", (i, c, a, at) -> List.of());
    Instant at = Instant.EPOCH;
    assertThat(one.checkAll(1, 1, Actor.SYSTEM, at)).containsExactly(no);
    assertThat(none.checkAll(1, 1, Actor.SYSTEM, at)).isEmpty();
    assertThat(all.check(1, 1, Actor.SYSTEM, at)).contains(no);
    assertThat(all.checkAll(1, 1, Actor.SYSTEM, at)).containsExactly(no, other);
    assertThat(allHold.check(1, 1, Actor.SYSTEM, at)).isEmpty();
  }

  @Test
  void anActorHoldsAnyOfTheRolesItHas() {
    Actor both = new Actor(ActorId.of("lee"), Set.of(Role.APPLICANT, Role.MEMBERSHIP_OFFICER));
    assertThat(both.holdsAny(Set.of(Role.MEMBERSHIP_OFFICER))).isTrue();
    assertThat(both.holdsAny(Set.of(Role.SYSTEM))).isFalse();
    assertThat(new Actor(ActorId.of("nobody"), Set.of()).holdsAny(Set.of(Role.APPLICANT))).isFalse();
    assertThat(ActorId.of("lee").is(org.irrt.model.member.MemberId.of("lee"))).isTrue();
    assertThat(ActorId.of("lee").is(org.irrt.model.member.MemberId.of("lea"))).isFalse();
  }
}
