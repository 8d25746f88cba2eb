package org.irrt.workflow.committee;

import static org.irrt.workflow.committee.VolunteerState.ACCEPTED;
import static org.irrt.workflow.committee.VolunteerState.DECLINED;
import static org.irrt.workflow.committee.VolunteerState.NONE;
import static org.irrt.workflow.committee.VolunteerState.OFFERED;
import static org.irrt.workflow.committee.VolunteerState.OFFER_DECLINED;
import static org.irrt.workflow.committee.VolunteerState.SHORTLISTED;
import static org.irrt.workflow.committee.VolunteerState.SUBMITTED;
import static org.irrt.workflow.committee.VolunteerState.WITHDRAWN;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.irrt.workflow.Actor;
import org.irrt.workflow.Guard;
import org.irrt.workflow.Organisation;
import org.irrt.workflow.Refusal;
import org.irrt.workflow.Role;
import org.irrt.workflow.StoreProjection;
import org.irrt.workflow.Workflow;
import org.irrt.workflow.WorkflowDefinition;
import org.irrt.workflow.committee.VolunteerCommand.Accept;
import org.irrt.workflow.committee.VolunteerCommand.Appoint;
import org.irrt.workflow.committee.VolunteerCommand.Decline;
import org.irrt.workflow.committee.VolunteerCommand.DeclineOffer;
import org.irrt.workflow.committee.VolunteerCommand.FillVacancy;
import org.irrt.workflow.committee.VolunteerCommand.Shortlist;
import org.irrt.workflow.committee.VolunteerCommand.Submit;
import org.irrt.workflow.committee.VolunteerCommand.Withdraw;

/**
 * Committee volunteering and appointments (ALA practice, DOMAIN.md section 3): a member sends a
 * volunteer form (it joins the cycle whose deadline it meets, or rolls to the next); the appointing
 * officer shortlists, appoints (chair, vice-chair, member, intern, ex officio, staff liaison) or
 * declines; the volunteer may withdraw; an appointee accepts or declines the offer. Appointments
 * must meet the {@link AppointmentPolicies}, checked when offered and again when accepted (the
 * roster may have changed meanwhile); an accepted appointment joins the roster.
 *
 * <p>A vacancy (someone left during their term) is filled for the rest of that term ({@link
 * VolunteerCommand.FillVacancy}): the offer is checked against the roster as it will be, the vacated
 * appointment ending the day before; on acceptance it does ({@link VolunteerEvent.VacancyFilled}).
 * Whether the partial term counts toward the term limits is the policies' {@link
 * org.irrt.model.committee.PartialTermRule}.
 */
public final class CommitteeVolunteerWorkflow extends Workflow<Volunteering, VolunteerState, VolunteerCommand,
    VolunteerEvent> {
  private final Organisation organisation;
  private final AppointmentCycle cycle;
  private final AppointmentPolicies policies;
  private final Supplier<Roster> roster;
  private final WorkflowDefinition<VolunteerState, Volunteering, VolunteerCommand, VolunteerEvent> definition;

  /**
   * Creates the workflow.
   *
   * @param organisation the organisation: its time zone (the day a form is sent decides its cycle)
   *     and its round table, whose committees volunteers name
   * @param cycle the deadline and the term start day
   * @param policies the appointment rules, for the organisation's round table
   * @param roster the current roster, read from the store ({@link RosterBook})
   * @throws IllegalArgumentException when the organisation has no round table, or the policies are
   *     for another one
   */
  public CommitteeVolunteerWorkflow(Organisation organisation, AppointmentCycle cycle, AppointmentPolicies policies,
      Supplier<Roster> roster) {
    this.organisation = Objects.requireNonNull(organisation, "organisation");
    this.cycle = Objects.requireNonNull(cycle, "cycle");
    this.policies = Objects.requireNonNull(policies, "policies");
    this.roster = Objects.requireNonNull(roster, "roster");
    if (!organisation.roundTable().equals(Optional.of(policies.roundTable()))) {
      throw new IllegalArgumentException("the policies must be those of the organisation's round table");
    }
    Role volunteer = Role.VOLUNTEER;
    Role officer = Role.APPOINTING_OFFICER;
    this.definition = WorkflowDefinition.<VolunteerState, Volunteering, VolunteerCommand, VolunteerEvent>builder(
            "committee-volunteering", VolunteerState.class, NONE)
        .on(NONE, Submit.class, SUBMITTED).by(volunteer).when(FOR_SELF, knownPreferences())
        .emits((v, c, h) -> new VolunteerEvent.FormSubmitted(h, c.form(),
            cycle.termStartFor(LocalDate.ofInstant(h.at(), organisation.zone()))))
        .on(SUBMITTED, Shortlist.class, SHORTLISTED).by(officer).when(FOUR_EYES)
        .emits((v, c, h) -> new VolunteerEvent.Shortlisted(h))
        .on(Set.of(SUBMITTED, SHORTLISTED), Appoint.class, OFFERED).by(officer).when(FOUR_EYES, appointmentPolicies())
        .emits((v, c, h) -> new VolunteerEvent.AppointmentOffered(h, offerFor(v, c)))
        .on(Set.of(SUBMITTED, SHORTLISTED), FillVacancy.class, OFFERED).by(officer)
        .when(FOUR_EYES, vacancyOpen(), vacancyPolicies())
        .emits((v, c, h) -> new VolunteerEvent.VacancyOffered(h, vacancyOffer(v, c), c.vacated()))
        .on(Set.of(SUBMITTED, SHORTLISTED), Decline.class, DECLINED).by(officer).when(FOUR_EYES, REASON_GIVEN)
        .emits((v, c, h) -> new VolunteerEvent.VolunteerDeclined(h, c.reason()))
        .on(Set.of(SUBMITTED, SHORTLISTED, OFFERED), Withdraw.class, WITHDRAWN).by(volunteer).when(OWN)
        .emits((v, c, h) -> new VolunteerEvent.VolunteerWithdrew(h))
        .on(OFFERED, Accept.class, ACCEPTED).by(volunteer).when(OWN, vacancyStillOpen(), offerStillValid())
        .emitsAll((v, c, h) -> v.vacated().isPresent()
            ? List.of(new VolunteerEvent.VacancyFilled(h, v.vacated().get(), v.offer().orElseThrow()),
                new VolunteerEvent.AppointmentAccepted(h, v.offer().orElseThrow()))
            : List.of(new VolunteerEvent.AppointmentAccepted(h, v.offer().orElseThrow())))
        .on(OFFERED, DeclineOffer.class, OFFER_DECLINED).by(volunteer).when(OWN)
        .emits((v, c, h) -> new VolunteerEvent.OfferDeclined(h))
        .build();
  }

  private static boolean isVolunteer(Volunteering v, Actor actor) {
    return v.form().map(f -> actor.id().is(f.member())).orElse(false);
  }

  static final Guard<Volunteering, Object> OWN = Guard.of("ownForm",
      (v, c, actor, at) -> Refusal.when(!isVolunteer(v, actor), "ownForm", "org.irrt.workflow.ownOnly"));

  /** No appointing officer decides on their own volunteer form. */
  static final Guard<Volunteering, Object> FOUR_EYES = Guard.of("fourEyes",
      (v, c, actor, at) -> Refusal.when(isVolunteer(v, actor), "fourEyes", "org.irrt.workflow.committee.fourEyes"));

  static final Guard<Volunteering, Submit> FOR_SELF = Guard.of("forSelf",
      (v, c, actor, at) -> Refusal.when(!actor.id().is(c.form().member()), "forSelf", "org.irrt.workflow.ownOnly"));

  static final Guard<Volunteering, Decline> REASON_GIVEN = Guard.of("reasonGiven",
      (v, c, actor, at) -> Refusal.ofReason("reasonGiven", c.reason()));

  private Guard<Volunteering, Submit> knownPreferences() {
    return Guard.of("knownCommittees", (v, c, actor, at) -> c.form().preferences().stream()
        .filter(id -> organisation.committee(id).isEmpty()).findFirst()
        .map(id -> new Refusal("knownCommittees", "org.irrt.workflow.committee.unknown", id.value())));
  }

  private Guard<Volunteering, Appoint> appointmentPolicies() {
    return Guard.ofAll("appointmentPolicies", (v, c, actor, at) -> wouldRefuse(v, c));
  }

  /** The vacated appointment is on the roster, and the successor starts within it after its first day. */
  private Guard<Volunteering, FillVacancy> vacancyOpen() {
    return Guard.of("vacancyOpen", (v, c, actor, at) -> vacancyRefusal(c.vacated(), c.start()));
  }

  /** When the offer fills a vacancy: the vacated appointment is still on the roster (nobody else filled it). */
  private Guard<Volunteering, Object> vacancyStillOpen() {
    return Guard.of("vacancyOpen",
        (v, c, actor, at) -> v.vacated().flatMap(vacated -> vacancyRefusal(vacated, v.offer().orElseThrow().start())));
  }

  private Optional<Refusal> vacancyRefusal(Appointment vacated, LocalDate start) {
    if (!roster.get().appointments().contains(vacated)) {
      return Optional.of(new Refusal("vacancyOpen", "org.irrt.workflow.committee.vacancyUnknown"));
    }
    if (!start.isAfter(vacated.start()) || start.isAfter(vacated.end())) {
      return Optional.of(new Refusal("vacancyOpen", "org.irrt.workflow.committee.vacancyStart",
          vacated.start().toString(), vacated.end().toString()));
    }
    return Optional.empty();
  }

  private Guard<Volunteering, FillVacancy> vacancyPolicies() {
    return Guard.ofAll("appointmentPolicies", (v, fill, actor, at) -> {
      if (vacancyRefusal(fill.vacated(), fill.start()).isPresent()) {
        return List.of(); // refused by vacancyOpen already
      }
      return policies.check(vacancyOffer(v, fill), roster.get().vacate(fill.vacated(), fill.start().minusDays(1)));
    });
  }

  private Guard<Volunteering, Object> offerStillValid() {
    return Guard.ofAll("appointmentPolicies", (v, c, actor, at) -> {
      Appointment offer = v.offer().orElseThrow();
      if (v.vacated().isEmpty()) {
        return policies.check(offer, roster.get());
      }
      if (vacancyRefusal(v.vacated().get(), offer.start()).isPresent()) {
        return List.of(); // refused by vacancyOpen already
      }
      return policies.check(offer, roster.get().vacate(v.vacated().get(), offer.start().minusDays(1)));
    });
  }

  private static Appointment vacancyOffer(Volunteering v, FillVacancy fill) {
    return Appointment.toFill(fill.vacated(), v.form().orElseThrow().member(), fill.start());
  }

  /**
   * Every reason an appointment would be refused now, for an officer's screen.
   *
   * @param volunteering the form
   * @param appoint the intended appointment
   * @return the refusals; empty when it would be accepted
   */
  public List<Refusal> wouldRefuse(Volunteering volunteering, Appoint appoint) {
    Objects.requireNonNull(volunteering, "volunteering");
    Objects.requireNonNull(appoint, "appoint");
    if (appoint.termYears() < 1 || appoint.termYears() > MAX_TERM_YEARS) {
      return policies.termLength(appoint.committee(), appoint.role(), appoint.termYears()).stream().toList();
    }
    return policies.check(offerFor(volunteering, appoint), roster.get());
  }

  /** No committee rule anywhere allows more; longer terms are refused before any date is computed. */
  private static final int MAX_TERM_YEARS = 10;

  private static Appointment offerFor(Volunteering v, Appoint a) {
    return Appointment.forYears(v.form().orElseThrow().member(), a.committee(), a.role(), v.termStart().orElseThrow(),
        a.termYears());
  }

  /**
   * Commands of this workflow read the roster, built from every form's events (seat limits, three
   * positions, term limits), so the engine decides and appends them one at a time.
   *
   * @return {@code true}
   */
  @Override
  public boolean spansInstances() {
    return true;
  }

  /**
   * The roster, when it is a view over the store ({@link RosterBook}). It is built from
   * appointments, which hold member ids only and are not personal data, so an erasure changes
   * nothing in it; it is named all the same, so that every view a workflow reads starts over with
   * the engine's instances ({@link org.irrt.workflow.WorkflowEngine#forgetInstances()}).
   *
   * @return the roster's book, or none for a roster of another kind
   */
  @Override
  public List<StoreProjection<?>> views() {
    return roster instanceof StoreProjection<?> view ? List.of(view) : List.of();
  }

  @Override
  public WorkflowDefinition<VolunteerState, Volunteering, VolunteerCommand, VolunteerEvent> definition() {
    return definition;
  }

  @Override
  public Volunteering initial(String id) {
    Objects.requireNonNull(id, "id");
    return Volunteering.empty(id);
  }

  @Override
  protected Volunteering apply(Volunteering v, VolunteerEvent event, VolunteerState state) {
    if (event instanceof VolunteerEvent.FormSubmitted e) {
      return new Volunteering(v.id(), state, Optional.of(e.form()), Optional.of(e.termStart()), Optional.empty(),
          Optional.empty(), Optional.empty());
    }
    if (event instanceof VolunteerEvent.AppointmentOffered e) {
      return new Volunteering(v.id(), state, v.form(), v.termStart(), Optional.of(e.appointment()), Optional.empty(),
          v.reason());
    }
    if (event instanceof VolunteerEvent.VacancyOffered e) {
      return new Volunteering(v.id(), state, v.form(), v.termStart(), Optional.of(e.appointment()),
          Optional.of(e.vacated()), v.reason());
    }
    if (event instanceof VolunteerEvent.VolunteerDeclined e) {
      return new Volunteering(v.id(), state, v.form(), v.termStart(), v.offer(), v.vacated(), Optional.of(e.reason()));
    }
    return v.to(state); // shortlisted, withdrew, vacancy filled, accepted, offer declined
  }
}
