package org.irrt.jackson3;

import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.JsonToken;
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
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.irrt.model.common.InvalidValueException;
import org.irrt.model.internal.JsonErrors;
import org.irrt.model.internal.JsonProblems;
import org.irrt.model.internal.RejectedValueException;
import org.irrt.model.internal.Validators;
import org.irrt.model.internal.ValueTypes;

/**
 * How library values are read: Jackson reads each through the JSON form Immutables generates
 * ({@code ImmutableMember.Json}) and makes it with its {@code build()}; around that, the library's
 * deserializers record problems instead of stopping at the first (see {@link JsonProblems}).
 */
final class Reading extends ValueDeserializerModifier {
  private static final long serialVersionUID = 1L;

  @Override
  public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription.Supplier desc,
      BeanDeserializerBuilder builder) {
    if (isJsonForm(desc.getBeanClass())) {
      List<SettableBeanProperty> properties = new ArrayList<>();
      for (Iterator<SettableBeanProperty> it = builder.getProperties(); it.hasNext(); ) {
        properties.add(it.next());
      }
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
    if (!ValueTypes.isLibraryType(type) || isJsonForm(type)) {
      return deserializer;
    }
    return new Value(deserializer, ValueTypes.isValueClass(type));
  }

  /** Whether a class is the JSON form Immutables generates inside a value class. */
  private static boolean isJsonForm(Class<?> type) {
    return type.getSimpleName().equals("Json") && type.getEnclosingClass() != null
        && ValueTypes.isValueClass(type.getEnclosingClass());
  }

  /**
   * The deserializer of a library type. The outermost one of a document opens its {@link
   * JsonProblems} and at its end throws them as one exception; any one records what failed inside
   * it under its path and reads as the value its check refused (so that the values around it are
   * still checked against it) or, when none was made, as {@code null}, so that reading goes on.
   */
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
      JsonProblems problems = Problems.of(ctxt);
      boolean outermost = problems == null;
      if (outermost) {
        problems = new JsonProblems();
        ctxt.setAttribute(JsonProblems.class, problems);
      }
      TokenStreamContext owner = Problems.owner(p);
      if (valueClass) {
        problems.openObject();
      }
      Object value;
      try {
        value = read(p, ctxt, problems, owner, outermost);
      } catch (JsonProblems.TooManyProblems full) {
        if (!outermost) {
          throw full; // the outermost value reports
        }
        value = null;
      } finally {
        if (valueClass) {
          problems.closeObject();
        }
        if (outermost) {
          ctxt.setAttribute(JsonProblems.class, null);
        }
      }
      if (outermost && problems.any()) {
        throw problems.exception(Validators.subject(handledType()));
      }
      return value;
    }

    /**
     * Reads the value; what fails is recorded (and the value read as the refused value or null), or,
     * when reading cannot go on, thrown to the outermost value. A full report throws {@link
     * JsonProblems.TooManyProblems} from wherever it fills.
     */
    private Object read(JsonParser p, DeserializationContext ctxt, JsonProblems problems, TokenStreamContext owner,
        boolean outermost) {
      Object value;
      try {
        value = _delegatee.deserialize(p, ctxt);
      } catch (RuntimeException e) {
        String path = Problems.path(owner);
        Exception fatal = Problems.isFatal(e) ? e : null;
        value = null;
        if (fatal == null) {
          InvalidValueException invalid = JsonErrors.find(e, InvalidValueException.class);
          value = valueClass ? RejectedValueException.valueOf(e) : null;
          if (invalid != null && valueClass) {
            problems.value(path, invalid.violations(), value == null);
          } else if (!problems.explains(path)) {
            Problems.violations(e, p, path).forEach(problems::input);
          }
          fatal = Problems.skipTo(p, owner);
        }
        if (fatal != null) {
          if (!outermost) {
            Problems.rethrow(fatal); // the parser lost its place, or the report is full: the outermost value reports
          }
          Problems.recordFatal(problems, fatal, p, path);
          value = null;
        }
      }
      return value;
    }
  }

  /**
   * A property of a value's JSON form: refused when given twice in one object, and when its value
   * cannot be read, recorded at its path and skipped, so that the object's other properties are
   * still read.
   */
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
      JsonProblems problems = Problems.of(ctxt);
      if (problems == null) {
        delegate.deserializeAndSet(p, ctxt, instance);
        return;
      }
      TokenStreamContext owner = Problems.owner(p);
      if (!problems.give(index)) {
        problems.input(JsonErrors.at(Problems.path(owner), "duplicate"));
        p.skipChildren();
        return;
      }
      try {
        delegate.deserializeAndSet(p, ctxt, instance);
      } catch (RuntimeException e) {
        if (Problems.isFatal(e)) {
          throw e;
        }
        String path = Problems.path(owner);
        if (!problems.explains(path)) {
          Problems.violations(e, p, path).forEach(problems::input);
        }
        problems.unreadable(path); // a list stops at its first unreadable element: the rest is not read
        Exception stop = Problems.skipTo(p, owner);
        if (stop != null) {
          Problems.rethrow(stop); // the rest could not be skipped: reading cannot go on
        }
      }
    }

    @Override
    public Object deserializeSetAndReturn(JsonParser p, DeserializationContext ctxt, Object instance)
        {
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
      if (!ValueTypes.isValueClass(desc.getBeanClass())) {
        return writers;
      }
      List<String> order = ValueTypes.propertyOrder(desc.getBeanClass());
      List<BeanPropertyWriter> sorted = new ArrayList<>(writers);
      sorted.sort(Comparator.comparingInt(w -> {
        int i = order.indexOf(w.getMember().getName());
        return i < 0 ? Integer.MAX_VALUE : i;
      }));
      return sorted;
    }
  }
}
