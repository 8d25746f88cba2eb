package org.irrt.model.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.irrt.model.common.InvalidValueException;
import org.irrt.model.common.Violation;

/**
 * Turns what Jackson reports into library violations. Jackson's own messages quote the input, which
 * may be personal data, so they are never passed on: only the kind of problem, the path, the line
 * and column, and the expected type.
 */
public final class JsonErrors {
  private JsonErrors() {}

  /**
   * The violations an exception stands for, with paths.
   *
   * @param e what Jackson or a value type threw
   * @param p the parser, for its location; may be {@code null}
   * @param base the path of the value whose deserializer caught {@code e}: Jackson's paths in
   *     {@code e} are relative to it
   * @return one or more violations
   */
  public static List<Violation> violations(Throwable e, JsonParser p, String base) {
    JsonDocumentException document = find(e, JsonDocumentException.class);
    if (document != null) {
      return document.violations(); // already complete, with absolute paths
    }
    Utf8Only.NotUtf8Exception notUtf8 = find(e, Utf8Only.NotUtf8Exception.class);
    if (notUtf8 != null) {
      return List.of(notUtf8(notUtf8, p));
    }
    InvalidValueException invalid = find(e, InvalidValueException.class);
    String here = p == null ? base : JsonPaths.of(p);
    if (invalid != null) {
      return invalid.violations().stream().map(v -> v.under(here)).collect(Collectors.toList());
    }
    StreamConstraintsException sce = find(e, StreamConstraintsException.class);
    if (sce != null) {
      // The document's size is the document's, wherever the parser stood when it crossed the limit;
      // a name too long belongs to the object being read (the parser still stands at the value before).
      String kind = limitKind(sce);
      String path = kind.equals("document") ? "" : kind.equals("name") && p != null ? objectPath(p) : here;
      return List.of(Messages.violation(path, "org.irrt.model.json.limit." + kind));
    }
    com.fasterxml.jackson.core.exc.InputCoercionException range =
        find(e, com.fasterxml.jackson.core.exc.InputCoercionException.class);
    if (range != null) {
      // a whole number too large for its field: the input is well-formed, the value out of range
      String path = e instanceof JsonMappingException jme ? join(base, JsonPaths.of(jme)) : here;
      return List.of(Messages.violation(path, "org.irrt.model.json.numberRange"));
    }
    StreamReadException sre = find(e, StreamReadException.class);
    if (sre != null) {
      // Malformed text belongs to the document, not to the property read last; line and column say where.
      JsonLocation at = sre.getLocation();
      return List.of(Messages.violation("", "org.irrt.model.json.malformed",
          at == null ? -1 : at.getLineNr(), at == null ? -1 : at.getColumnNr()));
    }
    if (e instanceof UnrecognizedPropertyException upe) {
      return List.of(Messages.violation(join(base, JsonPaths.of(upe)), "org.irrt.model.json.unknownProperty"));
    }
    if (e instanceof InvalidFormatException ife) {
      return List.of(typeViolation(join(base, JsonPaths.of(ife)), ife.getTargetType()));
    }
    if (e instanceof MismatchedInputException mie && String.valueOf(mie.getOriginalMessage()).startsWith("No content to map")) {
      return List.of(emptyDocument());
    }
    if (e instanceof MismatchedInputException mie && String.valueOf(mie.getOriginalMessage()).startsWith("Trailing token")) {
      return List.of(Messages.violation("", "org.irrt.model.json.trailing"));
    }
    if (find(e, java.io.CharConversionException.class) != null) {
      return List.of(Messages.violation("", "org.irrt.model.json.encoding"));
    }
    if (e instanceof MismatchedInputException mie) {
      String path = join(base, JsonPaths.of(mie));
      if (mie.getTargetType() == null) {
        return List.of(Messages.violation(path, "org.irrt.model.json.structure"));
      }
      return List.of(typeViolation(path, mie.getTargetType()));
    }
    if (e instanceof JsonMappingException jme && find(e, NullPointerException.class) != null) {
      return List.of(Messages.violation(join(base, JsonPaths.of(jme)), "org.irrt.model.json.null"));
    }
    if (e instanceof JsonMappingException jme) {
      return List.of(Messages.violation(join(base, JsonPaths.of(jme)), "org.irrt.model.json.invalid"));
    }
    if (find(e, NullPointerException.class) != null) {
      return List.of(Messages.violation(here, "org.irrt.model.json.null"));
    }
    return List.of(Messages.violation(here, "org.irrt.model.json.invalid"));
  }

  /**
   * The violation for bytes that are not UTF-8 ({@link Utf8Only}): another encoding is named at the
   * document; an ill-formed sequence is placed by line and column, and at the text value that holds
   * it (the value the parser stands at, when it is that string), else at the object whose property
   * name holds it, else (outside any string, where the document is broken anyway) at the document.
   */
  private static Violation notUtf8(Utf8Only.NotUtf8Exception e, JsonParser p) {
    if (e.encoding() != null) {
      return Messages.violation("", "org.irrt.model.json.encoding.other", e.encoding());
    }
    String path = "";
    if (p != null && e.stringStart() >= 0) {
      if (p.currentToken() == JsonToken.VALUE_STRING && p.currentTokenLocation().getByteOffset() == e.stringStart()) {
        path = JsonPaths.of(p);
      } else {
        path = objectPath(p); // a property name: the object holding it
      }
    }
    return Messages.violation(path, "org.irrt.model.json.encoding.invalid", e.line(), e.column());
  }

  /**
   * The path of the object whose property name the parser is reading: the parser has not yet
   * returned the name, so it still stands at the token before it (the object's start, a value of
   * the object, or the end of one).
   */
  private static String objectPath(JsonParser p) {
    return p.getParsingContext() == null ? "" : JsonPaths.of(p.getParsingContext().getParent());
  }

  /**
   * The violation for a document that holds no value ({@code null} or nothing).
   *
   * @return the violation
   */
  public static Violation emptyDocument() {
    return Messages.violation("", "org.irrt.model.json.empty");
  }

  /**
   * A violation for a value of the wrong JSON type or format.
   *
   * @param path where
   * @param type the expected Java type
   * @return the violation, naming what was expected in words of the reader's language ("expected a
   *     number", "expected a date in ISO form YYYY-MM-DD, such as 2026-11-29"), never a Java type
   */
  public static Violation typeViolation(String path, Class<?> type) {
    if (type != null && type.isEnum()) {
      String allowed = Arrays.stream(type.getEnumConstants()).map(Object::toString)
          .collect(Collectors.joining(", "));
      return Messages.violation(path, "org.irrt.model.json.enum", allowed);
    }
    String expected = "org.irrt.model.json.expected." + expected(type);
    String name = valueName(type);
    return new Violation(path, "org.irrt.model.json.type", locale -> Messages.render("org.irrt.model.json.type",
        locale, Messages.render(expected, locale, name)));
  }

  static Violation typeViolation(String path, JavaType type) {
    return typeViolation(path, type == null ? null : type.getRawClass());
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
    if (known != null && value.getName().startsWith("org.irrt.model.")) {
      return known;
    }
    if (value.isRecord() && value.getSimpleName().endsWith("Id") && value.getName().startsWith("org.irrt.model.")) {
      return "id";
    }
    return value.getName().startsWith("org.irrt.") ? "value" : "object";
  }

  /** For a library value, its name ({@code Link}), the argument of {@code expected.value}; else {@code null}. */
  private static String valueName(Class<?> type) {
    return type == null ? null : Validators.subject(valueType(type));
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

  private static String limitKind(StreamConstraintsException e) {
    String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    if (m.contains("nesting")) {
      return "depth";
    }
    if (m.contains("string")) {
      return "string";
    }
    if (m.contains("number")) {
      return "number";
    }
    if (m.contains("name")) {
      return "name";
    }
    if (m.contains("document")) {
      return "document";
    }
    return "other";
  }

  private static String join(String base, String relative) {
    return Messages.violation(relative, "").under(base).path();
  }

  /**
   * Whether reading cannot go on after this: malformed input (the parser lost its place), an
   * encoding error, a document over the size limit or nested too deeply, or a full report.
   *
   * @param e what was thrown
   * @return whether it is fatal to the read
   */
  static boolean isFatal(Throwable e) {
    StreamReadException read = find(e, StreamReadException.class);
    StreamConstraintsException limit = find(e, StreamConstraintsException.class);
    return read != null && !(read instanceof com.fasterxml.jackson.core.exc.InputCoercionException)
        // too much to read, or a structure too deep to skip: the parser cannot go on past either
        || limit != null && (limitKind(limit).equals("document") || limitKind(limit).equals("depth"))
        || find(e, JsonScope.TooManyProblems.class) != null
        || find(e, java.io.CharConversionException.class) != null;
  }

  static <T extends Throwable> T find(Throwable e, Class<T> type) {
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
