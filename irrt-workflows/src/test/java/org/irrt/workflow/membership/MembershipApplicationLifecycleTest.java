package org.irrt.workflow.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.irrt.workflow.membership.ApplicationFixtures.OFFICER;
import static org.irrt.workflow.membership.ApplicationFixtures.applicant;
import static org.irrt.workflow.membership.ApplicationFixtures.member;
import static org.irrt.workflow.membership.ApplicationFixtures.type;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.irrt.model.common.Money;
import org.irrt.model.member.Member;
import org.irrt.model.membership.MembershipType;
import org.irrt.model.membership.PaymentReference;
import org.irrt.workflow.Actor;
import org.irrt.workflow.ActorId;
import org.irrt.workflow.Outcome;
import org.irrt.workflow.Refusal;
import org.irrt.workflow.Request;
import org.irrt.workflow.Role;
import org.irrt.workflow.membership.ApplicationCommand.Approve;
import org.irrt.workflow.membership.ApplicationCommand.Create;
import org.irrt.workflow.membership.ApplicationCommand.RecordPayment;
import org.irrt.workflow.membership.ApplicationCommand.Reject;
import org.irrt.workflow.membership.ApplicationCommand.RequestInformation;
import org.irrt.workflow.membership.ApplicationCommand.Resubmit;
import org.irrt.workflow.membership.ApplicationCommand.StartReview;
import org.irrt.workflow.membership.ApplicationCommand.Submit;
import org.irrt.workflow.membership.ApplicationCommand.Withdraw;
import org.junit.jupiter.api.Test;

/** The membership application workflow, path by path: given events, when a command, then events and state. */
class MembershipApplicationLifecycleTest {
  private final ApplicationFixtures f = new ApplicationFixtures();
  private final Member ana = member("ana", "Ana", "García");
  private final Actor anaActor = applicant(ana);
  private static final Actor PAYMENTS = Actor.of("payments", Role.SYSTEM);

  private String create(MembershipType type, String token) {
    String id = MembershipApplicationWorkflow.applicationId(token);
    accepted(f.engine.issue(id, Request.of(new Create(ana, type.id(), token), anaActor).withIdempotencyKey(token)));
    return id;
  }

  private static List<String> names(Outcome<MembershipApplication, ApplicationEvent> o) {
    List<String> out = new ArrayList<>();
    for (ApplicationEvent e : accepted(o).events()) {
      out.add(e.getClass().getSimpleName() + " by " + e.header().actor());
    }
    return out;
  }

  private static Outcome.Accepted<MembershipApplication, ApplicationEvent> accepted(
      Outcome<MembershipApplication, ApplicationEvent> o) {
    assertThat(o).isInstanceOf(Outcome.Accepted.class);
    return (Outcome.Accepted<MembershipApplication, ApplicationEvent>) o;
  }

  private static List<Refusal> refused(Outcome<MembershipApplication, ApplicationEvent> o) {
    assertThat(o).isInstanceOf(Outcome.Refused.class);
    return ((Outcome.Refused<MembershipApplication, ApplicationEvent>) o).reasons();
  }

  @Test
  void aReviewedPaidApplicationBecomesAMembershipWithDatesFromTheType() {
    MembershipType type = type("intl", true, true);
    String id = create(type, "form-1");
    assertThat(names(f.engine.issue(id, Request.of(new Submit(), anaActor)))).containsExactly("ApplicationSubmitted by ana");
    assertThat(names(f.engine.issue(id, Request.of(new StartReview(), OFFICER)))).containsExactly("ReviewStarted by officer-lee");
    assertThat(names(f.engine.issue(id, Request.of(new RequestInformation("Proof of student status"), OFFICER)
        .withComment("Asked by e-mail too")))).containsExactly("InformationRequested by officer-lee");
    assertThat(f.engine.load(id).state()).isEqualTo(ApplicationState.MORE_INFORMATION_REQUESTED);
    assertThat(f.engine.load(id).reason()).contains("Proof of student status");
    assertThat(names(f.engine.issue(id, Request.of(new Resubmit(), anaActor)))).containsExactly("ApplicationResubmitted by ana");
    assertThat(names(f.engine.issue(id, Request.of(new Approve(), OFFICER)))).containsExactly("ApplicationApproved by officer-lee");
    assertThat(f.engine.load(id).state()).isEqualTo(ApplicationState.APPROVED);

    f.clock.set(java.time.Instant.parse("2026-03-10T04:30:00Z")); // still March 9 in Chicago
    var paid = f.engine.issue(id, Request.of(new RecordPayment(
        PaymentReference.of("pay-77", Money.of("35", "EUR"), LocalDate.of(2026, 3, 9))), PAYMENTS));
    assertThat(names(paid)).containsExactly("PaymentRecorded by payments", "MembershipActivated by system");
    MembershipApplication active = f.engine.load(id);
    assertThat(active.state()).isEqualTo(ApplicationState.ACTIVE);
    var membership = active.membership().orElseThrow();
    assertThat(membership.joinDate()).isEqualTo(LocalDate.of(2026, 3, 9));
    assertThat(membership.startDate()).isEqualTo(LocalDate.of(2026, 3, 9));
    assertThat(membership.endDate()).contains(LocalDate.of(2027, 3, 8));
    assertThat(membership.pending()).isFalse();
    assertThat(membership.payments()).extracting(PaymentReference::paymentId).containsExactly("pay-77");
    assertThat(f.engine.history(id).get(3).header().comment()).contains("Asked by e-mail too");
    assertThat(f.workflow.replay(id, f.engine.history(id))).isEqualTo(active);
  }

  @Test
  void withNeitherGateTheApplicationActivatesOnSubmission() {
    String id = create(type("free", false, false), "form-2");
    assertThat(names(f.engine.issue(id, Request.of(new Submit(), anaActor))))
        .containsExactly("ApplicationSubmitted by ana", "ApplicationApproved by system", "MembershipActivated by system");
    assertThat(f.engine.load(id).state()).isEqualTo(ApplicationState.ACTIVE);
  }

  @Test
  void withApprovalOnlyItActivatesWhenApproved() {
    String id = create(type("approve", true, false), "form-3");
    f.engine.issue(id, Request.of(new Submit(), anaActor));
    f.engine.issue(id, Request.of(new StartReview(), OFFICER));
    assertThat(names(f.engine.issue(id, Request.of(new Approve(), OFFICER))))
        .containsExactly("ApplicationApproved by officer-lee", "MembershipActivated by system");
  }

  @Test
  void anOfficerMayNotReviewOrApproveOwnApplication() {
    Actor anaTheOfficer = new Actor(ActorId.of("ana"), java.util.Set.of(Role.APPLICANT, Role.MEMBERSHIP_OFFICER));
    String id = create(type("intl", true, true), "form-4");
    f.engine.issue(id, Request.of(new Submit(), anaTheOfficer));
    int before = f.engine.history(id).size();
    assertThat(refused(f.engine.issue(id, Request.of(new StartReview(), anaTheOfficer))))
        .extracting(Refusal::rule).containsExactly("fourEyes");
    assertThat(f.engine.history(id)).hasSize(before);
    assertThat(f.engine.load(id).state()).isEqualTo(ApplicationState.SUBMITTED);
  }

  @Test
  void refusalsNeedReasonsAndRolesAndChangeNothing() {
    String id = create(type("intl", true, true), "form-5");
    f.engine.issue(id, Request.of(new Submit(), anaActor));
    f.engine.issue(id, Request.of(new StartReview(), OFFICER));
    List<Refusal> noReason = refused(f.engine.issue(id, Request.of(new Reject(" "), OFFICER)));
    assertThat(noReason).extracting(Refusal::code).containsExactly("org.irrt.workflow.reasonRequired");
    assertThat(noReason.get(0).message(Locale.forLanguageTag("es"))).isEqualTo("se requiere un motivo");
    List<Refusal> notOfficer = refused(f.engine.issue(id, Request.of(new Approve(), anaActor)));
    assertThat(notOfficer.get(0).message(Locale.ENGLISH)).isEqualTo("your role does not allow \u201Capprove\u201D here");
    Actor stranger = Actor.of("bo", Role.APPLICANT);
    assertThat(refused(f.engine.issue(id, Request.of(new Withdraw(), stranger)))).extracting(Refusal::rule)
        .containsExactly("ownApplication");
    assertThat(f.engine.history(id)).hasSize(3);
    assertThat(names(f.engine.issue(id, Request.of(new Reject("Not a librarian"), OFFICER))))
        .containsExactly("ApplicationRejected by officer-lee");
  }

  @Test
  void aCommandTheStateDoesNotAllowIsRefusedNamingTheStateAndWhatIsPermitted() {
    String id = create(type("intl", true, true), "form-6");
    f.engine.issue(id, Request.of(new Withdraw(), anaActor));
    int before = f.engine.history(id).size();
    List<Refusal> late = refused(f.engine.issue(id, Request.of(new Approve(), OFFICER)));
    assertThat(late).extracting(Refusal::rule).containsExactly("state");
    assertThat(late.get(0).message(Locale.ENGLISH))
        .isEqualTo("\u201Capprove\u201D is not possible while this is withdrawn; there is nothing you may do with it now");
    assertThat(f.engine.history(id)).hasSize(before);
    String other = create(type("other", true, true), "form-7");
    assertThat(refused(f.engine.issue(other, Request.of(new Approve(), anaActor))).get(0).message(Locale.ENGLISH))
        .isEqualTo("\u201Capprove\u201D is not possible while this is draft; possible now: amend, submit, or withdraw");
    assertThat(refused(f.engine.issue(other, Request.of(new Approve(), anaActor))).get(0)
        .message(Locale.forLanguageTag("es"))).isEqualTo(
            "\u00ABaprobar\u00BB no es posible en el estado \u00ABborrador\u00BB; ahora es posible: modificar, enviar o retirar");
  }

  @Test
  void aSecondOfficerApprovingFromAStalePageGetsARefusalNotAnException() {
    Actor kim = Actor.of("officer-kim", Role.MEMBERSHIP_OFFICER);
    String id = create(type("intl", true, true), "form-stale");
    f.engine.issue(id, Request.of(new Submit(), anaActor));
    f.engine.issue(id, Request.of(new StartReview(), OFFICER));
    assertThat(names(f.engine.issue(id, Request.of(new Approve(), OFFICER))))
        .containsExactly("ApplicationApproved by officer-lee");
    List<Refusal> again = refused(f.engine.issue(id, Request.of(new Approve(), kim)));
    assertThat(again).singleElement().satisfies(r -> {
      assertThat(r.rule()).isEqualTo("state");
      assertThat(r.message(Locale.ENGLISH)).isEqualTo("\u201Capprove\u201D is not possible while this is approved; possible now: "
          + "record payment");
    });
    assertThat(f.engine.history(id)).hasSize(4);
  }

  @Test
  void theSameCreateSentAgainWithoutAKeyIsRefusedNamingTheApplication() {
    MembershipType type = type("intl", true, true);
    String id = MembershipApplicationWorkflow.applicationId("form-twice");
    accepted(f.engine.issue(id, Request.of(new Create(ana, type.id(), "form-twice"), anaActor)));
    var again = refused(f.engine.issue(id, Request.of(new Create(ana, type.id(), "form-twice"), anaActor)));
    assertThat(again).singleElement().satisfies(r -> {
      assertThat(r.rule()).isEqualTo("exists");
      assertThat(r.message(Locale.ENGLISH)).isEqualTo(id + " already exists (it is draft); it was not created again");
    });
    assertThat(f.engine.history(id)).hasSize(1);
  }

  @Test
  void aCommandBasedOnAnOlderVersionIsRefusedInWordsAndChangesNothing() {
    String id = create(type("intl", true, true), "form-version");
    long shown = f.engine.version(id);
    assertThat(shown).isEqualTo(1);
    f.engine.issue(id, Request.of(new Submit(), anaActor));
    List<Refusal> stale = refused(f.engine.issue(id, Request.of(new Withdraw(), anaActor).withExpectedVersion(shown)));
    assertThat(stale).extracting(r -> r.message(Locale.ENGLISH)).containsExactly(
        "your page showed version 1 of this, but it is at version 2 now: reload it and try again");
    assertThat(f.engine.load(id).state()).isEqualTo(ApplicationState.SUBMITTED);
    assertThat(names(f.engine.issue(id, Request.of(new Withdraw(), anaActor).withExpectedVersion(2))))
        .containsExactly("ApplicationWithdrawn by ana");
  }

  @Test
  void theSameIdempotencyKeyTwiceYieldsTheFirstOutcomeOnce() {
    String id = create(type("intl", true, true), "form-8");
    var first = accepted(f.engine.issue(id, Request.of(new Submit(), anaActor).withIdempotencyKey("submit-1")));
    f.clock.advance(Duration.ofMinutes(5));
    var second = accepted(f.engine.issue(id, Request.of(new Submit(), anaActor).withIdempotencyKey("submit-1")));
    assertThat(second.replayed()).isTrue();
    assertThat(second.events()).isEqualTo(first.events());
    assertThat(f.engine.history(id)).hasSize(2);
  }

  @Test
  void aReplayShowsTheInstanceAsTheFirstOutcomeLeftIt() {
    String id = create(type("intl", true, true), "form-8b");
    accepted(f.engine.issue(id, Request.of(new Submit(), anaActor).withIdempotencyKey("submit-1")));
    accepted(f.engine.issue(id, Request.of(new StartReview(), OFFICER)));
    var again = accepted(f.engine.issue(id, Request.of(new Submit(), anaActor).withIdempotencyKey("submit-1")));
    assertThat(again.replayed()).isTrue();
    assertThat(again.instance().state()).isEqualTo(ApplicationState.SUBMITTED);
    assertThat(f.engine.load(id).state()).isEqualTo(ApplicationState.UNDER_REVIEW);
  }

  @Test
  void aKeyReusedByAnotherActorOrForAnotherCommandIsRefusedAndShowsNothing() {
    String id = create(type("intl", true, true), "form-8c");
    accepted(f.engine.issue(id, Request.of(new Submit(), anaActor).withIdempotencyKey("submit-1")));
    var stranger = f.engine.issue(id, Request.of(new Withdraw(), Actor.of("bo", Role.APPLICANT)).withIdempotencyKey("submit-1"));
    assertThat(stranger).isInstanceOf(Outcome.Refused.class);
    assertThat(refused(stranger)).extracting(r -> r.message(Locale.ENGLISH))
        .containsExactly("this request id (a form's token) was already used for another request, with other content or by another person");
    assertThat(refused(f.engine.issue(id, Request.of(new Withdraw(), anaActor).withIdempotencyKey("submit-1"))))
        .extracting(Refusal::rule).containsExactly("idempotencyKey");
    assertThat(refused(f.engine.issue(id, Request.of(new StartReview(), OFFICER).withIdempotencyKey("submit-1"))))
        .extracting(Refusal::rule).containsExactly("idempotencyKey");
    assertThat(f.engine.history(id)).hasSize(2);
    assertThat(f.engine.load(id).state()).isEqualTo(ApplicationState.SUBMITTED);

    PaymentReference hundred = PaymentReference.of("p-100", Money.of("10", "EUR"), LocalDate.of(2026, 3, 2));
    accepted(f.engine.issue(id, Request.of(new RecordPayment(hundred), PAYMENTS).withIdempotencyKey("pay-k")));
    assertThat(accepted(f.engine.issue(id, Request.of(new RecordPayment(hundred), PAYMENTS).withIdempotencyKey("pay-k")))
        .replayed()).isTrue();
    PaymentReference other = PaymentReference.of("p-200", Money.of("20", "EUR"), LocalDate.of(2026, 3, 2));
    assertThat(refused(f.engine.issue(id, Request.of(new RecordPayment(other), PAYMENTS).withIdempotencyKey("pay-k"))))
        .extracting(Refusal::rule).containsExactly("idempotencyKey");
    assertThat(f.engine.load(id).payments()).extracting(PaymentReference::paymentId).containsExactly("p-100");
  }

  @Test
  void onlyAKeyedCommandCarriesAFingerprintOfItsContent() {
    MembershipType free = type("free", false, false);
    String unkeyed = MembershipApplicationWorkflow.applicationId("form-fp-1");
    var plain = accepted(f.engine.issue(unkeyed, Request.of(new Create(ana, free.id(), "form-fp-1"), anaActor)));
    assertThat(plain.events()).extracting(e -> e.header().fingerprint()).containsExactly("");
    var submitted = accepted(f.engine.issue(unkeyed, Request.of(new Submit(), anaActor)));
    assertThat(submitted.events()).extracting(e -> e.getClass().getSimpleName() + " " + e.header().fingerprint())
        .containsExactly("ApplicationSubmitted ", "ApplicationApproved ", "MembershipActivated ");
    assertThat(f.engine.history(unkeyed)).allSatisfy(e -> assertThat(e.header().fingerprint()).isEmpty());

    Member bo = member("bo", "Bo", "Lin");
    Actor boActor = applicant(bo);
    String keyed = MembershipApplicationWorkflow.applicationId("form-fp-2");
    Create create = new Create(bo, free.id(), "form-fp-2");
    var first = accepted(f.engine.issue(keyed, Request.of(create, boActor).withIdempotencyKey("fp-2")));
    assertThat(first.events()).extracting(e -> e.header().fingerprint())
        .containsExactly(org.irrt.workflow.Workflow.fingerprint(create));
    assertThat(first.events().get(0).header().fingerprint()).matches("[0-9a-f]{64}");
    var submit = accepted(f.engine.issue(keyed, Request.of(new Submit(), boActor).withIdempotencyKey("fp-3")));
    // only the row's own events carry it: the automatic rows' carry the key alone (issue 18 item 3)
    assertThat(submit.events()).extracting(e -> e.getClass().getSimpleName() + " " + e.header().fingerprint())
        .containsExactly("ApplicationSubmitted " + org.irrt.workflow.Workflow.fingerprint(new Submit()),
            "ApplicationApproved ", "MembershipActivated ");
    assertThat(submit.events()).extracting(e -> e.header().idempotencyKey()).containsOnly(Optional.of("fp-3"));

    var replay = accepted(f.engine.issue(keyed, Request.of(create, boActor).withIdempotencyKey("fp-2")));
    assertThat(replay.replayed()).isTrue();
    assertThat(replay.events()).isEqualTo(first.events());
    Create otherContent = new Create(bo, free.id(), "another-form");
    assertThat(refused(f.engine.issue(keyed, Request.of(otherContent, boActor).withIdempotencyKey("fp-2"))))
        .extracting(Refusal::rule).containsExactly("idempotencyKey");
    assertThat(f.engine.history(keyed)).hasSize(4);
  }

  @Test
  void anUnkeyedCommandIsNeverTakenForAReplayOfAKeyedOne() {
    String id = MembershipApplicationWorkflow.applicationId("form-fp-4");
    accepted(f.engine.issue(id, Request.of(new Create(ana, type("intl", true, true).id(), "form-fp-4"), anaActor)));
    var submit = accepted(f.engine.issue(id, Request.of(new Submit(), anaActor).withIdempotencyKey("fp-4")));
    assertThat(submit.replayed()).isFalse();
    assertThat(f.engine.history(id)).extracting(e -> e.header().fingerprint())
        .containsExactly("", org.irrt.workflow.Workflow.fingerprint(new Submit()));
  }

  @Test
  void theSameClientTokenTwiceYieldsOneApplication() {
    MembershipType type = type("intl", true, true);
    String first = create(type, "token-abc");
    String again = MembershipApplicationWorkflow.applicationId("token-abc");
    assertThat(again).isEqualTo(first);
    var replay = accepted(f.engine.issue(again, Request.of(new Create(ana, type.id(), "token-abc"), anaActor)
        .withIdempotencyKey("token-abc")));
    assertThat(replay.replayed()).isTrue();
    assertThat(f.store.instanceIds()).containsExactly(first);
  }

  @Test
  void aSecondOpenApplicationForTheSameTypeIsRefusedUntilTheFirstEnds() {
    MembershipType type = type("intl", true, true);
    String first = create(type, "token-1");
    String secondId = MembershipApplicationWorkflow.applicationId("token-2");
    List<Refusal> reasons = refused(f.engine.issue(secondId, Request.of(new Create(ana, type.id(), "token-2"), anaActor)));
    assertThat(reasons).extracting(Refusal::rule).containsExactly("oneOpenApplication");
    assertThat(reasons.get(0).message(Locale.ENGLISH)).contains(first);
    assertThat(f.store.load(secondId)).isEmpty();
    f.engine.issue(first, Request.of(new Withdraw(), anaActor));
    accepted(f.engine.issue(secondId, Request.of(new Create(ana, type.id(), "token-2"), anaActor)));
  }

  @Test
  void theSweepExpiresApplicationsLeftUnansweredAndNoOthers() {
    String waiting = create(type("intl", true, true), "form-9");
    f.engine.issue(waiting, Request.of(new Submit(), anaActor));
    f.engine.issue(waiting, Request.of(new StartReview(), OFFICER));
    f.engine.issue(waiting, Request.of(new RequestInformation("Your library's name"), OFFICER));
    Member bo = member("bo", "Bo", "Berg");
    String underReview = MembershipApplicationWorkflow.applicationId("bo-form");
    f.engine.issue(underReview, Request.of(new Create(bo, type("intl", true, true).id(), "bo-form"), applicant(bo)));
    f.engine.issue(underReview, Request.of(new Submit(), applicant(bo)));

    f.clock.advance(Duration.ofDays(29));
    assertThat(f.engine.sweep(f.workflow.expireStale())).isEmpty();
    f.clock.advance(Duration.ofDays(1));
    var outcomes = f.engine.sweep(f.workflow.expireStale());
    assertThat(outcomes).hasSize(1);
    assertThat(f.engine.load(waiting).state()).isEqualTo(ApplicationState.EXPIRED);
    assertThat(f.engine.load(underReview).state()).isEqualTo(ApplicationState.SUBMITTED);
    assertThat(f.engine.history(waiting).get(f.engine.history(waiting).size() - 1).header().actor())
        .isEqualTo(ActorId.SYSTEM);
  }

  @Test
  void listenersHearOfCommittedEventsOnly() {
    List<String> heard = new ArrayList<>();
    f.engine.listen("heard", (id, events) -> events.forEach(e -> heard.add(e.getClass().getSimpleName())));
    String id = create(type("approve", true, false), "form-10");
    f.engine.issue(id, Request.of(new Submit(), anaActor));
    f.engine.issue(id, Request.of(new StartReview(), anaActor)); // refused: role
    f.engine.issue(id, Request.of(new StartReview(), OFFICER));
    f.engine.issue(id, Request.of(new Approve(), OFFICER));
    assertThat(heard).containsExactly("ApplicationCreated", "ApplicationSubmitted", "ReviewStarted",
        "ApplicationApproved", "MembershipActivated");
  }

  @Test
  void paymentsMustBeInTheFeesCurrencyAndRecordedOnce() {
    String id = create(type("intl", true, true), "form-11");
    f.engine.issue(id, Request.of(new Submit(), anaActor));
    PaymentReference dollars = PaymentReference.of("p1", Money.of("40", "USD"), LocalDate.of(2026, 3, 2));
    assertThat(refused(f.engine.issue(id, Request.of(new RecordPayment(dollars), PAYMENTS))).get(0).message(Locale.ENGLISH))
        .isEqualTo("the payment must be in EUR, the currency of the fee");
    PaymentReference half = PaymentReference.of("p2", Money.of("20", "EUR"), LocalDate.of(2026, 3, 2));
    accepted(f.engine.issue(id, Request.of(new RecordPayment(half), PAYMENTS)));
    assertThat(refused(f.engine.issue(id, Request.of(new RecordPayment(half), PAYMENTS)))).extracting(Refusal::rule)
        .containsExactly("paymentValid");
    f.engine.issue(id, Request.of(new StartReview(), OFFICER));
    assertThat(names(f.engine.issue(id, Request.of(new Approve(), OFFICER))))
        .containsExactly("ApplicationApproved by officer-lee");
    assertThat(names(f.engine.issue(id, Request.of(new RecordPayment(half.withPaymentId("p3")), PAYMENTS))))
        .containsExactly("PaymentRecorded by payments", "MembershipActivated by system");
  }

  @Test
  void applicantsCannotRecordPaymentsAndPaymentsArePositiveAndNotInTheFuture() {
    String id = create(type("intl", true, true), "form-12");
    f.engine.issue(id, Request.of(new Submit(), anaActor));
    PaymentReference full = PaymentReference.of("p1", Money.of("35", "EUR"), LocalDate.of(2026, 3, 2));
    assertThat(refused(f.engine.issue(id, Request.of(new RecordPayment(full), anaActor))))
        .extracting(Refusal::rule).containsExactly("role");
    assertThat(refused(f.engine.issue(id, Request.of(new RecordPayment(full.withAmount(Money.of("0", "EUR"))),
        PAYMENTS))).get(0).message(Locale.ENGLISH)).isEqualTo("a payment must be more than zero");
    // the clock says 2026-03-02 09:00 in Chicago: March 3 is tomorrow there
    assertThat(refused(f.engine.issue(id, Request.of(new RecordPayment(full.withReceivedOn(LocalDate.of(2026, 3, 3))),
        PAYMENTS))).get(0).message(Locale.ENGLISH)).isEqualTo("a payment cannot be received in the future (2026-03-03)");
    assertThat(f.engine.load(id).payments()).isEmpty();
    assertThat(names(f.engine.issue(id, Request.of(new RecordPayment(full), OFFICER))))
        .containsExactly("PaymentRecorded by officer-lee");
  }

  @Test
  void anOfficerWhoIsTheApplicantCannotRecordTheirOwnPayment() {
    Actor anaTheOfficer = new Actor(ActorId.of("ana"), java.util.Set.of(Role.APPLICANT, Role.MEMBERSHIP_OFFICER));
    String id = create(type("intl", true, true), "form-13");
    f.engine.issue(id, Request.of(new Submit(), anaActor));
    PaymentReference full = PaymentReference.of("p1", Money.of("35", "EUR"), LocalDate.of(2026, 3, 2));
    assertThat(refused(f.engine.issue(id, Request.of(new RecordPayment(full), anaTheOfficer))))
        .extracting(r -> r.message(Locale.ENGLISH)).containsExactly("no one records a payment on their own application");
    assertThat(f.engine.load(id).payments()).isEmpty();
  }
}
