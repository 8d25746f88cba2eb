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

  /**
   * Whether the text is a well-formed BCP 47 tag with a language subtag other than {@code und}.
   *
   * @param tag the tag
   * @return whether it is valid
   */
  public static boolean isValid(String tag) {
    if (tag.isEmpty() || tag.length() > 64 || !tag.chars().allMatch(c -> c < 128)) {
      return false;
    }
    try {
      Locale locale = new Locale.Builder().setLanguageTag(tag).build();
      return !locale.getLanguage().isEmpty() && !locale.getLanguage().equals("und");
    } catch (IllformedLocaleException e) {
      return false;
    }
  }
}
