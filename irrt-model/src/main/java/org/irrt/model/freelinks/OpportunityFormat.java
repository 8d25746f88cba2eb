package org.irrt.model.freelinks;

/** The form a professional development opportunity takes. */
public enum OpportunityFormat {
  /** A live or recorded web seminar. */
  WEBINAR,
  /** A course of several sessions. */
  COURSE,
  /** A self-paced tutorial. */
  TUTORIAL,
  /** A conference or its recordings. */
  CONFERENCE,
  /** A toolkit of templates and guides. */
  TOOLKIT,
  /** A guide or handbook. */
  GUIDE,
  /** A video. */
  VIDEO,
  /** A podcast. */
  PODCAST,
  /** Anything else. */
  OTHER
}
