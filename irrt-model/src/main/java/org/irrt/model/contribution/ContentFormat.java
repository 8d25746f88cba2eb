package org.irrt.model.contribution;

/** The format a contribution's body is written in. */
public enum ContentFormat {
  /** CommonMark Markdown; raw HTML inside it is sanitised like HTML. */
  MARKDOWN,
  /** HTML, sanitised to the library's allow-list before display. */
  HTML
}
