package org.irrt.workflow.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irrt.workflow.membership.ApplicationFixtures.OFFICER;

import java.util.Locale;
import java.util.Set;
import org.irrt.model.member.Member;
import org.irrt.model.membership.MembershipTypeId;
import org.irrt.workflow.Actor;
import org.irrt.workflow.ActorId;
import org.irrt.workflow.Outcome;
import org.irrt.workflow.Refusal;
import org.irrt.workflow.Request;
import org.irrt.workflow.Role;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 item 3: an officer who is the applicant could request information on, reject or approve
 * their own application once another officer had started the review. Four eyes now hold on every
 * decision about one's own case, as guards on the rows (and in the diagram).
 */
class OwnApplicationDecisionTest {
  private final ApplicationFixtures f = new ApplicationFixtures();
  private final Member ana = ApplicationFixtures.member("ana", "Ana", "García");
  private final Actor anaTheOfficer = new Actor(ActorId.of("ana"), Set.of(Role.APPLICANT, Role.MEMBERSHIP_OFFICER));

  private String underReview() {
    String id = MembershipApplicationWorkflow.applicationId("own");
    f.engine.issue(id, Request.of(new ApplicationCommand.Create(ana, MembershipTypeId.of("intl"), "own"), anaTheOfficer));
    f.engine.issue(id, Request.of(new ApplicationCommand.Submit(), anaTheOfficer));
    f.engine.issue(id, Request.of(new ApplicationCommand.StartReview(), OFFICER));
    assertThat(f.engine.load(id).state()).isEqualTo(ApplicationState.UNDER_REVIEW);
    return id;
  }

  @Test
  void anOfficerWhoIsTheApplicantMayNotRequestInformationRejectOrApprove() {
    String id = underReview();
    for (ApplicationCommand decision : new ApplicationCommand[] {new ApplicationCommand.RequestInformation("Why?"),
        new ApplicationCommand.Reject("No."), new ApplicationCommand.Approve(), new ApplicationCommand.StartReview()}) {
      var o = f.engine.issue(id, Request.of(decision, anaTheOfficer));
      assertThat(o).as(decision.toString()).isInstanceOfSatisfying(Outcome.Refused.class,
          r -> assertThat(((Outcome.Refused<?, ?>) r).reasons()).extracting(x -> x.rule()).contains(
              decision instanceof ApplicationCommand.StartReview ? "state" : "fourEyes"));
    }
    var approve = (Outcome.Refused<?, ?>) f.engine.issue(id, Request.of(new ApplicationCommand.Approve(), anaTheOfficer));
    assertThat(approve.reasons()).extracting(r -> r.message(Locale.ENGLISH))
        .containsExactly("an officer may not decide on their own application");
    assertThat(f.engine.history(id)).hasSize(3);
    assertThat(f.engine.issue(id, Request.of(new ApplicationCommand.Approve(), OFFICER)))
        .isInstanceOf(Outcome.Accepted.class);
  }

  @Test
  void theDiagramShowsFourEyesOnEveryDecision() {
    String diagram = f.workflow.definition().toMermaid();
    assertThat(diagram).contains(
        "SUBMITTED --> UNDER_REVIEW : START_REVIEW by MEMBERSHIP_OFFICER [fourEyes]",
        "UNDER_REVIEW --> MORE_INFORMATION_REQUESTED : REQUEST_INFORMATION by MEMBERSHIP_OFFICER [fourEyes, reasonGiven]",
        "UNDER_REVIEW --> APPROVED : APPROVE by MEMBERSHIP_OFFICER [fourEyes]",
        "UNDER_REVIEW --> REJECTED : REJECT by MEMBERSHIP_OFFICER [fourEyes, reasonGiven]");
  }
}
