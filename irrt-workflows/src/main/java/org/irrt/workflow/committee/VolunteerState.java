package org.irrt.workflow.committee;

/** The states of a committee volunteer form. */
public enum VolunteerState {
  /** Not yet submitted. */
  NONE,
  /** Submitted for a cycle. */
  SUBMITTED,
  /** On the appointing officer's shortlist. */
  SHORTLISTED,
  /** Appointed: an offer waits for the volunteer's answer. */
  OFFERED,
  /** The volunteer accepted: the appointment is on the roster (end state). */
  ACCEPTED,
  /** The appointing officer declined the volunteer (end state). */
  DECLINED,
  /** The volunteer declined the offer (end state). */
  OFFER_DECLINED,
  /** The volunteer withdrew (end state). */
  WITHDRAWN
}
