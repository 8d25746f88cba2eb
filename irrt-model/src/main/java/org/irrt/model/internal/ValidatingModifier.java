package org.irrt.model.internal;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;

/** Puts a {@link ValidatingDeserializer} around the deserializer of every library value type. */
final class ValidatingModifier extends BeanDeserializerModifier {
  private static final long serialVersionUID = 1L;

  @Override
  public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config,
      BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
    return isLibraryValue(beanDesc.getBeanClass())
        ? new ValidatingDeserializer(deserializer) : deserializer;
  }

  static boolean isLibraryValue(Class<?> type) {
    return type.getName().startsWith("org.irrt.") && type.getSimpleName().startsWith("Immutable");
  }
}
