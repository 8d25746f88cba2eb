package org.irrt.model.committee;

/**
 * Whether a partial term (served by someone appointed to fill a vacancy for the rest of another's
 * term, or left early) counts toward a term limit as a full term. A counted partial term counts as
 * the full term it belongs to, in terms and in years; an uncounted one counts as nothing, though it
 * is service all the same (it does not break a run of consecutive terms).
 *
 * <p>Half a term is measured in days: the days served against the days of the full term.
 */
public enum PartialTermRule {
  /**
   * A partial term counts when more than half of the term was served. Robert's Rules of Order Newly
   * Revised (12th ed.) 47:4 (11th ed. p. 575): "In filling vacancies for unexpired terms, an officer
   * who has served more than half a term in an office is considered to have served a full term." It
   * applies where an association's bylaws are silent and name Robert's Rules as their parliamentary
   * authority. The library's default: the most widely used parliamentary authority's rule, since no
   * ALA text on partial terms was found.
   */
  MORE_THAN_HALF_COUNTS,
  /**
   * A partial term counts unless less than half of the term was served: bylaws that say "a person
   * appointed to fill a vacancy for less than half a term shall be eligible for two full terms".
   * Differs from {@link #MORE_THAN_HALF_COUNTS} only at exactly half.
   */
  HALF_OR_MORE_COUNTS,
  /** Every partial term counts as a full term. */
  ALWAYS_COUNTS,
  /** No partial term counts toward the limit. */
  NEVER_COUNTS;

  /**
   * Whether a partial term counts as a full term.
   *
   * @param servedDays the days served, at least 1
   * @param fullTermDays the days of the full term, more than {@code servedDays}
   * @return whether it counts toward the limit
   */
  public boolean counts(long servedDays, long fullTermDays) {
    return switch (this) {
      case MORE_THAN_HALF_COUNTS -> servedDays * 2 > fullTermDays;
      case HALF_OR_MORE_COUNTS -> servedDays * 2 >= fullTermDays;
      case ALWAYS_COUNTS -> true;
      case NEVER_COUNTS -> false;
    };
  }
}
