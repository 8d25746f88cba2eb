package org.irrt.jackson3;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.deser.BeanDeserializerBuilder;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.SettableBeanProperty;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.ser.BeanPropertyWriter;
import tools.jackson.databind.ser.ValueSerializerModifier;
import java.util.ArrayList;
import java.util.List;
import org.irrt.model.internal.JsonReading;
import org.irrt.model.internal.ValueTypes;

/**
 * How library values are read: Jackson reads each through the JSON form Immutables generates
 * ({@code ImmutableMember.Json}) and makes it with its {@code build()}; around that, the library's
 * deserializers record problems instead of stopping at the first (see {@link JsonReading}).
 */
final class Reading extends ValueDeserializerModifier {
  private static final long serialVersionUID = 1L;

  @Override
  public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription.Supplier desc,
      BeanDeserializerBuilder builder) {
    if (ValueTypes.isJsonForm(desc.getBeanClass())) {
      List<SettableBeanProperty> properties = new ArrayList<>();
      builder.getProperties().forEachRemaining(properties::add);
      for (int i = 0; i < properties.size(); i++) {
        builder.addOrReplaceProperty(new Property(properties.get(i), i), true);
      }
    }
    return builder;
  }

  @Override
  public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier desc,
      ValueDeserializer<?> deserializer) {
    Class<?> type = desc.getBeanClass();
    if (!ValueTypes.isLibraryType(type) || ValueTypes.isJsonForm(type)) {
      return deserializer;
    }
    return new Value(deserializer, ValueTypes.isValueClass(type));
  }

  /** The deserializer of a library type: its problems recorded ({@link JsonReading#value}). */
  static final class Value extends DelegatingDeserializer {
    private static final long serialVersionUID = 1L;
    private final boolean valueClass;

    Value(ValueDeserializer<?> delegate, boolean valueClass) {
      super(delegate);
      this.valueClass = valueClass;
    }

    @Override
    protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
      return new Value(delegate, valueClass);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) {
      return Problems.READING.value(ctxt, p, handledType(), valueClass, () -> _delegatee.deserialize(p, ctxt));
    }
  }

  /** A property of a value's JSON form: refused when given twice, skipped when unreadable ({@link JsonReading#property}). */
  static final class Property extends SettableBeanProperty.Delegating {
    private static final long serialVersionUID = 1L;
    private final int index;

    Property(SettableBeanProperty delegate, int index) {
      super(delegate);
      this.index = index;
    }

    @Override
    protected SettableBeanProperty withDelegate(SettableBeanProperty delegate) {
      return new Property(delegate, index);
    }

    @Override
    public void deserializeAndSet(JsonParser p, DeserializationContext ctxt, Object instance) {
      Problems.READING.property(ctxt, p, index, () -> {
        delegate.deserializeAndSet(p, ctxt, instance);
        return null;
      });
    }

    @Override
    public Object deserializeSetAndReturn(JsonParser p, DeserializationContext ctxt, Object instance) {
      deserializeAndSet(p, ctxt, instance);
      return instance;
    }
  }

  /** Writes a library value's properties in declaration order, whatever the host's sorting. */
  static final class Order extends ValueSerializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public List<BeanPropertyWriter> orderProperties(SerializationConfig config, BeanDescription.Supplier desc,
        List<BeanPropertyWriter> writers) {
      return ValueTypes.inOrder(desc.getBeanClass(), writers, w -> w.getMember().getName());
    }
  }
}
