package org.irrt.model.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import java.io.IOException;

/**
 * Reads one property of a library value so that one read reports every problem: when its value
 * cannot be read (a number where text belongs, a broken nested value), the problem is recorded under
 * the property's path, the value is skipped and the rest of the object is read.
 */
final class PropertyRecovery {
  private PropertyRecovery() {}

  /**
   * Reads {@code property}'s value; if it cannot be read and a document is being read, records the
   * problem under the property's path, skips the value and returns {@code null}.
   */
  static Object read(SettableBeanProperty property, JsonParser p, DeserializationContext ctxt)
      throws IOException {
    return readOne(property.getName(), property, null, p, ctxt);
  }

  /**
   * Reads the value inside an {@code Optional} property with the content's own deserializer: as
   * {@link #read}, for a property named {@code name}; JSON {@code null} reads as {@code null}.
   */
  static Object readContent(String name, com.fasterxml.jackson.databind.JsonDeserializer<Object> content,
      JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    return readOne(name, null, content, p, ctxt);
  }

  /** Reads with the property, or else with the content's deserializer, recovering as {@link #read} says. */
  private static Object readOne(String name, SettableBeanProperty property,
      com.fasterxml.jackson.databind.JsonDeserializer<Object> content, JsonParser p, DeserializationContext ctxt)
      throws IOException {
    JsonStreamContext owner = owner(p);
    try {
      Object value = property != null ? property.deserialize(p, ctxt) : content.deserialize(p, ctxt);
      skipRest(p, owner);
      return value;
    } catch (IOException | RuntimeException e) {
      recoverOrThrow(name, p, e, owner);
      return null;
    }
  }

  /**
   * After a failure to read the value of property {@code name}: records it and skips the rest of
   * the value when a document is being read and reading can go on; else throws it again (no
   * document scope, or malformed input or too many problems: nothing after it can be read). The
   * document's scope is looked up only here, so reading a valid value costs no thread-local lookup.
   */
  private static void recoverOrThrow(String name, JsonParser p, Exception e, JsonStreamContext owner)
      throws IOException {
    JsonScope scope = JsonScope.current();
    if (scope == null || JsonErrors.isFatal(e)) {
      if (e instanceof IOException io) {
        throw io;
      }
      throw (RuntimeException) e;
    }
    recover(name, p, e, scope, owner);
  }

  private static JsonStreamContext owner(JsonParser p) {
    JsonToken t = p.currentToken();
    JsonStreamContext ctx = p.getParsingContext();
    return t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY ? ctx.getParent() : ctx;
  }

  private static void recover(String name, JsonParser p, Exception e, JsonScope scope,
      JsonStreamContext owner) throws IOException {
    String path = Messages.violation(name, "").under(scope.currentPath()).path();
    JsonErrors.violations(e, null, path).forEach(v -> scope.record(v.path().isEmpty() ? v.under(path) : v));
    skipRest(p, owner);
  }

  private static void skipRest(JsonParser p, JsonStreamContext owner) throws IOException {
    while (p.getParsingContext() != owner && p.nextToken() != null) {
      // skip the rest of the value
    }
  }
}
