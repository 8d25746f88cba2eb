package org.irrt.workflow.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irrt.workflow.contribution.ContributionLifecycleTest.ANA;
import static org.irrt.workflow.contribution.ContributionLifecycleTest.EDITOR;
import static org.irrt.workflow.contribution.ContributionLifecycleTest.content;

import java.util.Locale;
import org.irrt.workflow.Actor;
import org.irrt.workflow.Outcome;
import org.irrt.workflow.Refusal;
import org.irrt.workflow.Role;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 item 7 (Gutenberg issues 4885 and 4331): two people editing the same post from the same
 * revision, the later save silently overwrote the earlier one. A save now carries the revision it
 * was based on, and a stale one is refused in words and applied to nothing.
 */
class StaleSaveTest {
  private final ContributionLifecycleTest t = new ContributionLifecycleTest();

  @Test
  void aSaveBasedOnAnOlderRevisionIsRefusedInWordsAndTheNewerTextStays() {
    Actor lee = Actor.of("editor-lee", Role.EDITOR);
    t.issue(new PostCommand.Create(content("First")), ANA);
    t.issue(new PostCommand.Submit(), ANA);
    t.issue(new PostCommand.StartReview(), EDITOR);
    assertThat(t.issue(new PostCommand.Save(content("Kim's edit"), 1), EDITOR)).isInstanceOf(Outcome.Accepted.class);
    var stale = t.issue(new PostCommand.Save(content("Lee's edit of the first text"), 1), lee);
    assertThat(stale).isInstanceOfSatisfying(Outcome.Refused.class, r -> assertThat(((Outcome.Refused<?, ?>) r).reasons())
        .singleElement().satisfies(x -> {
          Refusal reason = x;
          assertThat(reason.rule()).isEqualTo("basedOnCurrent");
          assertThat(reason.message(Locale.ENGLISH)).isEqualTo("this edit was based on revision 1, but the post is at "
              + "revision 2 now: reload it and make your changes again, nothing was saved");
          assertThat(reason.message(Locale.forLanguageTag("es"))).startsWith("esta edición se basaba en la revisión 1");
        }));
    BlogPost post = t.engine.load("post-1");
    assertThat(post.contribution().orElseThrow().content().body()).isEqualTo("Kim's edit");
    assertThat(post.contribution().orElseThrow().revisions()).hasSize(2);
    assertThat(t.issue(new PostCommand.Save(content("Lee's edit of Kim's text"), 2), lee))
        .isInstanceOf(Outcome.Accepted.class);
  }
}
