package org.irrt.workflow.contribution;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.Instant;
import java.util.Objects;
import org.irrt.model.contribution.Contribution;
import org.irrt.model.contribution.Revision;
import org.irrt.workflow.EventHeader;
import org.irrt.workflow.WorkflowEvent;

/** The events of a contributed post, its audit trail. */
public sealed interface PostEvent extends WorkflowEvent {
  /**
   * @param header who, when
   * @param contribution the contribution with its first revision
   */
  record PostCreated(EventHeader header, Contribution contribution) implements PostEvent {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException when an argument is null
     */
    public PostCreated {
      Objects.requireNonNull(header, "header");
      Objects.requireNonNull(contribution, "contribution");
    }
  }

  /**
   * @param header who, when
   * @param revision the new revision
   */
  record PostSaved(EventHeader header, Revision revision) implements PostEvent {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException when an argument is null
     */
    public PostSaved {
      Objects.requireNonNull(header, "header");
      Objects.requireNonNull(revision, "revision");
    }
  }

  /** @param header who, when */
  record PostSubmitted(EventHeader header) implements PostEvent {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException when an argument is null
     */
    public PostSubmitted {
      Objects.requireNonNull(header, "header");
    }
  }

  /** @param header who, when */
  record ReviewStarted(EventHeader header) implements PostEvent {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException when an argument is null
     */
    public ReviewStarted {
      Objects.requireNonNull(header, "header");
    }
  }

  /**
   * @param header who, when
   * @param reason what to change
   * @param revision the revision the request speaks about
   */
  record ChangesRequested(EventHeader header, String reason, int revision) implements PostEvent {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException when an argument is null
     */
    public ChangesRequested {
      Objects.requireNonNull(header, "header");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** @param header who, when */
  record PostResubmitted(EventHeader header) implements PostEvent {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException when an argument is null
     */
    public PostResubmitted {
      Objects.requireNonNull(header, "header");
    }
  }

  /**
   * @param header who, when
   * @param revision the revision approved
   */
  record PostApproved(EventHeader header, int revision) implements PostEvent {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException when an argument is null
     */
    public PostApproved {
      Objects.requireNonNull(header, "header");
    }
  }

  /**
   * @param header who, when
   * @param reason why
   */
  record PostRejected(EventHeader header, String reason) implements PostEvent {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException when an argument is null
     */
    public PostRejected {
      Objects.requireNonNull(header, "header");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** @param header who, when */
  record PostWithdrawn(EventHeader header) implements PostEvent {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException when an argument is null
     */
    public PostWithdrawn {
      Objects.requireNonNull(header, "header");
    }
  }

  /**
   * @param header who, when
   * @param publishAt the instant of publication
   * @param enteredAs the wall-clock time and zone as entered, e.g. {@code 2026-11-01T01:30 America/Chicago}
   */
  record PostScheduled(EventHeader header, @JsonFormat(shape = JsonFormat.Shape.STRING) Instant publishAt,
      String enteredAs) implements PostEvent {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException when an argument is null
     */
    public PostScheduled {
      Objects.requireNonNull(header, "header");
      Objects.requireNonNull(publishAt, "publishAt");
      Objects.requireNonNull(enteredAs, "enteredAs");
    }
  }

  /**
   * @param header who (an editor, or the system for a scheduled post), when it was done
   * @param publishedAt the publication instant (the scheduled one for a scheduled post)
   * @param revision the revision made public
   * @param contentHash that revision's content hash
   */
  record PostPublished(EventHeader header, @JsonFormat(shape = JsonFormat.Shape.STRING) Instant publishedAt,
      int revision, String contentHash) implements PostEvent {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException when an argument is null
     */
    public PostPublished {
      Objects.requireNonNull(header, "header");
      Objects.requireNonNull(publishedAt, "publishedAt");
      Objects.requireNonNull(contentHash, "contentHash");
    }
  }

  /** @param header who, when */
  record PostUnpublished(EventHeader header) implements PostEvent {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException when an argument is null
     */
    public PostUnpublished {
      Objects.requireNonNull(header, "header");
    }
  }

  /**
   * @param header who, when
   * @param comment the comment (on the revision current then)
   */
  record CommentAdded(EventHeader header, org.irrt.model.contribution.EditorialComment comment) implements PostEvent {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException when an argument is null
     */
    public CommentAdded {
      Objects.requireNonNull(header, "header");
      Objects.requireNonNull(comment, "comment");
    }
  }
}
