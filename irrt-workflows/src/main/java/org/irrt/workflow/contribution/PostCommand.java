package org.irrt.workflow.contribution;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;
import org.irrt.model.contribution.PostContent;

/** The commands of the contribution workflow, one record per command; the table keys its rows by the record's type. */
public sealed interface PostCommand {
  /**
   * A contributor starts a draft.
   *
   * @param content the first revision's content
   */
  record Create(PostContent content) implements PostCommand {
    /** Checks the content. */
    public Create {
      Objects.requireNonNull(content, "content");
    }
  }

  /**
   * Saves content: a new revision when it differs. It carries the revision the editor's page was
   * based on: a save based on an older revision is refused in words ({@code basedOnCurrent}), never
   * applied over newer text (Gutenberg's post-lock and autosave conflicts, issues 4885 and 4331).
   *
   * @param content the content
   * @param basedOnRevision the number of the revision the page showed
   */
  record Save(PostContent content, int basedOnRevision) implements PostCommand {
    /** Checks the content. */
    public Save {
      Objects.requireNonNull(content, "content");
    }
  }

  /** The contributor asks to publish: the post goes to review, never straight to publication. */
  record Submit() implements PostCommand {}

  /** An editor other than the author starts reviewing. */
  record StartReview() implements PostCommand {}

  /**
   * An editor sends the post back to the contributor.
   *
   * @param reason what to change; missing or blank, the command is refused ({@code reasonGiven})
   */
  record RequestChanges(String reason) implements PostCommand {
    /** Keeps the text in Unicode NFC (DOMAIN.md section 6); a missing one is refused by the guard. */
    public RequestChanges {
      reason = org.irrt.model.common.TextRules.nfc(reason);
    }
  }

  /** The contributor sends the changed post back to review. */
  record Resubmit() implements PostCommand {}

  /** An editor other than the author approves. */
  record Approve() implements PostCommand {}

  /**
   * An editor refuses the post.
   *
   * @param reason why; missing or blank, the command is refused ({@code reasonGiven})
   */
  record Reject(String reason) implements PostCommand {
    /** Keeps the text in Unicode NFC (DOMAIN.md section 6); a missing one is refused by the guard. */
    public Reject {
      reason = org.irrt.model.common.TextRules.nfc(reason);
    }
  }

  /** The contributor withdraws the post. */
  record Withdraw() implements PostCommand {}

  /**
   * An editor schedules publication at a local time in a zone, or moves a scheduled publication;
   * the instant is stored. A local time skipped by a daylight-saving change moves forward by the gap;
   * one that occurs twice takes the earlier offset ({@link java.time.ZonedDateTime#of}).
   *
   * @param localTime the wall-clock time
   * @param zone the zone it is meant in
   */
  record Schedule(LocalDateTime localTime, ZoneId zone) implements PostCommand {
    /** Checks the parts. */
    public Schedule {
      Objects.requireNonNull(localTime, "localTime");
      Objects.requireNonNull(zone, "zone");
    }
  }

  /** An editor cancels a scheduled publication: the post stays approved, without review again. */
  record Unschedule() implements PostCommand {}

  /** An editor publishes an approved or scheduled post now. */
  record Publish() implements PostCommand {}

  /** The system publishes a scheduled post whose time has come (sweep). */
  record PublishDue() implements PostCommand {}

  /** An editor takes the post down. */
  record Unpublish() implements PostCommand {}

  /** An editor puts an unpublished post back, showing the revision that was public. */
  record Republish() implements PostCommand {}

  /**
   * An editor other than whoever wrote it approves the correction pending on a published post and
   * makes it the public content; the post keeps its first publication instant.
   */
  record PublishRevision() implements PostCommand {}

  /** An editor drops the correction pending on a published post: the public content stays; the revision is kept in the history. */
  record DiscardRevision() implements PostCommand {}

  /**
   * A comment on the current revision, in the editorial thread.
   *
   * @param text the comment; missing or blank, the command is refused as {@code mayComment}
   */
  record Comment(String text) implements PostCommand {
    /** Keeps the text in Unicode NFC (DOMAIN.md section 6); a missing one is refused by the guard. */
    public Comment {
      text = org.irrt.model.common.TextRules.nfc(text);
    }
  }
}
