package org.irrt.workflow.membership;

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
      implements ApplicationEvent {}

  /** @param header who, when */
  record ApplicationSubmitted(EventHeader header) implements ApplicationEvent {}

  /** @param header who, when */
  record ReviewStarted(EventHeader header) implements ApplicationEvent {}

  /**
   * @param header who, when
   * @param reason what is needed
   */
  record InformationRequested(EventHeader header, String reason) implements ApplicationEvent {}

  /** @param header who, when */
  record ApplicationResubmitted(EventHeader header) implements ApplicationEvent {}

  /** @param header who (an officer, or the system when the type needs no approval), when */
  record ApplicationApproved(EventHeader header) implements ApplicationEvent {}

  /**
   * @param header who, when
   * @param reason why
   */
  record ApplicationRejected(EventHeader header, String reason) implements ApplicationEvent {}

  /** @param header who, when */
  record ApplicationWithdrawn(EventHeader header) implements ApplicationEvent {}

  /**
   * @param header who, when
   * @param payment the payment
   */
  record PaymentRecorded(EventHeader header, PaymentReference payment) implements ApplicationEvent {}

  /** @param header who (the system), when */
  record ApplicationExpired(EventHeader header) implements ApplicationEvent {}

  /**
   * The membership exists.
   *
   * @param header who (the system), when
   * @param membership the new membership, with its dates from the type's rules
   */
  record MembershipActivated(EventHeader header, Membership membership) implements ApplicationEvent {}
}
