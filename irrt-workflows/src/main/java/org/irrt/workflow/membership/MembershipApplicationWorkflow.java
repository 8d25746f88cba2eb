package org.irrt.workflow.membership;

import static org.irrt.workflow.membership.ApplicationCommand.Kind.ACTIVATE;
import static org.irrt.workflow.membership.ApplicationCommand.Kind.APPROVE;
import static org.irrt.workflow.membership.ApplicationCommand.Kind.AUTO_APPROVE;
import static org.irrt.workflow.membership.ApplicationCommand.Kind.CREATE;
import static org.irrt.workflow.membership.ApplicationCommand.Kind.EXPIRE;
import static org.irrt.workflow.membership.ApplicationCommand.Kind.RECORD_PAYMENT;
import static org.irrt.workflow.membership.ApplicationCommand.Kind.REJECT;
import static org.irrt.workflow.membership.ApplicationCommand.Kind.REQUEST_INFORMATION;
import static org.irrt.workflow.membership.ApplicationCommand.Kind.RESUBMIT;
import static org.irrt.workflow.membership.ApplicationCommand.Kind.START_REVIEW;
import static org.irrt.workflow.membership.ApplicationCommand.Kind.SUBMIT;
import static org.irrt.workflow.membership.ApplicationCommand.Kind.WITHDRAW;
import static org.irrt.workflow.membership.ApplicationState.ACTIVE;
import static org.irrt.workflow.membership.ApplicationState.APPROVED;
import static org.irrt.workflow.membership.ApplicationState.DRAFT;
import static org.irrt.workflow.membership.ApplicationState.EXPIRED;
import static org.irrt.workflow.membership.ApplicationState.MORE_INFORMATION_REQUESTED;
import static org.irrt.workflow.membership.ApplicationState.NONE;
import static org.irrt.workflow.membership.ApplicationState.REJECTED;
import static org.irrt.workflow.membership.ApplicationState.SUBMITTED;
import static org.irrt.workflow.membership.ApplicationState.UNDER_REVIEW;
import static org.irrt.workflow.membership.ApplicationState.WITHDRAWN;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.irrt.model.membership.Membership;
import org.irrt.model.membership.MembershipId;
import org.irrt.model.membership.MembershipType;
import org.irrt.workflow.Actor;
import org.irrt.workflow.EventHeader;
import org.irrt.workflow.Guard;
import org.irrt.workflow.Refusal;
import org.irrt.workflow.Role;
import org.irrt.workflow.Transition;
import org.irrt.workflow.Workflow;
import org.irrt.workflow.WorkflowDefinition;
import org.irrt.workflow.membership.ApplicationEvent.ApplicationApproved;
import org.irrt.workflow.membership.ApplicationEvent.ApplicationCreated;
import org.irrt.workflow.membership.ApplicationEvent.ApplicationExpired;
import org.irrt.workflow.membership.ApplicationEvent.ApplicationRejected;
import org.irrt.workflow.membership.ApplicationEvent.ApplicationResubmitted;
import org.irrt.workflow.membership.ApplicationEvent.ApplicationSubmitted;
import org.irrt.workflow.membership.ApplicationEvent.ApplicationWithdrawn;
import org.irrt.workflow.membership.ApplicationEvent.InformationRequested;
import org.irrt.workflow.membership.ApplicationEvent.MembershipActivated;
import org.irrt.workflow.membership.ApplicationEvent.PaymentRecorded;
import org.irrt.workflow.membership.ApplicationEvent.ReviewStarted;

/**
 * The membership application workflow: draft, submitted, under review (with requests for more
 * information and resubmissions), approved, active; or rejected, withdrawn by the applicant, or
 * expired when the applicant does not answer within the configured time.
 *
 * <p>Gates come from the membership type (Wild Apricot practice): a type that needs no approval is
 * approved by the system on submission; a type that needs no payment activates on approval; one that
 * does activates when the fee is paid. Activation creates the {@link Membership} with join, start and
 * end dates from the type's rules, the join date being the activation day in the organisation's zone.
 *
 * <p>Rules: an applicant acts only on own applications; an officer may not review or approve own
 * application (four eyes); requests for information and rejections need a reason; a person may not
 * open a second application for a type while one is open; the same client token twice yields one
 * application ({@link #applicationId(String)} derives the id from the token).
 */
public final class MembershipApplicationWorkflow extends Workflow<MembershipApplication, ApplicationState,
    ApplicationCommand.Kind, ApplicationCommand, ApplicationEvent> {

  /** How long an application may wait for the applicant by default. */
  public static final Duration DEFAULT_EXPIRY = Duration.ofDays(30);

  private final ZoneId zone;
  private final Duration expiry;
  private final OpenApplications open;
  private final WorkflowDefinition<ApplicationState, ApplicationCommand.Kind, MembershipApplication,
      ApplicationCommand> definition;

  /**
   * Which applications are open, by person and type; for the one-open-application rule. {@link
   * ApplicationIndex} is an implementation fed by committed events.
   */
  @FunctionalInterface
  public interface OpenApplications {
    /**
     * The id of another open application of a person for a type.
     *
     * @param memberId the person
     * @param type the membership type
     * @param exceptId the application asking
     * @return the other application's id, if one is open
     */
    Optional<String> openFor(org.irrt.model.member.MemberId memberId,
        org.irrt.model.membership.MembershipTypeId type, String exceptId);
  }

  /**
   * Creates the workflow.
   *
   * @param zone the organisation's time zone (join dates are local dates there)
   * @param expiry how long an application waits for the applicant before the sweep expires it
   * @param open the open applications, for the one-open-application rule
   */
  public MembershipApplicationWorkflow(ZoneId zone, Duration expiry, OpenApplications open) {
    this.zone = Objects.requireNonNull(zone, "zone");
    this.expiry = Objects.requireNonNull(expiry, "expiry");
    this.open = Objects.requireNonNull(open, "open");
    this.definition = table();
  }

  private WorkflowDefinition<ApplicationState, ApplicationCommand.Kind, MembershipApplication, ApplicationCommand> table() {
    Set<Role> applicant = Set.of(Role.APPLICANT);
    Set<Role> officer = Set.of(Role.MEMBERSHIP_OFFICER);
    Set<Role> payer = Set.of(Role.MEMBERSHIP_OFFICER, Role.SYSTEM);
    return WorkflowDefinition.<ApplicationState, ApplicationCommand.Kind, MembershipApplication, ApplicationCommand>
            builder("membership-application", ApplicationState.class, NONE)
        .on(NONE, CREATE, DRAFT, applicant, FOR_SELF, oneOpenApplication())
        .on(DRAFT, SUBMIT, SUBMITTED, applicant, OWN)
        .automatic(SUBMITTED, AUTO_APPROVE, APPROVED, APPROVAL_NOT_REQUIRED)
        .on(SUBMITTED, START_REVIEW, UNDER_REVIEW, officer, FOUR_EYES)
        .on(UNDER_REVIEW, REQUEST_INFORMATION, MORE_INFORMATION_REQUESTED, officer, REASON_GIVEN)
        .on(MORE_INFORMATION_REQUESTED, RESUBMIT, UNDER_REVIEW, applicant, OWN)
        .on(UNDER_REVIEW, APPROVE, APPROVED, officer, FOUR_EYES)
        .on(UNDER_REVIEW, REJECT, REJECTED, officer, REASON_GIVEN)
        .on(Set.of(DRAFT, SUBMITTED, UNDER_REVIEW, MORE_INFORMATION_REQUESTED, APPROVED), WITHDRAW, WITHDRAWN, applicant, OWN)
        .on(SUBMITTED, RECORD_PAYMENT, SUBMITTED, payer, paymentValid())
        .on(UNDER_REVIEW, RECORD_PAYMENT, UNDER_REVIEW, payer, paymentValid())
        .on(MORE_INFORMATION_REQUESTED, RECORD_PAYMENT, MORE_INFORMATION_REQUESTED, payer, paymentValid())
        .on(APPROVED, RECORD_PAYMENT, APPROVED, payer, paymentValid())
        .automatic(APPROVED, ACTIVATE, ACTIVE, PAID_OR_FREE)
        .on(Set.of(DRAFT, MORE_INFORMATION_REQUESTED, APPROVED), EXPIRE, EXPIRED, Set.of(Role.SYSTEM), expiryDue())
        .build();
  }

  private static boolean isApplicant(MembershipApplication a, Actor actor) {
    Optional<org.irrt.model.member.Member> applicant = a.applicant();
    return applicant.isPresent() && actor.id().is(applicant.get().id());
  }

  /** The applicant acts on own applications only. */
  static final Guard<MembershipApplication, ApplicationCommand> OWN = Guard.of("ownApplication",
      (a, c, actor, at) -> Refusal.when(!isApplicant(a, actor), "ownApplication", "org.irrt.workflow.ownOnly"));

  /** A person applies for themselves. */
  static final Guard<MembershipApplication, ApplicationCommand> FOR_SELF = Guard.of("forSelf",
      (a, c, actor, at) -> Refusal.when(c instanceof ApplicationCommand.Create create
          && !actor.id().is(create.applicant().id()), "forSelf", "org.irrt.workflow.ownOnly"));

  /** No officer reviews or approves own application. */
  static final Guard<MembershipApplication, ApplicationCommand> FOUR_EYES = Guard.of("fourEyes",
      (a, c, actor, at) -> Refusal.when(isApplicant(a, actor), "fourEyes", "org.irrt.workflow.fourEyes"));

  /** Requests for information and rejections say why. */
  static final Guard<MembershipApplication, ApplicationCommand> REASON_GIVEN = Guard.of("reasonGiven",
      (a, c, actor, at) -> {
        String reason = c instanceof ApplicationCommand.RequestInformation r ? r.reason()
            : c instanceof ApplicationCommand.Reject r ? r.reason() : "";
        return Refusal.ofReason("reasonGiven", reason);
      });

  static final Guard<MembershipApplication, ApplicationCommand> APPROVAL_NOT_REQUIRED = Guard.of("approvalNotRequired",
      (a, c, actor, at) -> Refusal.when(a.type().map(MembershipType::approvalRequired).orElse(true), "approvalNotRequired",
          "org.irrt.workflow.membership.approvalRequired"));

  static final Guard<MembershipApplication, ApplicationCommand> PAID_OR_FREE = Guard.of("paidOrFree",
      (a, c, actor, at) -> {
        MembershipType t = a.type().orElseThrow();
        boolean paid = !t.paymentRequired() || a.paid().map(p -> p.compareTo(t.fee()) >= 0).orElse(false);
        return Refusal.when(!paid, "paidOrFree", "org.irrt.workflow.membership.unpaid");
      });

  /**
   * A payment is more than zero, in the fee's currency, received no later than today in the
   * organisation's time zone, and not recorded before. Payments are recorded by the payment system
   * ({@link Role#SYSTEM}) or a membership officer, never by the applicant (not even an applicant who
   * is an officer), whose word is not a payment.
   */
  private Guard<MembershipApplication, ApplicationCommand> paymentValid() {
    return Guard.of("paymentValid", (a, c, actor, at) -> {
      var p = ((ApplicationCommand.RecordPayment) c).payment();
      MembershipType t = a.type().orElseThrow();
      if (isApplicant(a, actor)) {
        return Optional.of(new Refusal("paymentValid", "org.irrt.workflow.membership.ownPayment"));
      }
      if (!p.amount().currency().equals(t.fee().currency())) {
        return Optional.of(new Refusal("paymentValid", "org.irrt.workflow.membership.paymentCurrency",
            t.fee().currency().getCurrencyCode()));
      }
      if (p.amount().amount().signum() <= 0) {
        return Optional.of(new Refusal("paymentValid", "org.irrt.workflow.membership.paymentZero"));
      }
      if (p.receivedOn().isAfter(at.atZone(zone).toLocalDate())) {
        return Optional.of(new Refusal("paymentValid", "org.irrt.workflow.membership.paymentFuture",
            p.receivedOn().toString()));
      }
      return Refusal.when(a.payments().stream().anyMatch(x -> x.paymentId().equals(p.paymentId())), "paymentValid",
          "org.irrt.workflow.membership.paymentTwice");
    });
  }

  private Guard<MembershipApplication, ApplicationCommand> oneOpenApplication() {
    return Guard.of("oneOpenApplication", (a, c, actor, at) -> {
      var create = (ApplicationCommand.Create) c;
      return open.openFor(create.applicant().id(), create.type().id(), a.id())
          .map(other -> new Refusal("oneOpenApplication", "org.irrt.workflow.membership.openApplication", other));
    });
  }

  private Guard<MembershipApplication, ApplicationCommand> expiryDue() {
    return Guard.of("expiryDue", (a, c, actor, at) -> Refusal.when(
        a.lastChange().map(last -> at.isBefore(last.plus(expiry))).orElse(true), "expiryDue",
        "org.irrt.workflow.membership.notStale", expiry.toDays()));
  }

  /**
   * The application id for a client token: the same token always gives the same id, so a form sent
   * twice reaches one application (and the engine's idempotency key makes the second a replay).
   *
   * @param clientToken the form's token
   * @return {@code app-} and 24 hex digits of the token's SHA-256
   */
  public static String applicationId(String clientToken) {
    Objects.requireNonNull(clientToken, "clientToken");
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(clientToken.getBytes(StandardCharsets.UTF_8));
      return "app-" + HexFormat.of().formatHex(hash, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The sweep rule that expires applications left waiting for the applicant longer than the
   * configured time: drafts, requests for information, approvals awaiting payment.
   *
   * @return the rule for {@link org.irrt.workflow.WorkflowEngine#sweep}
   */
  public BiFunction<MembershipApplication, Instant, Optional<ApplicationCommand>> expireStale() {
    return (a, at) -> Set.of(DRAFT, MORE_INFORMATION_REQUESTED, APPROVED).contains(a.state())
        && a.lastChange().map(last -> !at.isBefore(last.plus(expiry))).orElse(false)
        ? Optional.of(new ApplicationCommand.Expire()) : Optional.empty();
  }

  @Override
  public WorkflowDefinition<ApplicationState, ApplicationCommand.Kind, MembershipApplication, ApplicationCommand>
      definition() {
    return definition;
  }

  @Override
  public MembershipApplication initial(String id) {
    Objects.requireNonNull(id, "id");
    return MembershipApplication.empty(id);
  }

  @Override
  public ApplicationState state(MembershipApplication instance) {
    Objects.requireNonNull(instance, "instance");
    return instance.state();
  }

  @Override
  public ApplicationCommand.Kind kind(ApplicationCommand command) {
    Objects.requireNonNull(command, "command");
    return command.kind();
  }

  @Override
  protected ApplicationCommand automaticCommand(ApplicationCommand.Kind kind, MembershipApplication instance) {
    return kind == AUTO_APPROVE ? new ApplicationCommand.AutoApprove() : new ApplicationCommand.Activate();
  }

  @Override
  protected List<ApplicationEvent> events(MembershipApplication a, ApplicationCommand command,
      Transition<ApplicationState, ApplicationCommand.Kind, MembershipApplication, ApplicationCommand> row,
      EventHeader h) {
    ApplicationEvent event;
    if (command instanceof ApplicationCommand.Create c) {
      event = new ApplicationCreated(h, c.applicant(), c.type(), c.clientToken());
    } else if (command instanceof ApplicationCommand.RequestInformation c) {
      event = new InformationRequested(h, c.reason());
    } else if (command instanceof ApplicationCommand.Reject c) {
      event = new ApplicationRejected(h, c.reason());
    } else if (command instanceof ApplicationCommand.RecordPayment c) {
      event = new PaymentRecorded(h, c.payment());
    } else {
      event = switch (command.kind()) {
        case SUBMIT -> new ApplicationSubmitted(h);
        case START_REVIEW -> new ReviewStarted(h);
        case RESUBMIT -> new ApplicationResubmitted(h);
        case APPROVE, AUTO_APPROVE -> new ApplicationApproved(h);
        case WITHDRAW -> new ApplicationWithdrawn(h);
        case EXPIRE -> new ApplicationExpired(h);
        case ACTIVATE -> new MembershipActivated(h, activate(a, h.at()));
        default -> throw new IllegalStateException("no event for " + command.kind());
      };
    }
    return List.of(event);
  }

  private Membership activate(MembershipApplication a, Instant at) {
    MembershipType type = a.type().orElseThrow();
    LocalDate joinDate = LocalDate.ofInstant(at, zone);
    Membership m = Membership.join(MembershipId.of(a.id()), a.applicant().orElseThrow().id(), type, joinDate);
    return Membership.builder().from(m).pending(false).payments(a.payments()).build();
  }

  @Override
  public MembershipApplication evolve(MembershipApplication a, ApplicationEvent event) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(event, "event");
    Instant at = event.header().at();
    if (event instanceof ApplicationCreated e) {
      return new MembershipApplication(a.id(), DRAFT, Optional.of(e.applicant()), Optional.of(e.type()),
          Optional.of(e.clientToken()), List.of(), Optional.empty(), Optional.of(at), Optional.empty());
    }
    if (event instanceof InformationRequested e) {
      return a.to(MORE_INFORMATION_REQUESTED, at).withReason(e.reason());
    }
    if (event instanceof ApplicationRejected e) {
      return a.to(REJECTED, at).withReason(e.reason());
    }
    if (event instanceof PaymentRecorded e) {
      return a.withPayment(e.payment());
    }
    if (event instanceof MembershipActivated e) {
      return new MembershipApplication(a.id(), ACTIVE, a.applicant(), a.type(), a.clientToken(), a.payments(),
          a.reason(), Optional.of(at), Optional.of(e.membership()));
    }
    if (event instanceof ApplicationSubmitted) {
      return a.to(SUBMITTED, at);
    }
    if (event instanceof ReviewStarted || event instanceof ApplicationResubmitted) {
      return a.to(UNDER_REVIEW, at);
    }
    if (event instanceof ApplicationApproved) {
      return a.to(APPROVED, at);
    }
    if (event instanceof ApplicationWithdrawn) {
      return a.to(WITHDRAWN, at);
    }
    if (event instanceof ApplicationExpired) {
      return a.to(EXPIRED, at);
    }
    throw new IllegalStateException("unknown event " + event.getClass().getSimpleName());
  }
}
