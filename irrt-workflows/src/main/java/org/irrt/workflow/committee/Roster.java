package org.irrt.workflow.committee;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.irrt.model.committee.CommitteeId;
import org.irrt.model.member.MemberId;

/**
 * Every accepted appointment, past and present: the committees' rosters. Immutable; {@link
 * RosterBook} keeps the current one from committed events.
 *
 * @param appointments the appointments, in the order accepted
 */
public record Roster(List<Appointment> appointments) {
  /** The empty roster. */
  public static final Roster EMPTY = new Roster(List.of());

  /**
   * Copies the list.
   *
   * @throws NullPointerException when the list or an appointment is null
   */
  public Roster {
    appointments = List.copyOf(Objects.requireNonNull(appointments, "appointments"));
  }

  /**
   * The roster with one more appointment.
   *
   * @param appointment the appointment
   * @return a new roster
   */
  public Roster with(Appointment appointment) {
    Objects.requireNonNull(appointment, "appointment");
    List<Appointment> all = new ArrayList<>(appointments);
    all.add(appointment);
    return new Roster(all);
  }

  /**
   * The roster after a holder left: the appointment ends on a last day ({@link
   * Appointment#endedOn}), which leaves its seat free for the rest of the term.
   *
   * @param held an appointment on the roster
   * @param lastDay the last day served, from its start and before its end
   * @return a new roster, the appointment in its place
   * @throws IllegalArgumentException when the appointment is not on the roster, or the day is not
   *     within it before its end
   */
  public Roster vacate(Appointment held, LocalDate lastDay) {
    Objects.requireNonNull(lastDay, "lastDay");
    int at = appointments.indexOf(Objects.requireNonNull(held, "held"));
    if (at < 0) {
      throw new IllegalArgumentException("the appointment is not on the roster");
    }
    List<Appointment> all = new ArrayList<>(appointments);
    all.set(at, held.endedOn(lastDay));
    return new Roster(all);
  }

  /**
   * A person's appointments, past and present.
   *
   * @param member the person
   * @return the appointments
   */
  public List<Appointment> of(MemberId member) {
    Objects.requireNonNull(member, "member");
    return appointments.stream().filter(a -> a.member().equals(member)).toList();
  }

  /**
   * A committee's roster for the term year starting on a day: everyone whose term includes it, by
   * role then start.
   *
   * @param committee the committee
   * @param termYearStart the first day of the term year (e.g. July 1)
   * @return the appointments active that day
   */
  public List<Appointment> forCommittee(CommitteeId committee, LocalDate termYearStart) {
    Objects.requireNonNull(committee, "committee");
    Objects.requireNonNull(termYearStart, "termYearStart");
    return appointments.stream().filter(a -> a.committee().equals(committee) && a.activeOn(termYearStart))
        .sorted(Comparator.comparing(Appointment::role).thenComparing(Appointment::start)
            .thenComparing(a -> a.member().value()))
        .toList();
  }
}
