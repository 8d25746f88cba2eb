package org.irrt.workflow.committee;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

  /** Copies the list. */
  public Roster {
    appointments = List.copyOf(appointments);
  }

  /**
   * The roster with one more appointment.
   *
   * @param a the appointment
   * @return a new roster
   */
  public Roster with(Appointment a) {
    List<Appointment> all = new ArrayList<>(appointments);
    all.add(a);
    return new Roster(all);
  }

  /**
   * A person's appointments, past and present.
   *
   * @param member the person
   * @return the appointments
   */
  public List<Appointment> of(MemberId member) {
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
    return appointments.stream().filter(a -> a.committee().equals(committee) && a.activeOn(termYearStart))
        .sorted(Comparator.comparing(Appointment::role).thenComparing(Appointment::start)
            .thenComparing(a -> a.member().value()))
        .toList();
  }
}
