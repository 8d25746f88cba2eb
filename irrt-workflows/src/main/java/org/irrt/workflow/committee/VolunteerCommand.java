package org.irrt.workflow.committee;

import java.util.Objects;
import org.irrt.model.committee.CommitteeId;
import org.irrt.model.committee.CommitteeRole;

/** The commands of the committee volunteer workflow. */
public sealed interface VolunteerCommand {
  /**
   * The kind, the key of the table.
   *
   * @return the kind
   */
  Kind kind();

  /** The kinds of commands. */
  enum Kind { SUBMIT, SHORTLIST, APPOINT, DECLINE, WITHDRAW, ACCEPT, DECLINE_OFFER }

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

    @Override
    public Kind kind() {
      return Kind.SUBMIT;
    }
  }

  /** The appointing officer shortlists the volunteer. */
  record Shortlist() implements VolunteerCommand {
    @Override
    public Kind kind() {
      return Kind.SHORTLIST;
    }
  }

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

    @Override
    public Kind kind() {
      return Kind.APPOINT;
    }
  }

  /**
   * The appointing officer declines the volunteer.
   *
   * @param reason why
   */
  record Decline(String reason) implements VolunteerCommand {
    @Override
    public Kind kind() {
      return Kind.DECLINE;
    }
  }

  /** The volunteer withdraws. */
  record Withdraw() implements VolunteerCommand {
    @Override
    public Kind kind() {
      return Kind.WITHDRAW;
    }
  }

  /** The appointee accepts the offer. */
  record Accept() implements VolunteerCommand {
    @Override
    public Kind kind() {
      return Kind.ACCEPT;
    }
  }

  /** The appointee declines the offer. */
  record DeclineOffer() implements VolunteerCommand {
    @Override
    public Kind kind() {
      return Kind.DECLINE_OFFER;
    }
  }
}
