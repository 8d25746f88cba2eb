package org.irrt.examples;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.irrt.jackson2.IrrtJson;
import org.irrt.model.common.InvalidValueException;
import org.irrt.model.common.Violation;
import org.irrt.model.member.Member;
import org.irrt.model.membership.MembershipRegister;
import org.irrt.model.membership.MembershipTypeId;
import org.irrt.workflow.Actor;
import org.irrt.workflow.Organisation;
import org.irrt.workflow.Outcome;
import org.irrt.workflow.Request;
import org.irrt.workflow.Role;
import org.irrt.workflow.WorkflowEngine;
import org.irrt.workflow.WorkflowStore;
import org.irrt.workflow.membership.ApplicationCommand;
import org.irrt.workflow.membership.ApplicationEvent;
import org.irrt.workflow.membership.ApplicationIndex;
import org.irrt.workflow.membership.ApplicationState;
import org.irrt.workflow.membership.MembershipApplication;
import org.irrt.workflow.membership.MembershipApplicationWorkflow;

/**
 * Example: the membership office's desk, on the database, so that an application received today is
 * reviewed tomorrow, in another run: {@code irrt apply [FILE]} receives and submits an application
 * form (the bundled sample by default), {@code irrt review ID --approve --as OFFICER} (or {@code
 * --reject=REASON}) starts the review if it has not started and decides, and {@code irrt
 * applications} lists every application with the applicant's name and its state in words. The
 * membership types are the register's ({@link ExampleDatabase#register()}); the time is the
 * system clock's, at the command line's edge.
 */
final class ApplicationDesk {
  /** The workflow's name in the tables. */
  static final String WORKFLOW = "membership-application";
  /** The class-path resource of the sample form. */
  static final String SAMPLE = "/org/irrt/examples/application.json";

  /**
   * An application form as the web site sends it.
   *
   * @param note a free note about the data
   * @param token the form's client token: the same form sent twice is one application
   * @param type the membership type applied for
   * @param applicant who applies
   */
  record Form(Optional<String> note, String token, MembershipTypeId type, Member applicant) {}

  private final MembershipRegister register;
  private final WorkflowStore<ApplicationEvent> store;
  private final WorkflowEngine<MembershipApplication, ApplicationCommand, ApplicationEvent> engine;
  private final MembershipApplicationWorkflow workflow;
  private final Clock clock;

  ApplicationDesk(ExampleDatabase db, Clock clock) {
    this.clock = clock;
    register = db.register();
    store = db.store(WORKFLOW, ApplicationEvent.class);
    Organisation organisation = Organisation.in(MembershipExample.DEFAULT_ZONE).withMembershipTypes(register.types());
    workflow = new MembershipApplicationWorkflow(organisation, MembershipApplicationWorkflow.DEFAULT_EXPIRY,
        new ApplicationIndex(store));
    engine = WorkflowEngine.of(workflow, store, clock);
  }

  /**
   * A form from a file, or the bundled sample, read as far as it goes: {@link #apply} checks it
   * against the register and reports every problem at once.
   *
   * @throws InvalidValueException when the file is not JSON, not UTF-8, or {@code null}
   */
  static ExampleFiles.Read<Form> read(Path file) {
    return ExampleFiles.readAll(file, SAMPLE, Form.class, "application file", IrrtJson.newMapper());
  }

  /**
   * Every problem of a form in one report, each at the file's own path: what could not be read, a
   * missing part, a {@code token} that cannot be the application's idempotency key (the rule and
   * wording of {@link Request}), a {@code type} the register does not offer. Only a valid form goes
   * to the workflow, whose refusals are then the application's.
   */
  private void check(ExampleFiles.Read<Form> read) {
    Form form = read.value();
    List<Violation> checks = new ArrayList<>(ExampleFiles.missing(form));
    if (form.token() != null) {
      try {
        Request.<ApplicationCommand>of(new ApplicationCommand.Submit(), Actor.of("applicant", Role.APPLICANT))
            .withIdempotencyKey(form.token());
      } catch (InvalidValueException e) {
        e.violations().forEach(v -> checks.add(new Violation("token", v.code(), v::message)));
      }
    }
    if (form.type() != null && register.type(form.type()).isEmpty()) {
      String ids = register.types().stream().map(t -> t.id().value()).collect(Collectors.joining(", "));
      checks.add(new Violation("type", "org.irrt.examples.unknownType",
          locale -> CliMessages.of(locale).get("desk.unknownType", ids)));
    }
    List<Violation> problems = read.with(checks);
    if (!problems.isEmpty()) {
      throw new InvalidValueException("application file", problems);
    }
  }

  /**
   * Checks the form ({@link #check}), then creates and submits the application, as its applicant;
   * sent again, it is the same application.
   *
   * @throws InvalidValueException naming every problem of the form with its path
   */
  int apply(ExampleFiles.Read<Form> read, PrintStream out, CliMessages m) {
    check(read);
    Form form = read.value();
    String id = MembershipApplicationWorkflow.applicationId(form.token());
    Actor applicant = Actor.of(form.applicant().id().value(), Role.APPLICANT);
    var created = engine.issue(id, Request.<ApplicationCommand>of(new ApplicationCommand.Create(form.applicant(), form.type(),
        form.token()), applicant).withIdempotencyKey(form.token()));
    var outcome = created instanceof Outcome.Accepted<?, ?> ? engine.issue(id,
        Request.<ApplicationCommand>of(new ApplicationCommand.Submit(), applicant).withIdempotencyKey("submit-" + form.token()))
        : created;
    return print(id, outcome, created instanceof Outcome.Accepted<?, ?> a && a.replayed() ? "desk.receivedAgain" : "desk.received",
        out, m);
  }

  /**
   * Starts the review when it has not started, then approves or rejects, as the officer; an id no
   * application has is said so ("there is no application app-nope", status 1), not refused as a
   * command the state {@code NONE} does not permit. When the review has to be started, both steps
   * are first decided without writing ({@link MembershipApplicationWorkflow#decide}): a decision that
   * would be refused (a rejection without a reason) leaves the application as it was, not under review.
   */
  int review(String id, Optional<String> rejection, String officer, Optional<String> comment, PrintStream out, CliMessages m) {
    Actor actor = Actor.of(officer, Role.MEMBERSHIP_OFFICER);
    ApplicationCommand decision = rejection.<ApplicationCommand>map(ApplicationCommand.Reject::new)
        .orElseGet(ApplicationCommand.Approve::new);
    Request<ApplicationCommand> decided = new Request<>(decision, actor, comment, Optional.empty());
    MembershipApplication current = engine.load(id);
    ApplicationState state = current.state();
    if (state == ApplicationState.NONE) { // no application has this id: say so, not that NONE permits nothing
      out.println(m.get("desk.unknown", id));
      return ValidateExample.INVALID;
    }
    if (state == ApplicationState.SUBMITTED) {
      Request<ApplicationCommand> start = new Request<>(new ApplicationCommand.StartReview(), actor, Optional.empty(),
          Optional.empty());
      var wouldStart = workflow.decide(current, start, clock.instant());
      var wouldDecide = wouldStart instanceof Outcome.Accepted<MembershipApplication, ApplicationEvent> a
          ? workflow.decide(a.instance(), decided, clock.instant()) : wouldStart;
      if (wouldDecide instanceof Outcome.Refused<?, ?>) {
        return print(id, wouldDecide, "desk.reviewed", out, m);
      }
      var started = engine.issue(id, start);
      if (started instanceof Outcome.Refused<?, ?>) {
        return print(id, started, "desk.reviewed", out, m);
      }
    }
    return print(id, engine.issue(id, decided), "desk.reviewed", out, m);
  }

  /** Every application: id, applicant, type and state in words, by id. */
  void list(PrintStream out, CliMessages m) {
    var ids = store.instanceIds().stream().sorted().toList();
    out.println(m.get("desk.list", ids.size()));
    for (String id : ids) {
      MembershipApplication a = engine.load(id);
      out.println("  " + m.get("desk.line", id, name(a), type(a),
          engine.workflow().stateName(a.state(), m.locale())));
    }
  }

  private int print(String id, Outcome<MembershipApplication, ApplicationEvent> outcome, String key, PrintStream out,
      CliMessages m) {
    if (outcome instanceof Outcome.Refused<?, ?> refused) {
      out.println(m.get("desk.refused", id, refused.reasons().stream().map(r -> r.message(m.locale()))
          .collect(Collectors.joining(m.separator()))));
      return ValidateExample.INVALID;
    }
    MembershipApplication a = outcome.instance();
    out.println(m.get(key, id, name(a), type(a), engine.workflow().stateName(a.state(), m.locale())));
    return 0;
  }

  private static String name(MembershipApplication a) {
    return a.applicant().map(p -> p.name().displayName()).orElse("?");
  }

  private static String type(MembershipApplication a) {
    return a.type().map(t -> t.name()).orElse("?");
  }
}
