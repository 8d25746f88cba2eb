package org.irrt.model.membership;

/**
 * The status of a membership on a day, derived from its dates by {@link StatusRules}, never stored
 * (CiviCRM membership status rules).
 */
public enum MembershipStatus {
  /** Applied for, not yet approved or paid. */
  PENDING(false),
  /** In the first three months after joining (by default). */
  NEW(true),
  /** Between start and end date. */
  CURRENT(true),
  /** In the month after the end date (by default): still a member, asked to renew. */
  GRACE(true),
  /** After grace. */
  EXPIRED(false),
  /** Before the start date (a day before the membership existed). */
  NOT_STARTED(false),
  /** Overridden: cancelled. */
  CANCELLED(false),
  /** Overridden: the member died. */
  DECEASED(false),
  /** Overridden: suspended. */
  SUSPENDED(false);

  private final boolean countsAsMembership;

  MembershipStatus(boolean countsAsMembership) {
    this.countsAsMembership = countsAsMembership;
  }

  /**
   * Whether a membership in this status counts: New, Current and Grace do.
   *
   * @return whether the person is a member
   */
  public boolean countsAsMembership() {
    return countsAsMembership;
  }
}
