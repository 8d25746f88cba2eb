package org.irrt.model.committee;

/** A position on a committee (ALA committee practice). */
public enum CommitteeRole {
  /** Chair. */
  CHAIR,
  /** Vice-chair (often the chair-elect). */
  VICE_CHAIR,
  /** Voting member. */
  MEMBER,
  /** Intern (associate): only for people never appointed before. */
  INTERN,
  /** Ex officio: sits by virtue of another office; non-voting unless stated. */
  EX_OFFICIO,
  /** Staff liaison from the association's office. */
  STAFF_LIAISON
}
