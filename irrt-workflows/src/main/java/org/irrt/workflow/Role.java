package org.irrt.workflow;

/** What an actor may do in the workflows. An actor may hold several roles. */
public enum Role {
  /** A person applying for membership (acts on own applications only). */
  APPLICANT,
  /** An officer who reviews membership applications. */
  MEMBERSHIP_OFFICER,
  /** A member volunteering for committees (acts on own forms only). */
  VOLUNTEER,
  /** The officer who appoints committee members (IRRT: the Vice-Chair/Chair-Elect). */
  APPOINTING_OFFICER,
  /** A contributor of blog posts. */
  CONTRIBUTOR,
  /** An editor (reviewer) of contributions. */
  EDITOR,
  /** An officer who records pledges, their payments, cancellations and write-offs. */
  FUNDRAISING_OFFICER,
  /** An administrator. */
  ADMINISTRATOR,
  /** The system itself: time-driven sweeps and automatic steps. */
  SYSTEM
}
