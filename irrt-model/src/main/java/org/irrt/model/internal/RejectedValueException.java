package org.irrt.model.internal;

import java.util.List;
import org.irrt.model.common.InvalidValueException;
import org.irrt.model.common.Violation;

/**
 * What a value's {@code @Value.Check} throws: an {@link InvalidValueException} that also holds the
 * value it refused, for the JSON readers only. A reader records the violations and goes on with the
 * refused value, so that the values around it are still checked against it (a register still says
 * which of its memberships name no member, although one of them has a bad date); it throws at the
 * end of the document, so the value never leaves the reader. The value is not serialized.
 */
public final class RejectedValueException extends InvalidValueException {
  private static final long serialVersionUID = 1L;
  private final transient Object value;

  RejectedValueException(String subject, List<Violation> violations, Object value) {
    super(subject, violations);
    this.value = value;
  }

  /**
   * The value a check refused, if {@code e} carries one.
   *
   * @param e what was thrown
   * @return the refused value, or {@code null}
   */
  public static Object valueOf(Throwable e) {
    RejectedValueException rejected = JsonErrors.find(e, RejectedValueException.class);
    return rejected == null ? null : rejected.value;
  }

  /** As an {@link InvalidValueException} reads: hosts see the library's public exception, not this class. */
  @Override
  public String toString() {
    return InvalidValueException.class.getName() + ": " + getLocalizedMessage();
  }
}
