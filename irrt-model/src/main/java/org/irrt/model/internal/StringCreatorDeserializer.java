package org.irrt.model.internal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import java.io.IOException;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.function.Function;

/**
 * Reads a library value written as text ({@code "ana@example.org"}, {@code "+573211234567"}, an id)
 * by calling its {@code @JsonCreator} factory directly, through a function made with {@link
 * LambdaMetafactory}, where Jackson calls it through reflection.
 *
 * <p>Only a non-empty text that the factory accepts takes this way. Anything else (another token,
 * an empty text, a text the factory refuses) goes to Jackson's own deserializer, which reports it
 * exactly as before: the factory is pure, so calling it again on a refused text refuses it again.
 */
final class StringCreatorDeserializer extends DelegatingDeserializer {
  private static final long serialVersionUID = 1L;

  private final transient Function<String, Object> factory;

  private StringCreatorDeserializer(JsonDeserializer<?> delegate, Function<String, Object> factory) {
    super(delegate);
    this.factory = factory;
  }

  /**
   * The direct reader of {@code type}, or {@code fallback} if the type has no static
   * {@code @JsonCreator} factory taking one {@code String}.
   */
  static JsonDeserializer<?> of(Class<?> type, JsonDeserializer<?> fallback) {
    Function<String, Object> factory = factory(type);
    return factory == null ? fallback : new StringCreatorDeserializer(fallback, factory);
  }

  @Override
  protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
    return new StringCreatorDeserializer(newDelegatee, factory);
  }

  @Override
  public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      String text = p.getText();
      if (!text.isEmpty()) {
        try {
          return factory.apply(text);
        } catch (RuntimeException refused) {
          // reported by Jackson's own path below, as before
        }
      }
    }
    return _delegatee.deserialize(p, ctxt);
  }

  @SuppressWarnings("unchecked")
  private static Function<String, Object> factory(Class<?> type) {
    for (Method m : type.getDeclaredMethods()) {
      JsonCreator creator = m.getAnnotation(JsonCreator.class);
      if (creator == null || !Modifier.isStatic(m.getModifiers()) || m.getParameterCount() != 1
          || m.getParameterTypes()[0] != String.class || !type.isAssignableFrom(m.getReturnType())
          || creator.mode() == JsonCreator.Mode.PROPERTIES || creator.mode() == JsonCreator.Mode.DISABLED
          || m.getParameters()[0].isAnnotationPresent(com.fasterxml.jackson.annotation.JsonProperty.class)) {
        continue;
      }
      try {
        MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
        MethodHandle handle = lookup.unreflect(m);
        return (Function<String, Object>) LambdaMetafactory.metafactory(lookup, "apply",
            MethodType.methodType(Function.class), MethodType.methodType(Object.class, Object.class), handle,
            handle.type()).getTarget().invokeExact();
      } catch (Throwable e) {
        return null; // Jackson's reflective call stays
      }
    }
    return null;
  }
}
