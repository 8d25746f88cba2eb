package org.irrt.model.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.irrt.model.common.LanguageTag;
import org.irrt.model.common.ValidText;

/**
 * A quick pass over a value's Bean Validation constraints that says when all of them certainly hold,
 * so that {@link Validators} calls Hibernate Validator only for a value that may break one (it then
 * reports every violation with its path and message, as always).
 *
 * <p>The plan of a class is read once from Hibernate Validator's own metadata ({@code
 * getConstraintsForClass}): the same properties, the same constraints with the same attributes, the
 * same container elements. Each constraint the pass knows is checked as the specification defines it
 * ({@code @NotNull}, {@code @NotEmpty}, {@code @Size}, {@code @Min}, {@code @Max}, {@code @Pattern})
 * or with the library's own validator ({@code @ValidText}, {@code @LanguageTag}). A class with
 * anything else (class-level or cascaded constraints, groups, composed or unknown constraints,
 * another container) has no plan, and every value of it goes to Hibernate Validator. The pass is
 * conservative: where it is unsure (a value of an unexpected type) it answers "may break", never
 * "holds". {@code PrecheckTest} checks it against Hibernate Validator on generated values.
 */
final class Precheck {
  private Precheck() {}

  private static final ClassValue<Optional<Plan>> PLANS = new ClassValue<>() {
    @Override
    protected Optional<Plan> computeValue(Class<?> type) {
      return plan(type);
    }
  };

  /**
   * Whether every constraint of a value certainly holds.
   *
   * @param value a non-null value
   * @return {@code true} when it does; {@code false} when it may not, or the class has no plan
   */
  static boolean holds(Object value) {
    Optional<Plan> plan = PLANS.get(value.getClass());
    return plan.isPresent() && plan.get().holds(value);
  }

  /**
   * Whether values of a class are checked by the quick pass.
   *
   * @param type the runtime class
   * @return whether it has a plan
   */
  static boolean hasPlan(Class<?> type) {
    return PLANS.get(type).isPresent();
  }

  /**
   * Whether values of a class are checked by a specialised checker of their own.
   *
   * @param type the runtime class
   * @return whether its plan is specialised
   */
  static boolean isSpecialised(Class<?> type) {
    return PLANS.get(type).map(plan -> plan.specialised() != null).orElse(false);
  }

  /**
   * The checks of one class: per constrained property, its accessor, its own constraints and those
   * of its elements. Constraints are data ({@link Rule}) read by one {@code switch}, so that checking
   * a value makes one call per property (its accessor), not one per constraint.
   */
  private record Plan(Property[] properties, java.util.function.Function<Object, Object> specialised) {
    boolean holds(Object value) {
      if (specialised != null) {
        try {
          return specialised.apply(value) == Boolean.TRUE;
        } catch (RuntimeException | StackOverflowError e) {
          return false; // let Hibernate Validator see it
        }
      }
      try {
        for (Property p : properties) {
          if (!Precheck.holds(p, p.accessor().apply(value))) {
            return false;
          }
        }
        return true;
      } catch (RuntimeException e) {
        return false; // let Hibernate Validator see it
      }
    }
  }

  /** Whether a property's value meets its constraints and its elements' constraints. */
  private static boolean holds(Property p, Object v) {
    if (!all(p.own(), v)) {
      return false;
    }
    if (p.container() == OPTIONAL) {
      return v instanceof Optional<?> o && all(p.elements(), o.orElse(null));
    }
    if (p.container() == COLLECTION) {
      if (!(v instanceof Collection<?> c)) {
        return false;
      }
      for (Object e : c) {
        if (!all(p.elements(), e)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * The plan as one checker class of its own ({@link ConstantFunction}): the accessors and checks
   * of every property chained into one method handle, {@link Boolean#TRUE} only if all hold. {@code
   * null} where hidden classes cannot be made here (the plan is then read property by property).
   */
  private static java.util.function.Function<Object, Object> specialise(
      List<java.lang.invoke.MethodHandle> accessors, Property[] properties) {
    try {
      java.lang.invoke.MethodHandles.Lookup lookup = java.lang.invoke.MethodHandles.lookup();
      java.lang.invoke.MethodHandle alwaysFalse = java.lang.invoke.MethodHandles.dropArguments(
          java.lang.invoke.MethodHandles.constant(boolean.class, false), 0, Object.class);
      java.lang.invoke.MethodHandle all = java.lang.invoke.MethodHandles.dropArguments(
          java.lang.invoke.MethodHandles.constant(boolean.class, true), 0, Object.class);
      java.lang.invoke.MethodHandle holds = lookup.findStatic(Precheck.class, "holds",
          java.lang.invoke.MethodType.methodType(boolean.class, Property.class, Object.class));
      for (int i = properties.length - 1; i >= 0; i--) {
        java.lang.invoke.MethodHandle read = accessors.get(i).asType(
            java.lang.invoke.MethodType.methodType(Object.class, Object.class));
        java.lang.invoke.MethodHandle check = java.lang.invoke.MethodHandles.filterArguments(
            java.lang.invoke.MethodHandles.insertArguments(holds, 0, properties[i]), 0, read);
        all = java.lang.invoke.MethodHandles.guardWithTest(check, all, alwaysFalse);
      }
      return ConstantFunction.of(all); // the boolean boxed as Boolean.TRUE or Boolean.FALSE
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  private static final int NONE = 0;
  private static final int OPTIONAL = 1;
  private static final int COLLECTION = 2;

  /** A constrained property: its accessor, its constraints, its container kind and its elements' constraints. */
  private record Property(java.util.function.Function<Object, Object> accessor, Rule[] own, int container,
      Rule[] elements) {}

  private static final int NOT_NULL = 0;
  private static final int NOT_EMPTY = 1;
  private static final int SIZE = 2;
  private static final int MIN = 3;
  private static final int MAX = 4;
  private static final int PATTERN = 5;
  private static final int VALID_TEXT = 6;
  private static final int LANGUAGE_TAG = 7;

  /** One constraint: its kind and attributes (bounds, pattern, the text rule's maximum and lines). */
  private record Rule(int kind, long low, long high, java.util.regex.Pattern regex, boolean multiline) {}

  private static boolean all(Rule[] rules, Object v) {
    for (Rule r : rules) {
      if (!test(r, v)) {
        return false;
      }
    }
    return true;
  }

  /** One constraint as the specification (or the library's validator) defines it. */
  private static boolean test(Rule r, Object v) {
    switch (r.kind()) {
      case NOT_NULL:
        return v != null;
      case NOT_EMPTY:
        return v != null && size(v) > 0;
      case SIZE: {
        if (v == null) {
          return true;
        }
        long size = size(v);
        return size >= r.low() && size <= r.high();
      }
      case MIN:
        return v == null || compare(v, r.low()) >= 0;
      case MAX: {
        int c = v == null ? 0 : compare(v, r.high());
        return c != Integer.MIN_VALUE && c <= 0;
      }
      case PATTERN:
        return v == null || (v instanceof CharSequence cs && r.regex().matcher(cs).matches());
      case VALID_TEXT:
        return v == null || (v instanceof CharSequence cs && Text.problem(cs, (int) r.high(), r.multiline()) == null);
      case LANGUAGE_TAG:
        return v == null || (v instanceof String s && LanguageTagValidator.isValid(s));
      default:
        return false;
    }
  }

  /** The accessor as a method handle, or {@code null} when the class does not allow it. */
  private static java.lang.invoke.MethodHandle handle(Method accessor) {
    try {
      return java.lang.invoke.MethodHandles.privateLookupIn(accessor.getDeclaringClass(),
          java.lang.invoke.MethodHandles.lookup()).unreflect(accessor);
    } catch (IllegalAccessException | RuntimeException e) {
      return null;
    }
  }

  /**
   * The accessor as a function, made with {@link java.lang.invoke.LambdaMetafactory} (a direct
   * call, where {@link Method#invoke} goes through reflection each time), or by reflection when the
   * class does not allow it; used where the plan is read property by property.
   */
  @SuppressWarnings("unchecked")
  private static java.util.function.Function<Object, Object> getter(Method accessor) {
    try {
      java.lang.invoke.MethodHandles.Lookup lookup = java.lang.invoke.MethodHandles.privateLookupIn(
          accessor.getDeclaringClass(), java.lang.invoke.MethodHandles.lookup());
      java.lang.invoke.MethodHandle handle = lookup.unreflect(accessor);
      return (java.util.function.Function<Object, Object>) java.lang.invoke.LambdaMetafactory.metafactory(lookup,
          "apply", java.lang.invoke.MethodType.methodType(java.util.function.Function.class),
          java.lang.invoke.MethodType.methodType(Object.class, Object.class), handle, handle.type().wrap())
          .getTarget().invokeExact();
    } catch (Throwable e) {
      return value -> {
        try {
          return accessor.invoke(value);
        } catch (ReflectiveOperationException failed) {
          throw new IllegalStateException(failed);
        }
      };
    }
  }

  @SuppressWarnings("unchecked")
  private static Optional<Plan> plan(Class<?> type) {
    BeanDescriptor bean = Validators.validator().getConstraintsForClass(type);
    if (!bean.getConstraintDescriptors().isEmpty() || constrainsAField(type)) {
      return Optional.empty();
    }
    List<Property> properties = new ArrayList<>();
    List<java.lang.invoke.MethodHandle> handles = new ArrayList<>();
    for (PropertyDescriptor property : bean.getConstrainedProperties()) {
      if (property.isCascaded()) {
        return Optional.empty();
      }
      Method accessor = accessor(type, property.getPropertyName());
      if (accessor == null) {
        return Optional.empty();
      }
      Rule[] own = rules(property.getConstraintDescriptors());
      if (own == null || (own.length > 0 && unwrappedByDefault(accessor.getReturnType()))) {
        return Optional.empty(); // constraints on an Optional itself: unwrapping rules, leave to HV
      }
      int container = NONE;
      Rule[] elements = new Rule[0];
      Set<ContainerElementTypeDescriptor> containers = property.getConstrainedContainerElementTypes();
      if (containers.size() > 1) {
        return Optional.empty();
      }
      for (ContainerElementTypeDescriptor element : containers) {
        elements = rules(element.getConstraintDescriptors());
        if (elements == null || element.isCascaded() || !element.getConstrainedContainerElementTypes().isEmpty()
            || element.getTypeArgumentIndex() == null || element.getTypeArgumentIndex() != 0) {
          return Optional.empty();
        }
        Class<?> kind = element.getContainerClass();
        if (kind == Optional.class) {
          container = OPTIONAL;
        } else if (kind == List.class || kind == Set.class || kind == Collection.class) {
          container = COLLECTION;
        } else {
          return Optional.empty();
        }
      }
      java.lang.invoke.MethodHandle handle = handle(accessor);
      if (handle == null) {
        return Optional.empty();
      }
      handles.add(handle);
      properties.add(new Property(getter(accessor), own, container, elements));
    }
    Property[] all = properties.toArray(Property[]::new);
    return Optional.of(new Plan(all, specialise(handles, all)));
  }

  /** The types whose value Hibernate Validator's extractors unwrap by default. */
  private static boolean unwrappedByDefault(Class<?> type) {
    return Optional.class.isAssignableFrom(type) || type == java.util.OptionalInt.class
        || type == java.util.OptionalLong.class || type == java.util.OptionalDouble.class;
  }

  /**
   * Whether a field of the class or a superclass carries a constraint (on it or in its type): the
   * property is then the field, not the accessor of that name this pass would call.
   */
  private static boolean constrainsAField(Class<?> type) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (java.lang.reflect.Field f : c.getDeclaredFields()) {
        if (hasConstraint(f.getAnnotations()) || hasConstraint(f.getAnnotatedType())) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean hasConstraint(java.lang.reflect.AnnotatedType type) {
    if (hasConstraint(type.getAnnotations())) {
      return true;
    }
    if (type instanceof java.lang.reflect.AnnotatedParameterizedType p) {
      for (java.lang.reflect.AnnotatedType argument : p.getAnnotatedActualTypeArguments()) {
        if (hasConstraint(argument)) {
          return true;
        }
      }
    }
    if (type instanceof java.lang.reflect.AnnotatedArrayType a) {
      return hasConstraint(a.getAnnotatedGenericComponentType());
    }
    return false;
  }

  private static boolean hasConstraint(Annotation[] annotations) {
    for (Annotation a : annotations) {
      if (a.annotationType().isAnnotationPresent(jakarta.validation.Constraint.class)
          || a.annotationType().getPackageName().equals("jakarta.validation.constraints")
          || a.annotationType() == jakarta.validation.Valid.class) {
        return true;
      }
    }
    return false;
  }

  /** The public no-argument method of that name, callable from here, or {@code null}. */
  private static Method accessor(Class<?> type, String name) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      try {
        Method m = c.getDeclaredMethod(name);
        if (Modifier.isStatic(m.getModifiers()) || !m.trySetAccessible()) {
          return null;
        }
        return m;
      } catch (NoSuchMethodException e) {
        // look in the superclass
      }
    }
    try {
      Method m = type.getMethod(name);
      return m.trySetAccessible() ? m : null;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  /** The constraints as rules, or {@code null} when one of them is not known here. */
  private static Rule[] rules(Set<ConstraintDescriptor<?>> descriptors) {
    List<Rule> rules = new ArrayList<>();
    for (ConstraintDescriptor<?> d : descriptors) {
      if (!d.getComposingConstraints().isEmpty() || !d.getGroups().equals(Set.of(Default.class))
          || !d.getPayload().isEmpty()) {
        return null;
      }
      Rule one = rule(d.getAnnotation());
      if (one == null) {
        return null;
      }
      rules.add(one);
    }
    return rules.toArray(Rule[]::new);
  }

  /** One constraint as a rule, or {@code null} for a constraint this pass does not know. */
  private static Rule rule(Annotation a) {
    if (a instanceof NotNull) {
      return new Rule(NOT_NULL, 0, 0, null, false);
    }
    if (a instanceof NotEmpty) {
      return new Rule(NOT_EMPTY, 0, 0, null, false);
    }
    if (a instanceof Size s) {
      return new Rule(SIZE, s.min(), s.max(), null, false);
    }
    if (a instanceof Min m) {
      return new Rule(MIN, m.value(), 0, null, false);
    }
    if (a instanceof Max m) {
      return new Rule(MAX, 0, m.value(), null, false);
    }
    if (a instanceof Pattern p) {
      int flags = 0;
      for (Pattern.Flag f : p.flags()) {
        flags |= f.getValue();
      }
      return new Rule(PATTERN, 0, 0, java.util.regex.Pattern.compile(p.regexp(), flags), false);
    }
    if (a instanceof ValidText t) {
      return new Rule(VALID_TEXT, 0, t.max(), null, t.multiline());
    }
    if (a instanceof LanguageTag) {
      return new Rule(LANGUAGE_TAG, 0, 0, null, false);
    }
    return null;
  }

  /** The size {@code @Size} and {@code @NotEmpty} measure, or -1 for a type they do not know. */
  private static long size(Object v) {
    if (v instanceof CharSequence cs) {
      return cs.length();
    }
    if (v instanceof Collection<?> c) {
      return c.size();
    }
    if (v instanceof Map<?, ?> m) {
      return m.size();
    }
    if (v instanceof Object[] array) {
      return array.length;
    }
    return -1;
  }

  /**
   * Compares a whole number with a bound: negative, zero or positive; {@link Integer#MIN_VALUE} for
   * a type this pass does not compare (which then fails {@code @Min} and {@code @Max}).
   */
  private static int compare(Object v, long bound) {
    if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
      return Long.compare(((Number) v).longValue(), bound);
    }
    if (v instanceof BigDecimal d) {
      return Integer.signum(d.compareTo(BigDecimal.valueOf(bound)));
    }
    if (v instanceof BigInteger i) {
      return Integer.signum(i.compareTo(BigInteger.valueOf(bound)));
    }
    return Integer.MIN_VALUE;
  }
}
