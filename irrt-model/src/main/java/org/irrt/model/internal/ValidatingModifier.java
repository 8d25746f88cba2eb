package org.irrt.model.internal;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import java.util.ArrayList;
import java.util.List;

/** Puts a {@link ValidatingDeserializer} around the deserializer of every library value type. */
final class ValidatingModifier extends BeanDeserializerModifier {
  private static final long serialVersionUID = 1L;

  @Override
  public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config,
      BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
    return isLibraryValue(beanDesc.getBeanClass())
        ? new ValidatingDeserializer(BuilderDeserializer.of(beanDesc.getBeanClass(), deserializer)) : deserializer;
  }

  @Override
  public BeanDeserializerBuilder updateBuilder(DeserializationConfig config,
      BeanDescription beanDesc, BeanDeserializerBuilder builder) {
    if (isJsonForm(beanDesc.getBeanClass())) {
      List<SettableBeanProperty> properties = new ArrayList<>();
      builder.getProperties().forEachRemaining(properties::add);
      for (SettableBeanProperty property : properties) {
        builder.addOrReplaceProperty(new RecoveringProperty(property), true);
      }
    }
    return builder;
  }

  /** Immutables' mutable JSON form of a library value ({@code ImmutableLink.Json}). */
  static boolean isJsonForm(Class<?> type) {
    Class<?> outer = type.getEnclosingClass();
    return type.getSimpleName().equals("Json") && outer != null && isLibraryValue(outer);
  }

  static boolean isLibraryValue(Class<?> type) {
    return type.getName().startsWith("org.irrt.") && type.getSimpleName().startsWith("Immutable");
  }
}
