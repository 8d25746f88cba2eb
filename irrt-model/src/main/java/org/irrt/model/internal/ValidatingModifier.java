package org.irrt.model.internal;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;

/**
 * Puts a {@link ValidatingDeserializer} around the deserializer of every library value type, which
 * reads it through its builder ({@link BuilderDeserializer}), and gives library values written as
 * text a direct call of their factory ({@link StringCreatorDeserializer}).
 */
final class ValidatingModifier extends BeanDeserializerModifier {
  private static final long serialVersionUID = 1L;

  @Override
  public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config,
      BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
    Class<?> type = beanDesc.getBeanClass();
    if (isLibraryValue(type)) {
      return new ValidatingDeserializer(BuilderDeserializer.of(type, deserializer));
    }
    if (type.getName().startsWith("org.irrt.")
        && deserializer instanceof com.fasterxml.jackson.databind.deser.BeanDeserializerBase bean
        && bean.getValueInstantiator() != null && bean.getValueInstantiator().canCreateFromString()) {
      return StringCreatorDeserializer.of(type, deserializer); // ids, e-mail, phone, URLs: text values
    }
    return deserializer;
  }

  static boolean isLibraryValue(Class<?> type) {
    return type.getName().startsWith("org.irrt.") && type.getSimpleName().startsWith("Immutable");
  }
}
