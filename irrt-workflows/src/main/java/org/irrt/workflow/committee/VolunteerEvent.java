package org.irrt.workflow.committee;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.LocalDate;
import java.util.Objects;
import org.irrt.model.member.MemberId;
import org.irrt.workflow.DataSubject;
import org.irrt.workflow.EventHeader;
import org.irrt.workflow.PersonalData;
import org.irrt.workflow.WorkflowEvent;

/**
 * The events of a committee volunteer form, its audit trail. {@link FormSubmitted} holds what the
 * volunteer wrote about themselves: it is {@link PersonalData} of the volunteer. The appointments
 * name members by id only, which a host keeps opaque.
 */
public sealed interface VolunteerEvent extends WorkflowEvent {
  /**
   * @param header who, when
   * @param form the form
   * @param termStart the first day of the terms of the form's cycle
   */
  record FormSubmitted(EventHeader header, VolunteerForm form,
      @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate termStart)
      implements VolunteerEvent, PersonalData<VolunteerEvent> {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException when an argument is null
     */
    public FormSubmitted {
      Objects.requireNonNull(header, "header");
      Objects.requireNonNull(form, "form");
      Objects.requireNonNull(termStart, "termStart");
    }

    /** The volunteer. */
    @Override
    public DataSubject dataSubject() {
      return DataSubject.member(form.member());
    }

    /**
     * The form keyed by the pseudonym, its statement {@code Statement erased} and its availability
     * empty; the committees preferred unchanged.
     */
    @Override
    public FormSubmitted erased(MemberId pseudonym) {
      Objects.requireNonNull(pseudonym, "pseudonym");
      return new FormSubmitted(header.withoutFingerprint(),
          new VolunteerForm(pseudonym, form.preferences(), "Statement erased", ""), termStart);
    }
  }

  /** @param header who, when */
  record Shortlisted(EventHeader header) implements VolunteerEvent {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException when an argument is null
     */
    public Shortlisted {
      Objects.requireNonNull(header, "header");
    }
  }

  /**
   * @param header who, when
   * @param appointment the position offered
   */
  record AppointmentOffered(EventHeader header, Appointment appointment) implements VolunteerEvent {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException when an argument is null
     */
    public AppointmentOffered {
      Objects.requireNonNull(header, "header");
      Objects.requireNonNull(appointment, "appointment");
    }
  }

  /**
   * @param header who, when
   * @param appointment the partial position offered, for the rest of the vacated term
   * @param vacated the appointment whose holder left
   */
  record VacancyOffered(EventHeader header, Appointment appointment, Appointment vacated) implements VolunteerEvent {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException when an argument is null
     */
    public VacancyOffered {
      Objects.requireNonNull(header, "header");
      Objects.requireNonNull(appointment, "appointment");
      Objects.requireNonNull(vacated, "vacated");
    }
  }

  /**
   * The vacated appointment ends the day before its successor starts; emitted with the successor's
   * {@link AppointmentAccepted}.
   *
   * @param header who, when
   * @param vacated the appointment whose holder left, as it stood on the roster
   * @param successor the appointment that fills the vacancy
   */
  record VacancyFilled(EventHeader header, Appointment vacated, Appointment successor) implements VolunteerEvent {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException when an argument is null
     */
    public VacancyFilled {
      Objects.requireNonNull(header, "header");
      Objects.requireNonNull(vacated, "vacated");
      Objects.requireNonNull(successor, "successor");
    }
  }

  /**
   * @param header who, when
   * @param reason why
   */
  record VolunteerDeclined(EventHeader header, String reason) implements VolunteerEvent {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException when an argument is null
     */
    public VolunteerDeclined {
      Objects.requireNonNull(header, "header");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** @param header who, when */
  record VolunteerWithdrew(EventHeader header) implements VolunteerEvent {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException when an argument is null
     */
    public VolunteerWithdrew {
      Objects.requireNonNull(header, "header");
    }
  }

  /**
   * @param header who, when
   * @param appointment the position, now on the roster
   */
  record AppointmentAccepted(EventHeader header, Appointment appointment) implements VolunteerEvent {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException when an argument is null
     */
    public AppointmentAccepted {
      Objects.requireNonNull(header, "header");
      Objects.requireNonNull(appointment, "appointment");
    }
  }

  /** @param header who, when */
  record OfferDeclined(EventHeader header) implements VolunteerEvent {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException when an argument is null
     */
    public OfferDeclined {
      Objects.requireNonNull(header, "header");
    }
  }
}
