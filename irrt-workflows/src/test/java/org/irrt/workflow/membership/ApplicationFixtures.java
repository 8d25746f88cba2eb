package org.irrt.workflow.membership;

import java.time.Instant;
import java.time.ZoneId;
import org.irrt.model.common.CountryCode;
import org.irrt.model.common.EmailAddress;
import org.irrt.model.common.Money;
import org.irrt.model.common.PersonName;
import org.irrt.model.member.Member;
import org.irrt.model.member.MemberCategory;
import org.irrt.model.member.MemberId;
import org.irrt.model.membership.MembershipDuration;
import org.irrt.model.membership.MembershipType;
import org.irrt.model.membership.MembershipTypeId;
import org.irrt.model.membership.PeriodType;
import org.irrt.workflow.Actor;
import org.irrt.workflow.InMemoryWorkflowStore;
import org.irrt.workflow.MutableClock;
import org.irrt.workflow.Role;
import org.irrt.workflow.WorkflowEngine;

/** Members, types and an engine for membership application tests. */
final class ApplicationFixtures {
  static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
  static final Instant START = Instant.parse("2026-03-02T15:00:00Z");

  final MutableClock clock = new MutableClock(START);
  final ApplicationIndex index = new ApplicationIndex();
  final MembershipApplicationWorkflow workflow =
      new MembershipApplicationWorkflow(CHICAGO, MembershipApplicationWorkflow.DEFAULT_EXPIRY, index);
  final InMemoryWorkflowStore<ApplicationEvent> store = new InMemoryWorkflowStore<>();
  final WorkflowEngine<MembershipApplication, ApplicationState, ApplicationCommand.Kind, ApplicationCommand,
      ApplicationEvent> engine = new WorkflowEngine<>(workflow, store, clock).listen(index);

  static Member member(String id, String given, String family) {
    return Member.builder().id(MemberId.of(id)).name(PersonName.of(given, family))
        .email(EmailAddress.of(id + "@example.org")).country(CountryCode.of("CO")).preferredLanguage("es")
        .category(MemberCategory.INTERNATIONAL).build();
  }

  static MembershipType type(String id, boolean approval, boolean payment) {
    return MembershipType.builder().id(MembershipTypeId.of(id)).name("Type " + id)
        .category(MemberCategory.INTERNATIONAL).fee(Money.of("35", "EUR")).duration(MembershipDuration.years(1))
        .periodType(PeriodType.ROLLING).approvalRequired(approval).paymentRequired(payment).build();
  }

  static Actor applicant(Member m) {
    return Actor.of(m.id().value(), Role.APPLICANT);
  }

  static final Actor OFFICER = Actor.of("officer-lee", Role.MEMBERSHIP_OFFICER);
}
