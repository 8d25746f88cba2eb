package org.irrt.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.irrt.examples.WorkflowBatch.Batch;
import org.irrt.examples.WorkflowBatch.Step;
import org.irrt.model.committee.Committee;
import org.irrt.model.roundtable.RoundTable;
import org.irrt.workflow.Organisation;
import org.irrt.workflow.Request;
import org.irrt.workflow.WorkflowEngine;
import org.irrt.workflow.WorkflowStore;
import org.irrt.workflow.committee.Appointment;
import org.irrt.workflow.committee.AppointmentCycle;
import org.irrt.workflow.committee.AppointmentPolicies;
import org.irrt.workflow.committee.CommitteeVolunteerWorkflow;
import org.irrt.workflow.committee.Roster;
import org.irrt.workflow.committee.RosterBook;
import org.irrt.workflow.committee.VolunteerCommand;
import org.irrt.workflow.committee.VolunteerEvent;
import org.irrt.workflow.committee.Volunteering;

/**
 * Example: committee volunteer forms through the ALA appointment cycle (forms close September 30,
 * terms begin July 1) under the round table's committee rules: the appointing officer shortlists,
 * offers positions and declines; a member accepts. Appointments that would break a rule (a seat
 * already filled, too many terms ending in one year) are refused with the rule in words. A {@link
 * RosterBook} follows the store's events, so the committees' rosters are read, not computed again;
 * they are printed with members' names for the first term year of the batch.
 *
 * <p>Run through {@code irrt workflows}, after the membership applications of {@link
 * WorkflowExample}.
 */
public final class VolunteeringExample {
  private VolunteeringExample() {}

  /**
   * Runs the batch's volunteer forms and prints outcomes, each form's audit trail and the rosters.
   *
   * @param batch the batch
   * @param organisation the organisation, with its round table's committees
   * @param roundTable the round table whose committees are printed
   * @param clock the clock the batch sets to each step's instant
   * @param out where to print
   * @param m the words, in the reader's language
   */
  static void run(Batch batch, Organisation organisation, RoundTable roundTable, ScriptClock clock, PrintStream out,
      CliMessages m) {
    WorkflowStore<VolunteerEvent> store = WorkflowExample.store();
    RosterBook rosters = new RosterBook(store, Roster.EMPTY);
    var engine = WorkflowEngine.of(new CommitteeVolunteerWorkflow(organisation, AppointmentCycle.ALA,
        AppointmentPolicies.ala(roundTable), rosters), store, clock);
    out.println(m.get("workflows.volunteering", m.zone(batch.zone(), WorkflowExample.firstInstant(batch))));
    Set<String> forms = new LinkedHashSet<>();
    for (Step<VolunteerCommand> s : WorkflowExample.inTimeOrder(batch.volunteering())) {
      clock.set(s.at());
      forms.add(s.on());
      var outcome = engine.issue(s.on(), new Request<>(s.command(), batch.person(s.by()).actor(), s.comment(),
          java.util.Optional.empty()));
      out.println(WorkflowExample.step(batch, s, engine.workflow(), outcome, m));
    }
    LocalDate termYear = null;
    for (String id : forms) {
      Volunteering v = engine.load(id);
      termYear = termYear != null ? termYear : v.termStart().orElse(null);
      out.println();
      out.println(m.get("workflows.form", id, v.form().map(f -> WorkflowExample.name(batch, f.member().value(), m))
          .orElse("?"), engine.workflow().stateName(v.state(), m.locale())) + v.offer().map(o -> m.get("workflows.offer",
              m.get("position." + o.role().name()), committee(roundTable, o), m.date(o.start()), m.date(o.end())))
          .orElse(""));
      WorkflowExample.trail(batch, engine.history(id), out, m);
    }
    if (termYear == null) {
      return;
    }
    out.println();
    out.println(m.get("workflows.rosters", m.date(termYear)));
    for (Committee c : roundTable.committees()) {
      List<Appointment> roster = rosters.get().forCommittee(c.id(), termYear);
      out.println("  " + c.name() + (roster.isEmpty() ? m.get("workflows.noAppointments") : ""));
      for (Appointment a : roster) {
        out.println("    " + m.get("workflows.appointment", m.get("position." + a.role().name()),
            WorkflowExample.name(batch, a.member().value(), m), m.date(a.start()), m.date(a.end())));
      }
    }
  }

  private static String committee(RoundTable roundTable, Appointment a) {
    return roundTable.committees().stream().filter(c -> c.id().equals(a.committee())).findFirst()
        .map(Committee::name).orElse(a.committee().value());
  }
}
