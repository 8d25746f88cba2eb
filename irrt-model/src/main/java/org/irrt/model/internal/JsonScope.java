package org.irrt.model.internal;

import java.util.ArrayList;
import java.util.HashSet;
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
 *
 * <p>Cost: recording is proportional to the depth of a path, never to the number of violations
 * found so far; after {@value #MAX_VIOLATIONS} violations reading stops ({@link TooManyProblems}),
 * so a hostile document cannot make a report expensive.
 */
final class JsonScope {
  /** The most violations one document reports; reading stops after them. */
  static final int MAX_VIOLATIONS = 200;

  /**
   * Per thread, a cell holding the open scope (or {@code null} between documents) and a weak
   * reference to the thread's last scope, which the next document reuses (cleared, so reading a
   * document allocates no scope until a garbage collection drops it). The cell stays with the
   * thread, so opening a scope costs no thread-local insertion and removal per document (which
   * took a tenth of a member's read); between documents it holds no class of this library
   * strongly, so a pooled thread keeps no class loader alive.
   */
  private static final ThreadLocal<Object[]> CURRENT = new ThreadLocal<>();

  private Object[] cell;

  /**
   * The values being read, innermost last, {@code pathCount} of them: a path, or the parser context
   * it is computed from when asked.
   */
  private Object[] paths = new Object[8];
  private int pathCount;
  // Made on the first problem: reading a valid document allocates none of them.
  private Set<Violation> violations = Set.of();
  /** Paths where the input itself could not be read: what validation says there is a consequence. */
  private Set<String> unreadable = Set.of();
  /** Every proper ancestor path of a recorded violation. */
  private Set<String> ancestors = Set.of();
  private int depth;
  /** The document's deserialization context; values read with another belong to another document. */
  private Object context;
  /** The scope of the document whose read this one interrupted, if any. */
  private JsonScope outer;
  private boolean truncated;
  /**
   * Whether a text or number longer than the limit was met: Jackson may stop inside it, and the
   * parser then reads the rest of it as if it were JSON, so a "malformed" that follows is a
   * consequence, not a second problem of the document.
   */
  private boolean tokenCutShort;

  /** Thrown to stop reading a document that already has {@value #MAX_VIOLATIONS} violations. */
  static final class TooManyProblems extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooManyProblems() {
      super("too many problems", null, false, false);
    }
  }

  /**
   * Enters a value of the document read with {@code context}: the open scope when it is that
   * document's (a value nested in it, also one read through a token buffer), else a new scope for
   * a document of its own (one read independently while another is being read, for example by a
   * host's deserializer calling {@code IrrtJson.read}), closed before the outer one continues.
   *
   * @param context the document's deserialization context (Jackson makes one per read)
   * @return the scope, entered once more
   */
  static JsonScope enter(Object context) {
    Object[] cell = CURRENT.get();
    if (cell == null) {
      cell = new Object[2];
      CURRENT.set(cell);
    }
    JsonScope open = (JsonScope) cell[0];
    if (open != null && open.context == context) {
      open.depth++;
      return open;
    }
    JsonScope scope = null;
    if (open == null) {
      scope = cell[1] instanceof java.lang.ref.WeakReference<?> last && last.get() instanceof JsonScope kept
          ? kept : null;
      if (scope != null) {
        scope.clear(); // the last document's
      } else {
        scope = new JsonScope();
        scope.cell = cell;
        cell[1] = new java.lang.ref.WeakReference<>(scope);
      }
    } else {
      scope = new JsonScope(); // inside another document's read: never the thread's kept one
      scope.cell = cell;
    }
    scope.context = context;
    scope.outer = open;
    scope.depth = 1;
    cell[0] = scope;
    return scope;
  }

  boolean depthIsOne() {
    return depth == 1;
  }

  static JsonScope current() {
    Object[] cell = CURRENT.get();
    return cell == null ? null : (JsonScope) cell[0];
  }

  /**
   * Leaves one level.
   *
   * @return whether this was the outermost level (the scope is then closed)
   */
  boolean exit() {
    if (--depth == 0) {
      cell[0] = outer; // its violations stay readable until the thread's next document
      outer = null;
      context = null;
      return true;
    }
    return false;
  }

  /**
   * Enters a value located by a parser context (see {@link JsonPaths#owner}); its path is computed
   * only if a problem is recorded while the value is read, so a valid document builds no paths.
   */
  void push(com.fasterxml.jackson.core.JsonStreamContext owner) {
    if (pathCount == paths.length) {
      paths = java.util.Arrays.copyOf(paths, pathCount * 2);
    }
    paths[pathCount++] = owner == null ? "" : owner;
  }

  void pop() {
    paths[--pathCount] = null;
  }

  String currentPath() {
    if (pathCount == 0) {
      return "";
    }
    Object top = paths[pathCount - 1];
    if (top instanceof String path) {
      return path;
    }
    String path = JsonPaths.of((com.fasterxml.jackson.core.JsonStreamContext) top);
    paths[pathCount - 1] = path;
    return path;
  }

  /** Forgets the document: no paths, no violations, no flags. */
  private void clear() {
    java.util.Arrays.fill(paths, 0, pathCount, null);
    pathCount = 0;
    violations = Set.of();
    unreadable = Set.of();
    ancestors = Set.of();
    truncated = false;
    tokenCutShort = false;
  }

  /**
   * Records violations of the value being read when a scope is open on this thread.
   *
   * @param found violations with paths relative to the value
   * @return whether a scope took them
   */
  static boolean recordIfActive(List<Violation> found) {
    JsonScope scope = current();
    if (scope == null) {
      return false;
    }
    String prefix = scope.currentPath();
    for (Violation v : found) {
      scope.add(v.under(prefix), false);
    }
    return true;
  }

  /**
   * Records a problem of the input itself (a value of the wrong type, an unknown property, a value
   * its type refused), whose path is absolute. What validation later finds at that path, or
   * "missing" and "null" findings above it, are consequences and are not reported again.
   */
  void record(Violation v) {
    add(v, true);
  }

  private void add(Violation v, boolean input) {
    if (isConsequence(v)) {
      return;
    }
    if (violations.size() >= MAX_VIOLATIONS) {
      truncated = true;
      throw new TooManyProblems();
    }
    if (violations.isEmpty()) {
      violations = new LinkedHashSet<>();
      unreadable = new HashSet<>();
      ancestors = new HashSet<>();
    }
    if (violations.add(v)) {
      tokenCutShort |= v.code().equals("org.irrt.model.json.limit.string")
          || v.code().equals("org.irrt.model.json.limit.number") || v.code().equals("org.irrt.model.json.limit.name");
      if (input) {
        unreadable.add(v.path());
      }
      for (String a : ancestorsOf(v.path())) {
        ancestors.add(a);
      }
    }
  }

  private boolean isConsequence(Violation v) {
    if (v.code().startsWith("org.irrt.model.json.encoding") || v.code().startsWith("org.irrt.model.json.limit.")) {
      return false; // bytes that are not UTF-8, input beyond a limit: problems of their own, wherever they stand
    }
    if (tokenCutShort && v.code().equals("org.irrt.model.json.malformed")) {
      return true;
    }
    String path = v.path();
    if (unreadable.contains(path)) {
      return true;
    }
    for (String a : ancestorsOf(path)) {
      if (unreadable.contains(a)) {
        return true; // validation of a value that could not be read
      }
    }
    boolean missing = v.code().endsWith("NotNull.message") || v.code().equals("org.irrt.model.json.null");
    return missing && ancestors.contains(path); // a container emptied by a problem inside it
  }

  /** The proper ancestors of a path: {@code a}, {@code a.b} and {@code a.b[2]} for {@code a.b[2].c}. */
  private static List<String> ancestorsOf(String path) {
    List<String> out = new ArrayList<>();
    for (int i = 1; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '.' || c == '[') {
        out.add(path.substring(0, i));
      }
    }
    if (!path.isEmpty()) {
      out.add("");
    }
    return out;
  }

  boolean hasViolations() {
    return !violations.isEmpty();
  }

  List<Violation> violations() {
    List<Violation> all = new ArrayList<>(violations);
    if (truncated) {
      all.add(Messages.violation("", "org.irrt.model.json.tooManyProblems", MAX_VIOLATIONS));
    }
    return all;
  }
}
