package org.irrt.model.roundtable;

/** The kind of a round table initiative. */
public enum InitiativeKind {
  /** A program of professional development (such as the IRRT Free Links Program). */
  PROFESSIONAL_DEVELOPMENT_PROGRAM,
  /** A blog that members contribute to. */
  BLOG,
  /** A fundraising campaign (such as IRRT's endowment campaign "Sixty for Sixty"). */
  FUNDRAISING_CAMPAIGN,
  /** A partnership program between libraries (such as Sister Libraries). */
  PARTNERSHIP_PROGRAM,
  /** A newsletter or other publication. */
  PUBLICATION
}
