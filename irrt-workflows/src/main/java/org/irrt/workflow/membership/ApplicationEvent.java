package org.irrt.workflow.membership;

import java.util.Objects;
import org.irrt.model.member.Member;
import org.irrt.model.membership.Membership;
import org.irrt.model.membership.MembershipType;
import org.irrt.model.membership.PaymentReference;
import org.irrt.workflow.EventHeader;
import org.irrt.workflow.WorkflowEvent;

/** The events of a membership application, its audit trail. */
public sealed interface ApplicationEvent extends WorkflowEvent {
  /**
   * A draft was started.
   *
   * @param header who, when
   * @param applicant the person
   * @param type the membership type
   * @param clientToken the form's token
   */
  record ApplicationCreated(EventHeader header, Member applicant, MembershipType type, String clientToken)
      implements ApplicationEvent {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException when an argument is null
     */
    public ApplicationCreated {
      Objects.requireNonNull(header, "header");
      Objects.requireNonNull(applicant, "applicant");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(clientToken, "clientToken");
    }
  }

  /** @param header who, when */
  record ApplicationSubmitted(EventHeader header) implements ApplicationEvent {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException when an argument is null
     */
    public ApplicationSubmitted {
      Objects.requireNonNull(header, "header");
    }
  }

  /** @param header who, when */
  record ReviewStarted(EventHeader header) implements ApplicationEvent {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException when an argument is null
     */
    public ReviewStarted {
      Objects.requireNonNull(header, "header");
    }
  }

  /**
   * @param header who, when
   * @param reason what is needed
   */
  record InformationRequested(EventHeader header, String reason) implements ApplicationEvent {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException when an argument is null
     */
    public InformationRequested {
      Objects.requireNonNull(header, "header");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** @param header who, when */
  record ApplicationResubmitted(EventHeader header) implements ApplicationEvent {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException when an argument is null
     */
    public ApplicationResubmitted {
      Objects.requireNonNull(header, "header");
    }
  }

  /** @param header who (an officer, or the system when the type needs no approval), when */
  record ApplicationApproved(EventHeader header) implements ApplicationEvent {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException when an argument is null
     */
    public ApplicationApproved {
      Objects.requireNonNull(header, "header");
    }
  }

  /**
   * @param header who, when
   * @param reason why
   */
  record ApplicationRejected(EventHeader header, String reason) implements ApplicationEvent {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException when an argument is null
     */
    public ApplicationRejected {
      Objects.requireNonNull(header, "header");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** @param header who, when */
  record ApplicationWithdrawn(EventHeader header) implements ApplicationEvent {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException when an argument is null
     */
    public ApplicationWithdrawn {
      Objects.requireNonNull(header, "header");
    }
  }

  /**
   * @param header who, when
   * @param payment the payment
   */
  record PaymentRecorded(EventHeader header, PaymentReference payment) implements ApplicationEvent {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException when an argument is null
     */
    public PaymentRecorded {
      Objects.requireNonNull(header, "header");
      Objects.requireNonNull(payment, "payment");
    }
  }

  /** @param header who (the system), when */
  record ApplicationExpired(EventHeader header) implements ApplicationEvent {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException when an argument is null
     */
    public ApplicationExpired {
      Objects.requireNonNull(header, "header");
    }
  }

  /**
   * The membership exists.
   *
   * @param header who (the system), when
   * @param membership the new membership, with its dates from the type's rules
   */
  record MembershipActivated(EventHeader header, Membership membership) implements ApplicationEvent {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException when an argument is null
     */
    public MembershipActivated {
      Objects.requireNonNull(header, "header");
      Objects.requireNonNull(membership, "membership");
    }
  }
}
