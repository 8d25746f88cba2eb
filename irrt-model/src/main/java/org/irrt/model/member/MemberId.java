package org.irrt.model.member;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.irrt.model.internal.Ids;

/**
 * The id of a member: a slug such as {@code m-000123} (lower-case ASCII letters and
 * digits in words joined by single hyphens, 1 to 64 characters). Written in JSON as a plain string.
 *
 * @param value the slug
 */
public record MemberId(@JsonValue String value) {
  /**
   * Checks the slug.
   *
   * @throws org.irrt.model.common.InvalidValueException when {@code value} is not a valid slug
   */
  public MemberId {
    Ids.check(value, "MemberId");
  }

  /**
   * The id with the given slug.
   *
   * @param value the slug
   * @return the id
   * @throws org.irrt.model.common.InvalidValueException when {@code value} is not a valid slug
   */
  @JsonCreator
  public static MemberId of(String value) {
    return new MemberId(value);
  }

  /** Returns the slug. */
  @Override
  public String toString() {
    return value;
  }
}
