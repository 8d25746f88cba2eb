package org.irrt.model.pledge;

/**
 * The status of a pledge at an instant (CiviCRM CiviPledge): Cancelled is sticky; else Overdue if any
 * installment is overdue; else Completed if all are paid; else In progress if some payment was
 * received; else Pending.
 */
public enum PledgeStatus {
  /** Nothing paid, nothing overdue. */
  PENDING,
  /** Some paid, nothing overdue. */
  IN_PROGRESS,
  /** An installment is overdue. */
  OVERDUE,
  /** Every installment is paid. */
  COMPLETED,
  /** Cancelled; stays cancelled. */
  CANCELLED,
  /** Written off by the organisation: nothing more is expected. */
  WRITTEN_OFF
}
