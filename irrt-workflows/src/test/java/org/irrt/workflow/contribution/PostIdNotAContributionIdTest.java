package org.irrt.workflow.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irrt.workflow.contribution.ContributionLifecycleTest.ANA;
import static org.irrt.workflow.contribution.ContributionLifecycleTest.content;

import java.util.Locale;
import org.irrt.workflow.Outcome;
import org.irrt.workflow.Request;
import org.junit.jupiter.api.Test;

/**
 * Fault found by the adversary's pass: a post created under an id that cannot be its
 * contribution's ({@code ContributionId}, a slug of 1 to 64 characters) threw an
 * InvalidValueException for "ContributionId" out of {@code issue} while the creation event was
 * made. It is now refused as a value naming the rule, and nothing is stored.
 */
class PostIdNotAContributionIdTest {
  private final ContributionLifecycleTest t = new ContributionLifecycleTest();

  @Test
  void aPostIdThatCannotBeItsContributionsIsRefusedInWordsAndNothingIsStored() {
    for (String id : new String[] {"Post_1", "post--1", "p".repeat(65), "post:1"}) {
      var o = t.engine.issue(id, Request.of(new PostCommand.Create(content("First")), ANA));
      assertThat(o).as(id).isInstanceOfSatisfying(Outcome.Refused.class,
          r -> assertThat(((Outcome.Refused<?, ?>) r).reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.rule()).isEqualTo("postId");
            assertThat(reason.message(Locale.ENGLISH)).isEqualTo("the post's id must also serve as its contribution's id: "
                + "lower-case letters and digits joined by single hyphens, 1 to 64 characters");
            assertThat(reason.message(Locale.FRENCH)).startsWith("l’identifiant du billet doit aussi pouvoir servir");
          }));
      assertThat(t.engine.history(id)).as(id).isEmpty();
    }
    assertThat(t.engine.issue("post-64", Request.of(new PostCommand.Create(content("First")), ANA)))
        .isInstanceOf(Outcome.Accepted.class);
  }
}
