package org.irrt.workflow.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irrt.workflow.contribution.ContributionLifecycleTest.EDITOR;
import static org.irrt.workflow.contribution.ContributionLifecycleTest.content;
import static org.irrt.workflow.contribution.ContributionLifecycleTest.refused;

import java.util.Set;
import org.irrt.workflow.Actor;
import org.irrt.workflow.ActorId;
import org.irrt.workflow.Outcome;
import org.irrt.workflow.Refusal;
import org.irrt.workflow.Role;
import org.junit.jupiter.api.Test;

/**
 * DOMAIN.md section 5, "a reviewer may not approve their own post", also when the author holds the
 * administrator role beside the contributor role: every reviewing step on the own post is refused
 * as {@code fourEyes}, from the first approval to republication.
 */
class OwnPostThroughAnotherRoleTest {
  private static final Actor ANA_THE_ADMINISTRATOR =
      new Actor(ActorId.of("ana"), Set.of(Role.CONTRIBUTOR, Role.ADMINISTRATOR));

  @Test
  void anAuthorWhoIsAlsoAnAdministratorNeverReviewsApprovesOrPublishesOwnPost() {
    ContributionLifecycleTest t = new ContributionLifecycleTest();
    t.issue(new PostCommand.Create(content("Body")), ANA_THE_ADMINISTRATOR);
    t.issue(new PostCommand.Submit(), ANA_THE_ADMINISTRATOR);
    assertThat(refused(t.issue(new PostCommand.StartReview(), ANA_THE_ADMINISTRATOR))).extracting(Refusal::rule)
        .containsExactly("fourEyes");
    t.issue(new PostCommand.StartReview(), EDITOR);
    assertThat(refused(t.issue(new PostCommand.Approve(), ANA_THE_ADMINISTRATOR))).extracting(Refusal::rule)
        .containsExactly("fourEyes");
    t.issue(new PostCommand.Approve(), EDITOR);
    assertThat(refused(t.issue(new PostCommand.Publish(), ANA_THE_ADMINISTRATOR))).extracting(Refusal::rule)
        .containsExactly("fourEyes");
    assertThat(t.issue(new PostCommand.Publish(), EDITOR)).isInstanceOf(Outcome.Accepted.class);
    assertThat(t.issue(new PostCommand.Unpublish(), ANA_THE_ADMINISTRATOR)).isInstanceOf(Outcome.Accepted.class);
    assertThat(refused(t.issue(new PostCommand.Republish(), ANA_THE_ADMINISTRATOR))).extracting(Refusal::rule)
        .containsExactly("fourEyes");
    assertThat(t.engine.load("post-1").state()).isEqualTo(PostState.UNPUBLISHED);
  }
}
