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
  /** Paths where the input itself could not be read: what validation says there is a consequence. */
  private final Set<String> unreadable = new java.util.HashSet<>();
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
      Violation absolute = v.under(prefix);
      if (!scope.isConsequence(absolute)) {
        scope.violations.add(absolute);
      }
    }
    return true;
  }

  /**
   * Records a problem of the input itself (a value of the wrong type, an unknown property, a value
   * its type refused), whose path is absolute. What validation later finds at that path, or
   * "missing" and "null" findings above it, are consequences and are not reported again.
   */
  void record(Violation v) {
    if (isConsequence(v)) {
      return;
    }
    violations.add(v);
    unreadable.add(v.path());
  }

  private boolean isConsequence(Violation v) {
    String path = v.path();
    for (String bad : unreadable) {
      if (path.equals(bad) || path.startsWith(bad + ".") || path.startsWith(bad + "[")) {
        return true; // validation of a value that could not be read
      }
    }
    if (!v.code().endsWith("NotNull.message") && !v.code().equals("org.irrt.model.json.null")) {
      return false;
    }
    for (Violation seen : violations) {
      String p = seen.path();
      if (p.startsWith(path + ".") || p.startsWith(path + "[") || path.isEmpty() && !p.isEmpty()) {
        return true; // a container emptied by a problem inside it
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
