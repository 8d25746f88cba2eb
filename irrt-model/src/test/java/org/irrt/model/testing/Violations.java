package org.irrt.model.testing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.irrt.model.common.InvalidValueException;
import org.irrt.model.common.Violation;

/** Runs code that must be refused and returns its violations as {@code "path code"} lines. */
public final class Violations {
  private Violations() {}

  public static List<String> of(ThrowingCallable call) {
    List<String> out = new ArrayList<>();
    assertThatThrownBy(call).isInstanceOfSatisfying(InvalidValueException.class, e -> {
      for (Violation v : e.violations()) {
        out.add(v.path() + " " + v.code());
      }
    });
    return out;
  }
}
