package org.irrt.workflow.committee;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.LocalDate;
import java.util.Objects;
import org.irrt.model.committee.CommitteeId;
import org.irrt.model.committee.CommitteeRole;
import org.irrt.model.member.MemberId;

/**
 * A person's position on a committee for a term: start and end dates inclusive, in the
 * organisation's zone.
 *
 * @param member who
 * @param committee which committee
 * @param role which position
 * @param start the first day of the term
 * @param end the last day of the term
 */
public record Appointment(MemberId member, CommitteeId committee, CommitteeRole role,
    @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate start,
    @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate end) {
  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException when the end is before the start
   */
  public Appointment {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(committee, "committee");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("term ends before it starts");
    }
  }

  /**
   * A term of whole years from a start day.
   *
   * @param member who
   * @param committee which committee
   * @param role which position
   * @param start the first day
   * @param years the length in years, 1 or more
   * @return the appointment
   */
  public static Appointment forYears(MemberId member, CommitteeId committee, CommitteeRole role, LocalDate start,
      int years) {
    return new Appointment(member, committee, role, start, start.plusYears(years).minusDays(1));
  }

  /**
   * Whether the terms share a day.
   *
   * @param other another appointment
   * @return whether they overlap
   */
  public boolean overlaps(Appointment other) {
    return !start.isAfter(other.end) && !other.start.isAfter(end);
  }

  /**
   * Whether the term includes a day.
   *
   * @param day the day
   * @return whether it is within the term
   */
  public boolean activeOn(LocalDate day) {
    return !day.isBefore(start) && !day.isAfter(end);
  }

  /**
   * The term's length in whole years.
   *
   * @return the years
   */
  public int years() {
    return (int) java.time.temporal.ChronoUnit.YEARS.between(start, end.plusDays(1));
  }
}
