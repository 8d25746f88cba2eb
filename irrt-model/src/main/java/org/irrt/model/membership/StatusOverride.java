package org.irrt.model.membership;

/**
 * A status set by hand that wins over every date rule (CiviCRM), for good or until a day ({@link
 * Membership#statusOverrideEndDate()}).
 */
public enum StatusOverride {
  /** Ended early at the member's or the association's wish. */
  CANCELLED,
  /** The member died. */
  DECEASED,
  /** Suspended by the association. */
  SUSPENDED
}
