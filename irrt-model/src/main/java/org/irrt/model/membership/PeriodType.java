package org.irrt.model.membership;

/** How a membership type places its periods in the calendar (CiviCRM CiviMember). */
public enum PeriodType {
  /** A period starts on the day the member joins (or renews after expiry). */
  ROLLING,
  /** Periods start on a fixed day of the year (such as ALA's September 1), with a rollover day. */
  FIXED
}
