package org.irrt.model.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.DupDetector;
import com.fasterxml.jackson.core.json.JsonReadContext;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.util.ClassUtil;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads a library value straight into its Immutables builder.
 *
 * <p>Immutables' own Jackson binding reads a value in two steps: Jackson fills a mutable {@code
 * Json} object through reflective setters, then calls {@code fromJson} reflectively, which copies it
 * into a builder. This deserializer keeps Jackson's part that matters (each property's own
 * deserializer, with its annotations, null handling and coercion rules, found on the {@code Json}
 * form exactly as before), keeps the values read by property, and then makes the value with one
 * function per value class that calls the builder's methods directly ({@link ConstantFunction}): a
 * new builder, each value read set, {@code build()}, which validates, as {@code fromJson} did.
 *
 * <p>What reading reports is unchanged: a property that fails to read is recorded at its path and
 * skipped ({@link PropertyRecovery#read}); an unknown property goes to Jackson's problem handlers;
 * a value that does not validate fails as a {@link ValueInstantiationException} whose cause is the
 * {@link org.irrt.model.common.InvalidValueException}. Each property may appear once in an object:
 * a repeated one is reported at its path ({@code org.irrt.model.json.duplicate}) whatever the host
 * mapper's parser features. Where the parser checks duplicates itself ({@code
 * STRICT_DUPLICATE_DETECTION}, as {@code IrrtJson}'s mapper does), that check is paused only while
 * the value's own names are read (they are checked here with one bit each instead of a hash set per
 * object; unknown names with a short list), so every nested object that is not a library value (a
 * {@code Money}, a map) keeps it. Anything but an object (text, a number, an array) goes to the deserializer
 * Immutables' binding would use, which reports it the same way as before.
 *
 * <p>A type whose generated code does not have the expected shape (a {@code Json} form whose every
 * property has a builder method with the same {@code @JsonProperty} name taking its type) is
 * left to Immutables' binding.
 */
final class BuilderDeserializer extends DelegatingDeserializer {
  private static final long serialVersionUID = 1L;

  private final transient Shape shape;
  // Properties with their deserializers, taken from Jackson's resolved deserializer of the Json form
  // on first use (in a recursive type it is not resolved yet when this one is made).
  private transient volatile Props props;

  private BuilderDeserializer(JsonDeserializer<?> fallback, Shape shape) {
    super(fallback);
    this.shape = shape;
  }

  /**
   * The builder-based deserializer of {@code type}, or {@code fallback} if its generated code does
   * not have the expected shape.
   */
  static JsonDeserializer<?> of(Class<?> type, JsonDeserializer<?> fallback) {
    Shape shape = Shape.of(type);
    return shape == null ? fallback : new BuilderDeserializer(fallback, shape);
  }

  @Override
  protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
    return new BuilderDeserializer(newDelegatee, shape);
  }

  @Override
  public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      t = p.nextToken();
    } else if (t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT) {
      return _delegatee.deserialize(p, ctxt); // not an object: reported as Immutables' binding does
    }
    Props known = props(ctxt);
    // This object's names are checked below, property by property. The parser's own duplicate check
    // (a hash set per object) is paused only while this object's names are read: it is back on
    // whenever a value is read, so that every context the parser creates or reuses for a nested
    // value keeps its check (it passes the check on to its own children when it creates them).
    JsonReadContext context = p.getParsingContext() instanceof JsonReadContext c ? c : null;
    DupDetector parserCheck = context == null ? null : context.getDupDetector();
    List<String> unknownNames = null;
    Object[] values = new Object[known.count];
    try {
      long seen = 0L;
      java.util.BitSet seenMore = null;
      Prop previous = null;
      Prop expected = known.first;
      if (parserCheck != null) {
        context.withDupDetector(null);
      }
      for (; t == JsonToken.FIELD_NAME; t = pausedNext(p, context, parserCheck)) {
        String name = p.currentName();
        if (parserCheck != null) {
          context.withDupDetector(parserCheck);
        }
        p.nextToken();
        // Documents list properties in the same order, mostly: the one that followed last time is
        // tried first (parsers intern names, so this is one reference comparison), then the map.
        Prop prop = expected != null && (expected.name == name || expected.name.equals(name))
            ? expected : known.find(name);
        if (previous == null) {
          if (known.first != prop) {
            known.first = prop; // a race writes one of two right answers; a wrong guess only costs the map
          }
        } else if (previous.next != prop) {
          previous.next = prop;
        }
        previous = prop;
        expected = prop == null ? null : prop.next;
        if (prop == null) {
          if (parserCheck != null) {
            // the parser would have refused a repeated name: so does this reader, for unknown ones too
            unknownNames = unknownNames == null ? new ArrayList<>(2) : unknownNames;
            if (unknownNames.contains(name)) {
              duplicate(p, ctxt, name);
              continue;
            }
            unknownNames.add(name);
          }
          unknown(p, ctxt, known, name);
          continue;
        }
        int i = prop.index;
        boolean repeated;
        if (i < 64) {
          repeated = (seen & (1L << i)) != 0;
          seen |= 1L << i;
        } else {
          seenMore = seenMore == null ? new java.util.BitSet() : seenMore;
          repeated = seenMore.get(i);
          seenMore.set(i);
        }
        if (repeated) {
          duplicate(p, ctxt, name);
          continue;
        }
        // an Optional's content is read and later set directly, without the Optional in between
        Object read = prop.content != null ? PropertyRecovery.readContent(prop.name, prop.content, p, ctxt)
            : PropertyRecovery.read(prop.property, p, ctxt);
        if (read != null && !prop.accepts.isInstance(read)) {
          // a host's deserializer gave another type: refused here, at its property, as setting it would be
          throw new ClassCastException("Cannot cast " + read.getClass().getName() + " to " + prop.accepts.getName());
        }
        values[i] = read;
      }
    } finally {
      if (parserCheck != null) {
        context.withDupDetector(parserCheck); // the context object is reused for later objects at this depth
      }
    }
    try {
      return known.construct.apply(values);
    } catch (RuntimeException e) {
      throw ValueInstantiationException.from(p,
          "Cannot construct instance of " + ClassUtil.nameOf(handledType()) + ", problem: "
              + ClassUtil.exceptionMessage(e), ctxt.constructType(handledType()), e);
    }
  }

  /** Moves to the next name of this object with the parser's duplicate check paused for it. */
  private static JsonToken pausedNext(JsonParser p, JsonReadContext context, DupDetector parserCheck)
      throws IOException {
    if (parserCheck != null) {
      context.withDupDetector(null);
    }
    return p.nextToken();
  }

  /**
   * A name that is no property: handled by the Json form's own deserializer, as Jackson would
   * (names it ignores, {@code @JsonIgnoreProperties}, problem handlers, {@code
   * FAIL_ON_UNKNOWN_PROPERTIES}); where that method cannot be called, by the problem handlers.
   */
  private void unknown(JsonParser p, DeserializationContext ctxt, Props known, String name)
      throws IOException {
    if (UNKNOWN != null && known.jsonDeserializer instanceof BeanDeserializerBase) {
      try {
        UNKNOWN.invoke(known.jsonDeserializer, p, ctxt, shape.jsonForm, name);
        return;
      } catch (java.lang.reflect.InvocationTargetException e) {
        Throwable cause = e.getCause();
        if (cause instanceof IOException io) {
          throw io;
        }
        if (cause instanceof RuntimeException runtime) {
          throw runtime;
        }
        throw new IllegalStateException(cause);
      } catch (IllegalAccessException e) {
        // fall through to the handlers
      }
    }
    if (!ctxt.handleUnknownProperty(p, known.jsonDeserializer, shape.jsonForm, name)) {
      p.skipChildren();
    }
  }

  /** {@code BeanDeserializerBase.handleUnknownVanilla} (ignored names, then unknown ones), made callable, or {@code null}. */
  private static final Method UNKNOWN = unknownHandler();

  private static Method unknownHandler() {
    try {
      Method m = BeanDeserializerBase.class.getDeclaredMethod("handleUnknownVanilla", JsonParser.class,
          DeserializationContext.class, Object.class, String.class);
      m.setAccessible(true);
      return m;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  /** A property given twice: recorded at its path when a document is being read, else an error. */
  private static void duplicate(JsonParser p, DeserializationContext ctxt, String name) throws IOException {
    JsonScope scope = JsonScope.current();
    if (scope == null) {
      throw com.fasterxml.jackson.databind.exc.MismatchedInputException.from(p, (Class<?>) null,
          "Duplicate field '" + name + "'");
    }
    scope.record(Messages.violation(JsonPaths.of(p), "org.irrt.model.json.duplicate"));
    p.skipChildren();
  }

  /** Whether values read by this deserializer are built by a compiled function (see {@link ConstantFunction}). */
  boolean constructsDirectly() {
    return props != null && !(props.construct instanceof SteppedConstruction);
  }

  private Props props(DeserializationContext ctxt) throws IOException {
    Props known = props;
    if (known == null) {
      known = Props.of(shape, ctxt.findRootValueDeserializer(ctxt.constructType(shape.jsonForm)));
      props = known;
    }
    return known;
  }

  /** What is found once per value type: the Json form, the builder and its methods. */
  private static final class Shape {
    final Class<?> jsonForm;
    /** {@code () -> Object}: a new builder. */
    final MethodHandle newBuilder;
    /** {@code (Object) -> Object}: the builder's {@code build()}. */
    final MethodHandle build;
    /** By property name, the builder method, as declared ({@code (Builder, T) -> Builder}). */
    final Map<String, MethodHandle> setters;
    /** For Optional properties: the builder method that takes the content itself, as declared. */
    final Map<String, MethodHandle> contentSetters;

    private Shape(Class<?> jsonForm, MethodHandle newBuilder, MethodHandle build,
        Map<String, MethodHandle> setters, Map<String, MethodHandle> contentSetters) {
      this.jsonForm = jsonForm;
      this.newBuilder = newBuilder;
      this.build = build;
      this.setters = setters;
      this.contentSetters = contentSetters;
    }

    static Shape of(Class<?> type) {
      try {
        Class<?> jsonForm = nested(type, "Json");
        Class<?> builderType = nested(type, "Builder");
        if (jsonForm == null || builderType == null || !Modifier.isPublic(builderType.getModifiers())) {
          return null;
        }
        MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
        Map<String, Method> jsonSetters = annotated(jsonForm);
        Map<String, Method> builderSetters = annotated(builderType);
        Map<String, MethodHandle> setters = new HashMap<>();
        Map<String, MethodHandle> contentSetters = new HashMap<>();
        for (Map.Entry<String, Method> e : jsonSetters.entrySet()) {
          Method on = builderSetters.get(e.getKey());
          if (on == null || !on.getParameterTypes()[0].isAssignableFrom(e.getValue().getParameterTypes()[0])) {
            return null;
          }
          setters.put(e.getKey(), setter(lookup, on));
          Method content = contentSetter(builderType, e.getValue());
          if (content != null) {
            contentSetters.put(e.getKey(), setter(lookup, content));
          }
        }
        Method factory = type.getMethod("builder");
        Method build = builderType.getMethod("build");
        if (!Modifier.isStatic(factory.getModifiers()) || factory.getReturnType() != builderType) {
          return null;
        }
        return new Shape(jsonForm, lookup.unreflect(factory).asType(MethodType.methodType(Object.class)),
            lookup.unreflect(build).asType(MethodType.methodType(Object.class, Object.class)), setters,
            contentSetters);
      } catch (Throwable e) {
        return null; // leave the type to Immutables' binding
      }
    }

    /**
     * For a Json-form setter taking {@code Optional<C>}: the builder's public method of the same
     * name taking a {@code C} itself (Immutables makes one for each optional attribute), or {@code null}.
     */
    private static Method contentSetter(Class<?> builderType, Method jsonSetter) {
      if (jsonSetter.getParameterTypes()[0] != java.util.Optional.class
          || !(jsonSetter.getGenericParameterTypes()[0] instanceof java.lang.reflect.ParameterizedType optional)
          || !(optional.getActualTypeArguments()[0] instanceof Class<?> content)) {
        return null;
      }
      String name = jsonSetter.getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class).value();
      try {
        Method m = builderType.getMethod(name, content);
        return Modifier.isStatic(m.getModifiers()) ? null : m;
      } catch (NoSuchMethodException e) {
        return null;
      }
    }

    private static Class<?> nested(Class<?> type, String simpleName) {
      for (Class<?> c : type.getDeclaredClasses()) {
        if (c.getSimpleName().equals(simpleName)) {
          return c;
        }
      }
      return null;
    }

    /** The one-argument methods of {@code type} annotated with {@code @JsonProperty}, by name. */
    private static Map<String, Method> annotated(Class<?> type) {
      Map<String, Method> out = new HashMap<>();
      for (Method m : type.getDeclaredMethods()) {
        com.fasterxml.jackson.annotation.JsonProperty named =
            m.getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
        if (named != null && m.getParameterCount() == 1 && !Modifier.isStatic(m.getModifiers())) {
          out.put(named.value(), m);
        }
      }
      return out;
    }

    private static MethodHandle setter(MethodHandles.Lookup lookup, Method method) throws IllegalAccessException {
      return lookup.unreflect(method);
    }
  }

  /** One property: its place and Jackson's property of the Json form (for its deserializer). */
  private static final class Prop {
    final String name;
    final int index;
    Prop next; // the property that followed this one in the last object read
    final SettableBeanProperty property;
    // for an Optional property read as its content: the content's deserializer
    final JsonDeserializer<Object> content;
    /** What the builder method takes (a primitive as its wrapper): a value read must be one. */
    final Class<?> accepts;

    Prop(int index, SettableBeanProperty property, JsonDeserializer<Object> content, Class<?> accepts) {
      this.name = property.getName();
      this.index = index;
      this.property = property;
      this.content = content;
      this.accepts = accepts;
    }
  }

  private static final class Props {
    final JsonDeserializer<?> jsonDeserializer;
    final Map<String, Prop> byName;
    final int count;
    /**
     * From the values read, by property index ({@code Object[]}, {@code null} where nothing was
     * read): a new builder, each value set with its builder method, then {@code build()}.
     */
    final Function<Object, Object> construct;
    Prop first; // the property an object started with last time

    /**
     * The property of a name: exactly, else as the Json form's deserializer finds it (a host's
     * {@code ACCEPT_CASE_INSENSITIVE_PROPERTIES}, aliases), or {@code null}.
     */
    Prop find(String name) {
      Prop prop = byName.get(name);
      if (prop == null && jsonDeserializer instanceof BeanDeserializerBase bean) {
        SettableBeanProperty found = bean.findProperty(name);
        prop = found == null ? null : byName.get(found.getName());
      }
      return prop;
    }

    private Props(JsonDeserializer<?> jsonDeserializer, Map<String, Prop> byName,
        Function<Object, Object> construct) {
      this.jsonDeserializer = jsonDeserializer;
      this.byName = byName;
      this.count = byName.size();
      this.construct = construct;
    }

    static Props of(Shape shape, JsonDeserializer<?> deserializer) throws JsonMappingException {
      if (!(deserializer instanceof BeanDeserializerBase bean)) {
        throw new IllegalStateException("no bean deserializer for " + shape.jsonForm.getName());
      }
      Map<String, Prop> byName = new HashMap<>();
      List<MethodHandle> setters = new ArrayList<>();
      int index = 0;
      for (Iterator<SettableBeanProperty> it = bean.properties(); it.hasNext(); ) {
        SettableBeanProperty property = it.next();
        MethodHandle setter = shape.setters.get(property.getName());
        if (setter == null) {
          throw new IllegalStateException("no builder method for " + property.getName());
        }
        JsonDeserializer<Object> content = optionalContent(property);
        MethodHandle contentSetter = content == null ? null : shape.contentSetters.get(property.getName());
        MethodHandle chosen = contentSetter == null ? setter : contentSetter;
        byName.put(property.getName(), new Prop(index++, property, contentSetter == null ? null : content,
            chosen.type().wrap().parameterType(1)));
        setters.add(chosen.asType(MethodType.methodType(void.class, Object.class, Object.class)));
      }
      return new Props(deserializer, byName, construct(shape, setters));
    }

    /**
     * The construction as one method handle, {@code (Object[] values) -> Object}, compiled as a
     * class of its own ({@link ConstantFunction}) so that the builder's methods are called directly;
     * where that cannot be made, the same steps one handle at a time.
     */
    private static Function<Object, Object> construct(Shape shape, List<MethodHandle> setters) {
      MethodType step = MethodType.methodType(void.class, Object.class, Object[].class);
      MethodHandle all = MethodHandles.empty(step);
      try {
        MethodHandle nonNull = MethodHandles.lookup().findStatic(java.util.Objects.class, "nonNull",
            MethodType.methodType(boolean.class, Object.class));
        for (int i = setters.size() - 1; i >= 0; i--) {
          MethodHandle element = MethodHandles.insertArguments(
              MethodHandles.arrayElementGetter(Object[].class), 1, i); // (Object[]) -> Object
          MethodHandle set = MethodHandles.filterArguments(setters.get(i), 1, element);
          MethodHandle present = MethodHandles.dropArguments(
              MethodHandles.filterReturnValue(element, nonNull), 0, Object.class);
          all = MethodHandles.foldArguments(all, MethodHandles.guardWithTest(present, set, MethodHandles.empty(step)));
        }
        MethodHandle built = MethodHandles.foldArguments(
            MethodHandles.dropArguments(shape.build, 1, Object[].class), all); // (builder, values) -> value
        MethodHandle whole = MethodHandles.foldArguments(built, shape.newBuilder); // (values) -> value
        Function<Object, Object> compiled = ConstantFunction.of(whole);
        if (compiled != null) {
          return compiled;
        }
      } catch (ReflectiveOperationException | RuntimeException e) {
        // the steps one at a time, below
      }
      return new SteppedConstruction(shape, setters.toArray(MethodHandle[]::new));
    }

    /**
     * The deserializer of an {@code Optional} property's content, when Jackson reads it plainly
     * (no type information, no instantiator), or {@code null}.
     */
    @SuppressWarnings("unchecked")
    private static JsonDeserializer<Object> optionalContent(SettableBeanProperty property) {
      if (property.getType().getRawClass() != java.util.Optional.class || property.getValueTypeDeserializer() != null
          || !(property.getValueDeserializer()
              instanceof com.fasterxml.jackson.databind.deser.std.ReferenceTypeDeserializer<?> reference)
          || reference.getValueInstantiator() != null) {
        return null;
      }
      try {
        java.lang.reflect.Field typed = com.fasterxml.jackson.databind.deser.std.ReferenceTypeDeserializer.class
            .getDeclaredField("_valueTypeDeserializer");
        java.lang.reflect.Field content = com.fasterxml.jackson.databind.deser.std.ReferenceTypeDeserializer.class
            .getDeclaredField("_valueDeserializer");
        typed.setAccessible(true);
        content.setAccessible(true);
        return typed.get(reference) == null ? (JsonDeserializer<Object>) content.get(reference) : null;
      } catch (ReflectiveOperationException | RuntimeException e) {
        return null; // read through the Optional, as Jackson does
      }
    }
  }

  /** The construction one handle at a time, where it cannot be compiled. */
  private record SteppedConstruction(Shape shape, MethodHandle[] setters) implements Function<Object, Object> {
    @Override
    public Object apply(Object values) {
      try {
        Object builder = shape.newBuilder.invokeExact();
        Object[] read = (Object[]) values;
        for (int i = 0; i < setters.length; i++) {
          if (read[i] != null) {
            setters[i].invokeExact(builder, read[i]);
          }
        }
        return shape.build.invokeExact(builder);
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
