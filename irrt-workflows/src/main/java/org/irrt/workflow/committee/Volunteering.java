package org.irrt.workflow.committee;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A committee volunteer form as its events made it: the form, its cycle, the state, and the
 * appointment offered or accepted.
 *
 * @param id the form's id
 * @param state the state
 * @param form the form, once submitted
 * @param termStart the first day of the cycle's terms, once submitted
 * @param offer the appointment offered or accepted
 * @param vacated the appointment whose vacancy the offer fills, when it does
 * @param reason the officer's reason when declined
 */
public record Volunteering(String id, VolunteerState state, Optional<VolunteerForm> form,
    Optional<LocalDate> termStart, Optional<Appointment> offer, Optional<Appointment> vacated,
    Optional<String> reason) {
  /**
   * Checks the parts.
   *
   * @throws NullPointerException when an argument is null
   */
  public Volunteering {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(termStart, "termStart");
    Objects.requireNonNull(offer, "offer");
    Objects.requireNonNull(vacated, "vacated");
    Objects.requireNonNull(reason, "reason");
  }

  static Volunteering empty(String id) {
    return new Volunteering(id, VolunteerState.NONE, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty());
  }

  Volunteering to(VolunteerState next) {
    return new Volunteering(id, next, form, termStart, offer, vacated, reason);
  }
}
