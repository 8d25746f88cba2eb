package org.irrt.workflow.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irrt.workflow.membership.ApplicationFixtures.OFFICER;
import static org.irrt.workflow.membership.ApplicationFixtures.applicant;

import java.util.List;
import java.util.Locale;
import org.irrt.model.member.Member;
import org.irrt.model.membership.MembershipTypeId;
import org.irrt.workflow.Outcome;
import org.irrt.workflow.Request;
import org.junit.jupiter.api.Test;

/**
 * Fault found by the adversary's pass: an application whose id cannot be a membership's id (upper
 * case, an underscore, more than 64 characters) was created, submitted and reviewed, then every
 * approval threw {@code InvalidValueException: Invalid MembershipId} from activation, which makes the
 * membership under the application's id: the application was stuck for good. Now such an id is
 * refused when the application is created, with the rule in words.
 */
class ApplicationIdNotAMembershipIdTest {
  private final ApplicationFixtures f = new ApplicationFixtures();
  private final Member kwame = ApplicationFixtures.member("kwame", "Kwame", "Mensah");

  @Test
  void anIdThatCannotBeTheMembershipsIsRefusedAtCreationNotAtApproval() {
    for (String id : List.of("App_1", "APP-1", "a".repeat(65), "app--1", "app:1")) {
      var o = f.engine.issue(id, Request.of(new ApplicationCommand.Create(kwame, MembershipTypeId.of("approve"), "t-1"),
          applicant(kwame)));
      assertThat(o).as(id).isInstanceOfSatisfying(Outcome.Refused.class, r -> {
        assertThat(((Outcome.Refused<?, ?>) r).reasons()).singleElement().satisfies(reason -> {
          assertThat(reason.rule()).isEqualTo("applicationId");
          assertThat(reason.message(Locale.ENGLISH)).isEqualTo("the application's id must also serve as its "
              + "membership's id: lower-case letters and digits joined by single hyphens, 1 to 64 characters");
        });
      });
      assertThat(f.engine.history(id)).as(id).isEmpty();
    }
  }

  @Test
  void anIdFromTheFormsTokenGoesAllTheWayToAnActiveMembership() {
    String id = MembershipApplicationWorkflow.applicationId("Form_Token/7f3a==");
    f.engine.issue(id, Request.of(new ApplicationCommand.Create(kwame, MembershipTypeId.of("approve"), "Form_Token/7f3a=="),
        applicant(kwame)));
    f.engine.issue(id, Request.of(new ApplicationCommand.Submit(), applicant(kwame)));
    f.engine.issue(id, Request.of(new ApplicationCommand.StartReview(), OFFICER));
    assertThat(f.engine.issue(id, Request.of(new ApplicationCommand.Approve(), OFFICER)))
        .isInstanceOf(Outcome.Accepted.class);
    assertThat(f.engine.load(id).state()).isEqualTo(ApplicationState.ACTIVE);
    assertThat(f.engine.load(id).membership().orElseThrow().id().value()).isEqualTo(id);
  }
}
