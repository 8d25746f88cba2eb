package org.irrt.readme;

// README: committee-volunteering
import java.util.List;
import java.util.Locale;
import org.irrt.model.committee.CommitteeId;
import org.irrt.model.committee.CommitteeRole;
import org.irrt.model.member.MemberId;
import org.irrt.model.roundtable.RoundTable;
import org.irrt.workflow.Actor;
import org.irrt.workflow.Role;
import org.irrt.workflow.Workflow;
import org.irrt.workflow.committee.Appointment;
import org.irrt.workflow.committee.AppointmentCycle;
import org.irrt.workflow.committee.AppointmentPolicies;
import org.irrt.workflow.committee.CommitteeVolunteerWorkflow;
import org.irrt.workflow.committee.Roster;
import org.irrt.workflow.committee.RosterBook;
import org.irrt.workflow.committee.VolunteerCommand;
import org.irrt.workflow.committee.VolunteerEvent;
import org.irrt.workflow.committee.VolunteerForm;
// END README

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.irrt.jackson3.IrrtJson;
import org.irrt.store.jdbc.Dialect;
import org.irrt.store.jdbc.EventCodec;
import org.irrt.store.jdbc.JdbcWorkflowStore;
import org.irrt.store.jdbc.Schema;
import org.irrt.workflow.Organisation;
import org.irrt.workflow.Outcome;
import org.irrt.workflow.Request;
import org.irrt.workflow.WorkflowEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * README, "Storing workflows in a database": a round table of the host's own, committee volunteering
 * on the same database, the roster and the audit trail read back in words.
 */
class CommitteeVolunteeringTest {
  @RegisterExtension final Console console = new Console();

  @Test
  void aVolunteerIsAppointedToTheHostsOwnCommitteeAndTheTrailReadsInWords() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:readme-volunteering-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    DataSource dataSource = h2;
    Schema.apply(dataSource, Dialect.H2);
    var organisation = Organisation.in(ZoneId.of("America/New_York"));

    // README: committee-volunteering
    RoundTable roundTable = IrrtJson.read("""
        {"id": "nmrt", "name": "New Members Round Table", "acronym": "NMRT",
         "parentOrganization": {"name": "Vermont Library Association"}, "established": "1998",
         "purposes": ["Welcome new librarians to the association."],
         "committees": [{"id": "mentoring", "name": "Mentoring Committee", "kind": "STANDING"},
                        {"id": "conference", "name": "Conference Planning Committee", "kind": "STANDING"}]}
        """, RoundTable.class);                                // or IrrtJson.read(file, RoundTable.class)
    var forms = JdbcWorkflowStore.of(dataSource, Dialect.H2, "committee-volunteering",
        EventCodec.of(VolunteerEvent.class, IrrtJson::write, IrrtJson::read).build());
    RosterBook rosters = new RosterBook(forms, Roster.EMPTY);   // the rosters, as the store's events make them
    var volunteers = WorkflowEngine.of(new CommitteeVolunteerWorkflow(organisation.withRoundTable(roundTable),
        AppointmentCycle.ALA, AppointmentPolicies.ala(roundTable), rosters), // forms close Sept. 30, terms start July 1
        forms, Clock.system(organisation.zone()));
    Actor volunteer = Actor.of("m-1", Role.VOLUNTEER);
    Actor chair = Actor.of("chair-kim", Role.APPOINTING_OFFICER);
    CommitteeId mentoring = CommitteeId.of("mentoring");
    volunteers.issue("vol-1", Request.of(new VolunteerCommand.Submit(new VolunteerForm(MemberId.of("m-1"),
        List.of(mentoring), "I ran our county's mentoring circle for three years.", "virtual meetings")), volunteer));
    Outcome<?, ?> o = volunteers.issue("vol-1",
        Request.of(new VolunteerCommand.Appoint(CommitteeId.of("awards"), CommitteeRole.MEMBER, 2), chair));
    if (o instanceof Outcome.Refused<?, ?> r) {
      r.reasons().forEach(x -> System.out.println(x.message(Locale.ENGLISH))); // there is no committee awards
    }
    volunteers.issue("vol-1", Request.of(new VolunteerCommand.Appoint(mentoring, CommitteeRole.CHAIR, 2), chair));
    volunteers.issue("vol-1", Request.of(new VolunteerCommand.Accept(), volunteer));
    List<Appointment> roster = rosters.get().appointments();   // m-1, chair of mentoring, from the next July 1
    for (VolunteerEvent e : volunteers.history("vol-1")) {     // the audit trail, in words
      System.out.println(e.header().actor().value() + ": " + Workflow.commandName(e.header(), Locale.ENGLISH)
          + " → " + volunteers.workflow().stateName(e.header(), Locale.ENGLISH)); // m-1: submit → submitted, ...
    }
    // END README

    List<VolunteerEvent> trail = volunteers.history("vol-1");
    LocalDate start = AppointmentCycle.ALA.termStartFor(LocalDate.ofInstant(trail.get(0).header().at(),
        organisation.zone()));
    assertThat(roster).containsExactly(
        Appointment.forYears(MemberId.of("m-1"), mentoring, CommitteeRole.CHAIR, start, 2));
    assertThat(roster.get(0).end()).isEqualTo(start.plusYears(2).minusDays(1));
    assertThat(console.lines()).containsExactly(
        "there is no committee awards",
        "m-1: submit → submitted",
        "chair-kim: appoint → position offered",
        "m-1: accept → accepted");
  }
}
