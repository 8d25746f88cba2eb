package org.irrt.workflow.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irrt.workflow.contribution.ContributionLifecycleTest.ANA;
import static org.irrt.workflow.contribution.ContributionLifecycleTest.EDITOR;
import static org.irrt.workflow.contribution.ContributionLifecycleTest.content;

import java.time.Instant;
import java.util.Locale;
import org.irrt.workflow.Actor;
import org.irrt.workflow.Outcome;
import org.irrt.workflow.Refusal;
import org.irrt.workflow.Role;
import org.junit.jupiter.api.Test;

/**
 * A published post is corrected through a pending revision while the approved one stays public;
 * publishing the correction swaps the public content and keeps the first publication instant
 * (PublishPress Planner issue 55; Gutenberg issue 9554).
 */
class PublishedPostCorrectionTest {
  private final ContributionLifecycleTest t = new ContributionLifecycleTest();
  private final Actor lee = Actor.of("editor-lee", Role.EDITOR);

  private Instant published() {
    t.issue(new PostCommand.Create(content("Original text")), ANA);
    t.issue(new PostCommand.Submit(), ANA);
    t.issue(new PostCommand.StartReview(), EDITOR);
    t.issue(new PostCommand.Approve(), EDITOR);
    t.issue(new PostCommand.Publish(), EDITOR);
    return t.engine.load("post-1").publishedAt().orElseThrow();
  }

  @Test
  void aCorrectionWaitsForReviewWhileTheApprovedRevisionStaysPublic() {
    Instant first = published();
    assertThat(t.issue(t.save(content("Corrected text")), lee)).isInstanceOf(Outcome.Accepted.class);
    BlogPost pending = t.engine.load("post-1");
    assertThat(pending.state()).isEqualTo(PostState.REVISION_PENDING);
    assertThat(pending.liveContent().orElseThrow().body()).isEqualTo("Original text");
    assertThat(pending.contribution().orElseThrow().content().body()).isEqualTo("Corrected text");
    assertThat(pending.publishedRevision()).contains(1);

    // whoever wrote the correction does not publish it; another editor does
    assertThat(t.issue(new PostCommand.PublishRevision(), lee)).isInstanceOfSatisfying(Outcome.Refused.class,
        r -> assertThat(((Outcome.Refused<?, ?>) r).reasons()).extracting(x -> x.rule()).containsExactly("fourEyes"));
    assertThat(t.issue(new PostCommand.PublishRevision(), EDITOR)).isInstanceOf(Outcome.Accepted.class);
    BlogPost corrected = t.engine.load("post-1");
    assertThat(corrected.state()).isEqualTo(PostState.PUBLISHED);
    assertThat(corrected.liveContent().orElseThrow().body()).isEqualTo("Corrected text");
    assertThat(corrected.publishedRevision()).contains(2);
    assertThat(corrected.publishedAt()).contains(first);
    assertThat(t.engine.history("post-1")).extracting(e -> e.getClass().getSimpleName())
        .endsWith("PostSaved", "PostApproved", "RevisionPublished");
    assertThat(t.workflow.replay("post-1", t.engine.history("post-1"))).isEqualTo(corrected);
  }

  @Test
  void aDiscardedCorrectionLeavesThePublicContentAndKeepsTheRevision() {
    published();
    t.issue(t.save(content("A correction nobody wants")), lee);
    t.issue(t.save(content("A correction nobody wants, twice")), lee);
    assertThat(t.engine.load("post-1").state()).isEqualTo(PostState.REVISION_PENDING);
    assertThat(t.issue(new PostCommand.DiscardRevision(), EDITOR)).isInstanceOf(Outcome.Accepted.class);
    BlogPost post = t.engine.load("post-1");
    assertThat(post.state()).isEqualTo(PostState.PUBLISHED);
    assertThat(post.liveContent().orElseThrow().body()).isEqualTo("Original text");
    assertThat(post.contribution().orElseThrow().revisions()).hasSize(3);
  }

  @Test
  void aContributorCannotCorrectAPublishedPostAndTakingItDownKeepsTheReviewedRevisionForRepublication() {
    published();
    assertThat(t.issue(t.save(content("Author's late change")), ANA)).isInstanceOfSatisfying(Outcome.Refused.class,
        r -> assertThat(((Outcome.Refused<?, ?>) r).reasons()).extracting(x -> x.message(Locale.ENGLISH))
            .containsExactly("your role does not allow \u201Csave\u201D here"));
    t.issue(t.save(content("Unreviewed correction")), lee);
    t.issue(new PostCommand.Unpublish(), EDITOR);
    t.issue(new PostCommand.Republish(), EDITOR);
    BlogPost post = t.engine.load("post-1");
    assertThat(post.state()).isEqualTo(PostState.PUBLISHED);
    assertThat(post.publishedRevision()).contains(1);
    assertThat(post.liveContent().orElseThrow().body()).isEqualTo("Original text");
  }
}
