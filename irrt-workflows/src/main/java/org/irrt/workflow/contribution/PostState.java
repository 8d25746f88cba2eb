package org.irrt.workflow.contribution;

/** The editorial states of a contributed post (PublishPress custom statuses, DOMAIN.md section 5). */
public enum PostState {
  /** Not yet created. */
  NONE,
  /** The contributor's draft, private to the contributor. */
  DRAFT,
  /** Submitted: pending review. */
  SUBMITTED,
  /** An editor is reviewing it. */
  IN_REVIEW,
  /** Back with the contributor, with the editor's reason. */
  CHANGES_REQUESTED,
  /** Approved by an editor other than the author. */
  APPROVED,
  /** Approved and waiting for its publication instant. */
  SCHEDULED,
  /** Public. */
  PUBLISHED,
  /**
   * Public, with a correction waiting for review: the approved revision stays public until an editor
   * publishes the correction (PublishPress's "revisions" of published posts; Gutenberg issue 9554).
   */
  REVISION_PENDING,
  /** Refused by an editor (end state). */
  REJECTED,
  /** Withdrawn by the contributor (end state). */
  WITHDRAWN,
  /** Taken down; may be republished unchanged. */
  UNPUBLISHED
}
