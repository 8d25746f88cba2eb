package org.irrt.workflow.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irrt.workflow.contribution.ContributionLifecycleTest.ANA;
import static org.irrt.workflow.contribution.ContributionLifecycleTest.CHICAGO;
import static org.irrt.workflow.contribution.ContributionLifecycleTest.EDITOR;
import static org.irrt.workflow.contribution.ContributionLifecycleTest.content;

import java.time.Instant;
import java.time.LocalDateTime;
import org.irrt.workflow.Actor;
import org.irrt.workflow.Outcome;
import org.irrt.workflow.Refusal;
import org.irrt.workflow.Role;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 item 9 (Gutenberg issues 9030 and 11013; Edit Flow pull request 614): moving a scheduled
 * publication was refused as an illegal command and the post went out at the old time. An editor
 * now moves, cancels or brings forward a scheduled publication without a new review, and the sweep
 * publishes at the new time only.
 */
class ScheduledPostChangeTest {
  private final ContributionLifecycleTest t = new ContributionLifecycleTest();
  private final Actor lee = Actor.of("editor-lee", Role.EDITOR);

  private void scheduledFor(LocalDateTime when) {
    t.issue(new PostCommand.Create(content("Body")), ANA);
    t.issue(new PostCommand.Submit(), ANA);
    t.issue(new PostCommand.StartReview(), EDITOR);
    t.issue(new PostCommand.Approve(), EDITOR);
    assertThat(t.issue(new PostCommand.Schedule(when, CHICAGO), EDITOR)).isInstanceOf(Outcome.Accepted.class);
  }

  @Test
  void aMovedPublicationGoesOutAtTheNewTimeOnlyWithoutReviewAgain() {
    scheduledFor(LocalDateTime.of(2026, 11, 2, 9, 0));
    assertThat(t.issue(new PostCommand.Schedule(LocalDateTime.of(2026, 11, 9, 9, 0), CHICAGO), lee))
        .isInstanceOf(Outcome.Accepted.class);
    BlogPost moved = t.engine.load("post-1");
    assertThat(moved.state()).isEqualTo(PostState.SCHEDULED);
    assertThat(moved.scheduledFor()).contains(Instant.parse("2026-11-09T15:00:00Z"));
    t.clock.set(Instant.parse("2026-11-03T12:00:00Z")); // past the old time
    assertThat(t.engine.sweep(t.workflow.publishDue())).isEmpty();
    assertThat(t.engine.load("post-1").state()).isEqualTo(PostState.SCHEDULED);
    t.clock.set(Instant.parse("2026-11-09T15:05:00Z"));
    assertThat(t.engine.sweep(t.workflow.publishDue())).hasSize(1);
    assertThat(t.engine.load("post-1").publishedAt()).contains(Instant.parse("2026-11-09T15:00:00Z"));
    assertThat(t.engine.history("post-1")).extracting(e -> e.getClass().getSimpleName()).doesNotContain("PostSaved")
        .containsSubsequence("PostApproved", "PostScheduled", "PostScheduled", "PostPublished");
  }

  @Test
  void aSweepDecidedBeforeTheMoveDoesNotPublishAtTheOldTime() {
    scheduledFor(LocalDateTime.of(2026, 11, 2, 9, 0));
    t.clock.set(Instant.parse("2026-11-02T15:01:00Z"));
    var rule = t.workflow.publishDue();
    var decidedOn = t.engine.load("post-1"); // the sweep looked: due
    assertThat(rule.apply(decidedOn, t.clock.instant())).isPresent();
    // meanwhile an editor moves the publication a week on
    assertThat(t.engine.issue("post-1", org.irrt.workflow.Request.of(
        new PostCommand.Schedule(LocalDateTime.of(2026, 11, 9, 9, 0), CHICAGO), lee))).isInstanceOf(Outcome.Accepted.class);
    var late = t.engine.issue("post-1", org.irrt.workflow.Request.of(new PostCommand.PublishDue(), Actor.SYSTEM));
    assertThat(late).isInstanceOfSatisfying(Outcome.Refused.class,
        r -> assertThat(((Outcome.Refused<?, ?>) r).reasons()).extracting(x -> x.rule()).containsExactly("due"));
    assertThat(t.engine.load("post-1").state()).isEqualTo(PostState.SCHEDULED);
  }

  @Test
  void aScheduledPublicationCanBeCancelledAndTheApprovalStands() {
    scheduledFor(LocalDateTime.of(2026, 11, 2, 9, 0));
    assertThat(t.issue(new PostCommand.Unschedule(), lee)).isInstanceOf(Outcome.Accepted.class);
    BlogPost back = t.engine.load("post-1");
    assertThat(back.state()).isEqualTo(PostState.APPROVED);
    assertThat(back.scheduledFor()).isEmpty();
    t.clock.set(Instant.parse("2026-11-05T00:00:00Z"));
    assertThat(t.engine.sweep(t.workflow.publishDue())).isEmpty();
    assertThat(t.issue(new PostCommand.Publish(), lee)).isInstanceOf(Outcome.Accepted.class);
    assertThat(t.engine.load("post-1").state()).isEqualTo(PostState.PUBLISHED);
  }

  @Test
  void aScheduledPostCanBePublishedNowButNotByItsAuthorAndNotIntoThePast() {
    scheduledFor(LocalDateTime.of(2026, 11, 2, 9, 0));
    assertThat(t.issue(new PostCommand.Schedule(LocalDateTime.of(2020, 1, 1, 9, 0), CHICAGO), lee))
        .isInstanceOfSatisfying(Outcome.Refused.class,
            r -> assertThat(((Outcome.Refused<?, ?>) r).reasons()).extracting(x -> x.rule()).containsExactly("inFuture"));
    assertThat(t.issue(new PostCommand.Publish(), ANA)).isInstanceOf(Outcome.Refused.class);
    var now = t.issue(new PostCommand.Publish(), lee);
    assertThat(now).isInstanceOf(Outcome.Accepted.class);
    BlogPost post = t.engine.load("post-1");
    assertThat(post.state()).isEqualTo(PostState.PUBLISHED);
    assertThat(post.scheduledFor()).isEmpty();
    assertThat(post.publishedAt()).contains(t.clock.instant());
  }
}
