package org.irrt.workflow.committee;

import java.time.LocalDate;
import java.util.Objects;
import org.irrt.model.committee.CommitteeId;
import org.irrt.model.committee.CommitteeRole;

/**
 * The commands of the committee volunteer workflow, one record per command; the table keys its rows
 * by the record's type. Committees are named by id; their rules come from the organisation's round
 * table.
 */
public sealed interface VolunteerCommand {
  /**
   * The volunteer sends the form.
   *
   * @param form the form
   */
  record Submit(VolunteerForm form) implements VolunteerCommand {
    /** Checks the form. */
    public Submit {
      Objects.requireNonNull(form, "form");
    }
  }

  /** The appointing officer shortlists the volunteer. */
  record Shortlist() implements VolunteerCommand {}

  /**
   * The appointing officer appoints the volunteer, for a term from the cycle's term start.
   *
   * @param committee the committee
   * @param role the position
   * @param termYears the term's length in years
   */
  record Appoint(CommitteeId committee, CommitteeRole role, int termYears) implements VolunteerCommand {
    /** Checks the parts. */
    public Appoint {
      Objects.requireNonNull(committee, "committee");
      Objects.requireNonNull(role, "role");
    }
  }

  /**
   * The appointing officer appoints the volunteer to fill a vacancy for the rest of another's term
   * ({@link Appointment#toFill}): the same committee and role, from a day until the vacated term's
   * end. The vacated appointment must be on the roster, and the day after its first day and not
   * after its last; on acceptance its holder's appointment ends the day before.
   *
   * @param vacated the appointment whose holder left, as it stands on the roster
   * @param start the first day the volunteer serves
   */
  record FillVacancy(Appointment vacated, LocalDate start) implements VolunteerCommand {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException when an argument is null
     */
    public FillVacancy {
      Objects.requireNonNull(vacated, "vacated");
      Objects.requireNonNull(start, "start");
    }
  }

  /**
   * The appointing officer declines the volunteer.
   *
   * @param reason why; missing or blank, the command is refused ({@code reasonGiven})
   */
  record Decline(String reason) implements VolunteerCommand {
    /** Keeps the text in Unicode NFC (DOMAIN.md section 6); a missing one is refused by the guard. */
    public Decline {
      reason = org.irrt.model.common.TextRules.nfc(reason);
    }
  }

  /** The volunteer withdraws. */
  record Withdraw() implements VolunteerCommand {}

  /** The appointee accepts the offer. */
  record Accept() implements VolunteerCommand {}

  /** The appointee declines the offer. */
  record DeclineOffer() implements VolunteerCommand {}
}
