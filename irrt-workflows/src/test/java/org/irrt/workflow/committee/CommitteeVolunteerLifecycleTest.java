package org.irrt.workflow.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irrt.workflow.committee.CommitteeFixtures.MEMBERSHIP;
import static org.irrt.workflow.committee.CommitteeFixtures.NOMINATING;
import static org.irrt.workflow.committee.CommitteeFixtures.OFFICER;
import static org.irrt.workflow.committee.CommitteeFixtures.PAPERS;
import static org.irrt.workflow.committee.CommitteeFixtures.form;
import static org.irrt.workflow.committee.CommitteeFixtures.volunteer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.irrt.model.committee.CommitteeId;
import org.irrt.model.committee.CommitteeRole;
import org.irrt.model.member.MemberId;
import org.irrt.workflow.Outcome;
import org.irrt.workflow.Refusal;
import org.irrt.workflow.Request;
import org.junit.jupiter.api.Test;

/** Volunteering and appointments, rule by rule (ALA committee practice). */
class CommitteeVolunteerLifecycleTest {
  private final CommitteeFixtures f = new CommitteeFixtures();

  private Outcome<Volunteering, VolunteerEvent> issue(String id, VolunteerCommand c, org.irrt.workflow.Actor a) {
    return f.engine.issue(id, Request.of(c, a));
  }

  private static List<Refusal> refused(Outcome<Volunteering, VolunteerEvent> o) {
    assertThat(o).isInstanceOf(Outcome.Refused.class);
    return ((Outcome.Refused<Volunteering, VolunteerEvent>) o).reasons();
  }

  @Test
  void aVolunteerIsShortlistedAppointedAndAcceptsAndJoinsTheRoster() {
    var sent = issue("v1", new VolunteerCommand.Submit(form("ana", MEMBERSHIP, PAPERS)), volunteer("ana"));
    assertThat(sent).isInstanceOf(Outcome.Accepted.class);
    assertThat(f.engine.load("v1").termStart()).contains(LocalDate.of(2027, 7, 1));
    issue("v1", new VolunteerCommand.Shortlist(), OFFICER);
    issue("v1", new VolunteerCommand.Appoint(MEMBERSHIP, CommitteeRole.MEMBER, 2), OFFICER);
    assertThat(f.engine.load("v1").state()).isEqualTo(VolunteerState.OFFERED);
    assertThat(f.book.get().appointments()).isEmpty();
    issue("v1", new VolunteerCommand.Accept(), volunteer("ana"));
    assertThat(f.engine.load("v1").state()).isEqualTo(VolunteerState.ACCEPTED);
    assertThat(f.book.get().forCommittee(MEMBERSHIP, LocalDate.of(2027, 7, 1))).singleElement().satisfies(a -> {
      assertThat(a.member()).isEqualTo(MemberId.of("ana"));
      assertThat(a.start()).isEqualTo(LocalDate.of(2027, 7, 1));
      assertThat(a.end()).isEqualTo(LocalDate.of(2029, 6, 30));
    });
    assertThat(f.engine.history("v1")).extracting(e -> e.getClass().getSimpleName()).containsExactly(
        "FormSubmitted", "Shortlisted", "AppointmentOffered", "AppointmentAccepted");
    assertThat(f.workflow.replay("v1", f.engine.history("v1"))).isEqualTo(f.engine.load("v1"));
  }

  static final LocalDate JULY_2027 = LocalDate.of(2027, 7, 1);

  @Test
  void aVacancyIsFilledForTheRestOfTheTermAndTheLeaversTermEndsTheDayBefore() {
    Appointment bo = Appointment.forYears(MemberId.of("bo"), MEMBERSHIP, CommitteeRole.MEMBER, JULY_2027, 2);
    Roster full = new Roster(List.of(bo,
        Appointment.forYears(MemberId.of("c1"), MEMBERSHIP, CommitteeRole.MEMBER, JULY_2027, 1),
        Appointment.forYears(MemberId.of("c2"), MEMBERSHIP, CommitteeRole.MEMBER, JULY_2027, 1),
        Appointment.forYears(MemberId.of("c3"), MEMBERSHIP, CommitteeRole.MEMBER, JULY_2027, 2)));
    CommitteeFixtures g = new CommitteeFixtures(full);
    g.engine.issue("v1", Request.of(new VolunteerCommand.Submit(form("ana", MEMBERSHIP)), volunteer("ana")));
    assertThat(refused(g.engine.issue("v1", Request.of(new VolunteerCommand.Appoint(MEMBERSHIP, CommitteeRole.MEMBER, 2),
        OFFICER)))).extracting(Refusal::rule).containsExactly("seatLimit", "staggering");

    LocalDate march = LocalDate.of(2028, 3, 1);
    assertThat(g.engine.issue("v1", Request.of(new VolunteerCommand.FillVacancy(bo, march), OFFICER)))
        .isInstanceOf(Outcome.Accepted.class);
    Appointment offer = g.engine.load("v1").offer().orElseThrow();
    assertThat(offer).isEqualTo(new Appointment(MemberId.of("ana"), MEMBERSHIP, CommitteeRole.MEMBER, march,
        LocalDate.of(2029, 6, 30), java.util.Optional.of(new Appointment.Term(JULY_2027, LocalDate.of(2029, 6, 30)))));
    assertThat(g.book.get().appointments()).contains(bo); // nothing changes until the offer is accepted

    g.engine.issue("v1", Request.of(new VolunteerCommand.Accept(), volunteer("ana")));
    assertThat(g.engine.load("v1").state()).isEqualTo(VolunteerState.ACCEPTED);
    assertThat(g.book.get().of(MemberId.of("bo"))).containsExactly(bo.endedOn(LocalDate.of(2028, 2, 29)));
    assertThat(g.book.get().of(MemberId.of("ana"))).containsExactly(offer);
    assertThat(g.book.get().forCommittee(MEMBERSHIP, march)).extracting(a -> a.member().value())
        .containsExactly("c1", "c2", "c3", "ana");
    assertThat(g.engine.history("v1")).extracting(e -> e.getClass().getSimpleName()).containsExactly(
        "FormSubmitted", "VacancyOffered", "VacancyFilled", "AppointmentAccepted");
    assertThat(g.workflow.replay("v1", g.engine.history("v1"))).isEqualTo(g.engine.load("v1"));
  }

  @Test
  void aVacancyIsFilledOnceAndOnlyWithinTheVacatedTerm() {
    Appointment bo = Appointment.forYears(MemberId.of("bo"), MEMBERSHIP, CommitteeRole.MEMBER, JULY_2027, 2);
    CommitteeFixtures g = new CommitteeFixtures(new Roster(List.of(bo)));
    for (String who : List.of("ana", "cy")) {
      g.engine.issue(who, Request.of(new VolunteerCommand.Submit(form(who, MEMBERSHIP)), volunteer(who)));
    }
    List<Refusal> early = refused(g.engine.issue("ana", Request.of(new VolunteerCommand.FillVacancy(bo, JULY_2027),
        OFFICER)));
    assertThat(early).extracting(Refusal::rule).containsExactly("vacancyOpen");
    assertThat(early.get(0).message(Locale.ENGLISH))
        .isEqualTo("a vacancy is filled from a day after 2027-07-01 and not after 2029-06-30, within the vacated term");
    assertThat(refused(g.engine.issue("ana", Request.of(new VolunteerCommand.FillVacancy(bo, LocalDate.of(2029, 7, 1)),
        OFFICER)))).extracting(Refusal::rule).containsExactly("vacancyOpen");

    LocalDate start = LocalDate.of(2028, 1, 15);
    g.engine.issue("ana", Request.of(new VolunteerCommand.FillVacancy(bo, start), OFFICER));
    g.engine.issue("cy", Request.of(new VolunteerCommand.FillVacancy(bo, start), OFFICER));
    g.engine.issue("ana", Request.of(new VolunteerCommand.Accept(), volunteer("ana")));
    List<Refusal> second = refused(g.engine.issue("cy", Request.of(new VolunteerCommand.Accept(), volunteer("cy"))));
    assertThat(second).extracting(Refusal::rule).containsExactly("vacancyOpen");
    assertThat(second.get(0).message(Locale.ENGLISH))
        .isEqualTo("the vacated appointment is not on the roster (it may have been filled already)");
    assertThat(g.engine.load("cy").state()).isEqualTo(VolunteerState.OFFERED);
    assertThat(g.book.get().appointments()).hasSize(2);
  }

  @Test
  void aPartialTermCountsTowardTheTermLimitByTheAssociationsRule() {
    MemberId ana = MemberId.of("ana");
    CommitteeRole chair = CommitteeRole.CHAIR; // 2-year terms, at most 2 consecutive
    // Less than half: ana fills bo's 2027-29 term (731 days) from July 2028 (365 days), then serves 2029-31.
    Appointment bo = Appointment.forYears(MemberId.of("bo"), MEMBERSHIP, chair, JULY_2027, 2);
    Appointment partial = Appointment.toFill(bo, ana, LocalDate.of(2028, 7, 1));
    Roster roster = new Roster(List.of(bo.endedOn(LocalDate.of(2028, 6, 30)), partial,
        Appointment.forYears(ana, MEMBERSHIP, chair, LocalDate.of(2029, 7, 1), 2)));
    Appointment third = Appointment.forYears(ana, MEMBERSHIP, chair, LocalDate.of(2031, 7, 1), 2);
    AppointmentPolicies ronr = AppointmentPolicies.ala(CommitteeFixtures.ROUND_TABLE);
    assertThat(ronr.partialTerms()).isEqualTo(org.irrt.model.committee.PartialTermRule.MORE_THAN_HALF_COUNTS);
    assertThat(ronr.check(third, roster)).isEmpty();
    assertThat(ronr.withPartialTerms(org.irrt.model.committee.PartialTermRule.HALF_OR_MORE_COUNTS).check(third, roster))
        .isEmpty();
    assertThat(ronr.withPartialTerms(org.irrt.model.committee.PartialTermRule.ALWAYS_COUNTS).check(third, roster))
        .extracting(Refusal::code).containsExactly("org.irrt.workflow.committee.consecutiveYears");
    assertThat(ronr.withPartialTerms(org.irrt.model.committee.PartialTermRule.NEVER_COUNTS).check(third, roster))
        .isEmpty();

    // Exactly half: bo's 2029-31 term has 730 days; ana serves its last 365, then 2031-33.
    Appointment bo2 = Appointment.forYears(MemberId.of("bo"), MEMBERSHIP, chair, LocalDate.of(2029, 7, 1), 2);
    Roster half = new Roster(List.of(bo2.endedOn(LocalDate.of(2030, 6, 30)),
        Appointment.toFill(bo2, ana, LocalDate.of(2030, 7, 1)),
        Appointment.forYears(ana, MEMBERSHIP, chair, LocalDate.of(2031, 7, 1), 2)));
    Appointment next = Appointment.forYears(ana, MEMBERSHIP, chair, LocalDate.of(2033, 7, 1), 2);
    assertThat(ronr.check(next, half)).isEmpty();
    assertThat(ronr.withPartialTerms(org.irrt.model.committee.PartialTermRule.HALF_OR_MORE_COUNTS).check(next, half))
        .extracting(Refusal::code).containsExactly("org.irrt.workflow.committee.consecutiveYears");

    // More than half (March 2028 to June 2029, 487 of 731 days) counts by every rule but "never".
    Roster more = new Roster(List.of(Appointment.toFill(bo, ana, LocalDate.of(2028, 3, 1)),
        Appointment.forYears(ana, MEMBERSHIP, chair, LocalDate.of(2029, 7, 1), 2)));
    assertThat(ronr.check(third, more)).extracting(Refusal::code)
        .containsExactly("org.irrt.workflow.committee.consecutiveYears");
  }

  @Test
  void aVacancyTermIsCheckedAgainstTheFullTermsLength() {
    Appointment bo = Appointment.forYears(MemberId.of("bo"), NOMINATING, CommitteeRole.MEMBER, JULY_2027, 1);
    Appointment rest = Appointment.toFill(bo, MemberId.of("ana"), LocalDate.of(2028, 2, 1));
    assertThat(rest.years()).isZero();
    assertThat(rest.term().years()).isEqualTo(1);
    assertThat(AppointmentPolicies.ala(CommitteeFixtures.ROUND_TABLE).check(rest, new Roster(List.of())))
        .isEmpty();
  }

  @Test
  void anAppointmentWrittenBeforePartialTermsStillReadsAndAPartialOneRoundTrips() throws Exception {
    var mapper = org.irrt.jackson2.IrrtJson.newMapper();
    Appointment old = mapper.readValue("""
        {"member":"ana","committee":"membership","role":"MEMBER","start":"2027-07-01","end":"2029-06-30"}""",
        Appointment.class);
    assertThat(old).isEqualTo(Appointment.forYears(MemberId.of("ana"), MEMBERSHIP, CommitteeRole.MEMBER, JULY_2027, 2));
    Appointment partial = Appointment.toFill(old, MemberId.of("bo"), LocalDate.of(2028, 3, 1));
    String json = mapper.writeValueAsString(partial);
    assertThat(json).contains("\"fullTerm\":{\"start\":\"2027-07-01\",\"end\":\"2029-06-30\"}");
    assertThat(mapper.readValue(json, Appointment.class)).isEqualTo(partial);
  }

  @Test
  void aFormAfterTheDeadlineRollsToTheNextCycle() {
    f.clock.set(Instant.parse("2026-10-01T04:59:59Z")); // 23:59:59 on September 30 in Chicago
    issue("on-time", new VolunteerCommand.Submit(form("ana", MEMBERSHIP)), volunteer("ana"));
    f.clock.set(Instant.parse("2026-10-01T05:00:00Z")); // midnight: October 1 in Chicago
    issue("late", new VolunteerCommand.Submit(form("bo", MEMBERSHIP)), volunteer("bo"));
    assertThat(f.engine.load("on-time").termStart()).contains(LocalDate.of(2027, 7, 1));
    assertThat(f.engine.load("late").termStart()).contains(LocalDate.of(2028, 7, 1));
  }

  @Test
  void seatLimitsPerRoleAreKept() {
    for (String m : List.of("a1", "a2", "a3")) {
      f.appointAndAccept(m, NOMINATING, CommitteeRole.MEMBER, 1);
    }
    issue("v4", new VolunteerCommand.Submit(form("a4", NOMINATING)), volunteer("a4"));
    List<Refusal> reasons = refused(issue("v4", new VolunteerCommand.Appoint(NOMINATING, CommitteeRole.MEMBER, 1), OFFICER));
    assertThat(reasons).extracting(Refusal::rule).containsExactly("seatLimit");
    assertThat(reasons.get(0).message(Locale.ENGLISH)).isEqualTo("all 3 seats for MEMBER are taken during this term");
    assertThat(f.engine.load("v4").state()).isEqualTo(VolunteerState.SUBMITTED);
  }

  @Test
  void noOneHoldsMoreThanThreePositionsAtOnce() {
    f.appointAndAccept("ana", MEMBERSHIP, CommitteeRole.MEMBER, 1);
    f.appointAndAccept("ana", NOMINATING, CommitteeRole.MEMBER, 1);
    f.appointAndAccept("ana", PAPERS, CommitteeRole.MEMBER, 1);
    CommitteeFixtures g = f;
    g.engine.issue("fourth", Request.of(new VolunteerCommand.Submit(form("ana", NOMINATING)), volunteer("ana")));
    assertThat(refused(g.engine.issue("fourth", Request.of(new VolunteerCommand.Appoint(NOMINATING, CommitteeRole.CHAIR, 1), OFFICER))))
        .extracting(Refusal::rule).containsExactly("oneSeat", "threePositions");
  }

  @Test
  void onePersonHoldsOneSeatOnACommitteeAtATime() {
    f.appointAndAccept("ana", MEMBERSHIP, CommitteeRole.MEMBER, 2);
    issue("again", new VolunteerCommand.Submit(form("ana", MEMBERSHIP)), volunteer("ana"));
    List<Refusal> reasons = refused(issue("again", new VolunteerCommand.Appoint(MEMBERSHIP, CommitteeRole.CHAIR, 2), OFFICER));
    assertThat(reasons).extracting(r -> r.message(Locale.ENGLISH))
        .containsExactly("this person already holds a position on membership during this term");
    assertThat(f.book.get().appointments()).hasSize(1);
  }

  @Test
  void termLengthsOutsideAnyRuleAreRefusedNotRounded() {
    issue("v1", new VolunteerCommand.Submit(form("ana", PAPERS)), volunteer("ana"));
    for (int years : new int[] {0, -1, Integer.MIN_VALUE, 11, 2_000_000_000}) {
      assertThat(refused(issue("v1", new VolunteerCommand.Appoint(PAPERS, CommitteeRole.MEMBER, years), OFFICER)))
          .extracting(Refusal::rule).as("%d years", years).containsExactly("termLength");
    }
    assertThat(refused(issue("v1", new VolunteerCommand.Appoint(PAPERS, CommitteeRole.MEMBER, 0), OFFICER)).get(0)
        .message(Locale.ENGLISH)).startsWith("a term of 0 years is not allowed");
    assertThat(f.engine.load("v1").state()).isEqualTo(VolunteerState.SUBMITTED);
  }

  @Test
  void termLengthsFollowTheCommitteesTermRules() {
    issue("v1", new VolunteerCommand.Submit(form("ana", MEMBERSHIP)), volunteer("ana"));
    List<Refusal> reasons = refused(issue("v1", new VolunteerCommand.Appoint(MEMBERSHIP, CommitteeRole.CHAIR, 1), OFFICER));
    assertThat(reasons.get(0).message(Locale.ENGLISH)).isEqualTo("a term of 1 year is not allowed for this role (allowed: 2)");
    assertThat(issue("v1", new VolunteerCommand.Appoint(MEMBERSHIP, CommitteeRole.CHAIR, 2), OFFICER))
        .isInstanceOf(Outcome.Accepted.class);
  }

  @Test
  void consecutiveTermsAreLimitedAndAGapStartsAfresh() {
    LocalDate july2023 = LocalDate.of(2023, 7, 1);
    Roster history = new Roster(List.of(
        Appointment.forYears(MemberId.of("ana"), MEMBERSHIP, CommitteeRole.CHAIR, july2023.minusYears(2), 2),
        Appointment.forYears(MemberId.of("ana"), MEMBERSHIP, CommitteeRole.CHAIR, july2023, 2),
        Appointment.forYears(MemberId.of("bo"), PAPERS, CommitteeRole.MEMBER, july2023.minusYears(2), 2),
        Appointment.forYears(MemberId.of("bo"), PAPERS, CommitteeRole.MEMBER, july2023, 2),
        Appointment.forYears(MemberId.of("cy"), PAPERS, CommitteeRole.MEMBER, july2023.minusYears(2), 2)));
    CommitteeFixtures g = new CommitteeFixtures(history); // terms from July 1, 2027
    g.engine.issue("ana", Request.of(new VolunteerCommand.Submit(form("ana", MEMBERSHIP)), volunteer("ana")));
    // Ana's chair terms ended June 30, 2025: a gap of two years, so she may chair again.
    assertThat(g.engine.issue("ana", Request.of(new VolunteerCommand.Appoint(MEMBERSHIP, CommitteeRole.CHAIR, 2), OFFICER)))
        .isInstanceOf(Outcome.Accepted.class);
    Roster recent = new Roster(List.of(
        Appointment.forYears(MemberId.of("bo"), PAPERS, CommitteeRole.MEMBER, LocalDate.of(2023, 7, 1), 2),
        Appointment.forYears(MemberId.of("bo"), PAPERS, CommitteeRole.MEMBER, LocalDate.of(2025, 7, 1), 2)));
    CommitteeFixtures h = new CommitteeFixtures(recent);
    h.engine.issue("bo", Request.of(new VolunteerCommand.Submit(form("bo", PAPERS)), volunteer("bo")));
    List<Refusal> reasons = refused(h.engine.issue("bo", Request.of(new VolunteerCommand.Appoint(PAPERS, CommitteeRole.MEMBER, 1), OFFICER)));
    assertThat(reasons).extracting(Refusal::rule).containsExactly("termLimit");
    assertThat(reasons.get(0).message(Locale.ENGLISH))
        .isEqualTo("this would exceed 4 consecutive years on the committee; a person may return after 1 year off");
  }

  @Test
  void internsAreNeverAppointedBefore() {
    Roster history = new Roster(List.of(
        Appointment.forYears(MemberId.of("ana"), NOMINATING, CommitteeRole.MEMBER, LocalDate.of(2015, 7, 1), 1)));
    CommitteeFixtures g = new CommitteeFixtures(history);
    g.engine.issue("ana", Request.of(new VolunteerCommand.Submit(form("ana", PAPERS)), volunteer("ana")));
    assertThat(refused(g.engine.issue("ana", Request.of(new VolunteerCommand.Appoint(PAPERS, CommitteeRole.INTERN, 1), OFFICER))))
        .extracting(Refusal::rule).containsExactly("internEligibility");
    g.engine.issue("new", Request.of(new VolunteerCommand.Submit(form("newcomer", PAPERS)), volunteer("newcomer")));
    assertThat(g.engine.issue("new", Request.of(new VolunteerCommand.Appoint(PAPERS, CommitteeRole.INTERN, 1), OFFICER)))
        .isInstanceOf(Outcome.Accepted.class);
  }

  @Test
  void membersTermsAreStaggered() {
    f.appointAndAccept("m1", MEMBERSHIP, CommitteeRole.MEMBER, 2);
    f.appointAndAccept("m2", MEMBERSHIP, CommitteeRole.MEMBER, 2);
    issue("v3", new VolunteerCommand.Submit(form("m3", MEMBERSHIP)), volunteer("m3"));
    List<Refusal> reasons = refused(issue("v3", new VolunteerCommand.Appoint(MEMBERSHIP, CommitteeRole.MEMBER, 2), OFFICER));
    assertThat(reasons).extracting(Refusal::rule).containsExactly("staggering");
    assertThat(reasons.get(0).message(Locale.ENGLISH))
        .isEqualTo("too many members' terms would end in 2029 (at most 2); choose another term length");
    assertThat(issue("v3", new VolunteerCommand.Appoint(MEMBERSHIP, CommitteeRole.MEMBER, 1), OFFICER))
        .isInstanceOf(Outcome.Accepted.class);
  }

  @Test
  void everyReasonIsGivenAtOnce() {
    Roster history = new Roster(List.of(
        Appointment.forYears(MemberId.of("ana"), NOMINATING, CommitteeRole.MEMBER, LocalDate.of(2026, 7, 1), 2)));
    CommitteeFixtures g = new CommitteeFixtures(history);
    g.engine.issue("ana", Request.of(new VolunteerCommand.Submit(form("ana", NOMINATING)), volunteer("ana")));
    assertThat(refused(g.engine.issue("ana", Request.of(new VolunteerCommand.Appoint(NOMINATING, CommitteeRole.INTERN, 3), OFFICER))))
        .extracting(Refusal::rule).containsExactly("termLength", "oneSeat", "internEligibility");
  }

  @Test
  void declinesNeedReasonsAndVolunteersActOnOwnFormsOnly() {
    issue("v1", new VolunteerCommand.Submit(form("ana", MEMBERSHIP)), volunteer("ana"));
    assertThat(refused(issue("v1", new VolunteerCommand.Decline(""), OFFICER))).extracting(Refusal::rule).containsExactly("reasonGiven");
    assertThat(refused(issue("v1", new VolunteerCommand.Withdraw(), volunteer("bo")))).extracting(Refusal::rule).containsExactly("ownForm");
    assertThat(refused(issue("v2", new VolunteerCommand.Submit(form("ana", MEMBERSHIP)), volunteer("bo"))))
        .extracting(Refusal::rule).containsExactly("forSelf");
    assertThat(refused(issue("v3", new VolunteerCommand.Submit(form("bo", CommitteeId.of("no-such"))), volunteer("bo"))))
        .extracting(Refusal::rule).containsExactly("knownCommittees");
    issue("v1", new VolunteerCommand.Appoint(MEMBERSHIP, CommitteeRole.MEMBER, 1), OFFICER);
    issue("v1", new VolunteerCommand.DeclineOffer(), volunteer("ana"));
    assertThat(f.engine.load("v1").state()).isEqualTo(VolunteerState.OFFER_DECLINED);
    assertThat(f.book.get().appointments()).isEmpty();
  }

  @Test
  void anAppointingOfficerWhoVolunteeredMayNotDecideOnTheirOwnForm() {
    org.irrt.workflow.Actor lee = new org.irrt.workflow.Actor(org.irrt.workflow.ActorId.of("lee"),
        java.util.Set.of(org.irrt.workflow.Role.VOLUNTEER, org.irrt.workflow.Role.APPOINTING_OFFICER));
    issue("v1", new VolunteerCommand.Submit(form("lee", MEMBERSHIP)), lee);
    for (VolunteerCommand own : List.of(new VolunteerCommand.Shortlist(),
        new VolunteerCommand.Appoint(MEMBERSHIP, CommitteeRole.CHAIR, 2), new VolunteerCommand.Decline("Busy."))) {
      assertThat(refused(issue("v1", own, lee))).as(own.toString()).extracting(Refusal::rule).contains("fourEyes");
    }
    assertThat(refused(issue("v1", new VolunteerCommand.Shortlist(), lee)).get(0).message(Locale.ENGLISH))
        .isEqualTo("an appointing officer may not decide on their own volunteer form");
    assertThat(issue("v1", new VolunteerCommand.Appoint(MEMBERSHIP, CommitteeRole.CHAIR, 2), OFFICER))
        .isInstanceOf(Outcome.Accepted.class);
  }

  @Test
  void anOfferIsCheckedAgainWhenAccepted() {
    issue("v1", new VolunteerCommand.Submit(form("m1", NOMINATING)), volunteer("m1"));
    issue("v1", new VolunteerCommand.Appoint(NOMINATING, CommitteeRole.MEMBER, 1), OFFICER);
    for (String m : List.of("a1", "a2", "a3")) {
      f.appointAndAccept(m, NOMINATING, CommitteeRole.MEMBER, 1);
    }
    assertThat(refused(issue("v1", new VolunteerCommand.Accept(), volunteer("m1")))).extracting(Refusal::rule)
        .containsExactly("seatLimit");
  }
}
