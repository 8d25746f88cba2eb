package org.irrt.workflow.contribution;

import static org.irrt.workflow.contribution.PostCommand.Kind.APPROVE;
import static org.irrt.workflow.contribution.PostCommand.Kind.COMMENT;
import static org.irrt.workflow.contribution.PostCommand.Kind.CREATE;
import static org.irrt.workflow.contribution.PostCommand.Kind.PUBLISH;
import static org.irrt.workflow.contribution.PostCommand.Kind.PUBLISH_DUE;
import static org.irrt.workflow.contribution.PostCommand.Kind.REJECT;
import static org.irrt.workflow.contribution.PostCommand.Kind.REPUBLISH;
import static org.irrt.workflow.contribution.PostCommand.Kind.REQUEST_CHANGES;
import static org.irrt.workflow.contribution.PostCommand.Kind.RESUBMIT;
import static org.irrt.workflow.contribution.PostCommand.Kind.SAVE;
import static org.irrt.workflow.contribution.PostCommand.Kind.SCHEDULE;
import static org.irrt.workflow.contribution.PostCommand.Kind.START_REVIEW;
import static org.irrt.workflow.contribution.PostCommand.Kind.SUBMIT;
import static org.irrt.workflow.contribution.PostCommand.Kind.UNPUBLISH;
import static org.irrt.workflow.contribution.PostCommand.Kind.WITHDRAW;
import static org.irrt.workflow.contribution.PostState.APPROVED;
import static org.irrt.workflow.contribution.PostState.CHANGES_REQUESTED;
import static org.irrt.workflow.contribution.PostState.DRAFT;
import static org.irrt.workflow.contribution.PostState.IN_REVIEW;
import static org.irrt.workflow.contribution.PostState.NONE;
import static org.irrt.workflow.contribution.PostState.PUBLISHED;
import static org.irrt.workflow.contribution.PostState.REJECTED;
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
import org.irrt.model.contribution.Contribution;
import org.irrt.model.contribution.ContributionId;
import org.irrt.model.contribution.Revision;
import org.irrt.model.member.MemberId;
import org.irrt.workflow.Actor;
import org.irrt.workflow.EventHeader;
import org.irrt.workflow.Guard;
import org.irrt.workflow.Refusal;
import org.irrt.workflow.Role;
import org.irrt.workflow.Transition;
import org.irrt.workflow.Workflow;
import org.irrt.workflow.WorkflowDefinition;
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
import org.irrt.workflow.contribution.PostEvent.PostWithdrawn;
import org.irrt.workflow.contribution.PostEvent.ReviewStarted;

/**
 * The editorial workflow of contributed blog posts (WordPress roles, PublishPress, Decap CMS;
 * DOMAIN.md section 5).
 *
 * <p>Rules: a contributor edits only own drafts, own submitted posts (they stay submitted) and own
 * posts in changes-requested, and never after publication; asking to publish gets review, never
 * publication; an editor may not approve or publish their own post (four eyes); changes requested and
 * rejections need a reason; a schedule is an instant, entered as a local time in a zone, and must lie
 * ahead; the {@link #publishDue()} sweep publishes every scheduled post whose time has passed,
 * stamped with its scheduled instant. An editor may change an approved, scheduled or unpublished
 * post, but the change sends it back to review (the schedule is dropped), so only reviewed content is
 * ever published: approving, scheduling, publishing and republishing need an editor who is neither
 * the author nor anyone who saved a revision of the post. No step loses content: every revision
 * is kept, a refused step changes nothing, and republishing shows the same revision as before.
 */
public final class ContributionWorkflow extends Workflow<BlogPost, PostState, PostCommand.Kind, PostCommand, PostEvent> {
  private static final Set<Role> CONTRIBUTOR = Set.of(Role.CONTRIBUTOR);
  private static final Set<Role> EDITORS = Set.of(Role.EDITOR, Role.ADMINISTRATOR);
  private static final Set<Role> ANYONE = Set.of(Role.CONTRIBUTOR, Role.EDITOR, Role.ADMINISTRATOR);
  /** Where a contributor may save own posts. */
  private static final Set<PostState> CONTRIBUTOR_EDITS = EnumSet.of(DRAFT, SUBMITTED, CHANGES_REQUESTED);
  /** Where the content was approved: a change sends the post back to review. */
  private static final Set<PostState> REVIEWED = EnumSet.of(APPROVED, SCHEDULED, UNPUBLISHED);

  private final WorkflowDefinition<PostState, PostCommand.Kind, BlogPost, PostCommand> definition = table();

  private static WorkflowDefinition<PostState, PostCommand.Kind, BlogPost, PostCommand> table() {
    var b = WorkflowDefinition.<PostState, PostCommand.Kind, BlogPost, PostCommand>builder("contribution",
            PostState.class, NONE)
        .on(NONE, CREATE, DRAFT, CONTRIBUTOR);
    for (PostState s : List.of(DRAFT, SUBMITTED, IN_REVIEW, CHANGES_REQUESTED)) {
      b.on(s, SAVE, s, ANYONE, mayEdit(), inOrder()); // saving before approval keeps the state
    }
    for (PostState s : REVIEWED) {
      b.on(s, SAVE, IN_REVIEW, ANYONE, mayEdit(), changesContent(), inOrder()); // a reviewed post changed is reviewed again
    }
    b.on(DRAFT, SUBMIT, SUBMITTED, CONTRIBUTOR, own())
        .on(SUBMITTED, START_REVIEW, IN_REVIEW, EDITORS)
        .on(IN_REVIEW, REQUEST_CHANGES, CHANGES_REQUESTED, EDITORS, reasonGiven())
        .on(CHANGES_REQUESTED, RESUBMIT, SUBMITTED, CONTRIBUTOR, own())
        .on(IN_REVIEW, APPROVE, APPROVED, EDITORS, fourEyes())
        .on(Set.of(SUBMITTED, IN_REVIEW), REJECT, REJECTED, EDITORS, reasonGiven())
        .on(Set.of(DRAFT, SUBMITTED, IN_REVIEW, CHANGES_REQUESTED, APPROVED, SCHEDULED), WITHDRAW, WITHDRAWN,
            CONTRIBUTOR, own())
        .on(APPROVED, SCHEDULE, SCHEDULED, EDITORS, fourEyes(), inFuture())
        .on(APPROVED, PUBLISH, PUBLISHED, EDITORS, fourEyes())
        .on(SCHEDULED, PUBLISH_DUE, PUBLISHED, Set.of(Role.SYSTEM), due())
        .on(PUBLISHED, UNPUBLISH, UNPUBLISHED, EDITORS)
        .on(UNPUBLISHED, REPUBLISH, PUBLISHED, EDITORS, fourEyes());
    for (PostState s : List.of(DRAFT, SUBMITTED, IN_REVIEW, CHANGES_REQUESTED, APPROVED, SCHEDULED, PUBLISHED,
        UNPUBLISHED)) {
      b.on(s, COMMENT, s, ANYONE, mayComment()); // the editorial thread changes no state
    }
    return b.build();
  }

  /** Creates the workflow. */
  public ContributionWorkflow() {}

  private static boolean isAuthor(BlogPost p, Actor actor) {
    return p.contribution().map(c -> c.author().value().equals(actor.id().value())).orElse(false);
  }

  private static boolean isEditor(Actor actor) {
    return actor.holdsAny(EDITORS);
  }

  private static Guard<BlogPost, PostCommand> own() {
    return Guard.of("ownPost", (p, c, actor, at) -> Refusal.when(!isAuthor(p, actor), "ownPost", "org.irrt.workflow.ownOnly"));
  }

  private static Guard<BlogPost, PostCommand> mayEdit() {
    return Guard.of("mayEdit", (p, c, actor, at) -> {
      boolean contributorMay = isAuthor(p, actor) && CONTRIBUTOR_EDITS.contains(p.state());
      boolean editorMay = isEditor(actor) && p.state() != DRAFT;
      return Refusal.when(!contributorMay && !editorMay, "mayEdit", "org.irrt.workflow.contribution.mayNotEdit",
          p.state().name());
    });
  }

  private static Guard<BlogPost, PostCommand> mayComment() {
    return Guard.of("mayComment", (p, c, actor, at) -> {
      String text = ((PostCommand.Comment) c).text();
      Optional<Refusal> invalid = Refusal.ofReason("mayComment", text);
      if (invalid.isPresent()) {
        return invalid;
      }
      return Refusal.when(!isAuthor(p, actor) && !isEditor(actor), "mayComment", "org.irrt.workflow.ownOnly");
    });
  }

  private static Guard<BlogPost, PostCommand> fourEyes() {
    return Guard.of("fourEyes", (p, c, actor, at) -> Refusal.when(isAuthor(p, actor) || savedARevision(p, actor),
        "fourEyes", "org.irrt.workflow.contribution.fourEyes"));
  }

  /** Whether the actor saved any revision after the first: an editor who changed the text never approves it. */
  private static boolean savedARevision(BlogPost p, Actor actor) {
    return p.contribution().map(c -> c.revisions().stream().skip(1)
        .anyMatch(r -> r.author().value().equals(actor.id().value()))).orElse(false);
  }

  /** Revisions are in time order: a host clock that went back refuses the save instead of failing. */
  private static Guard<BlogPost, PostCommand> inOrder() {
    return Guard.of("inOrder", (p, c, actor, at) -> {
      Instant last = p.contribution().map(x -> x.current().savedAt()).orElse(Instant.MIN);
      return Refusal.when(at.isBefore(last), "inOrder", "org.irrt.workflow.contribution.clockBehind", last.toString());
    });
  }

  private static Guard<BlogPost, PostCommand> changesContent() {
    return Guard.of("changesContent", (p, c, actor, at) -> Refusal.when(
        p.contribution().map(x -> x.current().contentHash().equals(((PostCommand.Save) c).content().hash()))
            .orElse(false),
        "changesContent", "org.irrt.workflow.contribution.unchanged"));
  }

  private static Guard<BlogPost, PostCommand> reasonGiven() {
    return Guard.of("reasonGiven", (p, c, actor, at) -> {
      String reason = c instanceof PostCommand.RequestChanges r ? r.reason() : ((PostCommand.Reject) c).reason();
      return Refusal.ofReason("reasonGiven", reason);
    });
  }

  private static Guard<BlogPost, PostCommand> inFuture() {
    return Guard.of("inFuture", (p, c, actor, at) -> Refusal.when(!instantOf((PostCommand.Schedule) c).isAfter(at),
        "inFuture", "org.irrt.workflow.contribution.scheduleInPast"));
  }

  private static Guard<BlogPost, PostCommand> due() {
    return Guard.of("due", (p, c, actor, at) -> Refusal.when(p.scheduledFor().map(t -> t.isAfter(at)).orElse(true),
        "due", "org.irrt.workflow.contribution.notDue"));
  }

  private static Instant instantOf(PostCommand.Schedule s) {
    return ZonedDateTime.of(s.localTime(), s.zone()).toInstant();
  }

  /**
   * The sweep rule that publishes every scheduled post whose instant has come, at any later sweep:
   * a post is never left scheduled in the past.
   *
   * @return the rule for {@link org.irrt.workflow.WorkflowEngine#sweep}
   */
  public BiFunction<BlogPost, Instant, Optional<PostCommand>> publishDue() {
    return (p, at) -> p.state() == SCHEDULED && p.scheduledFor().map(t -> !t.isAfter(at)).orElse(false)
        ? Optional.of(new PostCommand.PublishDue()) : Optional.empty();
  }

  @Override
  public WorkflowDefinition<PostState, PostCommand.Kind, BlogPost, PostCommand> definition() {
    return definition;
  }

  @Override
  public BlogPost initial(String id) {
    Objects.requireNonNull(id, "id");
    return BlogPost.empty(id);
  }

  @Override
  public PostState state(BlogPost instance) {
    Objects.requireNonNull(instance, "instance");
    return instance.state();
  }

  @Override
  public PostCommand.Kind kind(PostCommand command) {
    Objects.requireNonNull(command, "command");
    return command.kind();
  }

  @Override
  protected PostCommand automaticCommand(PostCommand.Kind kind, BlogPost instance) {
    throw new IllegalStateException("no automatic rows");
  }

  @Override
  protected List<PostEvent> events(BlogPost p, PostCommand command,
      Transition<PostState, PostCommand.Kind, BlogPost, PostCommand> row, EventHeader h) {
    MemberId actor = MemberId.of(h.actor().value());
    if (command instanceof PostCommand.Create c) {
      return List.of(new PostCreated(h, Contribution.start(ContributionId.of(p.id()), actor, h.at(), c.content())));
    }
    Contribution current = p.contribution().orElseThrow();
    if (command instanceof PostCommand.Save s) {
      Contribution next = current.revise(actor, h.at(), s.content());
      return next == current ? List.of() : List.of(new PostSaved(h, next.current()));
    }
    if (command instanceof PostCommand.RequestChanges r) {
      return List.of(new ChangesRequested(h, r.reason(), current.current().number()));
    }
    if (command instanceof PostCommand.Reject r) {
      return List.of(new PostRejected(h, r.reason()));
    }
    if (command instanceof PostCommand.Schedule s) {
      return List.of(new PostScheduled(h, instantOf(s), s.localTime() + " " + s.zone()));
    }
    if (command instanceof PostCommand.Comment c) {
      return List.of(new CommentAdded(h, current.comment(actor, h.at(), c.text()).comments()
          .get(current.comments().size())));
    }
    Revision shown = current.current();
    return List.of(switch (command.kind()) {
      case SUBMIT -> new PostSubmitted(h);
      case START_REVIEW -> new ReviewStarted(h);
      case RESUBMIT -> new PostResubmitted(h);
      case APPROVE -> new PostApproved(h, shown.number());
      case WITHDRAW -> new PostWithdrawn(h);
      case PUBLISH -> new PostPublished(h, h.at(), shown.number(), shown.contentHash());
      case PUBLISH_DUE -> new PostPublished(h, p.scheduledFor().orElseThrow(), shown.number(), shown.contentHash());
      case REPUBLISH -> new PostPublished(h, h.at(), shown.number(), shown.contentHash());
      case UNPUBLISH -> new PostUnpublished(h);
      default -> throw new IllegalStateException("no event for " + command.kind());
    });
  }

  @Override
  public BlogPost evolve(BlogPost p, PostEvent event) {
    Objects.requireNonNull(p, "p");
    Objects.requireNonNull(event, "event");
    if (event instanceof PostCreated e) {
      return new BlogPost(p.id(), DRAFT, Optional.of(e.contribution()), Optional.empty(), Optional.empty(),
          Optional.empty(), Optional.empty());
    }
    if (event instanceof PostSaved e) {
      Contribution c = p.contribution().orElseThrow();
      BlogPost saved = p.with(Contribution.builder().from(c).addRevisions(e.revision()).build());
      return REVIEWED.contains(p.state()) ? new BlogPost(p.id(), IN_REVIEW, saved.contribution(), Optional.empty(),
          p.publishedAt(), p.publishedRevision(), p.reason()) : saved;
    }
    if (event instanceof CommentAdded e) {
      Contribution c = p.contribution().orElseThrow();
      return p.with(Contribution.builder().from(c).addComments(e.comment()).build());
    }
    if (event instanceof ChangesRequested e) {
      return new BlogPost(p.id(), CHANGES_REQUESTED, p.contribution(), p.scheduledFor(), p.publishedAt(),
          p.publishedRevision(), Optional.of(e.reason()));
    }
    if (event instanceof PostRejected e) {
      return new BlogPost(p.id(), REJECTED, p.contribution(), p.scheduledFor(), p.publishedAt(),
          p.publishedRevision(), Optional.of(e.reason()));
    }
    if (event instanceof PostScheduled e) {
      return new BlogPost(p.id(), SCHEDULED, p.contribution(), Optional.of(e.publishAt()), p.publishedAt(),
          p.publishedRevision(), p.reason());
    }
    if (event instanceof PostPublished e) {
      return new BlogPost(p.id(), PUBLISHED, p.contribution(), Optional.empty(), Optional.of(e.publishedAt()),
          Optional.of(e.revision()), p.reason());
    }
    if (event instanceof PostSubmitted || event instanceof PostResubmitted) {
      return p.to(SUBMITTED);
    }
    if (event instanceof ReviewStarted) {
      return p.to(IN_REVIEW);
    }
    if (event instanceof PostApproved) {
      return p.to(APPROVED);
    }
    if (event instanceof PostWithdrawn) {
      return p.to(WITHDRAWN);
    }
    if (event instanceof PostUnpublished) {
      return p.to(UNPUBLISHED);
    }
    throw new IllegalStateException("unknown event " + event.getClass().getSimpleName());
  }
}
