package org.irrt.model.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.IllformedLocaleException;
import java.util.Locale;
import org.irrt.model.common.LanguageTag;

/** Checks {@link LanguageTag}. */
public final class LanguageTagValidator implements ConstraintValidator<LanguageTag, String> {
  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || isValid(value);
  }

  /** Tags already judged: hosts use few, and the JDK's parser is the cost of a read. Bounded. */
  private static final java.util.Map<String, Boolean> JUDGED = new java.util.concurrent.ConcurrentHashMap<>();
  private static final int MAX_JUDGED = 4096;

  /**
   * Whether the text is a well-formed BCP 47 tag with a language subtag other than {@code und}.
   *
   * @param tag the tag
   * @return whether it is valid
   */
  public static boolean isValid(String tag) {
    if (tag.isEmpty() || tag.length() > 64) {
      return false;
    }
    Boolean known = JUDGED.get(tag);
    if (known != null) {
      return known;
    }
    boolean valid = judge(tag);
    if (JUDGED.size() < MAX_JUDGED) {
      JUDGED.put(tag, valid);
    }
    return valid;
  }

  private static boolean judge(String tag) {
    if (!tag.chars().allMatch(c -> c < 128)) { // length checked by isValid
      return false;
    }
    try {
      Locale locale = new Locale.Builder().setLanguageTag(tag).build();
      String language = locale.getLanguage();
      // ISO 639 codes have 2 or 3 letters; 4 to 8 are syntactically possible but not assigned.
      return (language.length() == 2 || language.length() == 3) && !language.equals("und");
    } catch (IllformedLocaleException e) {
      return false;
    }
  }
}
