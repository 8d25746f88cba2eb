package org.irrt.workflow.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.irrt.model.contribution.Revision;
import org.irrt.workflow.Actor;
import org.irrt.workflow.ActorId;
import org.irrt.workflow.InMemoryWorkflowStore;
import org.irrt.workflow.MutableClock;
import org.irrt.workflow.Outcome;
import org.irrt.workflow.Request;
import org.irrt.workflow.Role;
import org.irrt.workflow.WorkflowEngine;
import org.junit.jupiter.api.Test;

/**
 * Random actors issuing random editorial commands (fixed seed, preconditions from the table): no
 * content is ever lost (every saved revision stays, in order, unchanged), a refused command changes
 * nothing, no path reaches publication without an approval by someone other than the author, and
 * the public revision is always one that someone other than the author approved.
 */
class ContributionPropertiesTest {
  private static final List<Actor> ACTORS = List.of(
      Actor.of("ana", Role.CONTRIBUTOR), Actor.of("bo", Role.CONTRIBUTOR), Actor.of("editor-kim", Role.EDITOR),
      new Actor(ActorId.of("ana"), Set.of(Role.CONTRIBUTOR, Role.EDITOR)), Actor.of("admin", Role.ADMINISTRATOR),
      Actor.SYSTEM);

  @Test
  void contentIsNeverLostAndNothingIsPublishedWithoutFourEyes() {
    java.util.concurrent.atomic.AtomicInteger published = new java.util.concurrent.atomic.AtomicInteger();
    qt().withFixedSeed(5L).withExamples(500).forAll(lists().of(integers().between(0, 1_000_000)).ofSizeBetween(5, 60))
        .checkAssert(steps -> {
          MutableClock clock = new MutableClock(Instant.parse("2026-10-20T15:00:00Z"));
          ContributionWorkflow workflow = new ContributionWorkflow();
          var engine = WorkflowEngine.of(workflow, new InMemoryWorkflowStore<PostEvent>(), clock);
          List<Revision> saved = new ArrayList<>();
          for (int step : steps) {
            clock.advance(Duration.ofHours(step % 50));
            Actor actor = ACTORS.get(step % ACTORS.size());
            BlogPost before = engine.load("p");
            List<Class<? extends PostCommand>> kinds = new ArrayList<>(workflow.definition().commandsIn(before.state()));
            if (kinds.isEmpty()) {
              break;
            }
            PostCommand command = command(kinds.get(step / 7 % kinds.size()), step, before);
            List<PostEvent> history = engine.history("p");
            Outcome<BlogPost, PostEvent> o = engine.issue("p", Request.of(command, actor));
            if (o instanceof Outcome.Refused<BlogPost, PostEvent>) {
              assertThat(engine.history("p")).isEqualTo(history);
              assertThat(engine.load("p")).isEqualTo(before);
            }
            if (step % 9 == 0) {
              engine.sweep(workflow.publishDue());
            }
            BlogPost now = engine.load("p");
            assertThat(workflow.replay("p", engine.history("p"))).isEqualTo(now);
            if (now.contribution().isPresent()) {
              List<Revision> revisions = now.contribution().get().revisions();
              assertThat(revisions.subList(0, saved.size())).isEqualTo(saved);
              saved = new ArrayList<>(revisions);
            }
            if (now.publishedRevision().isPresent()) { // the public revision was approved by someone else
              int live = now.publishedRevision().get();
              String author = now.contribution().orElseThrow().author().value();
              assertThat(engine.history("p")).anySatisfy(e -> {
                assertThat(e).isInstanceOfSatisfying(PostEvent.PostApproved.class,
                    a -> assertThat(a.revision()).isEqualTo(live));
                assertThat(e.header().actor().value()).isNotEqualTo(author);
              });
            }
            if (now.state() == PostState.PUBLISHED) {
              published.incrementAndGet();
              String author = now.contribution().orElseThrow().author().value();
              assertThat(engine.history("p")).anySatisfy(e -> {
                assertThat(e).isInstanceOf(PostEvent.PostApproved.class);
                assertThat(e.header().actor().value()).isNotEqualTo(author);
              });
            }
          }
        });
    assertThat(published.get()).as("some sequences reached publication").isGreaterThan(20);
  }

  /** A command of a type the table allows, with content from the step (a save from the current or an older revision). */
  private static PostCommand command(Class<? extends PostCommand> kind, int step, BlogPost before) {
    int current = before.contribution().map(c -> c.current().number()).orElse(0);
    if (kind == PostCommand.Create.class) {
      return new PostCommand.Create(ContributionLifecycleTest.content("v" + step));
    } else if (kind == PostCommand.Save.class) {
      return new PostCommand.Save(ContributionLifecycleTest.content("v" + (step % 5)), step % 11 == 0 ? current - 1 : current);
    } else if (kind == PostCommand.RequestChanges.class) {
      return new PostCommand.RequestChanges(step % 3 == 0 ? "" : "Shorter, please.");
    } else if (kind == PostCommand.Reject.class) {
      return new PostCommand.Reject(step % 3 == 0 ? " " : "Off topic.");
    } else if (kind == PostCommand.Schedule.class) {
      return new PostCommand.Schedule(LocalDateTime.of(2026, 11, 1, 1, step % 60).plusHours(step % 200),
          ZoneId.of("America/Chicago"));
    } else if (kind == PostCommand.Comment.class) {
      return new PostCommand.Comment("Looks good?");
    }
    for (PostCommand none : List.of(new PostCommand.Submit(), new PostCommand.StartReview(), new PostCommand.Resubmit(),
        new PostCommand.Approve(), new PostCommand.Withdraw(), new PostCommand.Unschedule(), new PostCommand.Publish(),
        new PostCommand.PublishDue(), new PostCommand.Unpublish(), new PostCommand.Republish(),
        new PostCommand.PublishRevision(), new PostCommand.DiscardRevision())) {
      if (none.getClass() == kind) {
        return none;
      }
    }
    throw new AssertionError("no sample of " + kind);
  }
}
