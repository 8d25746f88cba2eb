package org.irrt.model.internal;

import java.util.ArrayList;
import java.util.List;
import org.irrt.model.common.Violation;

/**
 * Collects the violations of a value's own structural rules (those that span attributes, such as
 * "minimum seats not above maximum"), next to its Bean Validation constraints.
 */
public final class Rules {
  private List<Violation> violations = List.of(); // a list of its own on the first violation

  /**
   * A value type's structural rules.
   *
   * @param <T> the value type
   */
  @FunctionalInterface
  public interface Check<T> {
    /**
     * Checks the value and reports to {@code rules}.
     *
     * @param value the value
     * @param rules where to report
     */
    void check(T value, Rules rules);
  }

  /**
   * Reports a violation unless the rule holds.
   *
   * @param holds whether the rule holds
   * @param path where
   * @param code the message key in the library bundle
   * @param args message arguments
   */
  public void require(boolean holds, String path, String code, Object... args) {
    if (!holds) {
      add(Messages.violation(path, code, args));
    }
  }

  /**
   * Reports violations found elsewhere, under a path.
   *
   * @param prefix the path of the part checked
   * @param found the violations of the part
   */
  public void addAll(String prefix, List<Violation> found) {
    for (Violation v : found) {
      add(v.under(prefix));
    }
  }

  List<Violation> violations() {
    return violations;
  }

  private void add(Violation v) {
    if (violations.isEmpty()) {
      violations = new ArrayList<>();
    }
    violations.add(v);
  }
}
