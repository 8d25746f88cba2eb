package org.irrt.workflow.committee;

import java.util.Objects;
import java.util.function.Supplier;
import org.irrt.workflow.StoreProjection;
import org.irrt.workflow.WorkflowStore;

/**
 * The current {@link Roster}, read from the committee volunteering store itself before every
 * answer: an accepted appointment joins the roster, and a filled vacancy ends the vacated
 * appointment the day before its successor starts. Give it to the workflow, whose appointment
 * policies read it: seat limits and the other rules are decided against the store's own data, never
 * against a cache fed by listeners that may lag. Thread-safe; applying an event twice changes
 * nothing more.
 */
public final class RosterBook extends StoreProjection<VolunteerEvent> implements Supplier<Roster> {
  private final Roster initial;
  private Roster roster;

  /**
   * A book over a store, starting from a roster (the appointments made before the workflows ran).
   *
   * @param store the store of the committee volunteering workflow
   * @param initial the roster to start from
   */
  public RosterBook(WorkflowStore<VolunteerEvent> store, Roster initial) {
    super(store);
    this.initial = Objects.requireNonNull(initial, "initial");
    this.roster = initial;
  }

  @Override
  protected void apply(String instanceId, VolunteerEvent e) {
    if (e instanceof VolunteerEvent.VacancyFilled filled && roster.appointments().contains(filled.vacated())) {
      roster = roster.vacate(filled.vacated(), filled.successor().start().minusDays(1));
    }
    if (e instanceof VolunteerEvent.AppointmentAccepted accepted && !roster.appointments().contains(accepted.appointment())) {
      roster = roster.with(accepted.appointment());
    }
  }

  @Override
  protected void clear() {
    roster = initial;
  }

  /**
   * The roster as the store's events make it now.
   *
   * @return the roster
   */
  @Override
  public Roster get() {
    return answer(() -> roster);
  }
}
