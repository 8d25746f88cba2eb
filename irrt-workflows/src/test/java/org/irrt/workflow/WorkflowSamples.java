package org.irrt.workflow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.irrt.model.committee.CommitteeId;
import org.irrt.model.member.MemberId;
import org.irrt.model.testing.NullArgumentTester;
import org.irrt.model.testing.Samples;
import org.irrt.workflow.committee.AppointmentCycle;
import org.irrt.workflow.committee.AppointmentPolicies;
import org.irrt.workflow.committee.CommitteeVolunteerWorkflow;
import org.irrt.workflow.committee.Roster;
import org.irrt.workflow.committee.RosterBook;
import org.irrt.workflow.committee.VolunteerForm;
import org.irrt.workflow.committee.VolunteerState;
import org.irrt.workflow.membership.MembershipApplicationWorkflow;

/** Valid samples of the workflows' types, for {@link NullArgumentTester}. */
final class WorkflowSamples {
  private WorkflowSamples() {}

  static NullArgumentTester register(NullArgumentTester tester) {
    Clock clock = Clock.fixed(Instant.parse("2026-09-15T15:00:00Z"), ZoneOffset.UTC);
    CommitteeVolunteerWorkflow volunteering = new CommitteeVolunteerWorkflow(ZoneId.of("UTC"), AppointmentCycle.ALA,
        AppointmentPolicies.ala(Samples.roundTable()), () -> Roster.EMPTY);
    MembershipApplicationWorkflow.OpenApplications none = (member, type, except) -> Optional.empty();
    EventHeader header = (EventHeader) tester.sampleOf(EventHeader.class);
    return tester
        .sample(org.irrt.workflow.committee.VolunteerEvent.class,
            new org.irrt.workflow.committee.VolunteerEvent.Shortlisted(header))
        .sample(org.irrt.workflow.contribution.PostEvent.class,
            new org.irrt.workflow.contribution.PostEvent.PostSubmitted(header))
        .sample(org.irrt.workflow.membership.ApplicationEvent.class,
            new org.irrt.workflow.membership.ApplicationEvent.ApplicationSubmitted(header))
        .sample(org.irrt.workflow.pledge.PledgeEvent.class, new org.irrt.workflow.pledge.PledgeEvent.PledgeFulfilled(header))
        .sample(Enum.class, VolunteerState.NONE)
        .sample(Request.class, Request.of(new org.irrt.workflow.committee.VolunteerCommand.Shortlist(),
            Actor.of("chair-elect", Role.APPOINTING_OFFICER)))
        .sample(CommitteeVolunteerWorkflow.class, volunteering)
        .sample(Workflow.class, volunteering)
        .sample(WorkflowDefinition.class, volunteering.definition())
        .fresh(WorkflowDefinition.Builder.class,
            () -> WorkflowDefinition.builder("sample", VolunteerState.class, VolunteerState.NONE))
        .fresh(WorkflowEngine.class, () -> new WorkflowEngine<>(volunteering, new InMemoryWorkflowStore<>(), clock))
        .fresh(WorkflowStore.class, InMemoryWorkflowStore::new)
        .sample(MembershipApplicationWorkflow.OpenApplications.class, none)
        .sample(MembershipApplicationWorkflow.class,
            new MembershipApplicationWorkflow(ZoneId.of("UTC"), Duration.ofDays(30), none))
        .sample(VolunteerForm.class, new VolunteerForm(MemberId.of("m-1"), List.of(CommitteeId.of("membership")),
            "I would like to serve.", "Virtual meetings"))
        .fresh(RosterBook.class, () -> new RosterBook(Roster.EMPTY))
        .sample(Guard.Check.class, (Guard.Check<Object, Object>) (instance, command, actor, at) -> Optional.empty())
        .sample(Guard.CheckAll.class, (Guard.CheckAll<Object, Object>) (instance, command, actor, at) -> List.of());
  }
}
