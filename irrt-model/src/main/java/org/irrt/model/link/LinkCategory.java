package org.irrt.model.link;

/** What a link leads to, so that a page can mark it and a reader can tell before following it. */
public enum LinkCategory {
  /** A page of the round table's own site. */
  PAGE,
  /** A page that lists further resources on a topic. */
  RESOURCE_LIST,
  /** A program or initiative. */
  PROGRAM,
  /** An organisation, association, office or committee. */
  ORGANIZATION,
  /** A form, application or brochure to fill in or print. */
  FORM,
  /** A document such as a plan, report or policy. */
  DOCUMENT,
  /** A journal, newsletter or article. */
  PUBLICATION,
  /** A blog or news item. */
  NEWS,
  /** An award, grant or fund. */
  AWARD,
  /** A way to contact the round table or join a conversation. */
  CONTACT
}
