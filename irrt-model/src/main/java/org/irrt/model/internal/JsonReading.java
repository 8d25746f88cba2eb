package org.irrt.model.internal;

import java.io.CharConversionException;
import java.util.List;
import org.irrt.model.common.InvalidValueException;
import org.irrt.model.common.Violation;

/**
 * How the JSON adapters read library values, written once for both Jackson versions. Each
 * adapter's subclass says what is its version's own (where its parser stands, how it skips a
 * value, which violations its exceptions stand for); its deserializers hand their work to {@link
 * #value}, {@link #property} and {@link #unknownProperty}.
 *
 * <p>The problems of a document are a {@link JsonProblems} in the attributes of its deserialization
 * context (no thread-held state): the outermost library value opens it and at its end throws them
 * as one {@link InvalidValueException}; any value records what failed inside it under its path and
 * reads as the value its check refused (so that the values around it are still checked against
 * it) or, when none was made, as {@code null}, so that reading goes on.
 *
 * @param <P> the adapter's parser type
 * @param <C> the type of its parser's contexts
 * @param <X> its deserialization context type
 */
public abstract class JsonReading<P, C, X> {

  /**
   * A deserializer's own work; {@code E} is what it throws: {@code IOException} in Jackson 2, no
   * checked exception in Jackson 3.
   */
  @FunctionalInterface
  public interface Work<E extends Exception> {
    /** Reads: returns what was read, or throws. */
    Object run() throws E;
  }

  // What each Jackson version does its own way.

  /** The problems of the document being read, kept in the context; {@code null} outside a library value. */
  public abstract JsonProblems problems(X ctxt);

  /** Keeps the problems of the document being read in its context ({@code null}: the document has ended). */
  protected abstract void keep(X ctxt, JsonProblems problems);

  /**
   * The context whose current name or index locates the value at which the parser stands (for an
   * object or array just opened, the one holding it).
   */
  protected abstract C owner(P p);

  /** The path of the value that a context's current name or index locates. */
  protected abstract String path(C context);

  /**
   * After a failure inside a value, moves to its end so that reading can go on. Returns {@code
   * null}, or what stopped the skipping: the parser has then lost its place (say, in a text cut
   * short at a length limit) and reading cannot go on; what was recorded stays.
   */
  protected abstract Exception skipTo(P p, C owner);

  /**
   * Whether reading cannot go on after {@code e}: malformed input (the parser lost its place), a
   * document too large or nested too deeply, bytes that are not UTF-8, or a full report.
   */
  protected abstract boolean isFatal(Throwable e);

  /**
   * Whether the mapper matches property names without regard to case ({@code
   * ACCEPT_CASE_INSENSITIVE_PROPERTIES}): a part given as {@code "LINK"} is then the part {@code link}.
   */
  protected abstract boolean caseInsensitive(X ctxt);

  /** The path that a Jackson exception carries, relative to the value that caught it; {@code ""} for none. */
  protected abstract String relative(Throwable e);

  /**
   * The violation that an exception of the adapter's Jackson version stands for, {@code null} for
   * another; {@code p} may be {@code null}, {@code base} is the path of the value whose reader
   * caught {@code e} and {@code at} the path {@code e} names.
   */
  protected abstract Violation violation(Throwable e, P p, String base, String at);

  /**
   * Where ill-formed UTF-8 stands: the text value that holds it, when the parser stands at that
   * string (starting at byte {@code stringStart}), else the object whose property name holds it
   * (the parser has not yet returned the name).
   */
  protected abstract String textPath(P p, long stringStart);

  /**
   * The violations an exception stands for.
   *
   * @param e what Jackson or a value type threw
   * @param p the parser, for its position, or {@code null}
   * @param base the path of the value whose reader caught {@code e}; paths in {@code e} are relative to it
   * @return the violations
   */
  public List<Violation> violations(Throwable e, P p, String base) {
    Utf8Only.NotUtf8Exception notUtf8 = JsonErrors.find(e, Utf8Only.NotUtf8Exception.class);
    if (notUtf8 != null) {
      return List.of(notUtf8.violation(p == null || notUtf8.stringStart < 0 ? "" : textPath(p, notUtf8.stringStart)));
    }
    String at = JsonPaths.join(base, relative(e));
    InvalidValueException invalid = JsonErrors.find(e, InvalidValueException.class);
    if (invalid instanceof JsonProblems.Report) {
      return invalid.violations(); // at their paths from the root already
    }
    if (invalid != null) {
      return invalid.violations().stream().map(v -> v.under(at)).toList();
    }
    Violation v = violation(e, p, base, at);
    if (v == null) {
      v = JsonErrors.find(e, CharConversionException.class) != null ? JsonErrors.at("", "encoding")
          : JsonErrors.at(at, "invalid");
    }
    return List.of(v);
  }

  /**
   * Reads a whole document for {@code IrrtJson.read}: the problems of every value in it are
   * collected in {@code problems}, which the {@code read} puts in its reader's attributes, so that
   * values side by side (the elements of an array, the fields of a host's record) are all checked;
   * what fails outside a library value is recorded too (a host's own field of the wrong type), unless
   * a problem recorded at or below its path explains it (a record made without the value that
   * failed). Returns the value; throws an {@link InvalidValueException} with every problem, also for
   * an empty document.
   */
  public Object document(JsonProblems problems, P p, Class<?> type, Work<?> read) {
    return document(problems, p, type, false, read);
  }

  /**
   * Reads a host's own type that holds library values (or a list or array of them), at which the
   * parser stands, in a host's mapper: at the root of a document, as {@link #document}, so that
   * every library value in it reports its problems, but what fails where no library value did is
   * thrown as it is, and a {@code null} is returned as it is, so that the host's own types see no
   * change; anywhere else (or inside {@code IrrtJson.read}), its deserializer's {@code work} alone.
   */
  public <E extends Exception> Object host(X ctxt, P p, Class<?> type, Work<E> work) throws E {
    if (problems(ctxt) != null || !path(owner(p)).isEmpty()) {
      return work.run();
    }
    JsonProblems problems = new JsonProblems(caseInsensitive(ctxt));
    keep(ctxt, problems);
    try {
      return document(problems, p, type, true, work);
    } finally {
      keep(ctxt, null);
    }
  }

  private <E extends Exception> Object document(JsonProblems problems, P p, Class<?> type, boolean host,
      Work<?> read) throws E {
    Object value = null;
    try {
      value = read.run();
    } catch (Exception e) {
      if (host && !problems.any()) {
        throw JsonReading.<E>rethrow(e); // the host's own failure, as without irrt
      }
      try {
        if (JsonErrors.find(e, JsonProblems.TooManyProblems.class) == null) {
          boolean fatal = isFatal(e);
          boolean before = problems.any();
          for (Violation v : violations(e, p, "")) {
            if (fatal || !before || !problems.explains(v.path())) {
              problems.input(v);
            }
          }
        }
      } catch (JsonProblems.TooManyProblems full) {
        // the report is full
      }
    }
    if (value instanceof Object[] elements && ValueTypes.isLibraryType(type.getComponentType())) {
      try { // an array of library values has no element missing, as the values' own lists have not
        for (int i = 0; i < elements.length; i++) {
          if (elements[i] == null) {
            problems.input(JsonErrors.required("[" + i + "]"));
          }
        }
      } catch (JsonProblems.TooManyProblems full) {
        // the report is full
      }
    }
    if (problems.any()) {
      throw problems.exception(Validators.subject(type));
    }
    if (value == null && !host) {
      throw new InvalidValueException("JSON document", List.of(JsonErrors.at("", "empty")));
    }
    return value;
  }

  /**
   * Reads a library value of a {@code type} (a generated {@code valueClass} has its properties
   * counted) at which the parser stands: its deserializer's {@code work}, with its problems
   * recorded. Returns the value, the value its check refused, or {@code null}; throws {@code E} when
   * reading cannot go on, and, from the outermost value, an {@link InvalidValueException} with
   * every problem of the document.
   */
  public <E extends Exception> Object value(X ctxt, P p, Class<?> type, boolean valueClass, Work<E> work) throws E {
    JsonProblems problems = problems(ctxt);
    boolean outermost = problems == null;
    if (outermost) {
      problems = new JsonProblems(caseInsensitive(ctxt));
      keep(ctxt, problems);
    }
    C owner = owner(p);
    if (valueClass) {
      problems.openObject();
    }
    Object value;
    try {
      value = work.run();
    } catch (Exception e) {
      value = failed(e, problems, p, owner, outermost, valueClass);
    } finally {
      if (valueClass) {
        problems.closeObject();
      }
      if (outermost) {
        keep(ctxt, null);
      }
    }
    if (outermost && problems.any()) {
      throw problems.exception(Validators.subject(type));
    }
    return value;
  }

  /** Records what failed and reads on; when reading cannot go on, throws to the outermost value. */
  private <E extends Exception> Object failed(Exception e, JsonProblems problems, P p, C owner, boolean outermost,
      boolean valueClass) throws E {
    String path = path(owner);
    Exception fatal = isFatal(e) ? e : null;
    Object value = null;
    try {
      if (fatal == null) {
        InvalidValueException invalid = JsonErrors.find(e, InvalidValueException.class);
        value = valueClass ? RejectedValueException.valueOf(e) : null;
        if (invalid != null && valueClass) {
          problems.value(path, invalid.violations(), value == null);
        } else if (invalid != null || !relative(e).isEmpty() || !problems.explains(path)) {
          // the violations a value or record names (each one not a consequence of what is recorded),
          // a part of a record that could not be read (it stops there), or the value itself when
          // no part of it explains the failure (a record made without a part that failed does not)
          violations(e, p, path).forEach(problems::input);
        }
        fatal = skipTo(p, owner);
      }
      if (fatal != null) {
        if (!outermost) {
          throw JsonReading.<E>rethrow(fatal); // the parser lost its place, or the report is full: the outermost value reports
        }
        value = null;
        if (JsonErrors.find(fatal, JsonProblems.TooManyProblems.class) == null) {
          violations(fatal, p, path).forEach(problems::input);
        }
      }
    } catch (JsonProblems.TooManyProblems full) {
      if (!outermost) {
        throw full;
      }
      value = null; // the report is full
    }
    return value;
  }

  /**
   * Reads a property of a value's JSON form, at whose value the parser stands: its {@code work},
   * refused when the property (its {@code index} in the object) was given already in the object,
   * and when its value cannot be read, recorded at its path and skipped, so that the object's other
   * properties are still read. Returns what was read, or {@code null} when it was refused or
   * skipped; throws {@code E} when reading cannot go on.
   */
  public <E extends Exception> Object property(X ctxt, P p, int index, Work<E> work) throws E {
    JsonProblems problems = problems(ctxt);
    if (problems == null) {
      return work.run();
    }
    C owner = owner(p);
    if (!problems.give(index)) {
      problems.input(JsonErrors.at(path(owner), "duplicate"));
      skip(p, owner);
      return null;
    }
    try {
      return work.run();
    } catch (Exception e) {
      if (isFatal(e)) {
        throw JsonReading.<E>rethrow(e);
      }
      String path = path(owner);
      if (!problems.explains(path)) {
        violations(e, p, path).forEach(problems::input);
      }
      problems.unreadable(path); // a list stops at its first unreadable element: the rest is not read
      skip(p, owner);
      return null;
    }
  }

  /**
   * Reads a part of a library value's creator (a workflow command's component, {@code Money}'s
   * amount), at whose value the parser stands, with the deserializer Jackson found for it: as
   * {@link #property}, a part that cannot be read is recorded at its path and skipped, so that the
   * other parts are still read (Jackson stops a creator at its first failing part). Returns what
   * was read, or nothing in its place: {@code null}, or zero for a primitive {@code type}.
   */
  public <E extends Exception> Object part(X ctxt, P p, Class<?> type, Work<E> work) throws E {
    Object read = property(ctxt, p, -1, work);
    // a number the record still gets made with (Jackson refuses a null for it and stops the record,
    // and the other parts' problems would go unnamed): the primitive's default, from a new array of one
    return read != null || !type.isPrimitive() ? read
        : java.lang.reflect.Array.get(java.lang.reflect.Array.newInstance(type, 1), 0);
  }

  /**
   * Records a property that a library value does not have and skips its value, at which the parser
   * stands, when the mapper {@code refuse}s unknown properties ({@code FAIL_ON_UNKNOWN_PROPERTIES});
   * outside a library value it declines (returns {@code false}), so a host's own types see no change.
   */
  public <E extends Exception> boolean unknownProperty(X ctxt, P p, boolean refuse) throws E {
    JsonProblems problems = problems(ctxt);
    if (problems == null || !refuse) {
      return false;
    }
    C owner = owner(p);
    problems.input(JsonErrors.at(path(owner), "unknownProperty"));
    skip(p, owner);
    return true;
  }

  /** Skips to the end of a value; what stops it ends the read. */
  private <E extends Exception> void skip(P p, C owner) throws E {
    Exception stop = skipTo(p, owner);
    if (stop != null) {
      throw JsonReading.<E>rethrow(stop);
    }
  }

  /**
   * An exception the parser or a deserializer threw, thrown on: a checked one can only be the
   * adapter's {@code E} ({@code IOException} in Jackson 2), since only its parser throws checked
   * exceptions here.
   */
  @SuppressWarnings("unchecked")
  private static <E extends Exception> E rethrow(Exception e) {
    if (e instanceof RuntimeException r) {
      throw r;
    }
    return (E) e;
  }
}
