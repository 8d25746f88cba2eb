package org.irrt.workflow.contribution;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;
import org.irrt.model.contribution.PostContent;

/** The commands of the contribution workflow. */
public sealed interface PostCommand {
  /**
   * The kind, the key of the table.
   *
   * @return the kind
   */
  Kind kind();

  /** The kinds of commands. */
  enum Kind { CREATE, SAVE, SUBMIT, START_REVIEW, REQUEST_CHANGES, RESUBMIT, APPROVE, REJECT, WITHDRAW, SCHEDULE,
    PUBLISH, PUBLISH_DUE, UNPUBLISH, REPUBLISH, COMMENT }

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

    @Override
    public Kind kind() {
      return Kind.CREATE;
    }
  }

  /**
   * Saves content: a new revision when it differs, the state unchanged.
   *
   * @param content the content
   */
  record Save(PostContent content) implements PostCommand {
    /** Checks the content. */
    public Save {
      Objects.requireNonNull(content, "content");
    }

    @Override
    public Kind kind() {
      return Kind.SAVE;
    }
  }

  /** The contributor asks to publish: the post goes to review, never straight to publication. */
  record Submit() implements PostCommand {
    @Override
    public Kind kind() {
      return Kind.SUBMIT;
    }
  }

  /** An editor starts reviewing. */
  record StartReview() implements PostCommand {
    @Override
    public Kind kind() {
      return Kind.START_REVIEW;
    }
  }

  /**
   * An editor sends the post back to the contributor.
   *
   * @param reason what to change; missing or blank, the command is refused ({@code reasonGiven})
   */
  record RequestChanges(String reason) implements PostCommand {
    @Override
    public Kind kind() {
      return Kind.REQUEST_CHANGES;
    }
  }

  /** The contributor sends the changed post back to review. */
  record Resubmit() implements PostCommand {
    @Override
    public Kind kind() {
      return Kind.RESUBMIT;
    }
  }

  /** An editor other than the author approves. */
  record Approve() implements PostCommand {
    @Override
    public Kind kind() {
      return Kind.APPROVE;
    }
  }

  /**
   * An editor refuses the post.
   *
   * @param reason why; missing or blank, the command is refused ({@code reasonGiven})
   */
  record Reject(String reason) implements PostCommand {
    @Override
    public Kind kind() {
      return Kind.REJECT;
    }
  }

  /** The contributor withdraws the post. */
  record Withdraw() implements PostCommand {
    @Override
    public Kind kind() {
      return Kind.WITHDRAW;
    }
  }

  /**
   * An editor schedules publication at a local time in a zone; the instant is stored. A local time
   * skipped by a daylight-saving change moves forward by the gap; one that occurs twice takes the
   * earlier offset ({@link java.time.ZonedDateTime#of}).
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

    @Override
    public Kind kind() {
      return Kind.SCHEDULE;
    }
  }

  /** An editor publishes an approved post now. */
  record Publish() implements PostCommand {
    @Override
    public Kind kind() {
      return Kind.PUBLISH;
    }
  }

  /** The system publishes a scheduled post whose time has come (sweep). */
  record PublishDue() implements PostCommand {
    @Override
    public Kind kind() {
      return Kind.PUBLISH_DUE;
    }
  }

  /** An editor takes the post down. */
  record Unpublish() implements PostCommand {
    @Override
    public Kind kind() {
      return Kind.UNPUBLISH;
    }
  }

  /** An editor puts an unpublished post back, unchanged. */
  record Republish() implements PostCommand {
    @Override
    public Kind kind() {
      return Kind.REPUBLISH;
    }
  }

  /**
   * A comment on the current revision, in the editorial thread.
   *
   * @param text the comment; missing or blank, the command is refused as {@code mayComment}
   */
  record Comment(String text) implements PostCommand {
    @Override
    public Kind kind() {
      return Kind.COMMENT;
    }
  }
}
