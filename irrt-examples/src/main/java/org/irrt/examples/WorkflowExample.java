package org.irrt.examples;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.irrt.examples.WorkflowBatch.Batch;
import org.irrt.examples.WorkflowBatch.Step;
import org.irrt.model.roundtable.RoundTable;
import org.irrt.workflow.InMemoryWorkflowStore;
import org.irrt.workflow.Organisation;
import org.irrt.workflow.Outcome;
import org.irrt.workflow.Request;
import org.irrt.workflow.Workflow;
import org.irrt.workflow.WorkflowEngine;
import org.irrt.workflow.WorkflowEvent;
import org.irrt.workflow.WorkflowInstance;
import org.irrt.workflow.WorkflowStore;
import org.irrt.workflow.membership.ApplicationCommand;
import org.irrt.workflow.membership.ApplicationEvent;
import org.irrt.workflow.membership.ApplicationIndex;
import org.irrt.workflow.membership.MembershipApplication;
import org.irrt.workflow.membership.MembershipApplicationWorkflow;

/**
 * Example: membership applications through the workflow engine. Each command of a batch ({@link
 * WorkflowBatch}) is issued at its instant as a {@link Request}; the {@link Outcome} is accepted
 * (the application's new state), accepted once for a form sent twice (the client token is the
 * idempotency key), or refused with every reason in the reader's language. Then each application's
 * state and audit trail. {@link VolunteeringExample} runs the batch's volunteer forms.
 *
 * <p>Run: {@code irrt workflows [ACTIONS]} (default: the bundled synthetic, international sample,
 * against the IRRT reference data).
 */
public final class WorkflowExample {
  private WorkflowExample() {}

  /**
   * Runs the bundled batch, or a file's, in English.
   *
   * @param args optionally the path of a batch file
   */
  public static void main(String[] args) {
    run(WorkflowBatch.load(args.length > 0 ? Path.of(args[0]) : null), IrrtData.irrt(), System.out,
        CliMessages.of(Locale.ENGLISH));
  }

  /**
   * The one place the examples make a workflow store: in memory here; a database-backed store is a
   * change of this line.
   *
   * @param <E> the event type
   * @return a new, empty store
   */
  static <E extends WorkflowEvent> WorkflowStore<E> store() {
    return new InMemoryWorkflowStore<>();
  }

  /**
   * Runs the applications, then the volunteer forms, and prints what happened.
   *
   * @param batch the batch
   * @param roundTable the committees and their rules
   * @param out where to print
   * @param m the words, in the reader's language
   */
  public static void run(Batch batch, RoundTable roundTable, PrintStream out, CliMessages m) {
    Organisation organisation = Organisation.in(batch.zone()).withMembershipTypes(batch.membershipTypes())
        .withRoundTable(roundTable);
    ScriptClock clock = new ScriptClock(Instant.EPOCH);
    WorkflowStore<ApplicationEvent> store = store();
    var engine = WorkflowEngine.of(new MembershipApplicationWorkflow(organisation,
        MembershipApplicationWorkflow.DEFAULT_EXPIRY, new ApplicationIndex(store)), store, clock);
    out.println(m.get("workflows.applications", m.zone(batch.zone(), firstInstant(batch))));
    Set<String> tokens = new LinkedHashSet<>();
    for (Step<ApplicationCommand> s : inTimeOrder(batch.applications())) {
      clock.set(s.at());
      tokens.add(s.on());
      // The form's client token is the idempotency key of its creation: a form sent twice is created once.
      Optional<String> key = s.command() instanceof ApplicationCommand.Create ? Optional.of(s.on()) : Optional.empty();
      var outcome = engine.issue(MembershipApplicationWorkflow.applicationId(s.on()),
          new Request<>(s.command(), batch.person(s.by()).actor(), s.comment(), key));
      out.println(step(batch, s, engine.workflow(), outcome, m));
    }
    for (String token : tokens) {
      String id = MembershipApplicationWorkflow.applicationId(token);
      MembershipApplication a = engine.load(id);
      out.println();
      out.println(m.get("workflows.application", token, a.applicant().map(p -> p.name().displayName()).orElse("?"),
          engine.workflow().stateName(a.state(), m.locale()), a.membership().isPresent() ? "yes" : "no",
          a.membership().map(ms -> m.date(ms.startDate())).orElse(""),
          a.membership().flatMap(ms -> ms.endDate()).map(m::date).orElse("")));
      trail(batch, engine.history(id), out, m);
    }
    out.println();
    VolunteeringExample.run(batch, organisation, roundTable, clock, out, m);
  }

  /** The batch's first instant, at which a zone without a place is shown by its offset. */
  static Instant firstInstant(WorkflowBatch.Batch batch) {
    return java.util.stream.Stream.concat(batch.applications().stream(), batch.volunteering().stream())
        .map(Step::at).min(java.util.Comparator.naturalOrder()).orElse(Instant.EPOCH);
  }

  /** The steps by instant; steps at the same instant keep the file's order. */
  static <C> List<Step<C>> inTimeOrder(List<Step<C>> steps) {
    return steps.stream().sorted(java.util.Comparator.comparing(Step::at)).toList();
  }

  /** "Sep 1, 2026, 09:00  Ana María García Márquez: Create form-7f3a → accepted, now draft". */
  static String step(Batch batch, Step<?> s, Workflow<?, ?, ?, ?> workflow,
      Outcome<? extends WorkflowInstance<?>, ?> outcome, CliMessages m) {
    String what = outcome instanceof Outcome.Refused<?, ?> refused
        ? m.get("workflows.refused", refused.reasons().stream().map(r -> r.message(m.locale()))
            .collect(Collectors.joining(m.separator())))
        : m.get(((Outcome.Accepted<?, ?>) outcome).replayed() ? "workflows.replayed" : "workflows.accepted",
            workflow.stateName(outcome.instance().state(), m.locale()));
    return "  " + m.dateTime(s.at(), batch.zone()) + "  " + m.get("workflows.step", name(batch, s.by().value(), m),
        Workflow.commandName(s.command().getClass(), m.locale()), s.on(), what);
  }

  /** The audit trail: each event in words, who and when, and its comment on one line. */
  static void trail(Batch batch, List<? extends WorkflowEvent> events, PrintStream out, CliMessages m) {
    for (WorkflowEvent e : events) {
      out.println("    " + m.dateTime(e.header().at(), batch.zone()) + "  " + m.get("workflows.event",
          m.get("event." + e.getClass().getSimpleName()), name(batch, e.header().actor().value(), m))
          + e.header().comment().map(c -> "  " + m.get("workflows.comment", oneLine(c))).orElse(""));
    }
  }

  /** A person's name; the system itself in words ({@code workflows.system}), or an id the batch does not list. */
  static String name(Batch batch, String id, CliMessages m) {
    return batch.people().stream().filter(p -> p.id().value().equals(id)).findFirst()
        .map(p -> p.name().displayName()).orElse(id.equals(org.irrt.workflow.ActorId.SYSTEM.value()) ? m.get("workflows.system") : id);
  }

  /** A comment on one line: line breaks and tabs shown as \n, \r and \t, so no comment forges a line. */
  static String oneLine(String text) {
    return text.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t")
        .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
  }
}
