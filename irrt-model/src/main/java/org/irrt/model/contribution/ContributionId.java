package org.irrt.model.contribution;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.irrt.model.internal.Ids;

/**
 * The id of a contribution (a blog post): a slug such as {@code sister-libraries-2026} (lower-case ASCII letters and
 * digits in words joined by single hyphens, 1 to 64 characters). Written in JSON as a plain string.
 *
 * @param value the slug
 */
public record ContributionId(@JsonValue String value) {
  /**
   * Checks the slug.
   *
   * @throws org.irrt.model.common.InvalidValueException when {@code value} is not a valid slug
   */
  public ContributionId {
    Ids.check(value, "ContributionId");
  }

  /**
   * The id with the given slug.
   *
   * @param value the slug
   * @return the id
   * @throws org.irrt.model.common.InvalidValueException when {@code value} is not a valid slug
   */
  @JsonCreator
  public static ContributionId of(String value) {
    return new ContributionId(value);
  }

  /** Returns the slug. */
  @Override
  public String toString() {
    return value;
  }
}
