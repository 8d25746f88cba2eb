package org.irrt.workflow.committee;

import java.time.Instant;
import java.time.ZoneId;
import java.time.YearMonth;
import java.util.List;
import org.irrt.model.committee.Committee;
import org.irrt.model.committee.CommitteeId;
import org.irrt.model.committee.CommitteeKind;
import org.irrt.model.committee.CommitteeRole;
import org.irrt.model.committee.SeatLimit;
import org.irrt.model.committee.TermRule;
import org.irrt.model.common.PartialDate;
import org.irrt.model.member.MemberId;
import org.irrt.model.roundtable.Organization;
import org.irrt.model.roundtable.RoundTable;
import org.irrt.model.roundtable.RoundTableId;
import org.irrt.workflow.Actor;
import org.irrt.workflow.InMemoryWorkflowStore;
import org.irrt.workflow.MutableClock;
import org.irrt.workflow.Organisation;
import org.irrt.workflow.Request;
import org.irrt.workflow.Role;
import org.irrt.workflow.WorkflowEngine;

/** A small round table with the IRRT committees' term rules, and an engine for volunteer tests. */
final class CommitteeFixtures {
  static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
  static final Instant SEPTEMBER = Instant.parse("2026-09-15T15:00:00Z");
  static final CommitteeId MEMBERSHIP = CommitteeId.of("membership");
  static final CommitteeId NOMINATING = CommitteeId.of("nominating");
  static final CommitteeId PAPERS = CommitteeId.of("papers-and-projects");
  static final Actor OFFICER = Actor.of("chair-elect", Role.APPOINTING_OFFICER);

  static final RoundTable ROUND_TABLE = RoundTable.builder()
      .id(RoundTableId.of("irrt")).name("International Relations Round Table").acronym("IRRT")
      .parentOrganization(Organization.builder().name("American Library Association").build())
      .established(PartialDate.of(YearMonth.of(1949, 1)))
      .addPurposes("To promote interest in library issues and librarianship worldwide.")
      .addCommittees(
          Committee.builder().id(MEMBERSHIP).name("Membership Committee").kind(CommitteeKind.STANDING)
              .addSeats(SeatLimit.of(CommitteeRole.CHAIR, 1, 1), SeatLimit.of(CommitteeRole.MEMBER, 2, 4))
              .addTermRules(TermRule.builder().role(CommitteeRole.CHAIR).addTermYears(2).maxConsecutiveTerms(2).build(),
                  TermRule.builder().role(CommitteeRole.MEMBER).addTermYears(1, 2).build())
              .build(),
          Committee.builder().id(NOMINATING).name("Nominating Committee").kind(CommitteeKind.STANDING)
              .addSeats(SeatLimit.of(CommitteeRole.CHAIR, 1, 1), SeatLimit.of(CommitteeRole.MEMBER, 2, 3))
              .addTermRules(TermRule.builder().role(CommitteeRole.MEMBER).addTermYears(1).build())
              .build(),
          Committee.builder().id(PAPERS).name("Papers and Projects Committee").kind(CommitteeKind.STANDING)
              .addSeats(SeatLimit.of(CommitteeRole.MEMBER, 4, 6))
              .build())
      .build();

  static final Organisation ORGANISATION = Organisation.in(CHICAGO).withRoundTable(ROUND_TABLE);

  final MutableClock clock = new MutableClock(SEPTEMBER);
  final InMemoryWorkflowStore<VolunteerEvent> store = new InMemoryWorkflowStore<>();
  final RosterBook book;
  final CommitteeVolunteerWorkflow workflow;
  final WorkflowEngine<Volunteering, VolunteerCommand, VolunteerEvent> engine;

  CommitteeFixtures() {
    this(Roster.EMPTY);
  }

  CommitteeFixtures(Roster start) {
    book = new RosterBook(store, start);
    workflow = new CommitteeVolunteerWorkflow(ORGANISATION, AppointmentCycle.ALA, AppointmentPolicies.ala(ROUND_TABLE), book);
    engine = WorkflowEngine.of(workflow, store, clock);
  }

  static Actor volunteer(String id) {
    return Actor.of(id, Role.VOLUNTEER);
  }

  static VolunteerForm form(String member, CommitteeId... preferences) {
    return new VolunteerForm(MemberId.of(member), List.of(preferences), "I would like to serve.", "Virtual meetings");
  }

  /** Submits, appoints and accepts; returns the form's id. */
  String appointAndAccept(String member, CommitteeId committee, CommitteeRole role, int years) {
    String id = "vol-" + member + "-" + committee.value() + "-" + engine.workflow().definition().name().length()
        + "-" + System.nanoTime();
    for (var outcome : List.of(
        engine.issue(id, Request.of(new VolunteerCommand.Submit(form(member, committee)), volunteer(member))),
        engine.issue(id, Request.of(new VolunteerCommand.Appoint(committee, role, years), OFFICER)),
        engine.issue(id, Request.of(new VolunteerCommand.Accept(), volunteer(member))))) {
      if (!(outcome instanceof org.irrt.workflow.Outcome.Accepted)) {
        throw new AssertionError("refused: " + outcome);
      }
    }
    return id;
  }
}
