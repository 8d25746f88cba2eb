package org.irrt.workflow.membership;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
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
import org.irrt.model.membership.Visibility;
import org.irrt.workflow.Actor;
import org.irrt.workflow.InMemoryWorkflowStore;
import org.irrt.workflow.MutableClock;
import org.irrt.workflow.Organisation;
import org.irrt.workflow.Role;
import org.irrt.workflow.WorkflowEngine;

/** Members, the organisation's membership types and an engine for membership application tests. */
final class ApplicationFixtures {
  static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
  static final Instant START = Instant.parse("2026-03-02T15:00:00Z");

  /** Granted by the association only: honorary, for life, no gates. */
  static final MembershipType HONORARY = MembershipType.builder().id(MembershipTypeId.of("honorary-life"))
      .name("Honorary (lifetime)").category(MemberCategory.INTERNATIONAL).fee(Money.of("0", "EUR"))
      .duration(MembershipDuration.lifetime()).periodType(PeriodType.ROLLING).visibility(Visibility.ADMIN_ONLY)
      .approvalRequired(false).paymentRequired(false).build();
  /** For students only. */
  static final MembershipType STUDENT = MembershipType.builder().id(MembershipTypeId.of("student"))
      .name("Student").category(MemberCategory.STUDENT).fee(Money.of("15", "EUR")).duration(MembershipDuration.years(1))
      .periodType(PeriodType.ROLLING).approvalRequired(true).paymentRequired(true).build();

  /** The organisation: every type the tests name. */
  static final Organisation ORGANISATION = Organisation.in(CHICAGO).withMembershipTypes(List.of(
      type("intl", true, true), type("free", false, false), type("approve", true, false), type("other", true, true),
      type("both", true, true), type("approval", true, false), type("payment", false, true), type("none", false, false),
      HONORARY, STUDENT));

  final MutableClock clock = new MutableClock(START);
  final InMemoryWorkflowStore<ApplicationEvent> store = new InMemoryWorkflowStore<>();
  final ApplicationIndex index = new ApplicationIndex(store);
  final MembershipApplicationWorkflow workflow =
      new MembershipApplicationWorkflow(ORGANISATION, MembershipApplicationWorkflow.DEFAULT_EXPIRY, index);
  final WorkflowEngine<MembershipApplication, ApplicationCommand, ApplicationEvent> engine =
      WorkflowEngine.of(workflow, store, clock);

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
