package org.irrt.workflow.contribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.irrt.model.contribution.ContentFormat;
import org.irrt.model.contribution.PostContent;
import org.irrt.workflow.Actor;
import org.irrt.workflow.InMemoryWorkflowStore;
import org.irrt.workflow.MutableClock;
import org.irrt.workflow.Request;
import org.irrt.workflow.Role;
import org.irrt.workflow.WorkflowEngine;
import org.junit.jupiter.api.Test;

/**
 * A long editorial thread: each command evolves only the events added since the engine last built
 * the post, so 1,500 comments one by one stay well under the time a full replay per command took
 * (104 s for 2,000 before the engine kept snapshots).
 */
class LongHistoryTest {
  @Test
  void fifteenHundredCommentsOneByOneKeepEveryCommentAndStayFast() {
    MutableClock clock = new MutableClock(Instant.parse("2026-10-20T15:00:00Z"));
    ContributionWorkflow workflow = new ContributionWorkflow();
    var engine = WorkflowEngine.of(workflow, new InMemoryWorkflowStore<PostEvent>(), clock);
    Actor ana = Actor.of("ana", Role.CONTRIBUTOR);
    engine.issue("p", Request.of(new PostCommand.Create(PostContent.builder().title("T").body("B")
        .format(ContentFormat.MARKDOWN).language("en").build()), ana));
    long start = System.nanoTime();
    for (int i = 0; i < 1500; i++) {
      clock.advance(Duration.ofSeconds(1));
      engine.issue("p", Request.of(new PostCommand.Comment("note " + i), ana));
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(engine.load("p").contribution().orElseThrow().comments()).hasSize(1500)
        .last().satisfies(c -> assertThat(c.text()).isEqualTo("note 1499"));
    assertThat(workflow.replay("p", engine.history("p"))).isEqualTo(engine.load("p"));
    assertThat(millis).as("1,500 comments in %d ms", millis).isLessThan(60_000);
    System.out.println("1,500 comments one by one: " + millis + " ms");
  }
}
