package org.irrt.workflow.committee;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;

/**
 * The yearly appointment cycle (ALA practice): volunteer forms close on a deadline (default
 * September 30) and the appointed terms begin on a term start day (default July 1) of the following
 * year. A form sent after the deadline rolls to the next cycle.
 *
 * @param deadline the day forms close
 * @param termStart the day terms begin
 */
public record AppointmentCycle(MonthDay deadline, MonthDay termStart) {
  /** September 30 and July 1. */
  public static final AppointmentCycle ALA = new AppointmentCycle(MonthDay.of(9, 30), MonthDay.of(7, 1));

  /**
   * Checks the days.
   *
   * @throws IllegalArgumentException when a day is February 29
   */
  public AppointmentCycle {
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(termStart, "termStart");
    if (deadline.equals(MonthDay.of(2, 29)) || termStart.equals(MonthDay.of(2, 29))) {
      throw new IllegalArgumentException("February 29 is missing in most years");
    }
  }

  /**
   * The first day of the terms a form sent on a day is considered for.
   *
   * @param submittedOn the day the form was sent, in the organisation's zone
   * @return the term start day of the form's cycle
   */
  public LocalDate termStartFor(LocalDate submittedOn) {
    Objects.requireNonNull(submittedOn, "submittedOn");
    LocalDate deadlineThisYear = deadline.atYear(submittedOn.getYear());
    int deadlineYear = submittedOn.isAfter(deadlineThisYear) ? submittedOn.getYear() + 1 : submittedOn.getYear();
    LocalDate start = termStart.atYear(deadlineYear);
    return start.isAfter(deadline.atYear(deadlineYear)) ? start : termStart.atYear(deadlineYear + 1);
  }
}
