package org.irrt.model.pledge;

/** The status of one installment at an instant (CiviCRM pledge payment statuses). */
public enum InstallmentStatus {
  /** Not yet due, or due today, and unpaid. */
  PENDING,
  /**
   * Its due date has passed in the organisation's zone, and something is still owed on it (a pledge
   * has no installment of 0.00: each is at least one minor unit of the currency).
   */
  OVERDUE,
  /** Paid. */
  COMPLETED,
  /** The pledge was cancelled before it was paid. */
  CANCELLED,
  /** Written off by the organisation: nothing more is expected. */
  WRITTEN_OFF
}
