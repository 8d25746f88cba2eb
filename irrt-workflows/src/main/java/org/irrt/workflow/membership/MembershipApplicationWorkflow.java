package org.irrt.workflow.membership;

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
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.irrt.model.common.InvalidValueException;
import org.irrt.model.member.Member;
import org.irrt.model.membership.Membership;
import org.irrt.model.membership.MembershipId;
import org.irrt.model.membership.MembershipType;
import org.irrt.model.membership.MembershipTypeId;
import org.irrt.model.membership.Visibility;
import org.irrt.workflow.Actor;
import org.irrt.workflow.Guard;
import org.irrt.workflow.Organisation;
import org.irrt.workflow.Refusal;
import org.irrt.workflow.Role;
import org.irrt.workflow.StoreProjection;
import org.irrt.workflow.Workflow;
import org.irrt.workflow.WorkflowDefinition;
import org.irrt.workflow.membership.ApplicationCommand.Activate;
import org.irrt.workflow.membership.ApplicationCommand.Amend;
import org.irrt.workflow.membership.ApplicationCommand.Approve;
import org.irrt.workflow.membership.ApplicationCommand.AutoApprove;
import org.irrt.workflow.membership.ApplicationCommand.Create;
import org.irrt.workflow.membership.ApplicationCommand.Expire;
import org.irrt.workflow.membership.ApplicationCommand.RecordPayment;
import org.irrt.workflow.membership.ApplicationCommand.Reject;
import org.irrt.workflow.membership.ApplicationCommand.RequestInformation;
import org.irrt.workflow.membership.ApplicationCommand.Resubmit;
import org.irrt.workflow.membership.ApplicationCommand.StartReview;
import org.irrt.workflow.membership.ApplicationCommand.Submit;
import org.irrt.workflow.membership.ApplicationCommand.Withdraw;
import org.irrt.workflow.membership.ApplicationEvent.ApplicationAmended;
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
 * <p>The membership type is the organisation's ({@link Organisation}): a draft names it by id, and
 * only a type that is offered to applicants ({@link Visibility#PUBLIC}) and meant for the applicant's
 * member category may be applied for; its gates are the configured ones (Wild Apricot practice): a
 * type that needs no approval is approved by the system on submission; a type that needs no payment
 * activates on approval; one that does activates when the fee is paid. Activation creates the {@link
 * Membership} with join, start and end dates from the type's rules, the join date being the
 * activation day in the organisation's zone.
 *
 * <p>Rules: an applicant acts only on own applications, and changes them only from the revision
 * they saw; an officer may not start the review of, ask for information on, approve or reject their
 * own application (four eyes); requests for information and rejections need a reason; a person may
 * not open a second application for a type while one is open, decided against the store's own data
 * ({@link ApplicationIndex}); the same client token twice yields one application ({@link
 * #applicationId(String)} derives the id from the token); an application's id must be able to serve
 * as its membership's id, which activation gives it (refused at creation otherwise).
 */
public final class MembershipApplicationWorkflow extends Workflow<MembershipApplication, ApplicationState,
    ApplicationCommand, ApplicationEvent> {

  /** How long an application may wait for the applicant by default. */
  public static final Duration DEFAULT_EXPIRY = Duration.ofDays(30);

  private final Organisation organisation;
  private final Duration expiry;
  private final OpenApplications open;
  private final WorkflowDefinition<ApplicationState, MembershipApplication, ApplicationCommand, ApplicationEvent>
      definition;

  /**
   * Which applications are open, by person and type; for the one-open-application rule. {@link
   * ApplicationIndex} reads them from the store itself.
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
   * @param organisation the organisation: its time zone (join dates are local dates there) and the
   *     membership types it offers
   * @param expiry how long an application waits for the applicant before the sweep expires it
   * @param open the open applications, for the one-open-application rule
   */
  public MembershipApplicationWorkflow(Organisation organisation, Duration expiry, OpenApplications open) {
    this.organisation = Objects.requireNonNull(organisation, "organisation");
    this.expiry = Objects.requireNonNull(expiry, "expiry");
    this.open = Objects.requireNonNull(open, "open");
    this.definition = table();
  }

  private WorkflowDefinition<ApplicationState, MembershipApplication, ApplicationCommand, ApplicationEvent> table() {
    Role applicant = Role.APPLICANT;
    Role officer = Role.MEMBERSHIP_OFFICER;
    Set<Role> payer = Set.of(Role.MEMBERSHIP_OFFICER, Role.SYSTEM);
    var b = WorkflowDefinition.<ApplicationState, MembershipApplication, ApplicationCommand, ApplicationEvent>builder(
        "membership-application", ApplicationState.class, NONE);
    b.on(NONE, Create.class, DRAFT).by(applicant).when(APPLICATION_ID, FOR_SELF, membershipType(), oneOpenApplication())
        .emits((a, c, h) -> new ApplicationCreated(h, c.applicant(), organisation.membershipType(c.type()).orElseThrow(),
            c.clientToken()));
    for (ApplicationState s : List.of(DRAFT, MORE_INFORMATION_REQUESTED)) {
      b.on(s, Amend.class, s).by(applicant).when(OWN, SAME_PERSON, BASED_ON_CURRENT, STILL_ELIGIBLE)
          .emits((a, c, h) -> new ApplicationAmended(h, c.applicant()));
    }
    b.on(DRAFT, Submit.class, SUBMITTED).by(applicant).when(OWN).emits((a, c, h) -> new ApplicationSubmitted(h))
        .automatic(SUBMITTED, new AutoApprove(), APPROVED).when(APPROVAL_NOT_REQUIRED)
        .emits((a, c, h) -> new ApplicationApproved(h))
        .on(SUBMITTED, StartReview.class, UNDER_REVIEW).by(officer).when(FOUR_EYES)
        .emits((a, c, h) -> new ReviewStarted(h))
        .on(UNDER_REVIEW, RequestInformation.class, MORE_INFORMATION_REQUESTED).by(officer)
        .when(FOUR_EYES, reasonGiven(RequestInformation::reason))
        .emits((a, c, h) -> new InformationRequested(h, c.reason()))
        .on(MORE_INFORMATION_REQUESTED, Resubmit.class, UNDER_REVIEW).by(applicant).when(OWN)
        .emits((a, c, h) -> new ApplicationResubmitted(h))
        .on(UNDER_REVIEW, Approve.class, APPROVED).by(officer).when(FOUR_EYES)
        .emits((a, c, h) -> new ApplicationApproved(h))
        .on(UNDER_REVIEW, Reject.class, REJECTED).by(officer).when(FOUR_EYES, reasonGiven(Reject::reason))
        .emits((a, c, h) -> new ApplicationRejected(h, c.reason()))
        .on(Set.of(DRAFT, SUBMITTED, UNDER_REVIEW, MORE_INFORMATION_REQUESTED, APPROVED), Withdraw.class, WITHDRAWN)
        .by(applicant).when(OWN).emits((a, c, h) -> new ApplicationWithdrawn(h));
    for (ApplicationState s : List.of(SUBMITTED, UNDER_REVIEW, MORE_INFORMATION_REQUESTED, APPROVED)) {
      b.on(s, RecordPayment.class, s).by(payer).when(paymentValid()).emits((a, c, h) -> new PaymentRecorded(h, c.payment()));
    }
    return b.automatic(APPROVED, new Activate(), ACTIVE).when(PAID_OR_FREE)
        .emits((a, c, h) -> new MembershipActivated(h, activate(a, h.at())))
        .on(Set.of(DRAFT, MORE_INFORMATION_REQUESTED, APPROVED), Expire.class, EXPIRED).by(Role.SYSTEM)
        .when(expiryDue()).emits((a, c, h) -> new ApplicationExpired(h))
        .build();
  }

  private static boolean isApplicant(MembershipApplication a, Actor actor) {
    Optional<Member> applicant = a.applicant();
    return applicant.isPresent() && actor.id().is(applicant.get().id());
  }

  /** The applicant acts on own applications only. */
  static final Guard<MembershipApplication, Object> OWN = Guard.of("ownApplication",
      (a, c, actor, at) -> Refusal.when(!isApplicant(a, actor), "ownApplication", "org.irrt.workflow.ownOnly"));

  /**
   * The application's id becomes its membership's id on activation ({@link MembershipId}: a slug
   * of 1 to 64 characters), so an id that cannot is refused when the application is created, never
   * when an officer approves it or the fee is paid (where it would leave the application stuck).
   * {@link #applicationId(String)} always gives one that can.
   */
  static final Guard<MembershipApplication, Create> APPLICATION_ID = Guard.of("applicationId",
      (a, c, actor, at) -> Refusal.when(!canBeMembershipId(a.id()), "applicationId",
          "org.irrt.workflow.membership.applicationId", 64));

  private static boolean canBeMembershipId(String id) {
    try {
      MembershipId.of(id);
      return true;
    } catch (InvalidValueException e) {
      return false;
    }
  }

  /** A person applies for themselves. */
  static final Guard<MembershipApplication, Create> FOR_SELF = Guard.of("forSelf",
      (a, c, actor, at) -> Refusal.when(!actor.id().is(c.applicant().id()), "forSelf", "org.irrt.workflow.ownOnly"));

  /** An amendment changes the data of the person who applied, never who applies. */
  static final Guard<MembershipApplication, Amend> SAME_PERSON = Guard.of("samePerson",
      (a, c, actor, at) -> Refusal.when(!c.applicant().id().equals(a.applicant().orElseThrow().id()), "samePerson",
          "org.irrt.workflow.ownOnly"));

  /** An amendment is based on the current revision; a stale one is never applied over newer data. */
  static final Guard<MembershipApplication, Amend> BASED_ON_CURRENT = Guard.of("basedOnCurrent",
      (a, c, actor, at) -> Refusal.when(c.basedOnRevision() != a.revision(), "basedOnCurrent",
          "org.irrt.workflow.membership.staleRevision", c.basedOnRevision(), a.revision()));

  /** After an amendment the applicant is still of the type's member category. */
  static final Guard<MembershipApplication, Amend> STILL_ELIGIBLE = Guard.of("membershipType",
      (a, c, actor, at) -> eligibility(a.type().orElseThrow(), c.applicant()));

  /** No officer decides on their own application: review, information, approval, rejection. */
  static final Guard<MembershipApplication, Object> FOUR_EYES = Guard.of("fourEyes",
      (a, c, actor, at) -> Refusal.when(isApplicant(a, actor), "fourEyes", "org.irrt.workflow.fourEyes"));

  /** Requests for information and rejections say why. */
  private static <K> Guard<MembershipApplication, K> reasonGiven(Function<K, String> reason) {
    return Guard.of("reasonGiven", (a, c, actor, at) -> Refusal.ofReason("reasonGiven", reason.apply(c)));
  }

  static final Guard<MembershipApplication, Object> APPROVAL_NOT_REQUIRED = Guard.of("approvalNotRequired",
      (a, c, actor, at) -> Refusal.when(a.type().map(MembershipType::approvalRequired).orElse(true), "approvalNotRequired",
          "org.irrt.workflow.membership.approvalRequired"));

  static final Guard<MembershipApplication, Object> PAID_OR_FREE = Guard.of("paidOrFree",
      (a, c, actor, at) -> {
        MembershipType t = a.type().orElseThrow();
        boolean paid = !t.paymentRequired() || a.paid().map(p -> p.compareTo(t.fee()) >= 0).orElse(false);
        return Refusal.when(!paid, "paidOrFree", "org.irrt.workflow.membership.unpaid");
      });

  /**
   * The type applied for is one the organisation configured, offered to applicants ({@link
   * Visibility#PUBLIC}: an admin-only type such as honorary or lifetime is granted, never applied
   * for), and meant for the applicant's member category.
   */
  private Guard<MembershipApplication, Create> membershipType() {
    return Guard.of("membershipType", (a, c, actor, at) -> typeOffered(c.type())
        .or(() -> eligibility(organisation.membershipType(c.type()).orElseThrow(), c.applicant())));
  }

  /**
   * Whether applicants may apply for a type, whoever they are: the refusal a {@link Create} for it
   * gets when the organisation has no such type, or when the type is not offered to applicants (not
   * {@link Visibility#PUBLIC}), at the rule {@code membershipType}. A form can so name a wrong type
   * with its other mistakes, before it has an applicant to send; the applicant's category is
   * checked when the application is made.
   *
   * @param type the type applied for
   * @return the refusal; empty when the type is offered
   */
  public Optional<Refusal> typeOffered(MembershipTypeId type) {
    Objects.requireNonNull(type, "type");
    Optional<MembershipType> offered = organisation.membershipType(type);
    if (offered.isEmpty()) {
      return Optional.of(new Refusal("membershipType", "org.irrt.workflow.membership.unknownType", type.value()));
    }
    return offered.get().visibility() != Visibility.PUBLIC
        ? Optional.of(new Refusal("membershipType", "org.irrt.workflow.membership.typeNotOffered", type.value()))
        : Optional.empty();
  }

  private static Optional<Refusal> eligibility(MembershipType type, Member applicant) {
    return Refusal.when(applicant.category() != type.category(), "membershipType",
        "org.irrt.workflow.membership.notEligible", type.id().value(), type.category().name());
  }

  /**
   * A payment is more than zero, in the fee's currency, received no later than today in the
   * organisation's time zone, and not recorded before. Payments are recorded by the payment system
   * ({@link Role#SYSTEM}) or a membership officer, never by the applicant (not even an applicant who
   * is an officer), whose word is not a payment.
   */
  private Guard<MembershipApplication, RecordPayment> paymentValid() {
    return Guard.of("paymentValid", (a, c, actor, at) -> {
      var p = c.payment();
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
      if (p.receivedOn().isAfter(at.atZone(organisation.zone()).toLocalDate())) {
        return Optional.of(new Refusal("paymentValid", "org.irrt.workflow.membership.paymentFuture",
            p.receivedOn().toString()));
      }
      return Refusal.when(a.payments().stream().anyMatch(x -> x.paymentId().equals(p.paymentId())), "paymentValid",
          "org.irrt.workflow.membership.paymentTwice");
    });
  }

  private Guard<MembershipApplication, Create> oneOpenApplication() {
    return Guard.of("oneOpenApplication", (a, c, actor, at) -> open.openFor(c.applicant().id(), c.type(), a.id())
        .map(other -> new Refusal("oneOpenApplication", "org.irrt.workflow.membership.openApplication", other)));
  }

  private Guard<MembershipApplication, Expire> expiryDue() {
    return Guard.of("expiryDue", (a, c, actor, at) -> Refusal.when(
        a.lastChange().map(last -> at.isBefore(last.plus(expiry))).orElse(true), "expiryDue",
        "org.irrt.workflow.membership.notStale", expiry.toDays()));
  }

  /**
   * Commands of this workflow read other applications (one open application per person and type),
   * so the engine decides and appends them one at a time.
   *
   * @return {@code true}
   */
  @Override
  public boolean spansInstances() {
    return true;
  }

  /**
   * The index of open applications, when it is a view over the store ({@link ApplicationIndex}):
   * it keys them by the applicant's member id, which an erasure replaces by the pseudonym, so the
   * engine makes it start over on erasure.
   *
   * @return the index, or none for an {@link OpenApplications} of another kind
   */
  @Override
  public List<StoreProjection<?>> views() {
    return open instanceof StoreProjection<?> view ? List.of(view) : List.of();
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
        ? Optional.of(new Expire()) : Optional.empty();
  }

  @Override
  public WorkflowDefinition<ApplicationState, MembershipApplication, ApplicationCommand, ApplicationEvent>
      definition() {
    return definition;
  }

  @Override
  public MembershipApplication initial(String id) {
    Objects.requireNonNull(id, "id");
    return MembershipApplication.empty(id);
  }

  private Membership activate(MembershipApplication a, Instant at) {
    MembershipType type = a.type().orElseThrow();
    LocalDate joinDate = LocalDate.ofInstant(at, organisation.zone());
    Membership m = Membership.join(MembershipId.of(a.id()), a.applicant().orElseThrow().id(), type, joinDate);
    return Membership.builder().from(m).pending(false).payments(a.payments()).build();
  }

  @Override
  protected MembershipApplication apply(MembershipApplication a, ApplicationEvent event, ApplicationState state) {
    Instant at = event.header().at();
    if (event instanceof ApplicationCreated e) {
      return new MembershipApplication(a.id(), state, Optional.of(e.applicant()), Optional.of(e.type()),
          Optional.of(e.clientToken()), 1, List.of(), Optional.empty(), Optional.of(at), Optional.empty());
    }
    if (event instanceof ApplicationAmended e) {
      return a.withApplicant(e.applicant()).to(state, at);
    }
    if (event instanceof InformationRequested e) {
      return a.to(state, at).withReason(e.reason());
    }
    if (event instanceof ApplicationRejected e) {
      return a.to(state, at).withReason(e.reason());
    }
    if (event instanceof PaymentRecorded e) {
      return a.withPayment(e.payment(), state);
    }
    if (event instanceof MembershipActivated e) {
      return a.withMembership(e.membership(), state, at);
    }
    return a.to(state, at); // submitted, review started, resubmitted, approved, withdrawn, expired
  }
}
