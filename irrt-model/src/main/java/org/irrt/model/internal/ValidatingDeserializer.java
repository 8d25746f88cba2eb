package org.irrt.model.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import java.io.IOException;
import java.util.List;
import org.irrt.model.common.Violation;

/**
 * Wraps Jackson's deserializer of each library value type. The outermost one of a document (of
 * one deserialization context) opens a {@link JsonScope} so that every value read inside it reports
 * its violations with their JSON paths; when the document is read, it throws one {@link
 * InvalidValueException} listing all of them. A document read independently meanwhile (a host's
 * deserializer calling {@code IrrtJson.read}) has a scope of its own.
 */
final class ValidatingDeserializer extends DelegatingDeserializer {
  private static final long serialVersionUID = 1L;

  ValidatingDeserializer(JsonDeserializer<?> delegate) {
    super(delegate);
  }

  @Override
  protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
    return new ValidatingDeserializer(newDelegatee);
  }

  @Override
  public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonScope scope = JsonScope.enter(ctxt);
    boolean outermost = scope.depthIsOne();
    JsonToken first = p.currentToken();
    JsonStreamContext container = first == JsonToken.START_OBJECT || first == JsonToken.START_ARRAY
        ? p.getParsingContext().getParent() : p.getParsingContext();
    scope.push(JsonPaths.owner(p));
    Object value;
    try {
      value = _delegatee.deserialize(p, ctxt);
    } catch (IOException | RuntimeException e) {
      Exception fatal = e;
      if (!JsonErrors.isFatal(e)) {
        if (Boolean.getBoolean("irrt.debug")) { e.printStackTrace(); }
        JsonErrors.violations(e, p, scope.currentPath()).forEach(scope::record);
        fatal = skipRestOfValue(p, first, container);
      }
      if (fatal != null) {
        if (!outermost) {
          // malformed input or too many problems: the outermost level reports
          if (fatal instanceof IOException io) {
            throw io;
          }
          throw (RuntimeException) fatal;
        }
        if (JsonErrors.find(fatal, JsonScope.TooManyProblems.class) == null) {
          JsonErrors.violations(fatal, p, scope.currentPath()).forEach(v -> recordQuietly(scope, v));
        }
      }
      value = null;
    } finally {
      scope.pop();
      scope.exit();
    }
    if (outermost && scope.hasViolations()) {
      List<Violation> all = scope.violations();
      throw new JsonDocumentException(Validators.subject(handledType()), all);
    }
    return value;
  }

  private static void recordQuietly(JsonScope scope, Violation v) {
    try {
      scope.record(v);
    } catch (JsonScope.TooManyProblems full) {
      // the report is full already
    }
  }

  /**
   * After a failure inside an object or array, moves to its end so that reading can go on.
   *
   * @return {@code null}, or what stopped the skipping: then the parser has lost its place (say, in
   *     a text cut short at the length limit) and reading cannot go on; the recorded problems stay
   */
  private static Exception skipRestOfValue(JsonParser p, JsonToken first, JsonStreamContext container) {
    if (first != JsonToken.START_OBJECT && first != JsonToken.START_ARRAY) {
      return null;
    }
    try {
      while (p.getParsingContext() != container && p.nextToken() != null) {
        // skip
      }
      return null;
    } catch (IOException | RuntimeException e) {
      return e;
    }
  }
}
