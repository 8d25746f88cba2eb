package org.irrt.model.internal;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializer;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.impl.PropertySerializerMap;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Writes library values without reflection: each property of a library value type is read through
 * a function made with {@link LambdaMetafactory} from its accessor, where Jackson calls {@link
 * Method#invoke}, and a value written as text ({@code @JsonValue} returning a {@code String}, such as
 * an e-mail address or an id) is written straight from its accessor. What is written is unchanged:
 * the same names, order, inclusion rules and serializers. Host types are not touched.
 */
final class AccessorWriters extends BeanSerializerModifier {
  private static final long serialVersionUID = 1L;

  @Override
  public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription beanDesc,
      List<BeanPropertyWriter> beanProperties) {
    if (!isLibraryType(beanDesc.getBeanClass())) {
      return beanProperties;
    }
    List<BeanPropertyWriter> out = new ArrayList<>(beanProperties.size());
    for (BeanPropertyWriter writer : beanProperties) {
      Method m = writer.getMember() != null && writer.getMember().getMember() instanceof Method method ? method : null;
      Function<Object, Object> getter = m == null ? null : getter(m);
      out.add(getter == null || writer.getClass() != BeanPropertyWriter.class ? writer
          : new Writer(writer, getter, handle(m)));
    }
    return out;
  }

  @Override
  public JsonSerializer<?> modifySerializer(SerializationConfig config, BeanDescription beanDesc,
      JsonSerializer<?> serializer) {
    Class<?> type = beanDesc.getBeanClass();
    if (ValidatingModifier.isLibraryValue(type) && serializer.getClass() == BeanSerializer.class) {
      return new Fields((BeanSerializer) serializer);
    }
    if (!isLibraryType(type)
        || !(serializer instanceof com.fasterxml.jackson.databind.ser.std.JsonValueSerializer)) {
      return serializer;
    }
    for (Method m : type.getMethods()) {
      JsonValue annotation = m.getAnnotation(JsonValue.class);
      if (annotation != null && annotation.value() && m.getParameterCount() == 0 && m.getReturnType() == String.class
          && !Modifier.isStatic(m.getModifiers())) {
        Function<Object, Object> getter = getter(m);
        if (getter != null) {
          @SuppressWarnings("unchecked")
          JsonSerializer<Object> original = (JsonSerializer<Object>) serializer;
          return new Text(type, getter, original);
        }
      }
    }
    return serializer;
  }

  private static boolean isLibraryType(Class<?> type) {
    return type.getName().startsWith("org.irrt.");
  }

  /** The accessor as {@code (Object) -> Object}, or {@code null}. */
  private static MethodHandle handle(Method accessor) {
    try {
      return MethodHandles.privateLookupIn(accessor.getDeclaringClass(), MethodHandles.lookup()).unreflect(accessor)
          .asType(MethodType.methodType(Object.class, Object.class));
    } catch (IllegalAccessException | RuntimeException e) {
      return null;
    }
  }

  /**
   * Jackson's bean serializer of a generated value class ({@code Immutable*}, whose accessors return
   * fields), but for how the properties' values are read: all at once, by one function per value
   * class that calls every accessor directly ({@link ConstantFunction}), where each property's
   * writer would call its own accessor through a function shared by all classes.
   * Anything it is not made for (a view, a property Jackson replaced, an accessor that throws) is
   * written by Jackson's own loop, so what is written and reported is unchanged.
   */
  private static final class Fields extends BeanSerializer {
    private static final long serialVersionUID = 1L;
    /** The properties the reader was made for, and the reader; made on first use. */
    private transient volatile Reader reader;

    Fields(BeanSerializer base) {
      super(base);
    }

    private record Reader(BeanPropertyWriter[] props, Writer[] writers, Function<Object, Object> values) {}

    @Override
    protected void serializeFields(Object bean, JsonGenerator gen, SerializerProvider provider) throws IOException {
      Reader r = reader;
      if (r == null || r.props != _props) {
        r = reader();
      }
      Object[] values;
      if (r.values == null || (_filteredProps != null && provider.getActiveView() != null)) {
        super.serializeFields(bean, gen, provider);
        return;
      }
      try {
        values = (Object[]) r.values.apply(bean);
      } catch (RuntimeException | StackOverflowError e) {
        super.serializeFields(bean, gen, provider); // reports the failing property as Jackson does
        return;
      }
      Writer[] writers = r.writers;
      int i = 0;
      try {
        for (; i < writers.length; i++) {
          writers[i].serializeValueAsField(bean, values[i], gen, provider);
        }
      } catch (Exception e) {
        wrapAndThrow(provider, e, bean, writers[i].getName());
      } catch (StackOverflowError e) {
        com.fasterxml.jackson.databind.JsonMappingException mapping =
            new com.fasterxml.jackson.databind.JsonMappingException(gen, "Infinite recursion (StackOverflowError)", e);
        mapping.prependPath(bean, writers[i].getName());
        throw mapping;
      }
    }

    /** The reader of the current properties: without a function where any of them is not a {@link Writer}. */
    private Reader reader() {
      BeanPropertyWriter[] props = _props;
      Writer[] writers = new Writer[props.length];
      MethodHandle[] accessors = new MethodHandle[props.length];
      Function<Object, Object> values = null;
      boolean all = props.length > 0 && props.length <= 100;
      for (int i = 0; all && i < props.length; i++) {
        all = props[i] instanceof Writer w && w.accessor != null;
        if (all) {
          writers[i] = (Writer) props[i];
          accessors[i] = writers[i].accessor;
        }
      }
      if (all) {
        MethodHandle collect = MethodHandles.identity(Object[].class).asCollector(Object[].class, props.length);
        values = ConstantFunction.of(MethodHandles.permuteArguments(
            MethodHandles.filterArguments(collect, 0, accessors),
            MethodType.methodType(Object[].class, Object.class), new int[props.length]));
      }
      Reader made = new Reader(props, writers, values);
      reader = made;
      return made;
    }
  }

  /** Whether a serializer writes its properties through a function reading all their values at once. */
  static boolean readsValuesAtOnce(JsonSerializer<?> serializer) {
    return serializer instanceof Fields f && f.reader != null && f.reader.values != null;
  }

  @SuppressWarnings("unchecked")
  private static Function<Object, Object> getter(Method accessor) {
    if (accessor.getParameterCount() != 0 || Modifier.isStatic(accessor.getModifiers())) {
      return null;
    }
    try {
      MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(accessor.getDeclaringClass(), MethodHandles.lookup());
      MethodHandle handle = lookup.unreflect(accessor);
      return (Function<Object, Object>) LambdaMetafactory.metafactory(lookup, "apply",
          MethodType.methodType(Function.class), MethodType.methodType(Object.class, Object.class), handle,
          handle.type().wrap()).getTarget().invokeExact();
    } catch (Throwable e) {
      return null; // Jackson's reflective call stays
    }
  }

  /**
   * Jackson's property writer with the accessor called directly; {@link #serializeAsField} is
   * Jackson's own, step for step, but for how the value is read.
   */
  private static final class Writer extends BeanPropertyWriter {
    private static final long serialVersionUID = 1L;
    private final transient Function<Object, Object> getter;
    /** The accessor, {@code (Object) -> Object}. */
    private final transient MethodHandle accessor;
    /** For an Optional property: its serializer and what it reduces to (see {@link #contentOf}). */
    private transient volatile ContentRoute route;

    Writer(BeanPropertyWriter base, Function<Object, Object> getter, MethodHandle accessor) {
      super(base);
      this.getter = getter;
      this.accessor = accessor;
    }

    @Override
    public void serializeAsField(Object bean, JsonGenerator gen, SerializerProvider prov) throws Exception {
      serializeValueAsField(bean, getter.apply(bean), gen, prov);
    }

    /** {@link #serializeAsField} with the property's value read already. */
    void serializeValueAsField(Object bean, Object value, JsonGenerator gen, SerializerProvider prov)
        throws Exception {
      if (value == null) {
        if (_suppressableValue != null && prov.includeFilterSuppressNulls(_suppressableValue)) {
          return;
        }
        if (_nullSerializer != null) {
          gen.writeFieldName(_name);
          _nullSerializer.serialize(null, gen, prov);
        }
        return;
      }
      JsonSerializer<Object> ser = _serializer;
      if (ser == null) {
        Class<?> cls = value.getClass();
        PropertySerializerMap map = _dynamicSerializers;
        ser = map.serializerFor(cls);
        if (ser == null) {
          ser = _findAndAddDynamic(map, cls, prov);
        }
      }
      if (value instanceof java.util.Optional<?> optional && _typeSerializer == null
          && _suppressableValue == MARKER_FOR_EMPTY) {
        ContentRoute route = routeOf(ser, this);
        if (route.plain) {
          // What Jackson's Optional serializer does here, without its three calls per property:
          // absent is empty and left out; present content goes to the content's serializer.
          if (optional.isPresent()) {
            Object content = optional.get();
            JsonSerializer<Object> contentSerializer = route.content != null ? route.content
                : route.contentFor(content.getClass(), prov, this);
            gen.writeFieldName(_name);
            contentSerializer.serialize(content, gen, prov);
          }
          return;
        }
      }
      if (_suppressableValue != null) {
        if (MARKER_FOR_EMPTY == _suppressableValue) {
          if (ser.isEmpty(prov, value)) {
            return;
          }
        } else if (_suppressableValue.equals(value)) {
          return;
        }
      }
      if (value == bean && _handleSelfReference(bean, gen, prov, ser)) {
        return;
      }
      gen.writeFieldName(_name);
      if (_typeSerializer == null) {
        ser.serialize(value, gen, prov);
      } else {
        ser.serializeWithType(value, gen, prov, _typeSerializer);
      }
    }
  }

  /**
   * For an {@code Optional} property: whether Jackson's {@code Optional} serializer would write
   * present content with the content's serializer and do nothing else (no content inclusion rule,
   * no type information, no unwrapping, a content type without type parameters), and that
   * serializer: known in advance, or found as Jackson finds it for the content's runtime class
   * ({@code findPrimaryPropertySerializer} with the Optional's property) and kept for the last class
   * seen. Otherwise the property is written through Jackson's serializer. Decided once per serializer.
   */
  private static ContentRoute routeOf(JsonSerializer<Object> ser, Writer writer) {
    ContentRoute route = writer.route;
    if (route == null || route.optional != ser) {
      route = ContentRoute.of(ser);
      writer.route = route;
    }
    return route;
  }

  /** Whether a property writer has written present Optional content straight with its content's serializer. */
  static boolean writesContentDirectly(BeanPropertyWriter writer) {
    return writer instanceof Writer w && w.route != null && w.route.plain;
  }

  /**
   * An Optional serializer, whether it reduces to its content's serializer, and that serializer
   * (or, found per runtime class, the last one found).
   */
  private record ContentRoute(JsonSerializer<Object> optional, boolean plain, JsonSerializer<Object> content,
      com.fasterxml.jackson.databind.BeanProperty property, Class<?> lastClass, JsonSerializer<Object> last) {
    @SuppressWarnings("unchecked")
    static ContentRoute of(JsonSerializer<Object> ser) {
      if (!(ser instanceof com.fasterxml.jackson.databind.ser.std.ReferenceTypeSerializer<?>)
          || !ser.getClass().getName().equals("com.fasterxml.jackson.datatype.jdk8.OptionalSerializer")) {
        return new ContentRoute(ser, false, null, null, null, null);
      }
      try {
        Object content = field(ser, "_valueSerializer");
        boolean plain = field(ser, "_valueTypeSerializer") == null && field(ser, "_unwrapper") == null
            && field(ser, "_suppressableValue") == null
            && (content != null || !((com.fasterxml.jackson.databind.JavaType) field(ser, "_referredType")).hasGenericTypes());
        return new ContentRoute(ser, plain, (JsonSerializer<Object>) content,
            (com.fasterxml.jackson.databind.BeanProperty) field(ser, "_property"), null, null);
      } catch (ReflectiveOperationException | RuntimeException e) {
        return new ContentRoute(ser, false, null, null, null, null); // Jackson's own path stays
      }
    }

    /** The serializer of content of a runtime class, as Jackson's Optional serializer finds it. */
    JsonSerializer<Object> contentFor(Class<?> type, SerializerProvider prov, Writer writer)
        throws com.fasterxml.jackson.databind.JsonMappingException {
      if (type == lastClass) {
        return last;
      }
      JsonSerializer<Object> found = prov.findPrimaryPropertySerializer(type, property);
      writer.route = new ContentRoute(optional, true, null, property, type, found);
      return found;
    }
  }

  private static Object field(Object on, String name) throws ReflectiveOperationException {
    java.lang.reflect.Field f = com.fasterxml.jackson.databind.ser.std.ReferenceTypeSerializer.class.getDeclaredField(name);
    if (!f.trySetAccessible()) {
      throw new IllegalAccessException(name);
    }
    return f.get(on);
  }

  /** A value written as the text its {@code @JsonValue} accessor returns; anything else as Jackson does. */
  private static final class Text extends StdSerializer<Object> {
    private static final long serialVersionUID = 1L;
    private final transient Function<Object, Object> getter;
    private final transient JsonSerializer<Object> original;

    @SuppressWarnings("unchecked")
    Text(Class<?> type, Function<Object, Object> getter, JsonSerializer<Object> original) {
      super((Class<Object>) type);
      this.getter = getter;
      this.original = original;
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      Object text = getter.apply(value);
      if (text == null) {
        provider.defaultSerializeNull(gen);
      } else {
        gen.writeString((String) text);
      }
    }

    @Override
    public void serializeWithType(Object value, JsonGenerator gen, SerializerProvider provider, TypeSerializer typeSer)
        throws IOException {
      original.serializeWithType(value, gen, provider, typeSer);
    }

    @Override
    public boolean isEmpty(SerializerProvider provider, Object value) {
      return original.isEmpty(provider, value);
    }
  }
}
