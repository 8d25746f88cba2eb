package org.irrt.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irrt.workflow.testing.WorkflowStoreErasureContract.ID;
import static org.irrt.workflow.testing.WorkflowStoreErasureContract.PERSONAL;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.irrt.model.committee.Committee;
import org.irrt.model.committee.CommitteeId;
import org.irrt.model.committee.CommitteeKind;
import org.irrt.model.committee.CommitteeRole;
import org.irrt.model.committee.SeatLimit;
import org.irrt.model.common.Money;
import org.irrt.model.common.PartialDate;
import org.irrt.model.member.Member;
import org.irrt.model.member.MemberId;
import org.irrt.model.membership.MemberErasure;
import org.irrt.model.membership.MemberPrivacy;
import org.irrt.model.membership.Membership;
import org.irrt.model.membership.PaymentReference;
import org.irrt.model.pledge.Campaign;
import org.irrt.model.pledge.CampaignId;
import org.irrt.model.pledge.Donor;
import org.irrt.model.pledge.Frequency;
import org.irrt.model.pledge.Pledge;
import org.irrt.model.pledge.PledgeId;
import org.irrt.model.pledge.PledgePayment;
import org.irrt.model.pledge.Tribute;
import org.irrt.model.roundtable.Organization;
import org.irrt.model.roundtable.RoundTable;
import org.irrt.model.roundtable.RoundTableId;
import org.irrt.workflow.committee.AppointmentCycle;
import org.irrt.workflow.committee.AppointmentPolicies;
import org.irrt.workflow.committee.CommitteeVolunteerWorkflow;
import org.irrt.workflow.committee.Roster;
import org.irrt.workflow.committee.RosterBook;
import org.irrt.workflow.committee.VolunteerCommand;
import org.irrt.workflow.committee.VolunteerEvent;
import org.irrt.workflow.committee.VolunteerForm;
import org.irrt.workflow.committee.VolunteerState;
import org.irrt.workflow.committee.Volunteering;
import org.irrt.workflow.membership.ApplicationCommand;
import org.irrt.workflow.membership.ApplicationEvent;
import org.irrt.workflow.membership.ApplicationIndex;
import org.irrt.workflow.membership.ApplicationState;
import org.irrt.workflow.membership.MembershipApplication;
import org.irrt.workflow.membership.MembershipApplicationWorkflow;
import org.irrt.workflow.membership.MembershipCase;
import org.irrt.workflow.membership.MembershipCommand;
import org.irrt.workflow.membership.MembershipEvent;
import org.irrt.workflow.membership.MembershipState;
import org.irrt.workflow.membership.MembershipWorkflow;
import org.irrt.workflow.pledge.PledgeCase;
import org.irrt.workflow.pledge.PledgeCommand;
import org.irrt.workflow.pledge.PledgeEvent;
import org.irrt.workflow.pledge.PledgeWorkflow;
import org.irrt.workflow.testing.WorkflowStoreErasureContract;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 item 3: erasing a member left their name, e-mail, phone and address in every event that
 * carried them (all ten strings still there after {@code MemberPrivacy.erase}). A member with ten
 * distinctive strings applies, is approved and pays, gets a membership, pledges in memory of a
 * relative and volunteers for a committee; after the erasure no text the four stores hold, no event
 * as read back and no instance as loaded holds any of them, while the audit trail is the same and
 * every workflow still works on the erased instances.
 */
class PersonalDataErasureTest {
  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
  private static final CommitteeId MEMBERSHIP = CommitteeId.of("membership");
  private static final RoundTable ROUND_TABLE = RoundTable.builder()
      .id(RoundTableId.of("irrt")).name("International Relations Round Table").acronym("IRRT")
      .parentOrganization(Organization.builder().name("American Library Association").build())
      .established(PartialDate.of(YearMonth.of(1949, 1)))
      .addPurposes("To promote interest in library issues and librarianship worldwide.")
      .addCommittees(Committee.builder().id(MEMBERSHIP).name("Membership Committee").kind(CommitteeKind.STANDING)
          .addSeats(SeatLimit.of(CommitteeRole.CHAIR, 1, 1), SeatLimit.of(CommitteeRole.MEMBER, 2, 4)).build())
      .build();
  private static final Campaign CAMPAIGN = Campaign.builder().id(CampaignId.of("sixty-for-sixty"))
      .name("Sixty for sixty").goal(Money.of("1000", "EUR")).startDate(LocalDate.of(2026, 1, 1))
      .fund("IRRT endowment").build();
  private static final Organisation ORGANISATION = Organisation.in(CHICAGO)
      .withMembershipTypes(List.of(WorkflowStoreErasureContract.TYPE)).withCampaigns(List.of(CAMPAIGN))
      .withRoundTable(ROUND_TABLE);

  private static final Actor MEMBER = Actor.of(ID.value(), Role.APPLICANT, Role.VOLUNTEER);
  private static final Actor OFFICER = Actor.of("officer-lee", Role.MEMBERSHIP_OFFICER);
  private static final Actor PAYMENTS = Actor.of("payments", Role.SYSTEM);
  private static final Actor TREASURER = Actor.of("treasurer", Role.FUNDRAISING_OFFICER);
  private static final Actor CHAIR_ELECT = Actor.of("chair-elect", Role.APPOINTING_OFFICER);

  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T15:00:00Z"));
  private final InMemoryWorkflowStore<ApplicationEvent> applicationStore = new InMemoryWorkflowStore<>();
  private final InMemoryWorkflowStore<MembershipEvent> membershipStore =
      InMemoryWorkflowStore.sharingPersonalDataWith(applicationStore);
  private final InMemoryWorkflowStore<PledgeEvent> pledgeStore =
      InMemoryWorkflowStore.sharingPersonalDataWith(applicationStore);
  private final InMemoryWorkflowStore<VolunteerEvent> volunteerStore =
      InMemoryWorkflowStore.sharingPersonalDataWith(applicationStore);
  private final WorkflowEngine<MembershipApplication, ApplicationCommand, ApplicationEvent> applications =
      WorkflowEngine.of(new MembershipApplicationWorkflow(ORGANISATION, MembershipApplicationWorkflow.DEFAULT_EXPIRY,
          new ApplicationIndex(applicationStore)), applicationStore, clock);
  private final WorkflowEngine<MembershipCase, MembershipCommand, MembershipEvent> memberships =
      WorkflowEngine.of(new MembershipWorkflow(ORGANISATION), membershipStore, clock);
  private final WorkflowEngine<PledgeCase, PledgeCommand, PledgeEvent> pledges =
      WorkflowEngine.of(new PledgeWorkflow(ORGANISATION), pledgeStore, clock);
  private final WorkflowEngine<Volunteering, VolunteerCommand, VolunteerEvent> volunteering =
      WorkflowEngine.of(new CommitteeVolunteerWorkflow(ORGANISATION, AppointmentCycle.ALA,
          AppointmentPolicies.ala(ROUND_TABLE), new RosterBook(volunteerStore, Roster.EMPTY)), volunteerStore, clock);

  private final Member member = WorkflowStoreErasureContract.person(ID);
  /** The membership's instance id: the membership's own id, as the application gave it. */
  private String ms = "";
  private final Member draft = Member.builder().from(member).affiliation(Optional.empty()).build();

  private static <I, E> Outcome.Accepted<I, E> accepted(Outcome<I, E> outcome) {
    assertThat(outcome).as("accepted").isInstanceOf(Outcome.Accepted.class);
    return (Outcome.Accepted<I, E>) outcome;
  }

  private ApplicationCommand.Create create() {
    return new ApplicationCommand.Create(draft, WorkflowStoreErasureContract.TYPE.id(), "form-7c1e");
  }

  /** The member's whole story, up to the day before the erasure. */
  private void everything() {
    accepted(applications.issue("app-1", Request.of(create(), MEMBER).withIdempotencyKey("k-create")));
    accepted(applications.issue("app-1", Request.of(new ApplicationCommand.Amend(member, 1), MEMBER)
        .withIdempotencyKey("k-amend")));
    accepted(applications.issue("app-1", Request.of(new ApplicationCommand.Submit(), MEMBER)));
    accepted(applications.issue("app-1", Request.of(new ApplicationCommand.StartReview(), OFFICER)));
    accepted(applications.issue("app-1", Request.of(new ApplicationCommand.Approve(), OFFICER)
        .withComment("References checked.")));
    accepted(applications.issue("app-1", Request.of(new ApplicationCommand.RecordPayment(
        PaymentReference.of("pay-1", Money.of("35", "EUR"), LocalDate.of(2026, 3, 2))), PAYMENTS)
        .withIdempotencyKey("k-pay")));
    Membership membership = applications.load("app-1").membership().orElseThrow();
    ms = membership.id().value();
    accepted(memberships.issue(ms, Request.of(new MembershipCommand.Open(membership), PAYMENTS)
        .withIdempotencyKey("k-open")));

    clock.set(Instant.parse("2026-04-01T15:00:00Z"));
    Pledge pledge = Pledge.builder().id(PledgeId.of("pledge-1")).campaign(CAMPAIGN.id()).donor(Donor.member(ID))
        .total(Money.of("300", "EUR")).installmentCount(3).frequency(Frequency.monthly())
        .startDate(LocalDate.of(2026, 4, 1)).tribute(Tribute.of(Tribute.Kind.IN_MEMORY_OF, PERSONAL.get(9))).build();
    accepted(pledges.issue("pledge-1", Request.of(new PledgeCommand.Record(pledge), TREASURER)
        .withIdempotencyKey("k-pledge")));
    accepted(pledges.issue("pledge-1", Request.of(new PledgeCommand.RecordPayment(
        PledgePayment.of("pp-1", Money.of("100", "EUR"), LocalDate.of(2026, 4, 1))), PAYMENTS)));

    clock.set(Instant.parse("2026-09-15T15:00:00Z"));
    VolunteerForm form = new VolunteerForm(ID, List.of(MEMBERSHIP),
        PERSONAL.get(0) + " here: I keep the maps at " + PERSONAL.get(7) + ".", "Tuesdays, in " + PERSONAL.get(6));
    accepted(volunteering.issue("vol-1", Request.of(new VolunteerCommand.Submit(form), MEMBER)));
    clock.advance(Duration.ofDays(16));
  }

  private MemberId erase() {
    MemberId pseudonym = applications.erase(DataSubject.member(ID)).orElseThrow();
    memberships.forgetInstances();
    pledges.forgetInstances();
    volunteering.forgetInstances();
    accepted(memberships.issue(ms, Request.of(new MembershipCommand.Erase(pseudonym, "Erasure request 2026-41."),
        OFFICER)));
    return pseudonym;
  }

  /** Every text reachable: the stores' contents, every event as read back, every instance as loaded. */
  private List<String> everyText() {
    List<String> texts = new ArrayList<>(InMemoryWorkflowStoreErasureTest.texts(applicationStore, membershipStore,
        pledgeStore, volunteerStore));
    for (WorkflowStore<?> store : List.of(applicationStore, membershipStore, pledgeStore, volunteerStore)) {
      texts.add(InMemoryWorkflowStoreErasureTest.json(store.read(0, 1000)));
    }
    for (String id : List.of("app-1", ms, "pledge-1", "vol-1")) {
      for (WorkflowEngine<?, ?, ?> engine : List.of(applications, memberships, pledges, volunteering)) {
        texts.add(InMemoryWorkflowStoreErasureTest.json(engine.history(id)));
        texts.add(InMemoryWorkflowStoreErasureTest.json(engine.load(id)));
      }
    }
    return texts;
  }

  private List<String> personalFound() {
    List<String> texts = everyText();
    return PERSONAL.stream().filter(p -> texts.stream().anyMatch(t -> t.contains(p))).toList();
  }

  /** Who did what, when, in which state: every event's position, instance, version, type and header. */
  private List<String> auditTrail() {
    List<String> trail = new ArrayList<>();
    for (WorkflowStore<?> store : List.of(applicationStore, membershipStore, pledgeStore, volunteerStore)) {
      for (StoredEvent<?> s : store.read(0, 1000)) {
        EventHeader h = ((WorkflowEvent) s.event()).header();
        trail.add(s.position() + " " + s.instanceId() + " v" + s.version() + " " + s.event().getClass().getSimpleName()
            + " " + h.actor() + " " + h.command() + " " + h.state() + " " + h.at() + " " + h.comment() + " "
            + h.idempotencyKey());
      }
    }
    return trail;
  }

  @Test
  void beforeTheErasureEveryReadGivesThePersonsData() {
    everything();

    assertThat(applications.load("app-1").applicant()).contains(member);
    assertThat(applications.history("app-1").get(1)).isInstanceOfSatisfying(ApplicationEvent.ApplicationAmended.class,
        e -> assertThat(e.applicant()).isEqualTo(member));
    assertThat(pledges.load("pledge-1").pledge().orElseThrow().tribute().orElseThrow().name()).isEqualTo(PERSONAL.get(9));
    assertThat(volunteering.load("vol-1").form().orElseThrow().member()).isEqualTo(ID);
    assertThat(personalFound()).as("the scan finds what it looks for").containsExactlyElementsOf(PERSONAL);
  }

  @Test
  void afterTheErasureNoTextInTheStoresNoEventAndNoInstanceHoldsAnyOfTheTenStrings() {
    everything();

    MemberId pseudonym = erase();
    MemberErasure erasure = MemberPrivacy.erase(member, pseudonym, clock.instant());

    assertThat(personalFound()).isEmpty();
    assertThat(InMemoryWorkflowStoreErasureTest.json(erasure.member())).doesNotContain(PERSONAL);
  }

  @Test
  void oneErasureGivesOnePseudonymForTheRegisterTheHistoryAndEveryWorkflow() {
    everything();

    MemberId pseudonym = erase();
    MemberErasure erasure = MemberPrivacy.erase(member, pseudonym, clock.instant());

    Member applicant = applications.load("app-1").applicant().orElseThrow();
    assertThat(applicant).isEqualTo(Member.builder().from(erasure.member())
        .erasedAt(applicant.erasedAt().orElseThrow()).build());
    assertThat(applications.load("app-1").membership().orElseThrow().memberId()).isEqualTo(pseudonym);
    assertThat(memberships.load(ms).membership().orElseThrow().memberId()).isEqualTo(pseudonym);
    assertThat(pledges.load("pledge-1").pledge().orElseThrow().donor()).isEqualTo(Donor.member(pseudonym));
    assertThat(volunteering.load("vol-1").form().orElseThrow().member()).isEqualTo(pseudonym);
  }

  @Test
  void theAuditTrailIsUnchangedByTheErasure() {
    everything();
    List<String> before = auditTrail();

    erase();

    List<String> after = auditTrail();
    assertThat(after.subList(0, 7)).isEqualTo(before.subList(0, 7)); // the application's seven events
    assertThat(after).hasSize(before.size() + 1).containsAll(before);
    assertThat(after).anyMatch(t -> t.contains(ms + " v2 MembershipErased officer-lee ERASE ERASED"));
    assertThat(before).contains("7 app-1 v7 MembershipActivated system ACTIVATE ACTIVE 2026-03-02T15:00:00Z"
        + " Optional.empty Optional[k-pay]");
  }

  @Test
  void theErasedInstancesStillLoadAndTheWorkflowsStillWorkOnThem() {
    everything();

    erase();

    assertThat(applications.load("app-1").state()).isEqualTo(ApplicationState.ACTIVE);
    assertThat(memberships.load(ms).state()).isEqualTo(MembershipState.ERASED);
    clock.set(Instant.parse("2026-10-02T15:00:00Z"));
    accepted(pledges.issue("pledge-1", Request.of(new PledgeCommand.RecordPayment(
        PledgePayment.of("pp-2", Money.of("100", "EUR"), LocalDate.of(2026, 5, 1))), PAYMENTS)));
    assertThat(pledges.load("pledge-1").pledge().orElseThrow().received()).isEqualTo(Money.of("200", "EUR"));
    accepted(volunteering.issue("vol-1", Request.of(new VolunteerCommand.Decline("Committee full this year."),
        CHAIR_ELECT)));
    assertThat(volunteering.load("vol-1").state()).isEqualTo(VolunteerState.DECLINED);
    assertThat(personalFound()).isEmpty();
  }

  @Test
  void aKeyedRetryReplaysBeforeTheErasureAndIsRefusedAfterItWithoutShowingAnything() {
    everything();
    assertThat(accepted(applications.issue("app-1", Request.of(create(), MEMBER).withIdempotencyKey("k-create")))
        .replayed()).isTrue();

    erase();

    Outcome<MembershipApplication, ApplicationEvent> retried =
        applications.issue("app-1", Request.of(create(), MEMBER).withIdempotencyKey("k-create"));
    assertThat(retried).isInstanceOfSatisfying(Outcome.Refused.class, r -> assertThat(((Outcome.Refused<?, ?>) r).reasons())
        .extracting(x -> x.rule()).containsExactly("idempotencyKey"));
    assertThat(applications.history("app-1")).hasSize(7);
  }

  @Test
  void anEngineKeepsWhatItBuiltUntilItForgetsItsInstancesAndTheErasingEngineForgetsAtOnce() {
    everything();
    accepted(volunteering.issue("vol-1", Request.of(new VolunteerCommand.Shortlist(), CHAIR_ELECT)));
    assertThat(volunteering.load("vol-1").form().orElseThrow().statement()).contains(PERSONAL.get(0));
    assertThat(applications.load("app-1").applicant()).contains(member);

    MemberId pseudonym = applications.erase(DataSubject.member(ID)).orElseThrow();

    assertThat(applications.load("app-1").applicant().orElseThrow().id()).isEqualTo(pseudonym);
    // the form is in the first event; the engine built on the last one (shortlisted), which the erasure left as it was
    assertThat(volunteering.load("vol-1").form().orElseThrow().statement()).as("built before the erasure")
        .contains(PERSONAL.get(0));
    volunteering.forgetInstances();
    assertThat(volunteering.load("vol-1").form().orElseThrow())
        .isEqualTo(new VolunteerForm(pseudonym, List.of(MEMBERSHIP), "Statement erased", ""));
  }

  @Test
  void erasingAnUnknownPersonOrTheSamePersonTwiceChangesNothing() {
    everything();
    List<String> trail = auditTrail();

    assertThat(applications.erase(DataSubject.member(MemberId.of("m-999999")))).isEmpty();
    assertThat(applications.load("app-1").applicant()).contains(member);
    MemberId pseudonym = applications.erase(DataSubject.member(ID)).orElseThrow();
    List<ApplicationEvent> once = applications.history("app-1");
    assertThat(applications.erase(DataSubject.member(ID))).isEmpty();
    assertThat(pledges.erase(DataSubject.member(ID))).isEmpty();

    assertThat(applications.history("app-1")).isEqualTo(once);
    assertThat(applications.load("app-1").applicant().orElseThrow().id()).isEqualTo(pseudonym);
    assertThat(auditTrail()).isEqualTo(trail);
  }
}
