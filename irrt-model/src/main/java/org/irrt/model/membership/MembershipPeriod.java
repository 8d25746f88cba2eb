package org.irrt.model.membership;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The dates of one membership period: start and end, both inclusive local dates in the
 * organisation's time zone; no end for a lifetime membership.
 *
 * @param start the first day
 * @param end the last day, or empty for life
 */
public record MembershipPeriod(LocalDate start, Optional<LocalDate> end) {
  /**
   * Checks the dates.
   *
   * @throws IllegalArgumentException when the end is before the start
   */
  public MembershipPeriod {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isPresent() && end.get().isBefore(start)) {
      throw new IllegalArgumentException("end before start");
    }
  }
}
