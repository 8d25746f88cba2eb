package org.irrt.workflow.committee;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.LocalDate;
import org.irrt.workflow.EventHeader;
import org.irrt.workflow.WorkflowEvent;

/** The events of a committee volunteer form, its audit trail. */
public sealed interface VolunteerEvent extends WorkflowEvent {
  /**
   * @param header who, when
   * @param form the form
   * @param termStart the first day of the terms of the form's cycle
   */
  record FormSubmitted(EventHeader header, VolunteerForm form,
      @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate termStart) implements VolunteerEvent {}

  /** @param header who, when */
  record Shortlisted(EventHeader header) implements VolunteerEvent {}

  /**
   * @param header who, when
   * @param appointment the position offered
   */
  record AppointmentOffered(EventHeader header, Appointment appointment) implements VolunteerEvent {}

  /**
   * @param header who, when
   * @param appointment the partial position offered, for the rest of the vacated term
   * @param vacated the appointment whose holder left
   */
  record VacancyOffered(EventHeader header, Appointment appointment, Appointment vacated) implements VolunteerEvent {}

  /**
   * The vacated appointment ends the day before its successor starts; emitted with the successor's
   * {@link AppointmentAccepted}.
   *
   * @param header who, when
   * @param vacated the appointment whose holder left, as it stood on the roster
   * @param successor the appointment that fills the vacancy
   */
  record VacancyFilled(EventHeader header, Appointment vacated, Appointment successor) implements VolunteerEvent {}

  /**
   * @param header who, when
   * @param reason why
   */
  record VolunteerDeclined(EventHeader header, String reason) implements VolunteerEvent {}

  /** @param header who, when */
  record VolunteerWithdrew(EventHeader header) implements VolunteerEvent {}

  /**
   * @param header who, when
   * @param appointment the position, now on the roster
   */
  record AppointmentAccepted(EventHeader header, Appointment appointment) implements VolunteerEvent {}

  /** @param header who, when */
  record OfferDeclined(EventHeader header) implements VolunteerEvent {}
}
