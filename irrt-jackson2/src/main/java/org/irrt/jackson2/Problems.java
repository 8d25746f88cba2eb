package org.irrt.jackson2;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.CharConversionException;
import java.io.IOException;
import java.util.List;
import org.irrt.model.common.InvalidValueException;
import org.irrt.model.common.Violation;
import org.irrt.model.internal.JsonErrors;
import org.irrt.model.internal.JsonPaths;
import org.irrt.model.internal.JsonProblems;
import org.irrt.model.internal.Utf8Only;

/**
 * What Jackson 2 reports, as library violations with paths; and the problem handler that records
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
  static JsonStreamContext owner(JsonParser p) {
    JsonStreamContext ctx = p.getParsingContext();
    JsonToken t = p.currentToken();
    return ctx != null && (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY || t == JsonToken.FIELD_NAME)
        ? ctx.getParent() : ctx;
  }

  static String path(JsonStreamContext start) {
    JsonPaths path = new JsonPaths();
    for (JsonStreamContext ctx = start; ctx != null && !ctx.inRoot(); ctx = ctx.getParent()) {
      if (ctx.inArray()) {
        path.outer(null, ctx.getCurrentIndex());
      } else if (ctx.getCurrentName() != null) {
        path.outer(ctx.getCurrentName(), 0);
      }
    }
    return path.path();
  }

  private static String relative(Throwable e) {
    JsonPaths path = new JsonPaths();
    if (e instanceof JsonMappingException jme) {
      List<JsonMappingException.Reference> refs = jme.getPath();
      for (int i = refs.size() - 1; i >= 0; i--) {
        if (refs.get(i).getFieldName() != null) {
          path.outer(refs.get(i).getFieldName(), 0);
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
  static Exception skipTo(JsonParser p, JsonStreamContext owner) {
    try {
      while (p.getParsingContext() != owner && p.nextToken() != null) {
        // skip what is left of the value
      }
      return null;
    } catch (IOException | RuntimeException e) {
      return e;
    }
  }

  static void rethrow(Exception e) throws IOException {
    if (e instanceof IOException io) {
      throw io;
    }
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
          : name ? path(p.getParsingContext().getParent()) : path(owner(p)), limit.getMessage()));
    }
    if (JsonErrors.find(e, InputCoercionException.class) != null) {
      return List.of(JsonErrors.at(at, "numberRange"));
    }
    StreamReadException read = JsonErrors.find(e, StreamReadException.class);
    if (read != null) {
      if (String.valueOf(read.getOriginalMessage()).startsWith("Duplicate field '") && p != null) {
        return List.of(JsonErrors.at(path(p.getParsingContext()), "duplicate"));
      }
      JsonLocation where = read.getLocation();
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
    return p.getParsingContext() == null ? "" : path(p.getParsingContext().getParent());
  }

  @Override
  public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p,
      JsonDeserializer<?> deserializer, Object beanOrClass, String propertyName) throws IOException {
    JsonProblems problems = of(ctxt);
    if (problems == null || !ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)) {
      return false;
    }
    problems.input(JsonErrors.at(path(owner(p)), "unknownProperty"));
    p.skipChildren();
    return true;
  }

}
