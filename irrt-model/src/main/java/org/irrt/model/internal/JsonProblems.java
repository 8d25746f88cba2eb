package org.irrt.model.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.irrt.model.common.InvalidValueException;
import org.irrt.model.common.Violation;

/**
 * The problems of one JSON document being read, so that one read reports all of them.
 *
 * <p>The JSON adapters ({@code irrt-jackson2}, {@code irrt-jackson3}) keep one in the attributes of
 * the deserialization context of a document: the outermost library value read opens it, every value
 * inside records its problems with their paths, and the outermost value throws one {@link
 * InvalidValueException} at its end. A value that failed is read as {@code null}, so what its
 * container then finds at its path ("required", or a failure caused by the missing part) is a
 * consequence and is not reported again.
 *
 * <p>It also remembers, per library object being read, which of its properties were given, so that
 * a property given twice is refused whatever the host's parser settings.
 *
 * <p>Cost: recording is proportional to the depth of a path; after {@value #MAX_VIOLATIONS}
 * violations reading stops ({@link TooManyProblems}), so a hostile document cannot make a report
 * expensive. Not thread-safe: one document is read by one thread.
 */
public final class JsonProblems {
  /** The most violations one document reports; reading stops after them. */
  public static final int MAX_VIOLATIONS = 200;

  private final Set<Violation> violations = new LinkedHashSet<>();
  /** Paths where the input itself could not be read, or a value failed: below them is consequence. */
  private final Set<String> failed = new HashSet<>();
  /** Every proper ancestor path of a recorded violation. */
  private final Set<String> ancestors = new HashSet<>();
  private boolean truncated;
  /**
   * Whether a text or number longer than a limit was met: the parser may stop inside it and read
   * the rest as JSON, so a "malformed" that follows is a consequence.
   */
  private boolean tokenCutShort;
  /** Whether names that differ only in case are one property's ({@code ACCEPT_CASE_INSENSITIVE_PROPERTIES}). */
  private final boolean ignoreCase;
  /** Per library object being read, innermost last: a bit per property given. */
  private long[] given = new long[8];
  private int objects;

  /** Thrown to stop reading a document that already has {@value #MAX_VIOLATIONS} violations. */
  public static final class TooManyProblems extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooManyProblems() {
      super("too many problems", null, false, false);
    }
  }

  /** The problems of a document read by a mapper that matches property names by case, as JSON does. */
  public JsonProblems() {
    this(false);
  }

  /**
   * The problems of a document.
   *
   * @param ignoreCase whether the mapper matches property names without regard to case ({@code
   *     ACCEPT_CASE_INSENSITIVE_PROPERTIES}): a part "is required" at {@code link} is then a
   *     consequence of a problem recorded at {@code LINK}, the same part as given
   */
  public JsonProblems(boolean ignoreCase) {
    this.ignoreCase = ignoreCase;
  }

  /**
   * Records a problem of the input at its absolute path: a value of the wrong type, an unknown or
   * repeated property, a text its type refused. Whatever is found later at or below that path is a
   * consequence.
   *
   * @param v the violation
   * @throws TooManyProblems when the report is full
   */
  public void input(Violation v) {
    if (add(v)) {
      failed.add(v.path());
    }
  }

  /**
   * Records that the value at a path could not be read (its problems are recorded at or below it):
   * what is found there later is a consequence.
   *
   * @param path an absolute path
   */
  public void unreadable(String path) {
    failed.add(path);
  }

  /**
   * Records the violations of a value that was read but refused by its own rules.
   *
   * @param path the value's absolute path
   * @param found its violations, with paths relative to it
   * @param readAsNull whether the value is read as {@code null} (its container's "required" is then
   *     a consequence), rather than as the refused value itself
   * @throws TooManyProblems when the report is full
   */
  public void value(String path, List<Violation> found, boolean readAsNull) {
    for (Violation v : found) {
      add(v.under(path));
    }
    if (readAsNull) {
      failed.add(path);
    }
  }

  /**
   * Whether a failure at a path is a consequence of problems already recorded at or below it (a
   * value whose part was unreadable fails to be made, or is made without it).
   *
   * @param path an absolute path
   * @return whether something at or below it was recorded
   */
  public boolean explains(String path) {
    return failed.contains(path) || ancestors.contains(path);
  }

  private boolean add(Violation v) {
    if (isConsequence(v)) {
      return false;
    }
    if (violations.size() >= MAX_VIOLATIONS) {
      truncated = true;
      throw new TooManyProblems();
    }
    if (!violations.add(v)) {
      return false;
    }
    tokenCutShort |= v.code().startsWith("org.irrt.model.json.limit.")
        && !v.code().equals("org.irrt.model.json.limit.depth");
    ancestors.addAll(JsonPaths.ancestors(v.path()));
    return true;
  }

  private boolean isConsequence(Violation v) {
    if (v.code().startsWith("org.irrt.model.json.encoding") || v.code().startsWith("org.irrt.model.json.limit.")) {
      return false; // bytes that are not UTF-8, input beyond a limit: problems of their own, wherever they stand
    }
    if (tokenCutShort && v.code().equals("org.irrt.model.json.malformed")) {
      return true;
    }
    String path = v.path();
    if (failed.contains(path)) {
      return true;
    }
    for (String a : JsonPaths.ancestors(path)) {
      if (failed.contains(a)) {
        return true;
      }
    }
    boolean missing = v.code().endsWith("NotNull.message") || v.code().equals("org.irrt.model.json.null");
    return missing && (ancestors.contains(path) // a container emptied by a problem inside it
        || ignoreCase && recordedIgnoringCase(path)); // the part, given under another case, failed
  }

  /** Whether a problem was recorded at or below a path, or at an ancestor that failed, names compared without case. */
  private boolean recordedIgnoringCase(String path) {
    String lower = path.toLowerCase(java.util.Locale.ROOT);
    for (String f : failed) {
      String at = f.toLowerCase(java.util.Locale.ROOT);
      if (lower.equals(at) || !at.isEmpty() && (lower.startsWith(at + ".") || lower.startsWith(at + "["))) {
        return true;
      }
    }
    return ancestors.stream().anyMatch(path::equalsIgnoreCase);
  }

  /**
   * Opens a library object: from now on its properties are counted until {@link #closeObject}.
   */
  public void openObject() {
    if (objects == given.length) {
      given = java.util.Arrays.copyOf(given, objects * 2);
    }
    given[objects++] = 0L;
  }

  /** Closes the innermost library object. */
  public void closeObject() {
    objects--;
  }

  /**
   * Notes that the innermost library object gives a property.
   *
   * @param index the property's index in its object, 0 to 63 (larger ones are not counted)
   * @return {@code false} when the object gave it already
   */
  public boolean give(int index) {
    if (objects == 0 || index < 0 || index > 63) {
      return true;
    }
    long bit = 1L << index;
    boolean first = (given[objects - 1] & bit) == 0;
    given[objects - 1] |= bit;
    return first;
  }

  /**
   * Whether anything was recorded.
   *
   * @return whether the document has a problem
   */
  public boolean any() {
    return !violations.isEmpty();
  }

  /**
   * The report of a document: every violation at its path from the document's root. Jackson may
   * wrap it on its way out (an array or collection adds the element's index), so a reader takes
   * its paths as they are rather than joining them to the wrapper's.
   */
  public static final class Report extends InvalidValueException {
    private static final long serialVersionUID = 1L;

    Report(String subject, List<Violation> violations) {
      super(subject, violations);
    }

    /** As an {@link InvalidValueException} reads: hosts see the library's public exception. */
    @Override
    public String toString() {
      return InvalidValueException.class.getName() + ": " + getLocalizedMessage();
    }
  }

  /**
   * The exception that reports the document.
   *
   * @param subject what was read, e.g. {@code RoundTable}
   * @return one exception with every violation, and a last one saying the report was cut short
   */
  public Report exception(String subject) {
    List<Violation> all = new ArrayList<>(violations);
    if (truncated) {
      all.add(Messages.violation("", "org.irrt.model.json.tooManyProblems", MAX_VIOLATIONS));
    }
    return new Report(subject, all);
  }
}
