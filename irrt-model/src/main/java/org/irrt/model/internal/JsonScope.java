package org.irrt.model.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.irrt.model.common.Violation;

/**
 * The violations found while one JSON document is read on this thread.
 *
 * <p>While a scope is open, value types record their violations here (under the JSON path of the
 * value being read) instead of throwing, so that one read reports every violation in the document.
 * The outermost library deserializer opens and closes the scope and throws one exception when
 * anything was recorded; the invalid values built meanwhile never leave the reader.
 */
final class JsonScope {
  private static final ThreadLocal<JsonScope> CURRENT = new ThreadLocal<>();

  private final Deque<String> paths = new ArrayDeque<>();
  private final Set<Violation> violations = new LinkedHashSet<>();
  private int depth;

  static JsonScope enter() {
    JsonScope scope = CURRENT.get();
    if (scope == null) {
      scope = new JsonScope();
      CURRENT.set(scope);
    }
    scope.depth++;
    return scope;
  }

  boolean depthIsOne() {
    return depth == 1;
  }

  static JsonScope current() {
    return CURRENT.get();
  }

  /**
   * Leaves one level.
   *
   * @return whether this was the outermost level (the scope is then closed)
   */
  boolean exit() {
    if (--depth == 0) {
      CURRENT.remove();
      return true;
    }
    return false;
  }

  void push(String path) {
    paths.push(path);
  }

  void pop() {
    paths.pop();
  }

  String currentPath() {
    return paths.isEmpty() ? "" : paths.peek();
  }

  /**
   * Records violations of the value being read when a scope is open on this thread.
   *
   * @param found violations with paths relative to the value
   * @return whether a scope took them
   */
  static boolean recordIfActive(List<Violation> found) {
    JsonScope scope = CURRENT.get();
    if (scope == null) {
      return false;
    }
    String prefix = scope.currentPath();
    for (Violation v : found) {
      scope.record(v.under(prefix));
    }
    return true;
  }

  /** Records a violation whose path is already absolute; a "required" at a path already reported is a consequence, not news. */
  void record(Violation v) {
    if (isConsequence(v)) {
      return;
    }
    violations.add(v);
  }

  private boolean isConsequence(Violation v) {
    if (!v.code().endsWith("NotNull.message") && !v.code().equals("org.irrt.model.json.null")) {
      return false;
    }
    for (Violation seen : violations) {
      String p = seen.path();
      if (p.equals(v.path()) || p.startsWith(v.path() + ".") || p.startsWith(v.path() + "[")) {
        return true;
      }
    }
    return false;
  }

  boolean hasViolations() {
    return !violations.isEmpty();
  }

  List<Violation> violations() {
    return new ArrayList<>(violations);
  }
}
