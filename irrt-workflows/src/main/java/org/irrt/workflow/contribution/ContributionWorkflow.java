package org.irrt.workflow.contribution;

import static org.irrt.workflow.contribution.PostState.APPROVED;
import static org.irrt.workflow.contribution.PostState.CHANGES_REQUESTED;
import static org.irrt.workflow.contribution.PostState.DRAFT;
import static org.irrt.workflow.contribution.PostState.IN_REVIEW;
import static org.irrt.workflow.contribution.PostState.NONE;
import static org.irrt.workflow.contribution.PostState.PUBLISHED;
import static org.irrt.workflow.contribution.PostState.REJECTED;
import static org.irrt.workflow.contribution.PostState.REVISION_PENDING;
import static org.irrt.workflow.contribution.PostState.SCHEDULED;
import static org.irrt.workflow.contribution.PostState.SUBMITTED;
import static org.irrt.workflow.contribution.PostState.UNPUBLISHED;
import static org.irrt.workflow.contribution.PostState.WITHDRAWN;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.irrt.model.common.InvalidValueException;
import org.irrt.model.contribution.Contribution;
import org.irrt.model.contribution.ContributionId;
import org.irrt.model.contribution.EditorialComment;
import org.irrt.model.contribution.Revision;
import org.irrt.model.member.MemberId;
import org.irrt.workflow.Actor;
import org.irrt.workflow.EventHeader;
import org.irrt.workflow.Guard;
import org.irrt.workflow.Refusal;
import org.irrt.workflow.Role;
import org.irrt.workflow.Workflow;
import org.irrt.workflow.WorkflowDefinition;
import org.irrt.workflow.contribution.PostCommand.Approve;
import org.irrt.workflow.contribution.PostCommand.Comment;
import org.irrt.workflow.contribution.PostCommand.Create;
import org.irrt.workflow.contribution.PostCommand.DiscardRevision;
import org.irrt.workflow.contribution.PostCommand.Publish;
import org.irrt.workflow.contribution.PostCommand.PublishDue;
import org.irrt.workflow.contribution.PostCommand.PublishRevision;
import org.irrt.workflow.contribution.PostCommand.Reject;
import org.irrt.workflow.contribution.PostCommand.Republish;
import org.irrt.workflow.contribution.PostCommand.RequestChanges;
import org.irrt.workflow.contribution.PostCommand.Resubmit;
import org.irrt.workflow.contribution.PostCommand.Save;
import org.irrt.workflow.contribution.PostCommand.Schedule;
import org.irrt.workflow.contribution.PostCommand.StartReview;
import org.irrt.workflow.contribution.PostCommand.Submit;
import org.irrt.workflow.contribution.PostCommand.Unpublish;
import org.irrt.workflow.contribution.PostCommand.Unschedule;
import org.irrt.workflow.contribution.PostCommand.Withdraw;
import org.irrt.workflow.contribution.PostEvent.ChangesRequested;
import org.irrt.workflow.contribution.PostEvent.CommentAdded;
import org.irrt.workflow.contribution.PostEvent.PostApproved;
import org.irrt.workflow.contribution.PostEvent.PostCreated;
import org.irrt.workflow.contribution.PostEvent.PostPublished;
import org.irrt.workflow.contribution.PostEvent.PostRejected;
import org.irrt.workflow.contribution.PostEvent.PostResubmitted;
import org.irrt.workflow.contribution.PostEvent.PostSaved;
import org.irrt.workflow.contribution.PostEvent.PostScheduled;
import org.irrt.workflow.contribution.PostEvent.PostSubmitted;
import org.irrt.workflow.contribution.PostEvent.PostUnpublished;
import org.irrt.workflow.contribution.PostEvent.PostUnscheduled;
import org.irrt.workflow.contribution.PostEvent.PostWithdrawn;
import org.irrt.workflow.contribution.PostEvent.ReviewStarted;
import org.irrt.workflow.contribution.PostEvent.RevisionDiscarded;
import org.irrt.workflow.contribution.PostEvent.RevisionPublished;

/**
 * The editorial workflow of contributed blog posts (WordPress roles, PublishPress, Decap CMS;
 * DOMAIN.md section 5).
 *
 * <p>Rules: a contributor edits only own drafts, own submitted posts (they stay submitted) and own
 * posts in changes-requested, and never after publication; asking to publish gets review, never
 * publication: the author's {@code Publish} of a draft (or of a post whose changes were requested)
 * submits it, as WordPress makes a contributor's "publish" pending review ({@code wp_insert_post});
 * every save names the revision it was based on, and one based on an older revision is
 * refused in words, never applied over newer text (Gutenberg issues 4885, 4331); changes requested
 * and rejections need a reason; a schedule is an instant, entered as a local time in a zone, and must
 * lie ahead; the {@link #publishDue()} sweep publishes every scheduled post whose time has passed,
 * stamped with its scheduled instant.
 *
 * <p>Only reviewed content is published, and nobody reviews their own work (four eyes): starting the
 * review, approving, scheduling and publishing need an editor who is neither the author nor anyone
 * who saved a revision of the post. An editor may change an approved, scheduled or unpublished post,
 * but the change sends it back to review (the schedule is dropped). A scheduled post's publication
 * may be moved, cancelled or brought forward without a new review: its content does not change
 * (Gutenberg issues 9030, 11013; Edit Flow pull request 614). A published post is corrected through
 * a pending revision while the approved one stays public; publishing the correction swaps the public
 * content and keeps the first publication instant (PublishPress Planner issue 55; Gutenberg issue
 * 9554). No step loses content: every revision is kept, a refused step changes nothing, and
 * republishing shows the revision that was public.
 */
public final class ContributionWorkflow extends Workflow<BlogPost, PostState, PostCommand, PostEvent> {
  private static final Set<Role> EDITORS = Set.of(Role.EDITOR, Role.ADMINISTRATOR);
  private static final Set<Role> ANYONE = Set.of(Role.CONTRIBUTOR, Role.EDITOR, Role.ADMINISTRATOR);
  /** Where a contributor may save own posts. */
  private static final Set<PostState> CONTRIBUTOR_EDITS = EnumSet.of(DRAFT, SUBMITTED, CHANGES_REQUESTED);

  private final WorkflowDefinition<PostState, BlogPost, PostCommand, PostEvent> definition = table();

  private static WorkflowDefinition<PostState, BlogPost, PostCommand, PostEvent> table() {
    var b = WorkflowDefinition.<PostState, BlogPost, PostCommand, PostEvent>builder("contribution", PostState.class, NONE)
        .on(NONE, Create.class, DRAFT).by(Role.CONTRIBUTOR).when(POST_ID).emits(ContributionWorkflow::created);
    for (PostState s : List.of(DRAFT, SUBMITTED, IN_REVIEW, CHANGES_REQUESTED, REVISION_PENDING)) {
      b.on(s, Save.class, s).by(s == REVISION_PENDING ? EDITORS : ANYONE).when(MAY_EDIT, BASED_ON_CURRENT, IN_ORDER)
          .emitsAll(ContributionWorkflow::saved); // saving before approval keeps the state
    }
    for (PostState s : List.of(APPROVED, SCHEDULED, UNPUBLISHED)) { // a reviewed post changed is reviewed again
      b.on(s, Save.class, IN_REVIEW).by(ANYONE).when(MAY_EDIT, BASED_ON_CURRENT, CHANGES_CONTENT, IN_ORDER)
          .emitsAll(ContributionWorkflow::saved);
    }
    b.on(PUBLISHED, Save.class, REVISION_PENDING).by(EDITORS).when(MAY_EDIT, BASED_ON_CURRENT, CHANGES_CONTENT, IN_ORDER)
        .emitsAll(ContributionWorkflow::saved) // a correction waits for review; the approved revision stays public
        .on(DRAFT, Submit.class, SUBMITTED).by(Role.CONTRIBUTOR).when(OWN).emits((p, c, h) -> new PostSubmitted(h))
        // the author asking to publish gets review, never publication (WordPress makes a contributor's
        // "publish" pending review); an editor's own post too: no one approves their own (fourEyes)
        .on(DRAFT, Publish.class, SUBMITTED).by(Role.CONTRIBUTOR).when(OWN).emits((p, c, h) -> new PostSubmitted(h))
        .on(CHANGES_REQUESTED, Publish.class, SUBMITTED).by(Role.CONTRIBUTOR).when(OWN)
        .emits((p, c, h) -> new PostResubmitted(h))
        .on(SUBMITTED, StartReview.class, IN_REVIEW).by(EDITORS).when(FOUR_EYES).emits((p, c, h) -> new ReviewStarted(h))
        .on(IN_REVIEW, RequestChanges.class, CHANGES_REQUESTED).by(EDITORS).when(reasonGiven(RequestChanges::reason))
        .emits((p, c, h) -> new ChangesRequested(h, c.reason(), current(p).number()))
        .on(CHANGES_REQUESTED, Resubmit.class, SUBMITTED).by(Role.CONTRIBUTOR).when(OWN)
        .emits((p, c, h) -> new PostResubmitted(h))
        .on(IN_REVIEW, Approve.class, APPROVED).by(EDITORS).when(FOUR_EYES)
        .emits((p, c, h) -> new PostApproved(h, current(p).number()))
        .on(Set.of(SUBMITTED, IN_REVIEW), Reject.class, REJECTED).by(EDITORS).when(reasonGiven(Reject::reason))
        .emits((p, c, h) -> new PostRejected(h, c.reason()))
        .on(Set.of(DRAFT, SUBMITTED, IN_REVIEW, CHANGES_REQUESTED, APPROVED, SCHEDULED), Withdraw.class, WITHDRAWN)
        .by(Role.CONTRIBUTOR).when(OWN).emits((p, c, h) -> new PostWithdrawn(h))
        .on(Set.of(APPROVED, SCHEDULED), Schedule.class, SCHEDULED).by(EDITORS).when(FOUR_EYES, IN_FUTURE)
        .emits((p, c, h) -> new PostScheduled(h, instantOf(c), c.localTime() + " " + c.zone()))
        .on(SCHEDULED, Unschedule.class, APPROVED).by(EDITORS).emits((p, c, h) -> new PostUnscheduled(h))
        .on(Set.of(APPROVED, SCHEDULED), Publish.class, PUBLISHED).by(EDITORS).when(FOUR_EYES)
        .emits((p, c, h) -> published(h, h.at(), current(p)))
        .on(SCHEDULED, PublishDue.class, PUBLISHED).by(Role.SYSTEM).when(DUE)
        .emits((p, c, h) -> published(h, p.scheduledFor().orElseThrow(), current(p)))
        .on(Set.of(PUBLISHED, REVISION_PENDING), Unpublish.class, UNPUBLISHED).by(EDITORS)
        .emits((p, c, h) -> new PostUnpublished(h))
        .on(UNPUBLISHED, Republish.class, PUBLISHED).by(EDITORS).when(FOUR_EYES)
        .emits((p, c, h) -> published(h, h.at(), publicRevision(p)))
        .on(REVISION_PENDING, PublishRevision.class, PUBLISHED).by(EDITORS).when(FOUR_EYES)
        .emitsAll((p, c, h) -> List.of(new PostApproved(h, current(p).number()),
            new RevisionPublished(h, current(p).number(), current(p).contentHash())))
        .on(REVISION_PENDING, DiscardRevision.class, PUBLISHED).by(EDITORS)
        .emits((p, c, h) -> new RevisionDiscarded(h, current(p).number()));
    for (PostState s : List.of(DRAFT, SUBMITTED, IN_REVIEW, CHANGES_REQUESTED, APPROVED, SCHEDULED, PUBLISHED,
        REVISION_PENDING, UNPUBLISHED)) {
      b.on(s, Comment.class, s).by(ANYONE).when(MAY_COMMENT) // the editorial thread changes no state
          .emits((p, c, h) -> new CommentAdded(h, EditorialComment.builder().revision(current(p).number())
              .author(author(h)).writtenAt(h.at()).text(c.text()).build()));
    }
    return b.build();
  }

  /** Creates the workflow. */
  public ContributionWorkflow() {}

  private static MemberId author(EventHeader h) {
    return MemberId.of(h.actor().value());
  }

  private static Revision current(BlogPost p) {
    return p.contribution().orElseThrow().current();
  }

  private static Revision publicRevision(BlogPost p) {
    return p.contribution().orElseThrow().revisions().get(p.publishedRevision().orElseThrow() - 1);
  }

  private static PostEvent created(BlogPost p, Create c, EventHeader h) {
    return new PostCreated(h, Contribution.start(ContributionId.of(p.id()), author(h), h.at(), c.content()));
  }

  /** A new revision, or no event when the content is byte-identical to the current one. */
  private static List<PostEvent> saved(BlogPost p, Save s, EventHeader h) {
    Contribution current = p.contribution().orElseThrow();
    Contribution next = current.revise(author(h), h.at(), s.content());
    return next == current ? List.of() : List.of(new PostSaved(h, next.current()));
  }

  private static PostPublished published(EventHeader h, Instant at, Revision shown) {
    return new PostPublished(h, at, shown.number(), shown.contentHash());
  }

  private static boolean isAuthor(BlogPost p, Actor actor) {
    return p.contribution().map(c -> c.author().value().equals(actor.id().value())).orElse(false);
  }

  private static boolean isEditor(Actor actor) {
    return actor.holdsAny(EDITORS);
  }

  /**
   * The post's id is also its contribution's ({@link ContributionId}: a slug of 1 to 64 characters),
   * so an id that cannot be one is refused when the post is created, as a value naming the rule,
   * rather than failing while the creation event is made.
   */
  private static final Guard<BlogPost, Create> POST_ID = Guard.of("postId",
      (p, c, actor, at) -> Refusal.when(!canBeContributionId(p.id()), "postId",
          "org.irrt.workflow.contribution.postId", 64));

  private static boolean canBeContributionId(String id) {
    try {
      ContributionId.of(id);
      return true;
    } catch (InvalidValueException e) {
      return false;
    }
  }

  private static final Guard<BlogPost, Object> OWN = Guard.of("ownPost",
      (p, c, actor, at) -> Refusal.when(!isAuthor(p, actor), "ownPost", "org.irrt.workflow.ownOnly"));

  private static final Guard<BlogPost, Object> MAY_EDIT = Guard.of("mayEdit", (p, c, actor, at) -> {
    boolean contributorMay = isAuthor(p, actor) && CONTRIBUTOR_EDITS.contains(p.state());
    boolean editorMay = isEditor(actor) && p.state() != DRAFT;
    return Refusal.when(!contributorMay && !editorMay, "mayEdit", "org.irrt.workflow.contribution.mayNotEdit",
        Refusal.Word.state("contribution", p.state()));
  });

  private static final Guard<BlogPost, Comment> MAY_COMMENT = Guard.of("mayComment", (p, c, actor, at) -> {
    Optional<Refusal> invalid = Refusal.ofReason("mayComment", c.text());
    if (invalid.isPresent()) {
      return invalid;
    }
    return Refusal.when(!isAuthor(p, actor) && !isEditor(actor), "mayComment", "org.irrt.workflow.ownOnly");
  });

  /**
   * Nobody reviews their own work: the author, and every editor who saved a revision after the
   * first, may not start the review, approve, schedule or publish.
   */
  private static final Guard<BlogPost, Object> FOUR_EYES = Guard.of("fourEyes",
      (p, c, actor, at) -> Refusal.when(isAuthor(p, actor) || savedARevision(p, actor), "fourEyes",
          "org.irrt.workflow.contribution.fourEyes"));

  /** Whether the actor saved any revision after the first: an editor who changed the text never approves it. */
  private static boolean savedARevision(BlogPost p, Actor actor) {
    return p.contribution().map(c -> c.revisions().stream().skip(1)
        .anyMatch(r -> r.author().value().equals(actor.id().value()))).orElse(false);
  }

  /** A save is based on the current revision: one based on an older revision would overwrite newer text. */
  private static final Guard<BlogPost, Save> BASED_ON_CURRENT = Guard.of("basedOnCurrent", (p, c, actor, at) -> {
    Revision current = current(p);
    return Refusal.when(c.basedOnRevision() != current.number(), "basedOnCurrent",
        "org.irrt.workflow.contribution.staleRevision", c.basedOnRevision(), current.number());
  });

  /** Revisions are in time order: a host clock that went back refuses the save instead of failing. */
  private static final Guard<BlogPost, Object> IN_ORDER = Guard.of("inOrder", (p, c, actor, at) -> {
    Instant last = p.contribution().map(x -> x.current().savedAt()).orElse(Instant.MIN);
    return Refusal.when(at.isBefore(last), "inOrder", "org.irrt.workflow.contribution.clockBehind", last.toString());
  });

  private static final Guard<BlogPost, Save> CHANGES_CONTENT = Guard.of("changesContent", (p, c, actor, at) ->
      Refusal.when(current(p).contentHash().equals(c.content().hash()), "changesContent",
          "org.irrt.workflow.contribution.unchanged"));

  private static <K> Guard<BlogPost, K> reasonGiven(Function<K, String> reason) {
    return Guard.of("reasonGiven", (p, c, actor, at) -> Refusal.ofReason("reasonGiven", reason.apply(c)));
  }

  private static final Guard<BlogPost, Schedule> IN_FUTURE = Guard.of("inFuture", (p, c, actor, at) ->
      Refusal.when(!instantOf(c).isAfter(at), "inFuture", "org.irrt.workflow.contribution.scheduleInPast"));

  private static final Guard<BlogPost, Object> DUE = Guard.of("due", (p, c, actor, at) ->
      Refusal.when(p.scheduledFor().map(t -> t.isAfter(at)).orElse(true), "due",
          "org.irrt.workflow.contribution.notDue"));

  private static Instant instantOf(Schedule s) {
    return ZonedDateTime.of(s.localTime(), s.zone()).toInstant();
  }

  /**
   * The sweep rule that publishes every scheduled post whose instant has come, at any later sweep:
   * a post is never left scheduled in the past, and a moved publication goes out at its new time
   * only (the command is decided on the post as it is when issued).
   *
   * @return the rule for {@link org.irrt.workflow.WorkflowEngine#sweep}
   */
  public BiFunction<BlogPost, Instant, Optional<PostCommand>> publishDue() {
    return (p, at) -> p.state() == SCHEDULED && p.scheduledFor().map(t -> !t.isAfter(at)).orElse(false)
        ? Optional.of(new PublishDue()) : Optional.empty();
  }

  @Override
  public WorkflowDefinition<PostState, BlogPost, PostCommand, PostEvent> definition() {
    return definition;
  }

  @Override
  public BlogPost initial(String id) {
    Objects.requireNonNull(id, "id");
    return BlogPost.empty(id);
  }

  @Override
  protected BlogPost apply(BlogPost p, PostEvent event, PostState state) {
    if (event instanceof PostCreated e) {
      return new BlogPost(p.id(), state, Optional.of(e.contribution()), Optional.empty(), Optional.empty(),
          Optional.empty(), Optional.empty());
    }
    if (event instanceof PostSaved e) {
      return p.with(Contribution.builder().from(p.contribution().orElseThrow()).addRevisions(e.revision()).build())
          .to(state);
    }
    if (event instanceof CommentAdded e) {
      return p.with(Contribution.builder().from(p.contribution().orElseThrow()).addComments(e.comment()).build())
          .to(state);
    }
    if (event instanceof ChangesRequested e) {
      return withReason(p.to(state), e.reason());
    }
    if (event instanceof PostRejected e) {
      return withReason(p.to(state), e.reason());
    }
    if (event instanceof PostScheduled e) {
      return new BlogPost(p.id(), state, p.contribution(), Optional.of(e.publishAt()), p.publishedAt(),
          p.publishedRevision(), p.reason());
    }
    if (event instanceof PostPublished e) {
      return new BlogPost(p.id(), state, p.contribution(), Optional.empty(), Optional.of(e.publishedAt()),
          Optional.of(e.revision()), p.reason());
    }
    if (event instanceof RevisionPublished e) { // the first publication instant stays
      return new BlogPost(p.id(), state, p.contribution(), Optional.empty(), p.publishedAt(),
          Optional.of(e.revision()), p.reason());
    }
    return p.to(state); // submitted, review, resubmitted, approved, withdrawn, unscheduled, unpublished, discarded
  }

  private static BlogPost withReason(BlogPost p, String reason) {
    return new BlogPost(p.id(), p.state(), p.contribution(), p.scheduledFor(), p.publishedAt(), p.publishedRevision(),
        Optional.of(reason));
  }
}
