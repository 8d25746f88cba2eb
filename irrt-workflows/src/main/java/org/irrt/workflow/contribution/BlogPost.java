package org.irrt.workflow.contribution;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.irrt.model.contribution.Contribution;

/**
 * A contributed post as its events made it: the contribution (all revisions and comments), the
 * editorial state, the scheduled and published instants, the revision published, and the last
 * editor's reason.
 *
 * @param id the post's id
 * @param state the state
 * @param contribution the contribution, once created
 * @param scheduledFor the publication instant, while scheduled
 * @param publishedAt the last publication instant
 * @param publishedRevision the revision made public last
 * @param reason the last reason given by an editor
 */
public record BlogPost(String id, PostState state, Optional<Contribution> contribution, Optional<Instant> scheduledFor,
    Optional<Instant> publishedAt, Optional<Integer> publishedRevision, Optional<String> reason) {
  /**
   * Checks the parts.
   *
   * @throws NullPointerException when an argument is null
   */
  public BlogPost {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(contribution, "contribution");
    Objects.requireNonNull(scheduledFor, "scheduledFor");
    Objects.requireNonNull(publishedAt, "publishedAt");
    Objects.requireNonNull(publishedRevision, "publishedRevision");
    Objects.requireNonNull(reason, "reason");
  }

  static BlogPost empty(String id) {
    return new BlogPost(id, PostState.NONE, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty());
  }

  BlogPost to(PostState next) {
    return new BlogPost(id, next, contribution, scheduledFor, publishedAt, publishedRevision, reason);
  }

  BlogPost with(Contribution c) {
    return new BlogPost(id, state, Optional.of(c), scheduledFor, publishedAt, publishedRevision, reason);
  }
}
