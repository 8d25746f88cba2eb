package org.irrt.model.pledge;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.irrt.model.internal.Ids;

/**
 * The id of a campaign: a slug such as {@code membership-committee} (lower-case ASCII letters and
 * digits in words joined by single hyphens, 1 to 64 characters). Written in JSON as a plain string.
 *
 * @param value the slug
 */
public record CampaignId(@JsonValue String value) {
  /**
   * Checks the slug.
   *
   * @throws org.irrt.model.common.InvalidValueException when {@code value} is not a valid slug
   */
  public CampaignId {
    Ids.check(value, "CampaignId");
  }

  /**
   * The id with the given slug.
   *
   * @param value the slug
   * @return the id
   * @throws org.irrt.model.common.InvalidValueException when {@code value} is not a valid slug
   */
  @JsonCreator
  public static CampaignId of(String value) {
    return new CampaignId(value);
  }

  /** Returns the slug. */
  @Override
  public String toString() {
    return value;
  }
}
