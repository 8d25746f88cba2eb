package org.irrt.model.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.irrt.model.common.InvalidValueException;
import org.irrt.model.common.Violation;

/**
 * The violations a JSON adapter reports for what its parser and mapper found. Jackson's own messages
 * quote the input, which may be personal data, so they are never passed on: only the kind of
 * problem, the path, the line and column, and the expected form.
 */
public final class JsonErrors {
  private JsonErrors() {}

  /**
   * A problem of a kind that needs no more than its place: {@code empty} (the document holds no
   * value), {@code trailing} (content after it), {@code encoding} (bytes that are no text in its
   * encoding), {@code duplicate} (a property given twice), {@code unknownProperty}, {@code
   * numberRange} (a whole number too large for its field), {@code invalid} (nothing more precise).
   *
   * @param path where; the document itself for {@code empty}, {@code trailing} and {@code encoding}
   * @param kind the kind, the last part of the message key {@code org.irrt.model.json.*}
   * @return the violation
   */
  public static Violation at(String path, String kind) {
    return Messages.violation(path, "org.irrt.model.json." + kind);
  }

  /**
   * Text that is not well-formed JSON; it belongs to the document, the line and column say where.
   *
   * @param line the line, from 1, or -1
   * @param column the column, from 1, or -1
   * @return the violation, at the document
   */
  public static Violation malformed(int line, int column) {
    return Messages.violation("", "org.irrt.model.json.malformed", line, column);
  }

  /**
   * A limit of the parser exceeded (nesting, text, number, name or document length).
   *
   * @param path where the parser stood (a document too large is reported at the document, wherever
   *     the parser stood when it crossed the limit)
   * @param parserMessage the parser's message, read only for the kind of limit
   * @return the violation
   */
  public static Violation limit(String path, String parserMessage) {
    String kind = limitKind(parserMessage);
    return Messages.violation(kind.equals("document") ? "" : path, "org.irrt.model.json.limit." + kind);
  }

  /**
   * Which limit a parser's message speaks of.
   *
   * @param parserMessage the parser's message
   * @return {@code depth}, {@code string}, {@code number}, {@code name}, {@code document} or {@code other}
   */
  public static String limitKind(String parserMessage) {
    String m = String.valueOf(parserMessage).toLowerCase(Locale.ROOT);
    return m.contains("nesting") ? "depth" : m.contains("string") ? "string" : m.contains("number") ? "number"
        : m.contains("name") ? "name" : m.contains("document") ? "document" : "other";
  }

  /**
   * A value of the wrong JSON type or format.
   *
   * @param path where
   * @param type the expected Java type
   * @return the violation, naming what was expected in words of the reader's language ("expected a
   *     number", "expected a date in ISO form YYYY-MM-DD, such as 2026-11-29"), never a Java type
   */
  public static Violation type(String path, Class<?> type) {
    if (type != null && type.isEnum()) {
      String allowed = Arrays.stream(type.getEnumConstants()).map(Object::toString)
          .collect(Collectors.joining(", "));
      return Messages.violation(path, "org.irrt.model.json.enum", allowed);
    }
    String expected = "org.irrt.model.json.expected." + expected(type);
    return new Violation(path, "org.irrt.model.json.type", locale -> Messages.render("org.irrt.model.json.type",
        locale, Messages.render(expected, locale)));
  }

  /**
   * A value the mapper did not find in the form it expected: no value at all, content after the
   * value, a number or flag that is missing (Jackson 2's {@code FAIL_ON_NULL_FOR_PRIMITIVES}), or a
   * value of the wrong JSON type.
   *
   * @param path where
   * @param parserMessage the mapper's message, read only for the kind of problem
   * @param type the expected Java type
   * @return the violation
   */
  public static Violation mismatch(String path, String parserMessage, Class<?> type) {
    return parserMessage.startsWith("No content to map") ? at("", "empty")
        : parserMessage.startsWith("Trailing token") ? at("", "trailing")
        : parserMessage.startsWith("Cannot map `null`") // a number or flag a record must have is missing
            || parserMessage.startsWith("Invalid `null` value") // a null the host refuses (Nulls.FAIL)
            ? required(path) : type(path, type);
  }

  /** The kind of JSON a type is written as: the last part of its {@code org.irrt.model.json.expected} key. */
  private static String expected(Class<?> type) {
    if (type == null) {
      return "other";
    }
    if (type == String.class || CharSequence.class.isAssignableFrom(type) || type == char.class
        || type == Character.class) {
      return "text";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "boolean";
    }
    if (type == int.class || type == long.class || type == short.class || type == byte.class || type == Integer.class
        || type == Long.class || type == Short.class || type == Byte.class || type == java.math.BigInteger.class) {
      return "wholeNumber";
    }
    if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
      return "number";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "list";
    }
    if (Map.class.isAssignableFrom(type)) {
      return "object";
    }
    String known = KINDS.get(type.getName());
    if (known != null) {
      return known;
    }
    if (java.time.ZoneId.class.isAssignableFrom(type)) {
      return "zone";
    }
    Class<?> value = valueType(type);
    known = KINDS.get(value.getSimpleName());
    if (known != null && ValueTypes.isLibraryType(value)) {
      return known;
    }
    if (value.isRecord() && value.getSimpleName().endsWith("Id") && ValueTypes.isLibraryType(value)) {
      return "id";
    }
    return "object"; // the path names the field; a Java type name means nothing to the reader
  }

  /** Immutables' JSON form of a value type stands for the value type. */
  private static Class<?> valueType(Class<?> type) {
    return type.getSimpleName().equals("Json") && type.getEnclosingClass() != null ? type.getEnclosingClass() : type;
  }

  /** The kinds of JSON text the library's and the JDK's text types are written as, by class name. */
  private static final Map<String, String> KINDS = Map.ofEntries(
      Map.entry("java.time.LocalDate", "date"),
      Map.entry("java.time.YearMonth", "yearMonth"),
      Map.entry("java.time.Year", "year"),
      Map.entry("java.time.MonthDay", "monthDay"),
      Map.entry("java.time.Instant", "instant"),
      Map.entry("java.time.LocalDateTime", "dateTime"),
      Map.entry("java.time.Period", "period"),
      Map.entry("java.util.Currency", "currency"),
      Map.entry("WebUrl", "url"),
      Map.entry("CountryCode", "country"),
      Map.entry("EmailAddress", "email"),
      Map.entry("PhoneNumber", "phone"),
      Map.entry("PartialDate", "partialDate"),
      Map.entry("Money", "money"));

  /**
   * Every part of a record of the library's packages (a workflow's command, such as {@code
   * ApplicationCommand.Create}) that a JSON object left out or gave as {@code null}, when its
   * constructor refused one ({@code Objects.requireNonNull}: the adapters call it on a {@link
   * NullPointerException}) or the host's mapper refused one before it ({@code
   * FAIL_ON_MISSING_CREATOR_PROPERTIES}, {@code FAIL_ON_NULL_CREATOR_PROPERTIES}, {@code
   * FAIL_ON_NULL_FOR_PRIMITIVES}): each "is required" at its name, all at once (the constructor and
   * the mapper name the first alone, and a host's {@code {}} body would learn one missing part per
   * request). The library's records refuse {@code null} in every part (the null policy: JSpecify's
   * null-marked packages), but a part declared nullable ({@link #mayBeNull}), whose name the
   * adapters leave out.
   *
   * @param type the record
   * @param names the JSON names of the creator's parameters, in order; {@code null} for one that may be null
   * @param args the arguments read, in the same order
   * @throws InvalidValueException naming every {@code null} argument at its name, and every {@code
   *     null} element of a list argument at its index (a record's {@code List.copyOf} refuses it);
   *     when there is none, returns
   */
  public static void requireParts(Class<?> type, String[] names, Object[] args) {
    List<Violation> missing = new ArrayList<>();
    for (int i = 0; i < args.length && i < names.length; i++) {
      if (args[i] == null && names[i] != null) {
        missing.add(required(names[i]));
      } else if (args[i] instanceof Collection<?> elements && names[i] != null) {
        int index = 0; // a null element of a list the record copies (List.copyOf refuses it)
        for (Object element : elements) {
          if (element == null) {
            missing.add(required(JsonPaths.outer(JsonPaths.outer("", null, index), names[i], 0)));
          }
          index++;
        }
      }
    }
    if (!missing.isEmpty()) {
      throw new InvalidValueException(Validators.subject(type), missing);
    }
  }

  /**
   * Whether a creator's parameter is declared {@code @Nullable} (JSpecify, as a record component
   * whose absence a workflow's guard refuses, e.g. {@code MembershipCommand.Erase}'s {@code
   * reason}): the annotation on its type, which a record component passes to its canonical
   * constructor.
   *
   * @param creator the constructor or factory method, or anything else (then {@code false})
   * @param index the parameter's index
   * @return whether {@code null} is a value of that parameter
   */
  public static boolean mayBeNull(java.lang.reflect.AnnotatedElement creator, int index) {
    if (!(creator instanceof java.lang.reflect.Executable made) || index < 0 || index >= made.getParameterCount()) {
      return false;
    }
    return made.getAnnotatedParameterTypes()[index].isAnnotationPresent(org.jspecify.annotations.Nullable.class);
  }

  /**
   * A violation "is required" at {@code path}.
   *
   * @param path where
   * @return the violation
   */
  public static Violation required(String path) {
    return Messages.violation(path, "jakarta.validation.constraints.NotNull.message");
  }

  /**
   * The first throwable of a type in a chain of causes ({@link Throwable#getCause} ends a chain that
   * points to itself).
   *
   * @param e the throwable
   * @param type the type looked for
   * @param <T> the type
   * @return it, or {@code null}
   */
  public static <T extends Throwable> T find(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }
}
