package org.irrt.model.internal;

import java.util.List;
import org.irrt.model.common.InvalidValueException;

/**
 * The one rule for every typed id: a slug of lower-case ASCII letters and digits in words joined by
 * single hyphens, 1 to 64 characters ({@code membership-committee}, {@code isld}). Ids appear in
 * JSON files, URLs and logs, so they are plain, stable and never personal data.
 */
public final class Ids {

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
    if (value == null || value.length() > 64 || !isSlug(value)) {
      throw new InvalidValueException(type, List.of(Messages.violation("", "org.irrt.model.Id.invalid")));
    }
    return value;
  }

  /** Whether a text is {@code [a-z0-9]+(?:-[a-z0-9]+)*}: lower-case words joined by single hyphens. */
  static boolean isSlug(String value) {
    int n = value.length();
    if (n == 0) {
      return false;
    }
    boolean afterHyphen = true; // no leading hyphen
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (c == '-') {
        if (afterHyphen) {
          return false;
        }
        afterHyphen = true;
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        afterHyphen = false;
      } else {
        return false;
      }
    }
    return !afterHyphen; // no trailing hyphen
  }
}
