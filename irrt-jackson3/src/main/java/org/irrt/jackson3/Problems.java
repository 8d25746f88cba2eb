package org.irrt.jackson3;

import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.CharConversionException;
import java.util.List;
import org.irrt.model.common.InvalidValueException;
import org.irrt.model.common.Violation;
import org.irrt.model.internal.JsonErrors;
import org.irrt.model.internal.JsonPaths;
import org.irrt.model.internal.JsonProblems;
import org.irrt.model.internal.Utf8Only;

/**
 * What Jackson 3 reports, as library violations with paths; and the problem handler that records
 * a property a library value does not have and lets the read go on. Outside a library value it
 * declines, so a host's own types see no change; it honours the host's {@code
 * FAIL_ON_UNKNOWN_PROPERTIES}.
 */
final class Problems extends DeserializationProblemHandler {

  static JsonProblems of(DeserializationContext ctxt) {
    return (JsonProblems) ctxt.getAttribute(JsonProblems.class);
  }

  /**
   * The context whose current name or index locates the value at which the parser stands (for an
   * object or array just opened, the one holding it).
   */
  static TokenStreamContext owner(JsonParser p) {
    TokenStreamContext ctx = p.streamReadContext();
    JsonToken t = p.currentToken();
    return ctx != null && (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY || t == JsonToken.PROPERTY_NAME)
        ? ctx.getParent() : ctx;
  }

  static String path(TokenStreamContext start) {
    JsonPaths path = new JsonPaths();
    for (TokenStreamContext ctx = start; ctx != null && !ctx.inRoot(); ctx = ctx.getParent()) {
      if (ctx.inArray()) {
        path.outer(null, ctx.getCurrentIndex());
      } else if (ctx.currentName() != null) {
        path.outer(ctx.currentName(), 0);
      }
    }
    return path.path();
  }

  private static String relative(Throwable e) {
    JsonPaths path = new JsonPaths();
    if (e instanceof JacksonException jme) {
      List<JacksonException.Reference> refs = jme.getPath();
      for (int i = refs.size() - 1; i >= 0; i--) {
        if (refs.get(i).getPropertyName() != null) {
          path.outer(refs.get(i).getPropertyName(), 0);
        } else if (refs.get(i).getIndex() >= 0) {
          path.outer(null, refs.get(i).getIndex());
        }
      }
    }
    return path.path();
  }

  /**
   * After a failure inside a value, moves to its end so that reading can go on.
   *
   * @return {@code null}, or what stopped the skipping: the parser has then lost its place (say, in
   *     a text cut short at a length limit) and reading cannot go on; what was recorded stays
   */
  static Exception skipTo(JsonParser p, TokenStreamContext owner) {
    try {
      while (p.streamReadContext() != owner && p.nextToken() != null) {
        // skip what is left of the value
      }
      return null;
    } catch (RuntimeException e) {
      return e;
    }
  }

  static void rethrow(Exception e) {
    throw (RuntimeException) e;
  }

  /**
   * Whether reading cannot go on: malformed input (the parser lost its place), a document too large
   * or nested too deeply, bytes that are not UTF-8, or a full report.
   */
  static boolean isFatal(Throwable e) {
    StreamReadException read = JsonErrors.find(e, StreamReadException.class);
    StreamConstraintsException limit = JsonErrors.find(e, StreamConstraintsException.class);
    return read != null && !(read instanceof InputCoercionException)
        || limit != null && List.of("document", "depth").contains(JsonErrors.limitKind(limit.getMessage()))
        || JsonErrors.find(e, JsonProblems.TooManyProblems.class) != null
        || JsonErrors.find(e, CharConversionException.class) != null;
  }

  static void recordFatal(JsonProblems problems, Throwable e, JsonParser p, String path) {
    if (JsonErrors.find(e, JsonProblems.TooManyProblems.class) != null) {
      return; // the report is full already
    }
    try {
      violations(e, p, path).forEach(problems::input);
    } catch (JsonProblems.TooManyProblems full) {
      // the report is full
    }
  }

  /**
   * The violations an exception stands for.
   *
   * @param e what Jackson or a value type threw
   * @param p the parser, for its position
   * @param base the path of the value whose reader caught {@code e}; paths in {@code e} are relative to it
   */
  static List<Violation> violations(Throwable e, JsonParser p, String base) {
    String at = JsonPaths.join(base, relative(e));
    Utf8Only.NotUtf8Exception notUtf8 = JsonErrors.find(e, Utf8Only.NotUtf8Exception.class);
    if (notUtf8 != null) {
      return List.of(notUtf8.violation(utf8Path(notUtf8, p)));
    }
    InvalidValueException invalid = JsonErrors.find(e, InvalidValueException.class);
    if (invalid != null) {
      return invalid.violations().stream().map(v -> v.under(at)).toList();
    }
    StreamConstraintsException limit = JsonErrors.find(e, StreamConstraintsException.class);
    if (limit != null) {
      // a name too long belongs to the object being read: the parser still stands at the token before it
      boolean name = JsonErrors.limitKind(limit.getMessage()).equals("name");
      return List.of(JsonErrors.limit(p == null ? base
          : name ? path(p.streamReadContext().getParent()) : path(owner(p)), limit.getMessage()));
    }
    if (JsonErrors.find(e, InputCoercionException.class) != null) {
      return List.of(JsonErrors.at(at, "numberRange"));
    }
    StreamReadException read = JsonErrors.find(e, StreamReadException.class);
    if (read != null) {
      if (String.valueOf(read.getOriginalMessage()).startsWith("Duplicate Object property \"") && p != null) {
        return List.of(JsonErrors.at(path(p.streamReadContext()), "duplicate"));
      }
      TokenStreamLocation where = read.getLocation();
      return List.of(JsonErrors.malformed(where == null ? -1 : where.getLineNr(), where == null ? -1 : where.getColumnNr()));
    }
    if (JsonErrors.find(e, CharConversionException.class) != null) {
      return List.of(JsonErrors.at("", "encoding"));
    }
    if (e instanceof UnrecognizedPropertyException) {
      return List.of(JsonErrors.at(at, "unknownProperty"));
    }
    if (e instanceof InvalidFormatException ife) {
      return List.of(JsonErrors.type(at, ife.getTargetType()));
    }
    if (e instanceof MismatchedInputException mie) {
      String message = String.valueOf(mie.getOriginalMessage());
      if (message.startsWith("No content to map")) {
        return List.of(JsonErrors.at("", "empty"));
      }
      if (message.startsWith("Trailing token")) {
        return List.of(JsonErrors.at("", "trailing"));
      }
      return List.of(JsonErrors.type(at, mie.getTargetType()));
    }
    return List.of(JsonErrors.at(at, "invalid"));
  }

  /**
   * Where ill-formed UTF-8 stands: the text value that holds it (the parser stands at that string),
   * else the object whose property name holds it (the parser has not yet returned the name), else,
   * outside any string, the document.
   */
  private static String utf8Path(Utf8Only.NotUtf8Exception e, JsonParser p) {
    if (p == null || e.stringStart < 0) {
      return "";
    }
    if (p.currentToken() == JsonToken.VALUE_STRING && p.currentTokenLocation().getByteOffset() == e.stringStart) {
      return path(owner(p));
    }
    return p.streamReadContext() == null ? "" : path(p.streamReadContext().getParent());
  }

  @Override
  public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p,
      ValueDeserializer<?> deserializer, Object beanOrClass, String propertyName) {
    JsonProblems problems = of(ctxt);
    if (problems == null || !ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)) {
      return false;
    }
    problems.input(JsonErrors.at(path(owner(p)), "unknownProperty"));
    p.skipChildren();
    return true;
  }

}
