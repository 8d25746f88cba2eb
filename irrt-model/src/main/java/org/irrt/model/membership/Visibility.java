package org.irrt.model.membership;

/** Who may choose a membership type. */
public enum Visibility {
  /** Offered to applicants. */
  PUBLIC,
  /** Granted by administrators only (honorary, lifetime). */
  ADMIN_ONLY
}
