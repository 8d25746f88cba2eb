package org.irrt.model.common;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.irrt.model.internal.LanguageTagValidator;

/**
 * A well-formed IETF BCP 47 language tag with a language subtag ({@code en}, {@code es-419},
 * {@code zh-Hant-TW}) whose language subtag is an ISO 639 code of 2 or 3 letters; {@code und} and
 * private-use-only tags are rejected. Source: RFC 5646, as
 * implemented by {@link java.util.Locale.Builder#setLanguageTag(String)}. {@code null} is valid
 * (use it on optional values).
 */
@Documented
@Constraint(validatedBy = LanguageTagValidator.class)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface LanguageTag {
  /**
   * The message key.
   *
   * @return the message template
   */
  String message() default "{org.irrt.model.LanguageTag.invalid}";

  /**
   * Validation groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * Payload.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};
}
