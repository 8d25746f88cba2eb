package org.irrt.model.internal;

import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
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
   * @param path where the parser stood
   * @param parserMessage the parser's message, read only for the kind of limit
   * @return the violation
   */
  public static Violation limit(String path, String parserMessage) {
    String m = String.valueOf(parserMessage).toLowerCase(Locale.ROOT);
    String kind = m.contains("nesting") ? "depth" : m.contains("string") ? "string" : m.contains("number") ? "number"
        : m.contains("name") ? "name" : m.contains("document") ? "document" : "other";
    return Messages.violation(path, "org.irrt.model.json.limit." + kind);
  }

  /**
   * A value of the wrong JSON type or format.
   *
   * @param path where
   * @param type the expected Java type
   * @return the violation, naming what was expected
   */
  public static Violation type(String path, Class<?> type) {
    if (type != null && type.isEnum()) {
      String allowed = Arrays.stream(type.getEnumConstants()).map(Object::toString)
          .collect(Collectors.joining(", "));
      return Messages.violation(path, "org.irrt.model.json.enum", allowed);
    }
    return Messages.violation(path, "org.irrt.model.json.type", expected(type));
  }

  /** A neutral, untranslated description of the expected JSON: it names a format, not a word. */
  private static String expected(Class<?> type) {
    if (type == null) {
      return "?";
    }
    if (type == String.class || CharSequence.class.isAssignableFrom(type)) {
      return "\"text\"";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true | false";
    }
    if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
      return "123";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "[ ... ]";
    }
    if (Map.class.isAssignableFrom(type)) {
      return "{ ... }";
    }
    if (TemporalAccessor.class.isAssignableFrom(type)) {
      return switch (type.getSimpleName()) {
        case "LocalDate" -> "\"YYYY-MM-DD\"";
        case "YearMonth" -> "\"YYYY-MM\"";
        case "Year" -> "YYYY";
        case "Instant" -> "\"YYYY-MM-DDThh:mm:ssZ\"";
        case "MonthDay" -> "\"--MM-DD\"";
        default -> type.getSimpleName();
      };
    }
    if (type.getSimpleName().equals("Json") && type.getEnclosingClass() != null) {
      type = type.getEnclosingClass(); // Immutables' JSON delegate of a value type
    }
    String hint = FORMATS.get(type.getSimpleName());
    return hint != null ? hint : "{ " + Validators.subject(type) + " }";
  }

  private static final Map<String, String> FORMATS = Map.of(
      "WebUrl", "\"https://...\"",
      "Currency", "\"USD\" (ISO 4217)",
      "CountryCode", "\"NG\" (ISO 3166-1 alpha-2)",
      "EmailAddress", "\"name@example.org\"",
      "PhoneNumber", "\"+2348031234567\" (E.164)",
      "Period", "\"P1M\" (ISO 8601)",
      "PartialDate", "\"YYYY\" | \"YYYY-MM\" | \"YYYY-MM-DD\"",
      "Issn", "\"NNNN-NNNC\"");

  /**
   * The first throwable of a type in a chain of causes.
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
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }
}
