package org.irrt.model.common;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.irrt.model.internal.ValidTextValidator;

/**
 * Human-readable text: something visible (not only spaces, format or invisible characters), at most
 * {@link #max()} code points, no control characters (a {@link #multiline()} text may hold line
 * feeds, tabs and line separators), no bidirectional overrides or isolates (which can disguise text,
 * as in {@code "Resources \u202Egpj.exe"}), no unassigned, private-use or non-characters, no
 * unpaired surrogates. Joiners (ZWJ, ZWNJ) and direction marks (LRM, RLM) are kept: scripts and
 * emoji need them.
 * Text is kept in Unicode NFC: every value type normalises its text before validating it.
 *
 * <p>Applies to {@code String} accessors and to the elements of {@code List<String>} and {@code
 * Optional<String>}. As with every Bean Validation constraint but {@code @NotNull}, {@code null} is
 * valid: combine with {@code @NotNull} for required text.
 */
@Documented
@Constraint(validatedBy = ValidTextValidator.class)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidText {
  /**
   * The default message key; the validator picks a more precise one per rule broken.
   *
   * @return the message template
   */
  String message() default "{org.irrt.model.ValidText.invalid}";

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

  /**
   * The largest length in Unicode code points.
   *
   * @return the maximum, 200 unless set
   */
  int max() default 200;

  /**
   * Whether line feeds, carriage returns and tabs are allowed.
   *
   * @return {@code true} for paragraphs, {@code false} (default) for titles and names
   */
  boolean multiline() default false;
}
