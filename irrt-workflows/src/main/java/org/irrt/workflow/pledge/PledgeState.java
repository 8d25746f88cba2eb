package org.irrt.workflow.pledge;

/** The states of a pledge's workflow. */
public enum PledgeState {
  /** Not yet recorded. */
  NONE,
  /** Recorded, nothing paid. */
  PLEDGED,
  /** Some paid. */
  PAYING,
  /** Every installment paid; open again ({@link #PAYING}) when a payment is reversed. */
  FULFILLED,
  /** Cancelled at the donor's wish (end state). */
  CANCELLED,
  /** Given up as uncollectable (end state). */
  WRITTEN_OFF
}
