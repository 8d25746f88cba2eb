package org.irrt.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.irrt.model.committee.Committee;
import org.irrt.model.committee.CommitteeId;
import org.irrt.model.committee.CommitteeKind;
import org.irrt.model.committee.CommitteeRole;
import org.irrt.model.committee.SeatLimit;
import org.irrt.model.common.PartialDate;
import org.irrt.model.member.MemberId;
import org.irrt.model.roundtable.Organization;
import org.irrt.model.roundtable.RoundTable;
import org.irrt.model.roundtable.RoundTableId;
import org.irrt.store.jdbc.testing.Databases;
import org.irrt.workflow.Actor;
import org.irrt.workflow.Organisation;
import org.irrt.workflow.Outcome;
import org.irrt.workflow.Refusal;
import org.irrt.workflow.Request;
import org.irrt.workflow.Role;
import org.irrt.workflow.StoredEvent;
import org.irrt.workflow.WorkflowEngine;
import org.irrt.workflow.committee.AppointmentCycle;
import org.irrt.workflow.committee.AppointmentPolicies;
import org.irrt.workflow.committee.CommitteeVolunteerWorkflow;
import org.irrt.workflow.committee.Roster;
import org.irrt.workflow.committee.RosterBook;
import org.irrt.workflow.committee.VolunteerCommand;
import org.irrt.workflow.committee.VolunteerEvent;
import org.irrt.workflow.committee.VolunteerForm;
import org.irrt.workflow.committee.Volunteering;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A committee's seat limit and staggered terms (ALA: no more than half of the seats end in one year)
 * hold when four hosts accept appointments at the same time: twelve volunteers hold offers (terms of
 * one and two years) for a committee of at most four members, and they accept all at once through
 * four hosts; the roster each decision reads is the store's own ({@code RosterBook}), under the
 * database's append lock.
 */
class CommitteeSeatsAcrossHostsTest {
  static final CommitteeId PAPERS = CommitteeId.of("papers-and-projects");
  static final RoundTable ROUND_TABLE = RoundTable.builder()
      .id(RoundTableId.of("irrt")).name("International Relations Round Table").acronym("IRRT")
      .parentOrganization(Organization.builder().name("American Library Association").build())
      .established(PartialDate.of(YearMonth.of(1949, 1)))
      .addPurposes("To promote interest in library issues and librarianship worldwide.")
      .addCommittees(Committee.builder().id(PAPERS).name("Papers and Projects Committee").kind(CommitteeKind.STANDING)
          .addSeats(SeatLimit.of(CommitteeRole.MEMBER, 2, 4)).build())
      .build();
  static final Organisation ORGANISATION = Organisation.in(ZoneId.of("America/Chicago")).withRoundTable(ROUND_TABLE);
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-09-15T15:00:00Z"), ZoneId.of("UTC"));
  static final Actor OFFICER = Actor.of("chair-elect", Role.APPOINTING_OFFICER);

  static WorkflowEngine<Volunteering, VolunteerCommand, VolunteerEvent> engine(HikariDataSource pool, Dialect dialect) {
    var store = JdbcWorkflowStore.of(pool, dialect, "committee-volunteering", EventCodec.of(VolunteerEvent.class,
        org.irrt.jackson3.IrrtJson::write, org.irrt.jackson3.IrrtJson::read).build());
    return WorkflowEngine.of(new CommitteeVolunteerWorkflow(ORGANISATION, AppointmentCycle.ALA,
        AppointmentPolicies.ala(ROUND_TABLE), new RosterBook(store, Roster.EMPTY)), store, CLOCK);
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void noMoreMembersThanSeatsWhenFourHostsAcceptAtOnce(Databases db) throws Exception {
    String url = db.create();
    List<HikariDataSource> pools = new ArrayList<>();
    List<WorkflowEngine<Volunteering, VolunteerCommand, VolunteerEvent>> hosts = new ArrayList<>();
    for (int h = 0; h < 4; h++) {
      pools.add(Databases.pool(url, 3));
      hosts.add(engine(pools.get(h), db.dialect()));
    }
    int volunteers = 12;
    for (int v = 0; v < volunteers; v++) {
      String member = "m-" + v;
      var form = new VolunteerForm(MemberId.of(member), List.of(PAPERS), "I would like to serve.", "Virtual meetings");
      assertThat(hosts.get(v % 4).issue("vol-" + v, Request.of(new VolunteerCommand.Submit(form),
          Actor.of(member, Role.VOLUNTEER)))).isInstanceOf(Outcome.Accepted.class);
      assertThat(hosts.get(v % 4).issue("vol-" + v, Request.of(new VolunteerCommand.Appoint(PAPERS, CommitteeRole.MEMBER, 1 + v % 2),
          OFFICER))).as("offer " + v).isInstanceOf(Outcome.Accepted.class);
    }
    List<String> accepted = Collections.synchronizedList(new ArrayList<>());
    List<String> refusals = Collections.synchronizedList(new ArrayList<>());
    ExecutorService executor = Executors.newFixedThreadPool(volunteers);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> futures = new ArrayList<>();
    for (int v = 0; v < volunteers; v++) {
      int volunteer = v;
      futures.add(executor.submit(() -> {
        start.await();
        var o = hosts.get(volunteer % 4).issue("vol-" + volunteer, Request.of(new VolunteerCommand.Accept(),
            Actor.of("m-" + volunteer, Role.VOLUNTEER)));
        if (o instanceof Outcome.Accepted) {
          accepted.add("vol-" + volunteer);
        } else {
          ((Outcome.Refused<?, ?>) o).reasons().stream().map(Refusal::code).forEach(refusals::add);
        }
        return null;
      }));
    }
    start.countDown();
    for (Future<?> f : futures) {
      f.get(120, TimeUnit.SECONDS);
    }
    executor.shutdown();
    var store = JdbcWorkflowStore.of(pools.get(0), db.dialect(), "committee-volunteering", EventCodec.of(
        VolunteerEvent.class, org.irrt.jackson2.IrrtJson::write, org.irrt.jackson2.IrrtJson::read).build());
    List<String> members = new ArrayList<>();
    for (StoredEvent<VolunteerEvent> e : store.read(0, 1000)) {
      if (e.event() instanceof VolunteerEvent.AppointmentAccepted) {
        members.add(e.instanceId());
      }
    }
    assertThat(members).as("seats: at most 4 members; refusals " + refusals).hasSize(4).containsExactlyInAnyOrderElementsOf(accepted);
    assertThat(refusals).hasSizeGreaterThanOrEqualTo(volunteers - 4)
        .containsOnly("org.irrt.workflow.committee.staggering", "org.irrt.workflow.committee.full");
    pools.forEach(HikariDataSource::close);
  }
}
