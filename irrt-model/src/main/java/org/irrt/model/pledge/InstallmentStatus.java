package org.irrt.model.pledge;

/** The status of one installment at an instant (CiviCRM pledge payment statuses). */
public enum InstallmentStatus {
  /** Not yet due, or due today, and unpaid. */
  PENDING,
  /** Its due date has passed in the organisation's zone, and it is unpaid. */
  OVERDUE,
  /** Paid. */
  COMPLETED,
  /** The pledge was cancelled before it was paid. */
  CANCELLED,
  /** Written off by the organisation: nothing more is expected. */
  WRITTEN_OFF
}
