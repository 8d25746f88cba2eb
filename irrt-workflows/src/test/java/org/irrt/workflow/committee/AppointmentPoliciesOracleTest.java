package org.irrt.workflow.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irrt.workflow.committee.CommitteeFixtures.MEMBERSHIP;
import static org.irrt.workflow.committee.CommitteeFixtures.NOMINATING;
import static org.irrt.workflow.committee.CommitteeFixtures.PAPERS;
import static org.irrt.workflow.committee.CommitteeFixtures.ROUND_TABLE;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.irrt.model.committee.CommitteeId;
import org.irrt.model.committee.CommitteeRole;
import org.irrt.model.member.MemberId;
import org.irrt.workflow.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The appointment policies against oracles written from DOMAIN.md section 3 alone, over generated
 * rosters: "no one serves in more than three positions at once" (on any one day), size limits per
 * committee and role (on any one day), and "at most 4 consecutive years, may return after a 1-year
 * gap" (the run of service around the proposed term, before and after it).
 */
class AppointmentPoliciesOracleTest {
  private static final AppointmentPolicies POLICIES = AppointmentPolicies.ala(ROUND_TABLE);
  private static final MemberId SUBJECT = MemberId.of("subject");
  /** A committee not in the round table: positions on it still count toward three at once. */
  private static final CommitteeId OUTREACH = CommitteeId.of("outreach");
  private static final List<CommitteeId> COMMITTEES = List.of(MEMBERSHIP, NOMINATING, PAPERS);

  /** A term from a generated number: July 1 of 2020 to 2031 mostly, sometimes another day; 1 or 2 years. */
  private static Appointment term(MemberId who, CommitteeId committee, CommitteeRole role, int n) {
    return term(who, committee, role, n, 12);
  }

  /** A term from a generated number, starting in one of {@code span} years from 2020. */
  private static Appointment term(MemberId who, CommitteeId committee, CommitteeRole role, int n, int span) {
    LocalDate start = LocalDate.of(2020 + n % 12 % span, 7, 1);
    if (n / 12 % 4 == 0) {
      start = start.plusDays(n / 48 % 365);
    }
    return Appointment.forYears(who, committee, role, start, 1 + n / 20_000 % 2);
  }

  private static boolean refusedBy(Appointment p, Roster roster, String rule) {
    return POLICIES.check(p, roster).stream().map(Refusal::rule).anyMatch(rule::equals);
  }

  /** Oracle: the most of {@code held} active on any one day of {@code p}'s term. */
  private static long mostOnOneDay(List<Appointment> held, Appointment p) {
    long most = 0;
    for (LocalDate day = p.start(); !day.isAfter(p.end()); day = day.plusDays(1)) {
      final LocalDate d = day;
      most = Math.max(most, held.stream().filter(a -> !d.isBefore(a.start()) && !d.isAfter(a.end())).count());
    }
    return most;
  }

  @Test
  void threePositionsIsRefusedExactlyWhenSomeDayOfTheTermWouldSeeAFourth() {
    AtomicInteger refused = new AtomicInteger();
    AtomicInteger total = new AtomicInteger();
    qt().withFixedSeed(31L).withExamples(1500)
        .forAll(lists().of(integers().between(0, 1_000_000)).ofSizeBetween(0, 6), integers().between(0, 1_000_000))
        .checkAssert((held, proposed) -> {
          List<Appointment> appointments = new ArrayList<>();
          for (int n : held) {
            appointments.add(term(SUBJECT, COMMITTEES.get(n % 3), CommitteeRole.EX_OFFICIO, n / 3, 3));
          }
          Appointment p = term(SUBJECT, PAPERS, CommitteeRole.MEMBER, proposed, 3);
          boolean expected = mostOnOneDay(appointments, p) >= 3;
          assertThat(refusedBy(p, new Roster(appointments), "threePositions")).as("%s with %s", p, appointments)
              .isEqualTo(expected);
          total.incrementAndGet();
          if (expected) {
            refused.incrementAndGet();
          }
        });
    assertThat(refused.get()).as("some were refused").isGreaterThan(100).isLessThan(total.get() - 100);
  }

  @Test
  void seatLimitIsRefusedExactlyWhenSomeDayOfTheTermWouldSeatOneTooMany() {
    AtomicInteger refused = new AtomicInteger();
    qt().withFixedSeed(32L).withExamples(1500)
        .forAll(lists().of(integers().between(0, 1_000_000)).ofSizeBetween(0, 10), integers().between(0, 1_000_000))
        .checkAssert((held, proposed) -> {
          List<Appointment> appointments = new ArrayList<>();
          for (int i = 0; i < held.size(); i++) {
            appointments.add(term(MemberId.of("other" + i), MEMBERSHIP, CommitteeRole.MEMBER, held.get(i), 3));
          }
          Appointment p = term(SUBJECT, MEMBERSHIP, CommitteeRole.MEMBER, proposed, 3);
          boolean expected = mostOnOneDay(appointments, p) >= 4; // Membership Committee: 2 to 4 members
          assertThat(refusedBy(p, new Roster(appointments), "seatLimit")).as("%s with %s", p, appointments)
              .isEqualTo(expected);
          if (expected) {
            refused.incrementAndGet();
          }
        });
    assertThat(refused.get()).as("some were refused").isGreaterThan(50);
  }

  /**
   * Oracle: the years of service in the run holding {@code p}: terms sorted by start, a run broken
   * only where a whole year (the gap) passes unserved; a term left early counts in full when more
   * than half of it was served, else as nothing (though it is service all the same).
   */
  private static int yearsInRun(List<Appointment> held, Appointment p) {
    List<Appointment> all = new ArrayList<>(held);
    all.add(p);
    all.sort(Comparator.comparing(Appointment::start));
    List<List<Appointment>> runs = new ArrayList<>();
    LocalDate servedUntil = null;
    for (Appointment a : all) {
      boolean gap = servedUntil == null || !a.start().isBefore(servedUntil.plusDays(1).plusYears(1));
      if (gap) {
        runs.add(new ArrayList<>());
      }
      runs.get(runs.size() - 1).add(a);
      servedUntil = servedUntil == null || a.end().isAfter(servedUntil) ? a.end() : servedUntil;
    }
    return runs.stream().filter(r -> r.contains(p)).findFirst().orElseThrow().stream()
        .mapToInt(a -> {
          if (!a.partial()) {
            return a.years();
          }
          long served = java.time.temporal.ChronoUnit.DAYS.between(a.start(), a.end()) + 1;
          long full = java.time.temporal.ChronoUnit.DAYS.between(a.term().start(), a.term().end()) + 1;
          return served * 2 > full ? a.term().years() : 0; // Robert's Rules: more than half counts in full
        }).sum();
  }

  @Test
  void termLimitIsRefusedExactlyWhenTheRunAroundTheTermPassesFourYears() {
    AtomicInteger refused = new AtomicInteger();
    AtomicInteger total = new AtomicInteger();
    qt().withFixedSeed(33L).withExamples(3000)
        .forAll(lists().of(integers().between(0, 1_000_000)).ofSizeBetween(0, 6), integers().between(0, 1_000_000))
        .checkAssert((held, proposed) -> {
          Appointment p = term(SUBJECT, PAPERS, CommitteeRole.MEMBER, proposed);
          List<Appointment> appointments = new ArrayList<>();
          for (int n : held) {
            Appointment a = term(SUBJECT, PAPERS, CommitteeRole.MEMBER, n);
            long served = n / 7 % 800;
            if (n % 5 == 0 && served < a.term().days() - 1) { // left early: a partial term
              a = a.endedOn(a.start().plusDays(served));
            }
            if (appointments.stream().noneMatch(a::overlaps) && !a.overlaps(p)) { // one seat at a time
              appointments.add(a);
            }
          }
          boolean expected = yearsInRun(appointments, p) > 4;
          assertThat(refusedBy(p, new Roster(appointments), "termLimit")).as("%s with %s", p, appointments)
              .isEqualTo(expected);
          total.incrementAndGet();
          if (expected) {
            refused.incrementAndGet();
          }
        });
    assertThat(refused.get()).as("some were refused").isGreaterThan(100).isLessThan(total.get() - 100);
  }

  /** Pinned cases: years served on the Papers and Projects Committee before, the proposed start, the verdict. */
  @ParameterizedTest(name = "{0} then {1}: {2}")
  @CsvSource(delimiter = ';', value = {
      // 2+2 then 1 more at once: 5 consecutive years
      "2022-07-01/2, 2024-07-01/2; 2026-07-01/1; refused",
      // 2+2, a gap of exactly one year, 1 more
      "2022-07-01/2, 2024-07-01/2; 2027-07-01/1; allowed",
      // 2+2, a gap one day short of a year
      "2022-07-01/2, 2024-07-01/2; 2027-06-30/1; refused",
      // 1+1+1+1 then a fifth
      "2021-07-01/1, 2022-07-01/1, 2023-07-01/1, 2024-07-01/1; 2025-07-01/1; refused",
      // 1+1+1+1 then a fifth after the gap
      "2021-07-01/1, 2022-07-01/1, 2023-07-01/1, 2024-07-01/1; 2026-07-01/1; allowed",
      // the years already booked after the proposed term count too: 2 before, 2 after, 1 between
      "2022-07-01/2, 2025-07-01/2; 2024-07-01/1; refused",
      // appointed in advance for 2027 to 2031, then 1 year just before it
      "2027-07-01/4; 2026-07-01/1; refused",
      // appointed in advance for 2028 to 2032, 1 year with a year's gap before it
      "2028-07-01/4; 2026-07-01/1; allowed"})
  void termLimitsOnPinnedRuns(String before, String proposed, String verdict) {
    List<Appointment> held = new ArrayList<>();
    for (String t : before.split(",\\s*")) {
      String[] parts = t.split("/");
      held.add(Appointment.forYears(SUBJECT, PAPERS, CommitteeRole.MEMBER, LocalDate.parse(parts[0]),
          Integer.parseInt(parts[1])));
    }
    String[] parts = proposed.split("/");
    Appointment p = Appointment.forYears(SUBJECT, PAPERS, CommitteeRole.MEMBER, LocalDate.parse(parts[0]),
        Integer.parseInt(parts[1]));
    assertThat(refusedBy(p, new Roster(held), "termLimit")).isEqualTo(verdict.equals("refused"));
  }

  @Test
  void threePositionsCountsPositionsHeldOnTheSameDayNotAcrossTheWholeTerm() {
    // Two one-year seats back to back and one two-year seat: two positions on any one day.
    Roster roster = new Roster(List.of(
        Appointment.forYears(SUBJECT, MEMBERSHIP, CommitteeRole.MEMBER, LocalDate.of(2026, 7, 1), 1),
        Appointment.forYears(SUBJECT, NOMINATING, CommitteeRole.MEMBER, LocalDate.of(2027, 7, 1), 1),
        Appointment.forYears(SUBJECT, OUTREACH, CommitteeRole.EX_OFFICIO, LocalDate.of(2026, 7, 1), 2)));
    Appointment third = Appointment.forYears(SUBJECT, PAPERS, CommitteeRole.MEMBER, LocalDate.of(2026, 7, 1), 2);
    assertThat(POLICIES.check(third, roster)).isEmpty();
  }

  @Test
  void threePositionsCountsATermEndingOnJuneThirtyAsOverOnJulyFirst() {
    Roster roster = new Roster(List.of(
        Appointment.forYears(SUBJECT, MEMBERSHIP, CommitteeRole.CHAIR, LocalDate.of(2026, 7, 1), 2),
        Appointment.forYears(SUBJECT, NOMINATING, CommitteeRole.MEMBER, LocalDate.of(2026, 7, 1), 1),
        Appointment.forYears(SUBJECT, OUTREACH, CommitteeRole.EX_OFFICIO, LocalDate.of(2025, 7, 1), 2)));
    Appointment july = Appointment.forYears(SUBJECT, PAPERS, CommitteeRole.MEMBER, LocalDate.of(2027, 7, 1), 1);
    Appointment june = new Appointment(SUBJECT, PAPERS, CommitteeRole.MEMBER, LocalDate.of(2027, 6, 30),
        LocalDate.of(2028, 6, 29));
    assertThat(POLICIES.check(july, roster)).isEmpty();
    assertThat(POLICIES.check(june, roster)).extracting(Refusal::rule).containsExactly("threePositions");
  }

  /**
   * Stateful: appointments proposed in any order of years (some booked ahead, some filling the past)
   * and accepted whenever the policies allow; after every step, on every day, no seat limit is
   * passed, nobody holds more than three positions, and no run of service on a committee passes four
   * years.
   */
  @Test
  void rostersBuiltInAnyOrderNeverBreakALimitOnAnyDay() {
    AtomicInteger accepted = new AtomicInteger();
    List<CommitteeRole> roles = List.of(CommitteeRole.MEMBER, CommitteeRole.MEMBER, CommitteeRole.CHAIR,
        CommitteeRole.EX_OFFICIO, CommitteeRole.STAFF_LIAISON);
    qt().withFixedSeed(34L).withExamples(300).forAll(lists().of(integers().between(0, 1_000_000)).ofSizeBetween(5, 40))
        .checkAssert(steps -> {
          Roster roster = Roster.EMPTY;
          for (int n : steps) {
            Appointment p = term(MemberId.of("p" + n % 4), COMMITTEES.get(n / 4 % 3), roles.get(n / 12 % roles.size()),
                n / 60, 8);
            if (POLICIES.check(p, roster).isEmpty()) {
              roster = roster.with(p);
              accepted.incrementAndGet();
            }
            for (Appointment a : roster.appointments()) {
              LocalDate day = a.start();
              final Roster r = roster;
              assertThat(r.of(a.member()).stream().filter(x -> x.activeOn(day)).count()).as("three on %s", day)
                  .isLessThanOrEqualTo(3);
              long sameRole = r.appointments().stream().filter(x -> x.committee().equals(a.committee())
                  && x.role() == a.role() && x.activeOn(day)).count();
              int max = ROUND_TABLE.committee(a.committee()).orElseThrow().seatLimit(a.role())
                  .flatMap(org.irrt.model.committee.SeatLimit::maximum).orElse(Integer.MAX_VALUE);
              assertThat(sameRole).as("seats on %s", day).isLessThanOrEqualTo(max);
              List<Appointment> others = r.of(a.member()).stream()
                  .filter(x -> x.committee().equals(a.committee()) && x != a).toList();
              assertThat(yearsInRun(others, a)).as("run around %s in %s", a, r).isLessThanOrEqualTo(4);
            }
          }
        });
    assertThat(accepted.get()).isGreaterThan(1000);
  }

  /** Interns (associates) are people never appointed before, to any committee, however long ago. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "nobody appointed; ; allowed",
      "someone else appointed; other/2025-07-01; allowed",
      "the same person, years ago on another committee; subject/2015-07-01; refused",
      "the same person, as an intern years ago; subject/2016-07-01/INTERN; refused"})
  void internsWereNeverAppointedBefore(String name, String held, String verdict) {
    List<Appointment> roster = new ArrayList<>();
    if (held != null) {
      String[] parts = held.split("/");
      roster.add(Appointment.forYears(MemberId.of(parts[0]), NOMINATING,
          parts.length > 2 ? CommitteeRole.valueOf(parts[2]) : CommitteeRole.MEMBER, LocalDate.parse(parts[1]), 1));
    }
    Appointment intern = Appointment.forYears(SUBJECT, PAPERS, CommitteeRole.INTERN, LocalDate.of(2027, 7, 1), 1);
    assertThat(refusedBy(intern, new Roster(roster), "internEligibility")).isEqualTo(verdict.equals("refused"));
  }
}
