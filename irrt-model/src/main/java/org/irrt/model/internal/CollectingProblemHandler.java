package org.irrt.model.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.util.ClassUtil;
import java.io.IOException;
import org.irrt.model.common.Violation;

/**
 * Records input problems as violations and lets the read go on, so that one read reports them all.
 * Active only inside a library value being read (a {@link JsonScope}); elsewhere it declines, so a
 * host's own types see no change. It honours the host's {@code FAIL_ON_UNKNOWN_PROPERTIES}.
 */
final class CollectingProblemHandler extends DeserializationProblemHandler {

  @Override
  public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p,
      JsonDeserializer<?> deserializer, Object beanOrClass, String propertyName) throws IOException {
    JsonScope scope = JsonScope.current();
    if (scope == null || !ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)) {
      return false;
    }
    scope.record(Messages.violation(JsonPaths.of(p), "org.irrt.model.json.unknownProperty"));
    p.skipChildren();
    return true;
  }

  @Override
  public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType,
      String valueToConvert, String failureMsg) {
    return typeProblem(ctxt.getParser(), targetType);
  }

  @Override
  public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType,
      Number valueToConvert, String failureMsg) {
    return typeProblem(ctxt.getParser(), targetType);
  }

  @Override
  public Object handleWeirdNativeValue(DeserializationContext ctxt, JavaType targetType,
      Object valueToConvert, JsonParser p) {
    return typeProblem(p, targetType.getRawClass());
  }

  @Override
  public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType,
      JsonToken t, JsonParser p, String failureMsg) throws IOException {
    Object result = typeProblem(p, targetType.getRawClass());
    if (result != NOT_HANDLED) {
      p.skipChildren();
    }
    return result;
  }

  @Override
  public Object handleMissingInstantiator(DeserializationContext ctxt, Class<?> instClass,
      ValueInstantiator valueInsta, JsonParser p, String msg) throws IOException {
    Object result = typeProblem(p, instClass);
    if (result != NOT_HANDLED) {
      p.skipChildren();
    }
    return result;
  }

  @Override
  public Object handleInstantiationProblem(DeserializationContext ctxt, Class<?> instClass,
      Object argument, Throwable t) {
    JsonScope scope = JsonScope.current();
    if (scope == null) {
      return NOT_HANDLED;
    }
    for (Violation v : JsonErrors.violations(t, ctxt.getParser(), "")) {
      scope.record(v);
    }
    return instClass.isPrimitive() ? ClassUtil.defaultValue(instClass) : null;
  }

  private static Object typeProblem(JsonParser p, Class<?> targetType) {
    JsonScope scope = JsonScope.current();
    if (scope == null) {
      return NOT_HANDLED;
    }
    scope.record(JsonErrors.typeViolation(JsonPaths.of(p), targetType));
    return targetType.isPrimitive() ? ClassUtil.defaultValue(targetType) : null;
  }
}
