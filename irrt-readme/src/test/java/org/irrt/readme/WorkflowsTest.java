package org.irrt.readme;

// README: workflows
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.irrt.workflow.Actor;
import org.irrt.workflow.InMemoryWorkflowStore;
import org.irrt.workflow.Organisation;
import org.irrt.workflow.Outcome;
import org.irrt.workflow.Request;
import org.irrt.workflow.Role;
import org.irrt.workflow.WorkflowEngine;
import org.irrt.workflow.membership.ApplicationCommand;
import org.irrt.workflow.membership.ApplicationEvent;
import org.irrt.workflow.membership.ApplicationIndex;
import org.irrt.workflow.membership.ApplicationState;
import org.irrt.workflow.membership.MembershipApplication;
import org.irrt.workflow.membership.MembershipApplicationWorkflow;
// END README

// README: erasure
import org.irrt.model.member.MemberId;
import org.irrt.model.membership.MemberErasure;
import org.irrt.model.membership.MemberPrivacy;
import org.irrt.workflow.DataSubject;
import org.irrt.workflow.membership.MembershipEvent;
// END README

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.irrt.model.common.CountryCode;
import org.irrt.model.common.EmailAddress;
import org.irrt.model.common.Money;
import org.irrt.model.common.PersonName;
import org.irrt.model.member.Member;
import org.irrt.model.member.MemberCategory;
import org.irrt.model.membership.MembershipDuration;
import org.irrt.model.membership.MembershipType;
import org.irrt.model.membership.MembershipTypeId;
import org.irrt.model.membership.PeriodType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * README, "A short tour of the API": a membership application from the form to an active
 * membership. The block goes on from the memberships block: zone, clock, member and type are made
 * here as it makes them.
 */
class WorkflowsTest {
  @RegisterExtension final Console console = new Console();

  @Test
  void anApplicationIsCreatedSubmittedRefusedToItsApplicantAndApprovedByAnOfficer() {
    ZoneId zone = ZoneId.of("America/Chicago");
    Clock clock = Clock.fixed(Instant.parse("2026-03-02T15:00:00Z"), zone);
    Member member = Member.builder().id(MemberId.of("m-1")).name(PersonName.of("Ana María", "García"))
        .email(EmailAddress.of("ana@example.org")).country(CountryCode.of("CO")).preferredLanguage("es")
        .category(MemberCategory.INTERNATIONAL).build();
    MembershipType type = MembershipType.builder().id(MembershipTypeId.of("international")).name("International")
        .category(MemberCategory.INTERNATIONAL).fee(Money.of("35.00", "EUR")).duration(MembershipDuration.years(1))
        .periodType(PeriodType.ROLLING).build();

    // README: workflows
    Actor applicant = Actor.of(member.id().value(), Role.APPLICANT);   // who acts, and in what role
    Actor officer = Actor.of("officer-lee", Role.MEMBERSHIP_OFFICER);
    MembershipType reviewed = type.withApprovalRequired(true);        // an officer approves applications
    var organisation = Organisation.in(zone).withMembershipTypes(List.of(reviewed)); // the host's configuration
    var store = new InMemoryWorkflowStore<ApplicationEvent>();                    // or the host's database
    var workflow = new MembershipApplicationWorkflow(organisation, Duration.ofDays(30), // then unanswered ones expire
        new ApplicationIndex(store));
    List<ApplicationEvent> mailbox = new ArrayList<>();
    var engine = WorkflowEngine.of(workflow, store, clock)
        .listen("mail", (instanceId, events) -> mailbox.addAll(events)); // at least once, from its checkpoint

    String formToken = "form-7f3a";                          // the web form's token: one application per form
    String id = MembershipApplicationWorkflow.applicationId(formToken);
    engine.issue(id, Request.of(new ApplicationCommand.Create(member, reviewed.id(), formToken), applicant)
        .withIdempotencyKey(formToken));                     // the type by id, never the type itself
    long version = engine.version(id);                       // the version the applicant's page showed
    engine.issue(id, Request.of(new ApplicationCommand.Submit(), applicant).withExpectedVersion(version));
    Outcome<MembershipApplication, ApplicationEvent> o =
        engine.issue(id, Request.of(new ApplicationCommand.Approve(), applicant));
    if (o instanceof Outcome.Refused<?, ?> r) {              // a refusal names every reason
      r.reasons().forEach(x -> System.out.println(x.message(Locale.ENGLISH)));
      // “approve” is not possible while this is submitted; possible now: withdraw
    }
    engine.issue(id, Request.of(new ApplicationCommand.StartReview(), officer));
    engine.issue(id, Request.of(new ApplicationCommand.Approve(), officer)); // no fee due: the membership is active
    ApplicationState state = engine.load(id).state();                        // ACTIVE
    engine.sweep(workflow.expireStale());                    // time-driven rules, run by the host's scheduler
    // END README

    // README: erasure
    var memberships = InMemoryWorkflowStore.<MembershipEvent>sharingPersonalDataWith(store); // one per workflow
    MemberId pseudonym = engine.erase(DataSubject.member(member.id())) // every store sharing it forgets the person
        .orElseGet(MemberPrivacy::newPseudonym);                       // nothing was held: any pseudonym will do
    MemberErasure erasure = MemberPrivacy.erase(member, pseudonym, clock.instant());
    var created = (ApplicationEvent.ApplicationCreated) store.load(id).get(0); // the history, as it now reads
    String applicantName = created.applicant().name().displayName();          // "Former member erased-…"
    // Then, with the same pseudonym: every other engine, on every server, drops what it built
    // (otherEngine.forgetInstances()); the membership's workflow records the erasure
    // (new MembershipCommand.Erase(pseudonym, reason)); the host's register is re-keyed
    // (register = erasure.applyTo(register)).
    // END README

    assertThat(applicantName).isEqualTo("Former member " + pseudonym.value()).startsWith("Former member erased-");
    assertThat(erasure.member().id()).isEqualTo(pseudonym);
    assertThat(erasure.formerId()).isEqualTo(MemberId.of("m-1"));
    assertThat(created.applicant().email().value() + " " + created.applicant().name().displayName())
        .isEqualTo(pseudonym.value() + "@erased.invalid Former member " + pseudonym.value());
    assertThat(engine.load(id).state()).isEqualTo(ApplicationState.ACTIVE);
    assertThat(engine.erase(DataSubject.member(member.id()))).as("nothing of the person is left to erase").isEmpty();

    assertThat(console.lines())
        .containsExactly("“approve” is not possible while this is submitted; possible now: withdraw");
    assertThat(state).isEqualTo(ApplicationState.ACTIVE);
    assertThat(mailbox).extracting(e -> e.getClass().getSimpleName()).containsExactly("ApplicationCreated",
        "ApplicationSubmitted", "ReviewStarted", "ApplicationApproved", "MembershipActivated");
  }
}
