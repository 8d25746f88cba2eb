package org.irrt.workflow.membership;

/** The states of a membership application. */
public enum ApplicationState {
  /** Not yet created. */
  NONE,
  /** Being filled in by the applicant. */
  DRAFT,
  /** Submitted, waiting for review. */
  SUBMITTED,
  /** Being reviewed by a membership officer. */
  UNDER_REVIEW,
  /** The officer asked the applicant for more information. */
  MORE_INFORMATION_REQUESTED,
  /** Approved; waiting for payment when the type requires it. */
  APPROVED,
  /** The membership exists (end state). */
  ACTIVE,
  /** Refused by an officer (end state). */
  REJECTED,
  /** Withdrawn by the applicant (end state). */
  WITHDRAWN,
  /** The applicant did not answer in time (end state). */
  EXPIRED;

  /**
   * Whether the application is still open (neither active nor ended).
   *
   * @return whether it is open
   */
  public boolean isOpen() {
    return this == DRAFT || this == SUBMITTED || this == UNDER_REVIEW || this == MORE_INFORMATION_REQUESTED
        || this == APPROVED;
  }
}
