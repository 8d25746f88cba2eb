package org.irrt.jackson3;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.introspect.Annotated;
import tools.jackson.databind.introspect.AnnotatedConstructor;
import tools.jackson.databind.introspect.AnnotatedMember;
import tools.jackson.databind.JavaType;
import com.fasterxml.jackson.annotation.JsonFormat;
import tools.jackson.databind.introspect.NopAnnotationIntrospector;
import tools.jackson.databind.jsontype.TypeDeserializer;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.deser.BeanDeserializerBuilder;
import tools.jackson.databind.deser.bean.BeanDeserializerBase;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.SettableBeanProperty;
import tools.jackson.databind.introspect.AnnotatedParameter;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.ser.BeanPropertyWriter;
import tools.jackson.databind.ser.ValueSerializerModifier;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.bean.PropertyValueBuffer;
import tools.jackson.databind.exc.MismatchedInputException;
import java.util.ArrayList;
import java.util.List;
import org.irrt.model.internal.JsonErrors;
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
    Class<?> type = desc.getBeanClass();
    if (type.isRecord() && ValueTypes.isLibraryType(type) && builder.getValueInstantiator() != null
        && !(builder.getValueInstantiator() instanceof Parts)) {
      builder.setValueInstantiator(new Parts(builder.getValueInstantiator()));
    }
    return builder;
  }

  @Override
  public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier desc,
      ValueDeserializer<?> deserializer) {
    Class<?> type = desc.getBeanClass();
    if (!ValueTypes.isLibraryType(type)) { // a host's own bean, wrapped only when it holds library values at any depth
      return deserializer instanceof BeanDeserializerBase && holds(desc.getType(), 0) ? new Root(deserializer) : deserializer;
    }
    return ValueTypes.isJsonForm(type) ? deserializer : new Value(deserializer, ValueTypes.isValueClass(type));
  }

  @Override
  public ValueDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config,
      tools.jackson.databind.type.CollectionType type, BeanDescription.Supplier desc, ValueDeserializer<?> deserializer) {
    return holds(type, 0) ? new Root(deserializer) : deserializer;
  }

  @Override
  public ValueDeserializer<?> modifyArrayDeserializer(DeserializationConfig config,
      tools.jackson.databind.type.ArrayType type, BeanDescription.Supplier desc, ValueDeserializer<?> deserializer) {
    return holds(type, 0) ? new Root(deserializer) : deserializer;
  }

  @Override
  public ValueDeserializer<?> modifyMapDeserializer(DeserializationConfig config,
      tools.jackson.databind.type.MapType type, BeanDescription.Supplier desc, ValueDeserializer<?> deserializer) {
    return holds(type, 0) ? new Root(deserializer) : deserializer;
  }

  /** Whether a host's type holds library values: its class, or its type arguments ({@code Envelope<List<LinkGroup>>}). */
  private static boolean holds(tools.jackson.databind.JavaType type, int depth) {
    return ValueTypes.holdsLibraryValues(type.getRawClass(), new java.util.HashSet<>())
        || depth < 8 && type.getBindings().getTypeParameters().stream().anyMatch(t -> holds(t, depth + 1));
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

  /**
   * The deserializer of a host's own type that holds library values at any depth (or of a list,
   * array or map of them): at the root of a document read by a host's mapper, every library value in it reports its
   * problems in one report; anywhere else, and when nothing of irrt failed, it is the host's own
   * ({@link JsonReading#host}).
   */
  static final class Root extends DelegatingDeserializer {
    private static final long serialVersionUID = 1L;

    Root(ValueDeserializer<?> delegate) {
      super(delegate);
    }

    @Override
    protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
      return new Root(delegate);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) {
      return Problems.READING.host(ctxt, p, handledType(), () -> _delegatee.deserialize(p, ctxt));
    }

    @Override
    @SuppressWarnings("unchecked")
    public Object deserialize(JsonParser p, DeserializationContext ctxt, Object into) {
      return Problems.READING.host(ctxt, p, handledType(),
          () -> ((ValueDeserializer<Object>) _delegatee).deserialize(p, ctxt, into));
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

  /**
   * Makes a library record (a workflow's command) from its parts: when its constructor refuses a
   * part left out or {@code null}, every such part is named at once ({@link JsonErrors#requireParts}).
   */
  static final class Parts extends ValueInstantiator.Delegating {
    private static final long serialVersionUID = 1L;

    Parts(ValueInstantiator delegate) {
      super(delegate);
    }

    @Override
    public ValueInstantiator createContextual(DeserializationContext ctxt, BeanDescription.Supplier desc) {
      ValueInstantiator contextual = delegate().createContextual(ctxt, desc);
      return contextual == delegate() ? this : new Parts(contextual);
    }

    @Override
    public Object createFromObjectWith(DeserializationContext ctxt, SettableBeanProperty[] props,
        PropertyValueBuffer buffer) {
      String[] names = new String[props.length];
      for (SettableBeanProperty prop : props) {
        if (prop != null && prop.getCreatorIndex() >= 0 && prop.getCreatorIndex() < names.length
            && !(prop.getMember() instanceof AnnotatedParameter p
                && JsonErrors.mayBeNull(p.getOwner().getAnnotated(), p.getIndex()))) {
          names[prop.getCreatorIndex()] = prop.getName();
        }
      }
      Object[] args;
      try {
        args = buffer.getParameters(ctxt, props);
      } catch (MismatchedInputException refused) {
        // the host's mapper refuses a part left out or null (FAIL_ON_MISSING_CREATOR_PROPERTIES,
        // FAIL_ON_NULL_CREATOR_PROPERTIES, FAIL_ON_NULL_FOR_PRIMITIVES) at the first: name every one
        Object[] given = new Object[props.length];
        for (SettableBeanProperty prop : props) {
          if (prop != null && prop.getCreatorIndex() >= 0 && prop.getCreatorIndex() < given.length) {
            try {
              given[prop.getCreatorIndex()] = buffer.getParameter(ctxt, prop);
            } catch (MismatchedInputException missing) {
              given[prop.getCreatorIndex()] = null;
            }
          }
        }
        JsonErrors.requireParts(getValueClass(), names, given);
        throw refused;
      }
      try {
        return delegate().createFromObjectWith(ctxt, args);
      } catch (RuntimeException e) {
        // a null the constructor refuses (NullPointerException), or a null for a number that reaches
        // it (IllegalArgumentException: Jackson 2 with the host's Nulls.SKIP): every such part is named
        if (JsonErrors.find(e, NullPointerException.class) != null || JsonErrors.find(e, IllegalArgumentException.class) != null) {
          JsonErrors.requireParts(getValueClass(), names, args);
        }
        throw e;
      }
    }
  }

  /**
   * What the library's types would say in annotations of Jackson's databind, which the model does
   * not carry: each part of a library value's creator (a workflow command's components, {@code
   * Money}'s amount and currency) is read by a {@link Part}, as a {@code @JsonDeserialize(using =
   * ...)} on it would say; and a date or time of a library type (a command's, an event's) is written
   * as ISO-8601 text whatever the host's {@code WRITE_DATES_AS_TIMESTAMPS}, as a {@code
   * @JsonFormat(shape = STRING)} on it would say.
   */
  static final class Annotations extends NopAnnotationIntrospector {
    private static final long serialVersionUID = 1L;
    private static final JsonFormat.Value TEXT = JsonFormat.Value.forShape(JsonFormat.Shape.STRING);

    /**
     * A part of an irrt record (a workflow's command, event or instance) keeps its component's name,
     * whatever the host mapper's naming strategy: with {@code SNAKE_CASE}, {@code
     * ApplicationCommand.Create}'s {@code clientToken} became {@code client_token} beside its
     * applicant's {@code givenNames} (the model's values name theirs already), so one document
     * mixed two namings and was not irrt's text. A name given explicitly is not renamed by the
     * strategy ({@code MapperFeature.ALLOW_EXPLICIT_PROPERTY_RENAMING}, off by default).
     */
    @Override
    public tools.jackson.databind.PropertyName findNameForSerialization(tools.jackson.databind.cfg.MapperConfig<?> config, Annotated a) {
      return componentName(a);
    }

    @Override
    public tools.jackson.databind.PropertyName findNameForDeserialization(tools.jackson.databind.cfg.MapperConfig<?> config, Annotated a) {
      return componentName(a);
    }

    private static tools.jackson.databind.PropertyName componentName(Annotated a) {
      String name = a instanceof AnnotatedMember m
          ? ValueTypes.componentName(m.getDeclaringClass(), m.getMember(), a instanceof AnnotatedParameter p ? p.getIndex() : -1)
          : null;
      return name == null ? null : tools.jackson.databind.PropertyName.construct(name);
    }

    /**
     * irrt's values, and the parts of irrt's records and values, are written and read without type
     * ids, whatever the host mapper's default typing: with {@code activateDefaultTyping(...,
     * NON_FINAL)} a command's applicant was written as {@code ["org.irrt.model.member.ImmutableMember",
     * {...}]}, a class of irrt's implementation in a REST body, which is not irrt's text. As {@code
     * @JsonTypeInfo(use = NONE)} on each of them (Jackson's way to exempt a type from default
     * typing); the host's own types keep its typing.
     */
    @Override
    public com.fasterxml.jackson.annotation.JsonTypeInfo.Value findPolymorphicTypeInfo(
        tools.jackson.databind.cfg.MapperConfig<?> config, Annotated a) {
      return irrts(a) ? NO_TYPE_IDS : null;
    }

    /**
     * {@code @JsonTypeInfo(use = NONE)} as a value, made from the annotation itself: {@code
     * JsonTypeInfo.Value.from} is the same in every jackson-annotations a Jackson 3 host has, while
     * the seven-parameter {@code construct} is new in 2.23 (which deprecates the six-parameter one):
     * Spring Boot 4.0.7 hosts have 2.21, where calling it fails with a {@code NoSuchMethodError} when
     * the module is set up (the JSON conformance suite on Boot's versions, irrt-boot-versions).
     */
    private static final com.fasterxml.jackson.annotation.JsonTypeInfo.Value NO_TYPE_IDS =
        com.fasterxml.jackson.annotation.JsonTypeInfo.Value.from(
            NoTypeIds.class.getAnnotation(com.fasterxml.jackson.annotation.JsonTypeInfo.class));

    /** Holds the annotation {@link #NO_TYPE_IDS} is made from; never serialized. */
    @com.fasterxml.jackson.annotation.JsonTypeInfo(use = com.fasterxml.jackson.annotation.JsonTypeInfo.Id.NONE)
    private static final class NoTypeIds {}

    /** A class of irrt's, or a member of one. */
    private static boolean irrts(Annotated a) {
      return a instanceof tools.jackson.databind.introspect.AnnotatedClass c ? ValueTypes.isLibraryType(c.getRawType())
          : a instanceof AnnotatedMember m && ValueTypes.isLibraryType(m.getDeclaringClass());
    }

    @Override
    public Object findDeserializer(tools.jackson.databind.cfg.MapperConfig<?> config, Annotated a) {
      return a instanceof AnnotatedParameter p && ValueTypes.isLibraryType(p.getDeclaringClass())
          && (p.getOwner().getParameterCount() > 1 || p.getDeclaringClass().isRecord() && p.getOwner() instanceof AnnotatedConstructor)
          ? new Part(null, Object.class) : null;
    }

    @Override
    public JsonFormat.Value findFormat(tools.jackson.databind.cfg.MapperConfig<?> config, Annotated a) {
      if (!(a instanceof AnnotatedMember m) || !ValueTypes.isLibraryType(m.getDeclaringClass())) {
        return null;
      }
      JavaType type = m.getType();
      while (type.isContainerType() || type.isReferenceType()) { // List<LocalDate>, Optional<Instant>
        type = type.getContentType();
      }
      return type.getRawClass().getPackageName().equals("java.time") ? TEXT : null;
    }
  }

  /** A part of a library value's creator, read with the deserializer Jackson finds for it ({@link JsonReading#part}). */
  static final class Part extends ValueDeserializer<Object> {
    private final ValueDeserializer<Object> delegate;
    private final Class<?> type;

    Part(ValueDeserializer<Object> delegate, Class<?> type) {
      this.delegate = delegate;
      this.type = type;
    }

    @Override
    public ValueDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
      return delegate != null ? this
          : new Part(ctxt.findContextualValueDeserializer(property.getType(), property), property.getType().getRawClass());
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) {
      return Problems.READING.part(ctxt, p, type, () -> delegate.deserialize(p, ctxt));
    }

    @Override
    public Object deserializeWithType(JsonParser p, DeserializationContext ctxt, TypeDeserializer types) {
      return Problems.READING.part(ctxt, p, type, () -> delegate.deserializeWithType(p, ctxt, types));
    }

    /**
     * The part's value for {@code null}: a refusal ({@code FAIL_ON_NULL_FOR_PRIMITIVES} for a
     * number) is recorded at the part's path as the part's problem, so that the other parts are
     * still read and named (it came out here, outside {@link #deserialize}, and stopped the record).
     */
    @Override
    public Object getNullValue(DeserializationContext ctxt) {
      JsonParser p = ctxt.getParser();
      return p == null || !p.hasToken(tools.jackson.core.JsonToken.VALUE_NULL) ? delegate.getNullValue(ctxt) // not for a null in the JSON
          : Problems.READING.part(ctxt, p, type, () -> delegate.getNullValue(ctxt));
    }

    /**
     * The part's value when it is left out: for a number, none, so that it is named "is required"
     * as a part of any other type is (Jackson 3 reads it as 0, and Jackson 2 as 0 or as a refusal
     * by the host's {@code FAIL_ON_NULL_FOR_PRIMITIVES}: both versions now agree, whatever the host).
     */
    @Override
    public Object getAbsentValue(DeserializationContext ctxt) {
      return type.isPrimitive() ? null : delegate.getAbsentValue(ctxt);
    }

    /** The part's empty value, for a host whose {@code null}s read as empty ({@code Nulls.AS_EMPTY}): its type's own. */
    @Override
    public Object getEmptyValue(DeserializationContext ctxt) {
      return delegate.getEmptyValue(ctxt);
    }

    @Override
    public tools.jackson.databind.util.AccessPattern getEmptyAccessPattern() {
      return delegate.getEmptyAccessPattern();
    }

    @Override
    public Class<?> handledType() {
      return type;
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
