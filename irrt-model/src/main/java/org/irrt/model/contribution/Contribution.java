package org.irrt.model.contribution;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;
import org.irrt.model.internal.Rules;
import org.irrt.model.internal.Validators;
import org.irrt.model.member.MemberId;

/**
 * A contributed blog post: its author, the append-only list of its revisions, and the editorial
 * thread. The current content is the last revision's; no revision is ever changed or removed.
 *
 * <p>Lifecycle: created with a first revision, revised by {@link #revise} (saving identical content
 * adds nothing), commented on by {@link #comment}; its editorial state lives in the contribution
 * workflow ({@code org.irrt.workflow.contribution}). Rules: revisions numbered 1, 2, 3... in time
 * order; comments name an existing revision. Source: WordPress revisions, PublishPress editorial
 * comments (DOMAIN.md section 5).
 */
@Value.Immutable
public abstract class Contribution implements WithContribution {
  Contribution() {}

  /**
   * A builder; {@code build()} validates.
   *
   * @return a new builder
   */
  public static ImmutableContribution.Builder builder() {
    return ImmutableContribution.builder();
  }

  /**
   * A new contribution with its first revision.
   *
   * @param id the id
   * @param author the contributor
   * @param at when it was first saved
   * @param content the content
   * @return the contribution
   */
  public static Contribution start(ContributionId id, MemberId author, Instant at, PostContent content) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(content, "content");
    return builder().id(id).author(author)
        .addRevisions(Revision.builder().number(1).author(author).savedAt(at).content(content).build()).build();
  }

  /**
   * The id.
   *
   * @return the id
   */
  @NotNull
  public abstract ContributionId id();

  /**
   * The contributor.
   *
   * @return the member id
   */
  @NotNull
  public abstract MemberId author();

  /**
   * Every revision, oldest first; never empty.
   *
   * @return the revisions
   */
  @NotEmpty
  public abstract List<@NotNull Revision> revisions();

  /**
   * The editorial thread, oldest first.
   *
   * @return the comments
   */
  public abstract List<@NotNull EditorialComment> comments();

  /**
   * The last revision.
   *
   * @return the current revision
   */
  public final Revision current() {
    return revisions().get(revisions().size() - 1);
  }

  /**
   * The current content.
   *
   * @return the last revision's content
   */
  public final PostContent content() {
    return current().content();
  }

  /**
   * The contribution with one more revision, unless the content is unchanged.
   *
   * @param by who saves
   * @param at when
   * @param content the new content
   * @return the revised contribution, or this one when the content is byte-identical
   */
  public final Contribution revise(MemberId by, Instant at, PostContent content) {
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(content, "content");
    if (content.hash().equals(current().contentHash())) {
      return this;
    }
    return builder().from(this).addRevisions(Revision.builder().number(revisions().size() + 1).author(by)
        .savedAt(at).content(content).build()).build();
  }

  /**
   * The contribution with a comment on its current revision.
   *
   * @param by who comments
   * @param at when
   * @param text the comment
   * @return the contribution with the comment
   */
  public final Contribution comment(MemberId by, Instant at, String text) {
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(text, "text");
    return builder().from(this).addComments(EditorialComment.builder().revision(current().number()).author(by)
        .writtenAt(at).text(text).build()).build();
  }

  @Value.Check
  Contribution check() {
    return Validators.check(this, Contribution::rules);
  }

  private static void rules(Contribution c, Rules rules) {
    for (int i = 0; i < c.revisions().size(); i++) {
      Revision r = c.revisions().get(i);
      if (r == null) {
        continue;
      }
      rules.require(r.number() == i + 1, "revisions[" + i + "].number", "org.irrt.model.Contribution.revisionNumber");
      Revision before = i == 0 ? null : c.revisions().get(i - 1);
      rules.require(before == null || !r.savedAt().isBefore(before.savedAt()), "revisions[" + i + "].savedAt",
          "org.irrt.model.Contribution.revisionOrder");
    }
    for (int i = 0; i < c.comments().size(); i++) {
      EditorialComment comment = c.comments().get(i);
      rules.require(comment == null || comment.revision() <= c.revisions().size(), "comments[" + i + "].revision",
          "org.irrt.model.Contribution.commentRevision");
    }
  }
}
