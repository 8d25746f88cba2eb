package org.irrt.model.committee;

/** The kind of a committee (ALA practice). */
public enum CommitteeKind {
  /** The governing board of the round table (Executive Committee or Board). */
  EXECUTIVE,
  /** A permanent committee with a standing charge. */
  STANDING,
  /** A committee formed for a task, dissolved when it is done. */
  AD_HOC,
  /** A committee under another committee; it names its parent. */
  SUBCOMMITTEE,
  /** A committee that steers a group of activities (such as publications and communications). */
  STEERING
}
