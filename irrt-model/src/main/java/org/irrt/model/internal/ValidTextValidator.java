package org.irrt.model.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.irrt.model.common.ValidText;

/** Checks {@link ValidText}. One message key per rule, so the host can tell them apart. */
public final class ValidTextValidator implements ConstraintValidator<ValidText, CharSequence> {
  private int max;
  private boolean multiline;

  @Override
  public void initialize(ValidText annotation) {
    this.max = annotation.max();
    this.multiline = annotation.multiline();
  }

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true; // absence is @NotNull's business, so that Optional<@ValidText String> works
    }
    String problem = Text.problem(value, max, multiline);
    if (problem == null) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    context.buildConstraintViolationWithTemplate("{org.irrt.model.ValidText." + problem + "}")
        .addConstraintViolation();
    return false;
  }
}
