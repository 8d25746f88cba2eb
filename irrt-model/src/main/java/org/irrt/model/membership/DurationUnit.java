package org.irrt.model.membership;

/** The unit of a membership's duration. */
public enum DurationUnit {
  /** Calendar days. */
  DAYS,
  /** Calendar months. */
  MONTHS,
  /** Calendar years. */
  YEARS,
  /** No end: the membership lasts for life. */
  LIFETIME
}
