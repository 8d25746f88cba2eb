package org.irrt.workflow.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irrt.workflow.committee.CommitteeFixtures.MEMBERSHIP;
import static org.irrt.workflow.committee.CommitteeFixtures.NOMINATING;
import static org.irrt.workflow.committee.CommitteeFixtures.OFFICER;
import static org.irrt.workflow.committee.CommitteeFixtures.PAPERS;
import static org.irrt.workflow.committee.CommitteeFixtures.ROUND_TABLE;
import static org.irrt.workflow.committee.CommitteeFixtures.form;
import static org.irrt.workflow.committee.CommitteeFixtures.volunteer;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.irrt.model.committee.CommitteeId;
import org.irrt.model.committee.CommitteeRole;
import org.irrt.model.committee.SeatLimit;
import org.irrt.workflow.IllegalCommandException;
import org.irrt.workflow.Outcome;
import org.irrt.workflow.Request;
import org.junit.jupiter.api.Test;

/**
 * Random volunteering across committees, roles, term lengths, vacancies and years (fixed seed): the
 * roster never exceeds a seat limit, nobody ever holds more than three positions at once, interns were
 * never appointed before, and every form's audit trail rebuilds it.
 */
class AppointmentPropertiesTest {
  private static final List<CommitteeId> COMMITTEES = List.of(MEMBERSHIP, NOMINATING, PAPERS);
  private static final List<CommitteeRole> ROLES = List.of(CommitteeRole.CHAIR, CommitteeRole.MEMBER,
      CommitteeRole.MEMBER, CommitteeRole.INTERN, CommitteeRole.VICE_CHAIR);

  @Test
  void limitsAreNeverExceeded() {
    java.util.concurrent.atomic.AtomicInteger appointed = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger partial = new java.util.concurrent.atomic.AtomicInteger();
    java.util.Set<String> refusedBy = java.util.concurrent.ConcurrentHashMap.newKeySet();
    qt().withFixedSeed(77L).withExamples(300).forAll(lists().of(integers().between(0, 1_000_000)).ofSizeBetween(10, 120))
        .checkAssert(steps -> {
          CommitteeFixtures f = new CommitteeFixtures();
          for (int step : steps) {
            String person = "p" + (step % 7);
            String formId = "f-" + person + "-" + (step / 7 % 3);
            CommitteeId committee = COMMITTEES.get(step / 21 % COMMITTEES.size());
            Volunteering current = f.engine.load(formId);
            // Preconditions from the table: pick among the commands permitted now.
            List<VolunteerCommand.Kind> permitted = new java.util.ArrayList<>(
                f.workflow.permittedCommands(current, volunteer(person)));
            permitted.addAll(f.workflow.permittedCommands(current, OFFICER));
            if (permitted.isEmpty()) {
              continue;
            }
            VolunteerCommand.Kind kind = permitted.get(step / 63 % permitted.size());
            VolunteerCommand command = switch (kind) {
              case SUBMIT -> new VolunteerCommand.Submit(form(person, committee));
              case SHORTLIST -> new VolunteerCommand.Shortlist();
              case APPOINT -> new VolunteerCommand.Appoint(committee, ROLES.get(step / 189 % ROLES.size()), 1 + step / 945 % 3);
              case FILL_VACANCY -> {
                List<Appointment> held = f.book.get().appointments();
                Appointment vacated = held.isEmpty()
                    ? Appointment.forYears(org.irrt.model.member.MemberId.of("gone"), committee, CommitteeRole.MEMBER,
                        LocalDate.of(2027, 7, 1), 2)
                    : held.get(step / 189 % held.size());
                yield new VolunteerCommand.FillVacancy(vacated, vacated.start().plusDays(step / 7 % 800));
              }
              case DECLINE -> new VolunteerCommand.Decline("Not this year");
              case WITHDRAW -> new VolunteerCommand.Withdraw();
              case ACCEPT -> new VolunteerCommand.Accept();
              case DECLINE_OFFER -> new VolunteerCommand.DeclineOffer();
            };
            var actor = f.workflow.permittedCommands(current, OFFICER).contains(kind) ? OFFICER : volunteer(person);
            if (step % 11 == 0) {
              f.clock.advance(Duration.ofDays(200));
            }
            try {
              Outcome<Volunteering, VolunteerEvent> o = f.engine.issue(formId, Request.of(command, actor));
              if (o instanceof Outcome.Refused<Volunteering, VolunteerEvent> r) {
                r.reasons().forEach(reason -> refusedBy.add(reason.rule()));
              }
            } catch (IllegalCommandException e) {
              // not in the table for the state: nothing happened
            }
            assertThat(f.workflow.replay(formId, f.engine.history(formId))).isEqualTo(f.engine.load(formId));
            check(f.book.get());
          }
          appointed.addAndGet(f.book.get().appointments().size());
          partial.addAndGet((int) f.book.get().appointments().stream().filter(Appointment::partial).count());
        });
    assertThat(appointed.get()).as("the sequences did appoint people").isGreaterThan(100);
    assertThat(partial.get()).as("vacancies were filled").isGreaterThan(10);
    assertThat(refusedBy).as("the limits were reached").contains("seatLimit", "termLength", "internEligibility",
        "vacancyOpen");
  }

  private static void check(Roster roster) {
    for (int year = 2026; year <= 2034; year++) {
      LocalDate day = LocalDate.of(year, 7, 1);
      for (CommitteeId c : COMMITTEES) {
        for (SeatLimit limit : ROUND_TABLE.committee(c).orElseThrow().seats()) {
          long seated = roster.forCommittee(c, day).stream().filter(a -> a.role() == limit.role()).count();
          assertThat(seated).isLessThanOrEqualTo(limit.maximum().orElse(Integer.MAX_VALUE));
        }
      }
      for (Appointment a : roster.appointments()) {
        assertThat(roster.of(a.member()).stream().filter(x -> x.activeOn(day)).count()).isLessThanOrEqualTo(3);
      }
    }
    List<Appointment> all = roster.appointments();
    for (int i = 0; i < all.size(); i++) {
      Appointment a = all.get(i);
      if (a.role() == CommitteeRole.INTERN) {
        assertThat(all.subList(0, i)).noneMatch(earlier -> earlier.member().equals(a.member()));
      }
    }
  }
}
