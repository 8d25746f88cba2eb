package org.irrt.workflow.committee;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.irrt.workflow.EventListener;

/**
 * The current {@link Roster}, a thread-safe projection of committed volunteer events: an accepted
 * appointment joins the roster, and a filled vacancy ends the vacated appointment the day before its
 * successor starts. Register it as a listener of the engine and give it to the workflow,
 * whose appointment policies read it.
 */
public final class RosterBook implements EventListener<VolunteerEvent>, Supplier<Roster> {
  private final AtomicReference<Roster> roster;

  /**
   * A book starting from a roster (the appointments made before the workflows ran).
   *
   * @param initial the roster to start from
   */
  public RosterBook(Roster initial) {
    this.roster = new AtomicReference<>(java.util.Objects.requireNonNull(initial, "initial"));
  }

  @Override
  public void committed(String instanceId, List<VolunteerEvent> events) {
    Objects.requireNonNull(instanceId, "instanceId");
    Objects.requireNonNull(events, "events");
    for (VolunteerEvent e : events) {
      if (e instanceof VolunteerEvent.VacancyFilled filled) {
        // The acceptance checked that the vacated appointment is on the roster; a racing command may
        // have changed it since, and the roster then keeps what it has.
        roster.updateAndGet(r -> r.appointments().contains(filled.vacated())
            ? r.vacate(filled.vacated(), filled.successor().start().minusDays(1)) : r);
      }
      if (e instanceof VolunteerEvent.AppointmentAccepted accepted) {
        roster.updateAndGet(r -> r.with(accepted.appointment()));
      }
    }
  }

  @Override
  public Roster get() {
    return roster.get();
  }
}
