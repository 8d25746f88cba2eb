package org.irrt.model.member;

/** The category a member belongs to, which decides the membership types open to them. */
public enum MemberCategory {
  /** A working professional. */
  REGULAR,
  /** A student. */
  STUDENT,
  /** A retired professional. */
  RETIRED,
  /** Library support staff. */
  SUPPORT_STAFF,
  /** A member living outside the association's home country. */
  INTERNATIONAL,
  /** A library trustee or friend. */
  TRUSTEE,
  /** An institution or organisation. */
  ORGANIZATION,
  /** Honorary membership, granted by the association. */
  HONORARY
}
