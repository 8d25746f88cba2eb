package org.irrt.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
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
 * The appointment rules across instances (ALA: no one serves in more than three positions at once;
 * a committee's seat limit; one seat per person on a committee) hold when four hosts (each an engine
 * and a store on a connection pool of its own, as four servers) accept offers at the same instant:
 * the forms' acceptances wait at a barrier, then each goes to another host. Every round ends with
 * exactly as many appointments as the rule allows, and every other acceptance is a refusal naming
 * the rule (a value, never an exception). Committees of at most two members, so that staggering
 * (three or more) plays no part.
 */
class CommitteeRulesAcrossHostsTest {
  static final int HOSTS = 4;
  static final int ROUNDS = 10;
  static final RoundTable ROUND_TABLE;

  static {
    var builder = RoundTable.builder().id(RoundTableId.of("irrt")).name("International Relations Round Table")
        .acronym("IRRT").parentOrganization(Organization.builder().name("American Library Association").build())
        .established(PartialDate.of(YearMonth.of(1949, 1)))
        .addPurposes("To promote interest in library issues and librarianship worldwide.");
    for (int k = 0; k < ROUNDS * HOSTS; k++) {
      builder.addCommittees(Committee.builder().id(committee(k)).name("Committee " + k).kind(CommitteeKind.STANDING)
          .addSeats(SeatLimit.of(CommitteeRole.MEMBER, 1, 2)).build());
    }
    ROUND_TABLE = builder.build();
  }

  static final Organisation ORGANISATION = Organisation.in(CommitteeSeatsAcrossHostsTest.ORGANISATION.zone())
      .withRoundTable(ROUND_TABLE);

  static CommitteeId committee(int k) {
    return CommitteeId.of("committee-" + k);
  }

  static WorkflowEngine<Volunteering, VolunteerCommand, VolunteerEvent> engine(HikariDataSource pool, Dialect dialect) {
    var store = JdbcWorkflowStore.of(pool, dialect, "committee-volunteering", EventCodec.of(VolunteerEvent.class,
        org.irrt.jackson3.IrrtJson::write, org.irrt.jackson3.IrrtJson::read).build());
    return WorkflowEngine.of(new CommitteeVolunteerWorkflow(ORGANISATION, AppointmentCycle.ALA,
        AppointmentPolicies.ala(ROUND_TABLE), new RosterBook(store, Roster.EMPTY)), store, CommitteeSeatsAcrossHostsTest.CLOCK);
  }

  /** One form: its id, the volunteer and the committee the officer offers. */
  record Offer(String form, String member, CommitteeId committee) {}

  /**
   * Races, round by round, the acceptance of the offers of each round through the hosts (offer i of
   * a round through host i), after submitting and offering them; gives what each acceptance did.
   */
  static List<Map<String, Integer>> race(Databases db, List<List<Offer>> rounds) throws Exception {
    String url = db.create();
    List<HikariDataSource> pools = new ArrayList<>();
    List<WorkflowEngine<Volunteering, VolunteerCommand, VolunteerEvent>> hosts = new ArrayList<>();
    ExecutorService executor = Executors.newFixedThreadPool(HOSTS);
    try {
      for (int h = 0; h < HOSTS; h++) {
        pools.add(Databases.pool(url, 2));
        hosts.add(engine(pools.get(h), db.dialect()));
      }
      List<Map<String, Integer>> results = new ArrayList<>();
      for (List<Offer> round : rounds) {
        for (int i = 0; i < round.size(); i++) {
          Offer o = round.get(i);
          var form = new VolunteerForm(MemberId.of(o.member()), List.of(o.committee()), "I would like to serve.",
              "Virtual meetings");
          assertThat(hosts.get(i % HOSTS).issue(o.form(), Request.of(new VolunteerCommand.Submit(form),
              Actor.of(o.member(), Role.VOLUNTEER)))).isInstanceOf(Outcome.Accepted.class);
          assertThat(hosts.get(i % HOSTS).issue(o.form(), Request.of(new VolunteerCommand.Appoint(o.committee(),
              CommitteeRole.MEMBER, 1), CommitteeSeatsAcrossHostsTest.OFFICER))).isInstanceOf(Outcome.Accepted.class);
        }
        CyclicBarrier barrier = new CyclicBarrier(round.size());
        List<Future<String>> futures = new ArrayList<>();
        for (int i = 0; i < round.size(); i++) {
          Offer o = round.get(i);
          var host = hosts.get(i % HOSTS);
          futures.add(executor.submit(() -> {
            barrier.await();
            var outcome = host.issue(o.form(), Request.of(new VolunteerCommand.Accept(), Actor.of(o.member(), Role.VOLUNTEER)));
            return outcome instanceof Outcome.Refused<?, ?> r
                ? String.join(",", r.reasons().stream().map(Refusal::code).toList()) : "accepted";
          }));
        }
        Map<String, Integer> result = new HashMap<>();
        for (Future<String> f : futures) {
          result.merge(f.get(120, TimeUnit.SECONDS), 1, Integer::sum);
        }
        results.add(result);
      }
      var store = JdbcWorkflowStore.of(pools.get(0), db.dialect(), "committee-volunteering", EventCodec.of(
          VolunteerEvent.class, org.irrt.jackson2.IrrtJson::write, org.irrt.jackson2.IrrtJson::read).build());
      int appointments = 0;
      for (StoredEvent<VolunteerEvent> e : store.read(0, 10_000)) {
        if (e.event() instanceof VolunteerEvent.AppointmentAccepted) {
          appointments++;
        }
      }
      assertThat(appointments).as("the store holds the appointments the hosts accepted")
          .isEqualTo(results.stream().mapToInt(r -> r.getOrDefault("accepted", 0)).sum());
      return results;
    } finally {
      executor.shutdownNow();
      pools.forEach(HikariDataSource::close);
    }
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void noOneHoldsMoreThanThreePositionsWhenFourHostsAcceptFourAtOnce(Databases db) throws Exception {
    List<List<Offer>> rounds = new ArrayList<>();
    for (int r = 0; r < ROUNDS; r++) {
      List<Offer> round = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        round.add(new Offer("three-" + r + "-" + i, "m-three-" + r, committee(r * 4 + i)));
      }
      rounds.add(round);
    }
    assertThat(race(db, rounds)).as("each round: one person accepts four committees through four hosts at once")
        .containsOnly(Map.of("accepted", 3, "org.irrt.workflow.committee.threePositions", 1));
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void noCommitteeGetsMoreMembersThanSeatsWhenThreeHostsAcceptForTwoSeatsAtOnce(Databases db) throws Exception {
    List<List<Offer>> rounds = new ArrayList<>();
    for (int r = 0; r < ROUNDS; r++) {
      List<Offer> round = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        round.add(new Offer("seat-" + r + "-" + i, "m-seat-" + r + "-" + i, committee(r)));
      }
      rounds.add(round);
    }
    assertThat(race(db, rounds)).as("each round: three people accept two seats through three hosts at once")
        .containsOnly(Map.of("accepted", 2, "org.irrt.workflow.committee.full", 1));
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void noOneHoldsTwoSeatsOnOneCommitteeWhenTwoHostsAcceptAtOnce(Databases db) throws Exception {
    List<List<Offer>> rounds = new ArrayList<>();
    for (int r = 0; r < ROUNDS; r++) {
      rounds.add(List.of(new Offer("one-" + r + "-a", "m-one-" + r, committee(r)),
          new Offer("one-" + r + "-b", "m-one-" + r, committee(r))));
    }
    assertThat(race(db, rounds)).as("each round: one person accepts two offers of one committee through two hosts")
        .containsOnly(Map.of("accepted", 1, "org.irrt.workflow.committee.oneSeat", 1));
  }
}
