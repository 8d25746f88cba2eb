package org.irrt.workflow.committee;

import static org.irrt.workflow.committee.VolunteerCommand.Kind.ACCEPT;
import static org.irrt.workflow.committee.VolunteerCommand.Kind.APPOINT;
import static org.irrt.workflow.committee.VolunteerCommand.Kind.DECLINE;
import static org.irrt.workflow.committee.VolunteerCommand.Kind.DECLINE_OFFER;
import static org.irrt.workflow.committee.VolunteerCommand.Kind.FILL_VACANCY;
import static org.irrt.workflow.committee.VolunteerCommand.Kind.SHORTLIST;
import static org.irrt.workflow.committee.VolunteerCommand.Kind.SUBMIT;
import static org.irrt.workflow.committee.VolunteerCommand.Kind.WITHDRAW;
import static org.irrt.workflow.committee.VolunteerState.ACCEPTED;
import static org.irrt.workflow.committee.VolunteerState.DECLINED;
import static org.irrt.workflow.committee.VolunteerState.NONE;
import static org.irrt.workflow.committee.VolunteerState.OFFERED;
import static org.irrt.workflow.committee.VolunteerState.OFFER_DECLINED;
import static org.irrt.workflow.committee.VolunteerState.SHORTLISTED;
import static org.irrt.workflow.committee.VolunteerState.SUBMITTED;
import static org.irrt.workflow.committee.VolunteerState.WITHDRAWN;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.irrt.workflow.Actor;
import org.irrt.workflow.EventHeader;
import org.irrt.workflow.Guard;
import org.irrt.workflow.Refusal;
import org.irrt.workflow.Role;
import org.irrt.workflow.Transition;
import org.irrt.workflow.Workflow;
import org.irrt.workflow.WorkflowDefinition;

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
public final class CommitteeVolunteerWorkflow extends Workflow<Volunteering, VolunteerState, VolunteerCommand.Kind,
    VolunteerCommand, VolunteerEvent> {
  private final ZoneId zone;
  private final AppointmentCycle cycle;
  private final AppointmentPolicies policies;
  private final Supplier<Roster> roster;
  private final WorkflowDefinition<VolunteerState, VolunteerCommand.Kind, Volunteering, VolunteerCommand> definition;

  /**
   * Creates the workflow.
   *
   * @param zone the organisation's time zone (the day a form is sent decides its cycle)
   * @param cycle the deadline and the term start day
   * @param policies the appointment rules
   * @param roster the current roster, e.g. a {@link RosterBook}
   */
  public CommitteeVolunteerWorkflow(ZoneId zone, AppointmentCycle cycle, AppointmentPolicies policies,
      Supplier<Roster> roster) {
    this.zone = Objects.requireNonNull(zone, "zone");
    this.cycle = Objects.requireNonNull(cycle, "cycle");
    this.policies = Objects.requireNonNull(policies, "policies");
    this.roster = Objects.requireNonNull(roster, "roster");
    Set<Role> volunteer = Set.of(Role.VOLUNTEER);
    Set<Role> officer = Set.of(Role.APPOINTING_OFFICER);
    this.definition = WorkflowDefinition.<VolunteerState, VolunteerCommand.Kind, Volunteering, VolunteerCommand>
            builder("committee-volunteering", VolunteerState.class, NONE)
        .on(NONE, SUBMIT, SUBMITTED, volunteer, FOR_SELF, knownPreferences())
        .on(SUBMITTED, SHORTLIST, SHORTLISTED, officer)
        .on(Set.of(SUBMITTED, SHORTLISTED), APPOINT, OFFERED, officer, appointmentPolicies())
        .on(Set.of(SUBMITTED, SHORTLISTED), FILL_VACANCY, OFFERED, officer, vacancyOpen(), vacancyPolicies())
        .on(Set.of(SUBMITTED, SHORTLISTED), DECLINE, DECLINED, officer, REASON_GIVEN)
        .on(Set.of(SUBMITTED, SHORTLISTED, OFFERED), WITHDRAW, WITHDRAWN, volunteer, OWN)
        .on(OFFERED, ACCEPT, ACCEPTED, volunteer, OWN, vacancyStillOpen(), offerStillValid())
        .on(OFFERED, DECLINE_OFFER, OFFER_DECLINED, volunteer, OWN)
        .build();
  }

  private static boolean isVolunteer(Volunteering v, Actor actor) {
    return v.form().map(f -> actor.id().is(f.member())).orElse(false);
  }

  static final Guard<Volunteering, VolunteerCommand> OWN = Guard.of("ownForm",
      (v, c, actor, at) -> Refusal.when(!isVolunteer(v, actor), "ownForm", "org.irrt.workflow.ownOnly"));

  static final Guard<Volunteering, VolunteerCommand> FOR_SELF = Guard.of("forSelf",
      (v, c, actor, at) -> Refusal.when(!actor.id().is(((VolunteerCommand.Submit) c).form().member()),
          "forSelf", "org.irrt.workflow.ownOnly"));

  static final Guard<Volunteering, VolunteerCommand> REASON_GIVEN = Guard.of("reasonGiven",
      (v, c, actor, at) -> {
        String reason = ((VolunteerCommand.Decline) c).reason();
        return Refusal.ofReason("reasonGiven", reason);
      });

  private Guard<Volunteering, VolunteerCommand> knownPreferences() {
    return Guard.of("knownCommittees", (v, c, actor, at) -> ((VolunteerCommand.Submit) c).form().preferences().stream()
        .filter(id -> policies.roundTable().committee(id).isEmpty()).findFirst()
        .map(id -> new Refusal("knownCommittees", "org.irrt.workflow.committee.unknown", id.value())));
  }

  private Guard<Volunteering, VolunteerCommand> appointmentPolicies() {
    return Guard.ofAll("appointmentPolicies", (v, c, actor, at) -> wouldRefuse(v, (VolunteerCommand.Appoint) c));
  }

  /** The vacated appointment is on the roster, and the successor starts within it after its first day. */
  private Guard<Volunteering, VolunteerCommand> vacancyOpen() {
    return Guard.of("vacancyOpen", (v, c, actor, at) -> {
      VolunteerCommand.FillVacancy fill = (VolunteerCommand.FillVacancy) c;
      return vacancyRefusal(fill.vacated(), fill.start());
    });
  }

  /** When the offer fills a vacancy: the vacated appointment is still on the roster (nobody else filled it). */
  private Guard<Volunteering, VolunteerCommand> vacancyStillOpen() {
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

  private Guard<Volunteering, VolunteerCommand> vacancyPolicies() {
    return Guard.ofAll("appointmentPolicies", (v, c, actor, at) -> {
      VolunteerCommand.FillVacancy fill = (VolunteerCommand.FillVacancy) c;
      if (vacancyRefusal(fill.vacated(), fill.start()).isPresent()) {
        return List.of(); // refused by vacancyOpen already
      }
      return policies.check(vacancyOffer(v, fill), roster.get().vacate(fill.vacated(), fill.start().minusDays(1)));
    });
  }

  private Guard<Volunteering, VolunteerCommand> offerStillValid() {
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

  private static Appointment vacancyOffer(Volunteering v, VolunteerCommand.FillVacancy fill) {
    return Appointment.toFill(fill.vacated(), v.form().orElseThrow().member(), fill.start());
  }

  /**
   * Every reason an appointment would be refused now, for an officer's screen.
   *
   * @param volunteering the form
   * @param appoint the intended appointment
   * @return the refusals; empty when it would be accepted
   */
  public List<Refusal> wouldRefuse(Volunteering volunteering, VolunteerCommand.Appoint appoint) {
    Objects.requireNonNull(volunteering, "volunteering");
    Objects.requireNonNull(appoint, "appoint");
    if (appoint.termYears() < 1 || appoint.termYears() > MAX_TERM_YEARS) {
      return policies.termLength(appoint.committee(), appoint.role(), appoint.termYears()).stream().toList();
    }
    return policies.check(offerFor(volunteering, appoint), roster.get());
  }

  /** No committee rule anywhere allows more; longer terms are refused before any date is computed. */
  private static final int MAX_TERM_YEARS = 10;

  private static Appointment offerFor(Volunteering v, VolunteerCommand.Appoint a) {
    return Appointment.forYears(v.form().orElseThrow().member(), a.committee(), a.role(), v.termStart().orElseThrow(),
        a.termYears());
  }

  @Override
  public WorkflowDefinition<VolunteerState, VolunteerCommand.Kind, Volunteering, VolunteerCommand> definition() {
    return definition;
  }

  @Override
  public Volunteering initial(String id) {
    Objects.requireNonNull(id, "id");
    return Volunteering.empty(id);
  }

  @Override
  public VolunteerState state(Volunteering instance) {
    Objects.requireNonNull(instance, "instance");
    return instance.state();
  }

  @Override
  public VolunteerCommand.Kind kind(VolunteerCommand command) {
    Objects.requireNonNull(command, "command");
    return command.kind();
  }

  @Override
  protected VolunteerCommand automaticCommand(VolunteerCommand.Kind kind, Volunteering instance) {
    throw new IllegalStateException("no automatic rows");
  }

  @Override
  protected List<VolunteerEvent> events(Volunteering v, VolunteerCommand command,
      Transition<VolunteerState, VolunteerCommand.Kind, Volunteering, VolunteerCommand> row, EventHeader h) {
    if (command instanceof VolunteerCommand.Submit s) {
      LocalDate sent = LocalDate.ofInstant(h.at(), zone);
      return List.of(new VolunteerEvent.FormSubmitted(h, s.form(), cycle.termStartFor(sent)));
    }
    if (command instanceof VolunteerCommand.Appoint a) {
      return List.of(new VolunteerEvent.AppointmentOffered(h, offerFor(v, a)));
    }
    if (command instanceof VolunteerCommand.FillVacancy fill) {
      return List.of(new VolunteerEvent.VacancyOffered(h, vacancyOffer(v, fill), fill.vacated()));
    }
    if (command instanceof VolunteerCommand.Accept && v.vacated().isPresent()) {
      Appointment offer = v.offer().orElseThrow();
      return List.of(new VolunteerEvent.VacancyFilled(h, v.vacated().get(), offer),
          new VolunteerEvent.AppointmentAccepted(h, offer));
    }
    if (command instanceof VolunteerCommand.Decline d) {
      return List.of(new VolunteerEvent.VolunteerDeclined(h, d.reason()));
    }
    return List.of(switch (command.kind()) {
      case SHORTLIST -> new VolunteerEvent.Shortlisted(h);
      case WITHDRAW -> new VolunteerEvent.VolunteerWithdrew(h);
      case ACCEPT -> new VolunteerEvent.AppointmentAccepted(h, v.offer().orElseThrow());
      case DECLINE_OFFER -> new VolunteerEvent.OfferDeclined(h);
      default -> throw new IllegalStateException("no event for " + command.kind());
    });
  }

  @Override
  public Volunteering evolve(Volunteering v, VolunteerEvent event) {
    Objects.requireNonNull(v, "v");
    Objects.requireNonNull(event, "event");
    if (event instanceof VolunteerEvent.FormSubmitted e) {
      return new Volunteering(v.id(), SUBMITTED, Optional.of(e.form()), Optional.of(e.termStart()), Optional.empty(),
          Optional.empty(), Optional.empty());
    }
    if (event instanceof VolunteerEvent.AppointmentOffered e) {
      return new Volunteering(v.id(), OFFERED, v.form(), v.termStart(), Optional.of(e.appointment()), Optional.empty(),
          v.reason());
    }
    if (event instanceof VolunteerEvent.VacancyOffered e) {
      return new Volunteering(v.id(), OFFERED, v.form(), v.termStart(), Optional.of(e.appointment()),
          Optional.of(e.vacated()), v.reason());
    }
    if (event instanceof VolunteerEvent.VacancyFilled) {
      return v; // the roster's change; the form's state changes with the AppointmentAccepted that follows
    }
    if (event instanceof VolunteerEvent.VolunteerDeclined e) {
      return new Volunteering(v.id(), DECLINED, v.form(), v.termStart(), v.offer(), v.vacated(), Optional.of(e.reason()));
    }
    if (event instanceof VolunteerEvent.Shortlisted) {
      return v.to(SHORTLISTED);
    }
    if (event instanceof VolunteerEvent.VolunteerWithdrew) {
      return v.to(WITHDRAWN);
    }
    if (event instanceof VolunteerEvent.AppointmentAccepted) {
      return v.to(ACCEPTED);
    }
    if (event instanceof VolunteerEvent.OfferDeclined) {
      return v.to(OFFER_DECLINED);
    }
    throw new IllegalStateException("unknown event " + event.getClass().getSimpleName());
  }
}
