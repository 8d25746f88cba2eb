package org.irrt.model.link;

/** How a group of links is shown on a round table's page. */
public enum LinkGroupKind {
  /** Links to the round table's initiatives and projects. */
  INITIATIVES,
  /** Navigation within the round table's site (about, join, volunteer). */
  NAVIGATION,
  /** News items. */
  NEWS,
  /**
   * "Featured website of the month": each link may carry the month it was featured; no month twice.
   */
  FEATURED_WEBSITES,
  /** Ways to communicate with the round table. */
  CONTACT,
  /** Related links, by topic. */
  RELATED_LINKS
}
