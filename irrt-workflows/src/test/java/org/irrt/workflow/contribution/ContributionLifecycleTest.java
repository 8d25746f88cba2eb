package org.irrt.workflow.contribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.irrt.model.contribution.ContentFormat;
import org.irrt.model.contribution.PostContent;
import org.irrt.model.contribution.Revision;
import org.irrt.workflow.Actor;
import org.irrt.workflow.ActorId;
import org.irrt.workflow.InMemoryWorkflowStore;
import org.irrt.workflow.MutableClock;
import org.irrt.workflow.Outcome;
import org.irrt.workflow.Refusal;
import org.irrt.workflow.Request;
import org.irrt.workflow.Role;
import org.irrt.workflow.WorkflowEngine;
import org.junit.jupiter.api.Test;

/** The editorial workflow, path by path (DOMAIN.md section 5). */
class ContributionLifecycleTest {
  static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
  static final Actor ANA = Actor.of("ana", Role.CONTRIBUTOR);
  static final Actor EDITOR = Actor.of("editor-kim", Role.EDITOR);
  static final Actor ANA_THE_EDITOR = new Actor(ActorId.of("ana"), Set.of(Role.CONTRIBUTOR, Role.EDITOR));

  final MutableClock clock = new MutableClock(Instant.parse("2026-10-20T15:00:00Z"));
  final ContributionWorkflow workflow = new ContributionWorkflow();
  final WorkflowEngine<BlogPost, PostCommand, PostEvent> engine =
      WorkflowEngine.of(workflow, new InMemoryWorkflowStore<>(), clock);

  static PostContent content(String body) {
    return PostContent.builder().title("Free Links in 2026").body(body).format(ContentFormat.MARKDOWN).language("en").build();
  }

  /** A save based on the revision the post is at now, as an up-to-date page sends it. */
  PostCommand.Save save(PostContent content) {
    return new PostCommand.Save(content, engine.load("post-1").contribution().orElseThrow().current().number());
  }

  Outcome<BlogPost, PostEvent> issue(PostCommand c, Actor a) {
    clock.advance(Duration.ofMinutes(1));
    return engine.issue("post-1", Request.of(c, a));
  }

  static List<Refusal> refused(Outcome<BlogPost, PostEvent> o) {
    assertThat(o).isInstanceOf(Outcome.Refused.class);
    return ((Outcome.Refused<BlogPost, PostEvent>) o).reasons();
  }

  @Test
  void aPostGoesThroughReviewWithChangesToScheduledPublication() {
    issue(new PostCommand.Create(content("First draft")), ANA);
    issue(save(content("Second draft")), ANA);
    issue(new PostCommand.Submit(), ANA);
    issue(save(content("Typo fixed after submitting")), ANA);
    assertThat(engine.load("post-1").state()).isEqualTo(PostState.SUBMITTED);
    issue(new PostCommand.StartReview(), EDITOR);
    assertThat(refused(issue(new PostCommand.RequestChanges(" "), EDITOR))).extracting(Refusal::rule).containsExactly("reasonGiven");
    issue(new PostCommand.RequestChanges("Add a link to the program page."), EDITOR);
    issue(new PostCommand.Comment("Done in the next revision."), ANA);
    issue(save(content("With [the link](https://www.ala.org/rt/irrt/emergingleaders2008)")), ANA);
    issue(new PostCommand.Resubmit(), ANA);
    issue(new PostCommand.StartReview(), EDITOR);
    issue(new PostCommand.Approve(), EDITOR);
    var scheduled = issue(new PostCommand.Schedule(LocalDateTime.of(2026, 10, 25, 9, 0), CHICAGO), EDITOR);
    assertThat(scheduled).isInstanceOf(Outcome.Accepted.class);
    BlogPost post = engine.load("post-1");
    assertThat(post.state()).isEqualTo(PostState.SCHEDULED);
    assertThat(post.scheduledFor()).contains(Instant.parse("2026-10-25T14:00:00Z"));
    assertThat(post.contribution().orElseThrow().revisions()).extracting(Revision::number).containsExactly(1, 2, 3, 4);
    assertThat(post.contribution().orElseThrow().comments()).singleElement()
        .satisfies(c -> assertThat(c.revision()).isEqualTo(3));
    assertThat(engine.history("post-1")).extracting(e -> e.getClass().getSimpleName()).containsExactly(
        "PostCreated", "PostSaved", "PostSubmitted", "PostSaved", "ReviewStarted", "ChangesRequested", "CommentAdded",
        "PostSaved", "PostResubmitted", "ReviewStarted", "PostApproved", "PostScheduled");
    assertThat(workflow.replay("post-1", engine.history("post-1"))).isEqualTo(post);
  }

  private void approved() {
    issue(new PostCommand.Create(content("Body")), ANA);
    issue(new PostCommand.Submit(), ANA);
    issue(new PostCommand.StartReview(), EDITOR);
    issue(new PostCommand.Approve(), EDITOR);
  }

  @Test
  void askingToPublishGetsReviewNeverPublication() {
    issue(new PostCommand.Create(content("Body")), ANA);
    // DOMAIN.md section 5, as WordPress makes a contributor's "publish" pending review (a domain adversary's
    // finding: before, the Publish of a draft was refused, and the post stayed a draft)
    assertThat(issue(new PostCommand.Publish(), ANA)).isInstanceOf(Outcome.Accepted.class);
    assertThat(engine.load("post-1").state()).isEqualTo(PostState.SUBMITTED);
    assertThat(engine.load("post-1").publishedAt()).isEmpty();
    assertThat(engine.history("post-1")).extracting(e -> e.getClass().getSimpleName())
        .containsExactly("PostCreated", "PostSubmitted");
    assertThat(refused(issue(new PostCommand.Publish(), ANA))).extracting(r -> r.message(Locale.ENGLISH))
        .containsExactly("\u201Cpublish\u201D is not possible while this is submitted; possible now: save, withdraw, or comment");
    issue(new PostCommand.StartReview(), EDITOR);
    assertThat(refused(issue(new PostCommand.Approve(), ANA))).extracting(Refusal::rule).containsExactly("role");
  }

  @Test
  void theAuthorAskingToPublishAfterChangesWereRequestedResubmitsAndNoOneElsePublishesADraft() {
    issue(new PostCommand.Create(content("Body")), ANA);
    assertThat(refused(issue(new PostCommand.Publish(), EDITOR))).as("another's draft: neither published nor submitted")
        .isNotEmpty();
    assertThat(engine.load("post-1").state()).isEqualTo(PostState.DRAFT);
    issue(new PostCommand.Submit(), ANA);
    issue(new PostCommand.StartReview(), EDITOR);
    issue(new PostCommand.RequestChanges("Cite the source."), EDITOR);
    assertThat(issue(new PostCommand.Publish(), ANA)).isInstanceOf(Outcome.Accepted.class);
    assertThat(engine.load("post-1").state()).isEqualTo(PostState.SUBMITTED);
    assertThat(engine.history("post-1")).last().extracting(e -> e.getClass().getSimpleName()).isEqualTo("PostResubmitted");
  }

  @Test
  void anEditorMayNotStartTheReviewOfApproveOrPublishOwnPost() {
    issue(new PostCommand.Create(content("Body")), ANA_THE_EDITOR);
    issue(new PostCommand.Submit(), ANA_THE_EDITOR);
    List<Refusal> review = refused(issue(new PostCommand.StartReview(), ANA_THE_EDITOR));
    assertThat(review).extracting(Refusal::rule).containsExactly("fourEyes");
    assertThat(review.get(0).message(Locale.FRENCH))
        .isEqualTo("un éditeur ne peut ni relire, ni approuver, ni publier son propre billet ni ses propres modifications");
    issue(new PostCommand.StartReview(), EDITOR);
    assertThat(refused(issue(new PostCommand.Approve(), ANA_THE_EDITOR))).extracting(Refusal::rule)
        .containsExactly("fourEyes");
    issue(new PostCommand.Approve(), EDITOR);
    assertThat(refused(issue(new PostCommand.Publish(), ANA_THE_EDITOR))).extracting(Refusal::rule)
        .containsExactly("fourEyes");
    assertThat(refused(issue(new PostCommand.Schedule(LocalDateTime.of(2026, 12, 1, 9, 0), CHICAGO), ANA_THE_EDITOR)))
        .extracting(Refusal::rule).containsExactly("fourEyes");
    assertThat(workflow.definition().toMermaid()).contains("SUBMITTED --> IN_REVIEW : START_REVIEW by ADMINISTRATOR, EDITOR [fourEyes]",
        "IN_REVIEW --> APPROVED : APPROVE by ADMINISTRATOR, EDITOR [fourEyes]",
        "APPROVED --> PUBLISHED : PUBLISH by ADMINISTRATOR, EDITOR [fourEyes]");
  }

  @Test
  void contributorsEditOnlyOwnDraftsSubmittedOrSentBackPostsAndNeverAfterPublication() {
    approved();
    String before = engine.load("post-1").contribution().orElseThrow().current().contentHash();
    assertThat(refused(issue(save(content("Sneaky")), ANA))).extracting(Refusal::rule).containsExactly("mayEdit");
    issue(new PostCommand.Publish(), EDITOR);
    assertThat(refused(issue(save(content("After publication")), ANA))).extracting(Refusal::rule)
        .containsExactly("role");
    assertThat(engine.load("post-1").contribution().orElseThrow().current().contentHash()).isEqualTo(before);
    assertThat(engine.load("post-1").contribution().orElseThrow().revisions()).hasSize(1);
  }

  @Test
  void anAuthorWhoIsAlsoAnEditorCannotChangeAScheduledPostBehindTheReviewersBack() {
    issue(new PostCommand.Create(content("Reviewed text")), ANA_THE_EDITOR);
    issue(new PostCommand.Submit(), ANA_THE_EDITOR);
    issue(new PostCommand.StartReview(), EDITOR);
    issue(new PostCommand.Approve(), EDITOR);
    issue(new PostCommand.Schedule(LocalDateTime.of(2026, 12, 1, 9, 0), CHICAGO), EDITOR);
    issue(save(content("UNREVIEWED text added after approval")), ANA_THE_EDITOR);
    BlogPost back = engine.load("post-1");
    assertThat(back.state()).isEqualTo(PostState.IN_REVIEW);
    assertThat(back.scheduledFor()).isEmpty();
    clock.set(Instant.parse("2026-12-02T00:00:00Z"));
    assertThat(engine.sweep(workflow.publishDue())).isEmpty();
    assertThat(refused(issue(new PostCommand.Approve(), ANA_THE_EDITOR))).extracting(Refusal::rule)
        .containsExactly("fourEyes");
    issue(new PostCommand.Approve(), EDITOR);
    issue(new PostCommand.Publish(), EDITOR);
    assertThat(engine.load("post-1").publishedRevision()).contains(2);
  }

  @Test
  void anEditorsOwnChangesNeedAnotherEditorAndRepublishingShowsOnlyReviewedContent() {
    Actor lee = Actor.of("editor-lee", Role.EDITOR);
    approved();
    issue(new PostCommand.Publish(), EDITOR);
    issue(new PostCommand.Unpublish(), EDITOR);
    assertThat(refused(issue(save(content("Body")), EDITOR))).extracting(Refusal::rule)
        .containsExactly("changesContent");
    issue(save(content("Changed while unpublished")), EDITOR);
    assertThat(engine.load("post-1").state()).isEqualTo(PostState.IN_REVIEW);
    assertThat(refused(issue(new PostCommand.Republish(), EDITOR))).extracting(Refusal::rule).containsExactly("state");
    assertThat(refused(issue(new PostCommand.Approve(), EDITOR))).extracting(r -> r.message(Locale.ENGLISH))
        .containsExactly("an editor may not review, approve or publish their own post or their own changes to it");
    issue(new PostCommand.Approve(), lee);
    issue(new PostCommand.Publish(), lee);
    BlogPost post = engine.load("post-1");
    assertThat(post.state()).isEqualTo(PostState.PUBLISHED);
    assertThat(post.publishedRevision()).contains(2);
    assertThat(post.publishedAt()).isPresent();
  }

  @Test
  void anEditorWhoChangedTheTextNeverApprovesItEvenAfterAnotherEditorTouchedIt() {
    Actor lee = Actor.of("editor-lee", Role.EDITOR);
    Actor max = Actor.of("editor-max", Role.EDITOR);
    issue(new PostCommand.Create(content("Body")), ANA);
    issue(new PostCommand.Submit(), ANA);
    issue(new PostCommand.StartReview(), EDITOR);
    issue(save(content("Rewritten by kim")), EDITOR);
    issue(save(content("Rewritten by kim.")), lee);
    assertThat(refused(issue(new PostCommand.Approve(), EDITOR))).extracting(Refusal::rule).containsExactly("fourEyes");
    assertThat(refused(issue(new PostCommand.Approve(), lee))).extracting(Refusal::rule).containsExactly("fourEyes");
    issue(new PostCommand.Approve(), max);
    assertThat(engine.load("post-1").state()).isEqualTo(PostState.APPROVED);
  }

  @Test
  void aClockThatWentBackRefusesASaveAndKeepsEveryRevision() {
    issue(new PostCommand.Create(content("Body")), ANA);
    Instant created = engine.load("post-1").contribution().orElseThrow().current().savedAt();
    clock.set(created.minusSeconds(3600));
    var refused = engine.issue("post-1", Request.of(save(content("Later text")), ANA));
    assertThat(refused(refused)).extracting(r -> r.message(Locale.ENGLISH)).containsExactly(
        "the clock is behind the last revision (" + created + "): check the server clock and save again");
    assertThat(engine.history("post-1")).hasSize(1);
  }

  @Test
  void savingIdenticalContentChangesNothing() {
    issue(new PostCommand.Create(content("Body")), ANA);
    var again = issue(save(content("Body")), ANA);
    assertThat(((Outcome.Accepted<BlogPost, PostEvent>) again).events()).isEmpty();
    assertThat(engine.history("post-1")).hasSize(1);
  }

  @Test
  void unpublishThenRepublishShowsByteIdenticalContent() {
    approved();
    issue(new PostCommand.Publish(), EDITOR);
    var first = (PostEvent.PostPublished) engine.history("post-1").get(engine.history("post-1").size() - 1);
    issue(new PostCommand.Unpublish(), EDITOR);
    issue(new PostCommand.Republish(), EDITOR);
    var second = (PostEvent.PostPublished) engine.history("post-1").get(engine.history("post-1").size() - 1);
    assertThat(second.contentHash()).isEqualTo(first.contentHash());
    assertThat(second.revision()).isEqualTo(first.revision());
  }

  @Test
  void theSweepPublishesDuePostsAtTheirScheduledInstantAcrossADaylightSavingChange() {
    approved();
    // 01:30 on November 1, 2026 happens twice in Chicago; the earlier (daylight) offset is taken: 06:30Z.
    issue(new PostCommand.Schedule(LocalDateTime.of(2026, 11, 1, 1, 30), CHICAGO), EDITOR);
    assertThat(engine.load("post-1").scheduledFor()).contains(Instant.parse("2026-11-01T06:30:00Z"));
    clock.set(Instant.parse("2026-11-01T06:29:59Z"));
    assertThat(engine.sweep(workflow.publishDue())).isEmpty();
    clock.set(Instant.parse("2026-11-03T12:00:00Z")); // nothing ran for two days
    assertThat(engine.sweep(workflow.publishDue())).hasSize(1);
    BlogPost post = engine.load("post-1");
    assertThat(post.state()).isEqualTo(PostState.PUBLISHED);
    assertThat(post.publishedAt()).contains(Instant.parse("2026-11-01T06:30:00Z"));
    var published = engine.history("post-1").get(engine.history("post-1").size() - 1);
    assertThat(published.header().actor()).isEqualTo(ActorId.SYSTEM);
    assertThat(published.header().at()).isEqualTo(Instant.parse("2026-11-03T12:00:00Z"));
  }

  @Test
  void aTimeSkippedBySpringForwardMovesForwardAndAPastTimeIsRefused() {
    approved();
    clock.set(Instant.parse("2026-03-01T12:00:00Z"));
    issue(new PostCommand.Schedule(LocalDateTime.of(2026, 3, 8, 2, 30), CHICAGO), EDITOR); // no 02:30 that night
    assertThat(engine.load("post-1").scheduledFor()).contains(Instant.parse("2026-03-08T08:30:00Z")); // 03:30 CDT
    ContributionLifecycleTest other = new ContributionLifecycleTest();
    other.approved();
    assertThat(refused(other.issue(new PostCommand.Schedule(LocalDateTime.of(2020, 1, 1, 9, 0), CHICAGO), EDITOR)))
        .extracting(Refusal::rule).containsExactly("inFuture");
  }
}
