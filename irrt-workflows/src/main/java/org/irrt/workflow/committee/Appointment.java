package org.irrt.workflow.committee;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.irrt.model.committee.CommitteeId;
import org.irrt.model.committee.CommitteeRole;
import org.irrt.model.committee.PartialTermRule;
import org.irrt.model.member.MemberId;

/**
 * A person's position on a committee for a term: start and end dates inclusive, in the
 * organisation's zone.
 *
 * <p>A <em>partial</em> appointment serves part of a longer term, its {@link #fullTerm()}: someone
 * appointed to fill a vacancy for the rest of another's term ({@link #toFill}), or someone who left
 * before their term ended ({@link #endedOn}). Whether a partial term counts toward the term limits
 * is the association's {@link PartialTermRule} ({@link #countsAsFullTerm}).
 *
 * @param member who
 * @param committee which committee
 * @param role which position
 * @param start the first day served
 * @param end the last day served
 * @param fullTerm the whole term, when this appointment serves only part of it; empty for a full
 *     term (and in records written before partial terms existed)
 */
public record Appointment(MemberId member, CommitteeId committee, CommitteeRole role,
    @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate start,
    @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate end,
    Optional<Term> fullTerm) {
  /**
   * A term: its first and last day, inclusive.
   *
   * @param start the first day
   * @param end the last day
   */
  public record Term(@JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate start,
      @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate end) {
    /**
     * Checks the days.
     *
     * @throws NullPointerException when a day is null
     * @throws IllegalArgumentException when the end is before the start
     */
    public Term {
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
      if (end.isBefore(start)) {
        throw new IllegalArgumentException("term ends before it starts");
      }
    }

    /**
     * The term's length in days.
     *
     * @return the days, both ends included
     */
    public long days() {
      return ChronoUnit.DAYS.between(start, end) + 1;
    }

    /**
     * The term's length in whole years.
     *
     * @return the years
     */
    public int years() {
      return (int) ChronoUnit.YEARS.between(start, end.plusDays(1));
    }
  }

  /**
   * Checks the parts.
   *
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when the end is before the start, or the full term does not
   *     contain the days served or is no longer than they are
   */
  public Appointment {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(committee, "committee");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(fullTerm, "fullTerm");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("term ends before it starts");
    }
    if (fullTerm.isPresent()) {
      Term t = fullTerm.get();
      if (start.isBefore(t.start()) || end.isAfter(t.end()) || (start.equals(t.start()) && end.equals(t.end()))) {
        throw new IllegalArgumentException("a partial term lies within its full term and is shorter");
      }
    }
  }

  /**
   * An appointment for a full term.
   *
   * @param member who
   * @param committee which committee
   * @param role which position
   * @param start the first day of the term
   * @param end the last day of the term
   * @throws IllegalArgumentException when the end is before the start
   */
  public Appointment(MemberId member, CommitteeId committee, CommitteeRole role, LocalDate start, LocalDate end) {
    this(member, committee, role, start, end, Optional.empty());
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
    Objects.requireNonNull(start, "start");
    return new Appointment(member, committee, role, start, start.plusYears(years).minusDays(1));
  }

  /**
   * An appointment to fill a vacancy for the rest of another's term: the same committee, role and
   * full term, from a day until the vacated term's end (ALA ALCTS, "Strategies for Appointing
   * Officers": a replacement for a resigning incumbent serves for the remainder of the incumbent's term
   * only).
   *
   * @param vacated the appointment whose holder left
   * @param member who fills the vacancy
   * @param start the first day served, after the vacated term's first day and not after its last
   * @return the partial appointment
   * @throws IllegalArgumentException when {@code start} is not within the vacated term after its
   *     first day
   */
  public static Appointment toFill(Appointment vacated, MemberId member, LocalDate start) {
    Objects.requireNonNull(vacated, "vacated");
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(start, "start");
    if (!start.isAfter(vacated.start()) || start.isAfter(vacated.end())) {
      throw new IllegalArgumentException("a vacancy starts within the vacated term, after its first day");
    }
    return new Appointment(member, vacated.committee(), vacated.role(), start, vacated.end(),
        Optional.of(vacated.term()));
  }

  /**
   * This appointment ended early, its holder having left: the days served up to a last day, as part
   * of the same full term.
   *
   * @param lastDay the last day served, from the start and before the end
   * @return the shortened appointment
   * @throws IllegalArgumentException when {@code lastDay} is not from the start and before the end
   */
  public Appointment endedOn(LocalDate lastDay) {
    Objects.requireNonNull(lastDay, "lastDay");
    if (lastDay.isBefore(start) || !lastDay.isBefore(end)) {
      throw new IllegalArgumentException("an appointment ends early from its start and before its end");
    }
    return new Appointment(member, committee, role, start, lastDay, Optional.of(term()));
  }

  /**
   * The term this appointment belongs to.
   *
   * @return the full term, or the days served for a full-term appointment
   */
  public Term term() {
    return fullTerm.orElseGet(() -> new Term(start, end));
  }

  /**
   * Whether this appointment serves only part of its term.
   *
   * @return whether {@link #fullTerm()} is present
   */
  public boolean partial() {
    return fullTerm.isPresent();
  }

  /**
   * Whether this appointment counts toward the term limits as a full term: a full-term appointment
   * does; a partial one as the rule decides, on the days served against the full term's days.
   *
   * @param rule the association's rule for partial terms
   * @return whether it counts
   */
  public boolean countsAsFullTerm(PartialTermRule rule) {
    Objects.requireNonNull(rule, "rule");
    return fullTerm.isEmpty() || rule.counts(ChronoUnit.DAYS.between(start, end) + 1, fullTerm.get().days());
  }

  /**
   * Whether the terms share a day.
   *
   * @param other another appointment
   * @return whether they overlap
   */
  public boolean overlaps(Appointment other) {
    Objects.requireNonNull(other, "other");
    return !start.isAfter(other.end) && !other.start.isAfter(end);
  }

  /**
   * Whether the term includes a day.
   *
   * @param day the day
   * @return whether it is within the term
   */
  public boolean activeOn(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return !day.isBefore(start) && !day.isAfter(end);
  }

  /**
   * The length served in whole years.
   *
   * @return the years
   */
  public int years() {
    return (int) ChronoUnit.YEARS.between(start, end.plusDays(1));
  }
}
