package org.irrt.workflow.membership;

/** The states of a membership in its workflow (its status, New to Expired, is derived from its dates). */
public enum MembershipState {
  /** Not yet recorded. */
  NONE,
  /** Held: renewals, statuses set by hand and reminders are recorded on it. */
  HELD,
  /** Cancelled at the member's or the association's wish; may be reinstated. */
  CANCELLED,
  /** The member's data was erased; the facts stay, under a pseudonym (end state). */
  ERASED
}
