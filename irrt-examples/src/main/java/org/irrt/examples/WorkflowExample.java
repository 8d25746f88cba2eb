package org.irrt.examples;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.irrt.model.common.TextRules;
import org.irrt.model.common.Violation;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.irrt.model.committee.Committee;
import org.irrt.model.committee.CommitteeId;
import org.irrt.model.committee.CommitteeRole;
import org.irrt.model.common.InvalidValueException;
import org.irrt.model.member.Member;
import org.irrt.model.membership.MembershipType;
import org.irrt.model.membership.MembershipTypeId;
import org.irrt.model.membership.PaymentReference;
import org.irrt.model.roundtable.RoundTable;
import org.irrt.workflow.Actor;
import org.irrt.workflow.ActorId;
import org.irrt.workflow.InMemoryWorkflowStore;
import org.irrt.workflow.Organisation;
import org.irrt.workflow.Outcome;
import org.irrt.workflow.Request;
import org.irrt.workflow.Role;
import org.irrt.workflow.WorkflowEngine;
import org.irrt.workflow.WorkflowEvent;
import org.irrt.workflow.committee.Appointment;
import org.irrt.workflow.committee.AppointmentCycle;
import org.irrt.workflow.committee.AppointmentPolicies;
import org.irrt.workflow.committee.CommitteeVolunteerWorkflow;
import org.irrt.workflow.committee.Roster;
import org.irrt.workflow.committee.RosterBook;
import org.irrt.workflow.committee.VolunteerCommand;
import org.irrt.workflow.committee.VolunteerEvent;
import org.irrt.workflow.committee.VolunteerForm;
import org.irrt.workflow.membership.ApplicationCommand;
import org.irrt.workflow.membership.ApplicationEvent;
import org.irrt.workflow.membership.ApplicationIndex;
import org.irrt.workflow.membership.MembershipApplicationWorkflow;

/**
 * Example: runs a batch of membership applications and committee volunteer forms through the
 * workflows, from a JSON file of actions, each at its own instant; prints every outcome (accepted
 * with its events, refused with its reasons, or illegal), each instance's audit trail, and the
 * resulting rosters of the round table's committees.
 *
 * <p>Run: {@code java org.irrt.examples.WorkflowExample [ACTIONS]} (default: the bundled synthetic,
 * international sample, run against the IRRT reference data).
 */
public final class WorkflowExample {
  /** The class-path resource of the sample actions. */
  public static final String SAMPLE = "/org/irrt/examples/actions.json";

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

  private WorkflowExample() {}

  /**
   * One action of the batch.
   *
   * @param at when it happens (UTC instant)
   * @param actor who acts
   * @param roles the actor's roles
   * @param workflow {@code membership} or {@code volunteer}
   * @param instance the client token of an application, or the id of a volunteer form
   * @param command the command's name, e.g. {@code SUBMIT}, {@code APPOINT}
   * @param comment a comment for the audit trail
   * @param member the applicant (CREATE)
   * @param type the membership type's id (CREATE)
   * @param reason a reason (REQUEST_INFORMATION, REJECT, DECLINE)
   * @param payment a payment (RECORD_PAYMENT)
   * @param form a volunteer form (SUBMIT of a volunteer form)
   * @param committee the committee (APPOINT)
   * @param role the position (APPOINT)
   * @param termYears the term's length (APPOINT)
   */
  public record Action(@JsonFormat(shape = JsonFormat.Shape.STRING) @JsonDeserialize(using = IsoInstant.class)
      Instant at, String actor, Set<Role> roles,
      String workflow, String instance, String command, Optional<String> comment, Optional<Member> member,
      Optional<MembershipTypeId> type, Optional<String> reason, Optional<PaymentReference> payment,
      Optional<VolunteerForm> form, Optional<CommitteeId> committee, Optional<CommitteeRole> role,
      Optional<Integer> termYears) {}

  /**
   * A batch: the organisation's zone, its membership types and the actions in order.
   *
   * @param zone the organisation's time zone
   * @param membershipTypes the types applications refer to
   * @param actions the actions, in time order
   */
  public record Batch(ZoneId zone, List<MembershipType> membershipTypes, List<Action> actions) {}

  /**
   * Runs the batch.
   *
   * @param args optionally the path of an actions file
   */
  public static void main(String[] args) {
    run(load(args.length > 0 ? Path.of(args[0]) : null), IrrtData.irrt(), System.out);
  }

  /**
   * A batch from a file, or the bundled sample.
   *
   * @param file a JSON file, or {@code null}
   * @return the batch
   * @throws InvalidValueException when the file is not a valid batch
   */
  public static Batch load(Path file) {
    return check(ExampleFiles.read(file, SAMPLE, Batch.class, "actions file"));
  }

  /** The workflows a batch may name. */
  private static final Set<String> WORKFLOWS = Set.of("membership", "volunteer");
  private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
  private static final Instant LATEST = Instant.parse("2200-12-31T23:59:59Z");

  /**
   * Checks what the record types cannot: every required field is there, the workflow is known, the
   * actor is an id and instants lie in 1900-2200.
   *
   * @param batch the batch as read
   * @return the batch
   * @throws InvalidValueException naming every problem with its path, e.g. {@code actions[2].actor}
   */
  static Batch check(Batch batch) {
    List<Violation> problems = new ArrayList<>();
    if (batch.zone() == null) {
      problems.add(problem("zone", "is required: a time zone such as America/Chicago"));
    }
    if (batch.actions() == null) {
      problems.add(problem("actions", "is required: a list of actions"));
    }
    if (batch.membershipTypes() == null) {
      problems.add(problem("membershipTypes", "is required: a list (it may be empty)"));
    } else {
      Set<String> typeIds = new java.util.HashSet<>();
      for (int i = 0; i < batch.membershipTypes().size(); i++) {
        MembershipType t = batch.membershipTypes().get(i);
        if (t == null) {
          problems.add(problem("membershipTypes[" + i + "]", "must not be null"));
        } else if (!typeIds.add(t.id().value())) {
          problems.add(problem("membershipTypes[" + i + "].id", "is used twice: " + t.id().value()));
        }
      }
    }
    List<Action> actions = batch.actions() == null ? List.of() : batch.actions();
    for (int i = 0; i < actions.size(); i++) {
      String at = "actions[" + i + "]";
      Action a = actions.get(i);
      if (a == null) {
        problems.add(problem(at, "must not be null"));
        continue;
      }
      if (a.at() == null) {
        problems.add(problem(at + ".at", "is required: an instant such as 2026-09-01T14:00:00Z"));
      } else if (a.at().isBefore(EARLIEST) || a.at().isAfter(LATEST)) {
        problems.add(problem(at + ".at", "must lie between 1900 and 2200"));
      }
      if (a.actor() == null) {
        problems.add(problem(at + ".actor", "is required"));
      } else {
        try {
          ActorId.of(a.actor());
        } catch (InvalidValueException e) {
          e.violations().forEach(v -> problems.add(new Violation(at + ".actor", v.code(), v::message)));
        }
      }
      if (a.roles() == null || a.roles().isEmpty() || a.roles().contains(null)) {
        problems.add(problem(at + ".roles", "is required: one or more of " + java.util.Arrays.toString(Role.values())));
      } else if (ActorId.SYSTEM.value().equals(a.actor()) && !a.roles().equals(Set.of(Role.SYSTEM))) {
        problems.add(problem(at + ".actor", "system is reserved for the system itself (roles [SYSTEM] only)"));
      }
      if (a.workflow() == null || !WORKFLOWS.contains(a.workflow())) {
        problems.add(problem(at + ".workflow", "must be membership or volunteer"));
      }
      if (a.instance() == null || a.instance().isBlank()) {
        problems.add(problem(at + ".instance", "is required"));
      }
      if (a.command() == null || a.command().isBlank()) {
        problems.add(problem(at + ".command", "is required"));
      }
      a.comment().flatMap(c -> TextRules.check(at + ".comment", c, Request.MAX_COMMENT, true)).ifPresent(problems::add);
    }
    if (!problems.isEmpty()) {
      throw new InvalidValueException("actions file", problems);
    }
    return batch;
  }

  private static Violation problem(String path, String message) {
    return new Violation(path, "org.irrt.examples.field", locale -> message);
  }

  /** Reads instants from ISO-8601 text only (a bare number is refused, not taken as epoch seconds). */
  static final class IsoInstant extends StdDeserializer<Instant> {
    IsoInstant() {
      super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctx) throws java.io.IOException {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        return (Instant) ctx.handleUnexpectedToken(Instant.class, p);
      }
      try {
        return Instant.parse(p.getText());
      } catch (java.time.format.DateTimeParseException e) {
        throw MismatchedInputException.from(p, Instant.class, "not an instant");
      }
    }
  }

  /**
   * Runs a batch against a round table and prints the outcomes, audit trails and rosters.
   *
   * @param batch the batch
   * @param roundTable the committees and their rules
   * @param out where to print
   */
  public static void run(Batch batch, RoundTable roundTable, PrintStream out) {
    run(batch, roundTable, out, Locale.ENGLISH);
  }

  /**
   * Runs a batch and prints the outcomes, with refusals in a language (English, Spanish, French).
   *
   * @param batch the batch
   * @param roundTable the committees and their rules
   * @param out where to print
   * @param locale the language of refusals
   */
  public static void run(Batch batch, RoundTable roundTable, PrintStream out, Locale locale) {
    ScriptClock clock = new ScriptClock(Instant.EPOCH);
    Organisation organisation = Organisation.in(batch.zone()).withMembershipTypes(batch.membershipTypes())
        .withRoundTable(roundTable);
    InMemoryWorkflowStore<ApplicationEvent> applicationStore = new InMemoryWorkflowStore<>();
    var applications = WorkflowEngine.of(new MembershipApplicationWorkflow(organisation,
        MembershipApplicationWorkflow.DEFAULT_EXPIRY, new ApplicationIndex(applicationStore)), applicationStore, clock);
    InMemoryWorkflowStore<VolunteerEvent> volunteerStore = new InMemoryWorkflowStore<>();
    RosterBook rosters = new RosterBook(volunteerStore, Roster.EMPTY);
    var volunteering = WorkflowEngine.of(new CommitteeVolunteerWorkflow(organisation, AppointmentCycle.ALA,
        AppointmentPolicies.ala(roundTable), rosters), volunteerStore, clock);
    Set<String> applicationIds = new LinkedHashSet<>();
    Set<String> formIds = new LinkedHashSet<>();
    Map<String, String> tokens = new LinkedHashMap<>();
    LocalDate firstTermStart = null;

    out.println("Actions (" + batch.zone() + ")");
    List<Action> inTimeOrder = new ArrayList<>(batch.actions());
    inTimeOrder.sort(java.util.Comparator.comparing(Action::at)); // stable: same instants keep file order
    for (Action a : inTimeOrder) {
      clock.set(a.at());
      Actor actor = new Actor(ActorId.of(a.actor()), a.roles());
      String line = WHEN.format(a.at().atZone(batch.zone())) + "  " + a.actor() + " " + a.command() + " " + a.instance();
      Outcome<?, ?> outcome;
      try {
        if (a.workflow().equals("membership")) {
          String id = MembershipApplicationWorkflow.applicationId(a.instance());
          tokens.put(id, a.instance());
          applicationIds.add(id);
          Request<ApplicationCommand> request = new Request<>(applicationCommand(a), actor, a.comment(),
              a.command().equals("CREATE") ? Optional.of(a.instance()) : Optional.empty());
          outcome = applications.issue(id, request);
        } else {
          formIds.add(a.instance());
          outcome = volunteering.issue(a.instance(), new Request<>(volunteerCommand(a), actor, a.comment(), Optional.empty()));
          LocalDate start = volunteering.load(a.instance()).termStart().orElse(null);
          if (firstTermStart == null && start != null) {
            firstTermStart = start;
          }
        }
        out.println(line + "  ->  " + describe(outcome, locale));
      } catch (IllegalArgumentException e) {
        out.println(line + "  ->  not run: " + e.getMessage());
      }
    }

    out.println();
    out.println("Audit trails");
    for (String id : applicationIds) {
      var application = applications.load(id);
      out.println("  membership application " + tokens.get(id) + " (" + id + "): " + application.state()
          + application.membership().map(m -> ", membership " + m.startDate() + " to "
              + m.endDate().map(Object::toString).orElse("life")).orElse(""));
      trail(applications.history(id), batch.zone(), out);
    }
    for (String id : formIds) {
      var form = volunteering.load(id);
      out.println("  volunteer form " + id + form.termStart().map(t -> " (terms from " + t + ")").orElse("") + ": "
          + form.state()
          + form.offer().map(o -> ", " + o.role() + " on " + o.committee() + " " + o.start() + " to " + o.end()).orElse(""));
      trail(volunteering.history(id), batch.zone(), out);
    }

    out.println();
    LocalDate day = firstTermStart == null ? LocalDate.now(clock.withZone(batch.zone())) : firstTermStart;
    out.println("Committee rosters for the term year from " + day);
    for (Committee c : roundTable.committees()) {
      List<Appointment> roster = rosters.get().forCommittee(c.id(), day);
      out.println("  " + c.name() + (roster.isEmpty() ? ": no appointments yet" : ""));
      for (Appointment a : roster) {
        out.println("    - " + a.role() + "  " + a.member() + "  " + a.start() + " to " + a.end());
      }
    }
  }

  private static String describe(Outcome<?, ?> outcome, Locale locale) {
    if (outcome instanceof Outcome.Accepted<?, ?> accepted) {
      List<String> names = new ArrayList<>();
      for (Object e : accepted.events()) {
        names.add(e.getClass().getSimpleName());
      }
      return (accepted.replayed() ? "already done: " : "accepted: ") + String.join(", ", names);
    }
    List<String> reasons = new ArrayList<>();
    for (var r : ((Outcome.Refused<?, ?>) outcome).reasons()) {
      reasons.add(r.rule() + ": " + r.message(locale));
    }
    return "refused: " + String.join("; ", reasons);
  }

  private static void trail(List<? extends WorkflowEvent> events, ZoneId zone, PrintStream out) {
    for (WorkflowEvent e : events) {
      out.println("      " + WHEN.format(e.header().at().atZone(zone)) + "  " + e.getClass().getSimpleName()
          + " by " + e.header().actor() + e.header().comment().map(c -> "  \"" + oneLine(c) + "\"").orElse(""));
    }
  }

  private static ApplicationCommand applicationCommand(Action a) {
    return switch (a.command()) {
      case "CREATE" -> new ApplicationCommand.Create(a.member().orElseThrow(() -> missing("member")),
          a.type().orElseThrow(() -> missing("type")), a.instance());
      case "SUBMIT" -> new ApplicationCommand.Submit();
      case "START_REVIEW" -> new ApplicationCommand.StartReview();
      case "REQUEST_INFORMATION" -> new ApplicationCommand.RequestInformation(a.reason().orElse(""));
      case "RESUBMIT" -> new ApplicationCommand.Resubmit();
      case "APPROVE" -> new ApplicationCommand.Approve();
      case "REJECT" -> new ApplicationCommand.Reject(a.reason().orElse(""));
      case "WITHDRAW" -> new ApplicationCommand.Withdraw();
      case "RECORD_PAYMENT" -> new ApplicationCommand.RecordPayment(a.payment().orElseThrow(() -> missing("payment")));
      default -> throw new IllegalArgumentException("unknown membership command " + a.command());
    };
  }

  private static VolunteerCommand volunteerCommand(Action a) {
    return switch (a.command()) {
      case "SUBMIT" -> new VolunteerCommand.Submit(a.form().orElseThrow(() -> missing("form")));
      case "SHORTLIST" -> new VolunteerCommand.Shortlist();
      case "APPOINT" -> new VolunteerCommand.Appoint(a.committee().orElseThrow(() -> missing("committee")),
          a.role().orElseThrow(() -> missing("role")), a.termYears().orElse(1));
      case "DECLINE" -> new VolunteerCommand.Decline(a.reason().orElse(""));
      case "WITHDRAW" -> new VolunteerCommand.Withdraw();
      case "ACCEPT" -> new VolunteerCommand.Accept();
      case "DECLINE_OFFER" -> new VolunteerCommand.DeclineOffer();
      default -> throw new IllegalArgumentException("unknown volunteer command " + a.command());
    };
  }

  /** A comment on one line: line breaks and tabs shown as \n, \r and \t, so no comment forges a line. */
  static String oneLine(String text) {
    return text.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t")
        .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
  }

  private static IllegalArgumentException missing(String field) {
    return new IllegalArgumentException("the action needs a " + field);
  }
}
