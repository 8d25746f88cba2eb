package org.irrt.model.internal;

import java.util.List;
import java.util.regex.Pattern;
import org.irrt.model.common.InvalidValueException;

/**
 * The one rule for every typed id: a slug of lower-case ASCII letters and digits in words joined by
 * single hyphens, 1 to 64 characters ({@code membership-committee}, {@code isld}). Ids appear in
 * JSON files, URLs and logs, so they are plain, stable and never personal data.
 */
public final class Ids {

  /** Lower-case words of letters and digits joined by single hyphens. */
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  private Ids() {}

  /**
   * Checks an id.
   *
   * @param value the id text
   * @param type the id type, for the message
   * @return {@code value}
   * @throws InvalidValueException when the text is not a slug of 1 to 64 characters
   */
  public static String check(String value, String type) {
    if (value == null || value.length() > 64 || !SLUG.matcher(value).matches()) {
      throw new InvalidValueException(type, List.of(Messages.violation("", "org.irrt.model.Id.invalid")));
    }
    return value;
  }

}
