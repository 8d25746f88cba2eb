package org.irrt.model.testing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.irrt.model.common.InvalidValueException;
import org.irrt.model.common.Violation;

/**
 * Calls every public constructor and method of a library's public API with {@code null} for each
 * reference parameter in turn (the other arguments sample values), and reports every call that does
 * not refuse the null clearly. The idea of Guava's {@code NullPointerTester}, written for this
 * project's rules:
 *
 * <ul>
 *   <li>the API is every public class of the packages under a base package except {@code
 *       .internal} ones (no module exports them), with its public constructors (a record's canonical
 *       one among them), public static methods, and public instance methods declared in the
 *       library; {@code equals}, enum {@code valueOf}, synthetic and bridge methods are left out, and
 *       so are {@code Optional} parameters (absence has its own value there);
 *   <li>a clear refusal is a {@link NullPointerException} or {@link IllegalArgumentException} whose
 *       message names the parameter ({@code Objects.requireNonNull(zone, "zone")}), or an {@link
 *       InvalidValueException} with a violation at the parameter's path, or at the value's own
 *       (empty) path when the parameter is the whole value (a one-parameter factory or constructor,
 *       a {@code with*} method of the attribute it names);
 *   <li>Immutables' builders collect missing attributes as violations at {@code build()} and are
 *       checked that way: a builder made {@code from} a sample, the setter given {@code null}, then
 *       {@code build()} must report the attribute; JSON creators ({@code @JsonCreator} on a
 *       generated {@code Json} class) are read by {@code IrrtJson} and collect violations there.
 * </ul>
 *
 * <p>Samples: values registered with {@link #sample}, then enum constants, records made from
 * samples of their components, types with a public static no-argument factory returning them or a
 * public no-argument constructor, and registered values of a subtype; a type with none is
 * reported, so that the API is covered whole.
 */
public final class NullArgumentTester {
  private final Map<Class<?>, Supplier<?>> samples = new LinkedHashMap<>();
  private final Map<String, String> accepted = new HashMap<>();
  private final Set<Class<?>> making = new HashSet<>();

  /** A tester with samples of the JDK types the library's API takes. */
  public NullArgumentTester() {
    sample(String.class, "x");
    sample(CharSequence.class, "x");
    sample(Object.class, "x");
    sample(Locale.class, Locale.ENGLISH);
    sample(List.class, List.of());
    sample(Collection.class, List.of());
    sample(Iterable.class, List.of());
    sample(Set.class, Set.of());
    sample(SortedSet.class, new TreeSet<>());
    sample(Map.class, Map.of());
    sample(java.util.SortedMap.class, new java.util.TreeMap<>());
    sample(Optional.class, Optional.empty());
    sample(Class.class, String.class);
    sample(java.time.Instant.class, java.time.Instant.parse("2026-09-15T15:00:00Z"));
    sample(java.time.LocalDate.class, java.time.LocalDate.of(2026, 9, 15));
    sample(java.time.LocalDateTime.class, java.time.LocalDateTime.of(2026, 9, 15, 10, 0));
    sample(java.time.YearMonth.class, java.time.YearMonth.of(2026, 9));
    sample(java.time.Year.class, java.time.Year.of(2026));
    sample(java.time.MonthDay.class, java.time.MonthDay.of(7, 1));
    sample(java.time.ZoneId.class, java.time.ZoneId.of("America/Chicago"));
    sample(java.time.Duration.class, java.time.Duration.ofDays(1));
    sample(java.time.Period.class, java.time.Period.ofDays(1));
    sample(java.time.Clock.class, java.time.Clock.fixed(java.time.Instant.parse("2026-09-15T15:00:00Z"),
        java.time.ZoneOffset.UTC));
    sample(java.math.BigDecimal.class, java.math.BigDecimal.ONE);
    sample(java.util.Currency.class, java.util.Currency.getInstance("USD"));
    // In a folder that does not exist, so that a method that writes before it checks its other
    // arguments fails instead of leaving a file behind.
    sample(java.nio.file.Path.class, java.nio.file.Path.of("no-such-folder", "does-not-exist.json"));
    sample(java.io.InputStream.class, new java.io.ByteArrayInputStream(new byte[0]));
    sample(java.io.OutputStream.class, java.io.OutputStream.nullOutputStream());
    sample(java.io.Reader.class, new java.io.StringReader(""));
    sample(java.io.Writer.class, java.io.Writer.nullWriter());
    sample(Appendable.class, new StringBuilder());
    sample(java.util.function.Function.class, (java.util.function.Function<Object, Object>) x -> x);
    sample(java.util.function.Predicate.class, (java.util.function.Predicate<Object>) x -> true);
    sample(java.util.function.Consumer.class, (java.util.function.Consumer<Object>) x -> {});
    sample(Supplier.class, (Supplier<Object>) () -> "x");
    sample(java.util.function.UnaryOperator.class, (java.util.function.UnaryOperator<Object>) x -> x);
    sample(java.util.function.BiFunction.class, (java.util.function.BiFunction<Object, Object, Object>) (a, b) -> a);
    sample(Throwable.class, new RuntimeException("sample"));
    sample(Exception.class, new RuntimeException("sample"));
    sample(java.util.random.RandomGenerator.class, new java.util.Random(1));
  }

  /**
   * Registers the sample value of a type (also used as the receiver of its instance methods).
   *
   * @param type the type
   * @param value a valid value
   * @param <T> the type
   * @return this tester
   */
  public <T> NullArgumentTester sample(Class<T> type, T value) {
    samples.put(type, () -> value);
    return this;
  }

  /**
   * Registers a sample made afresh for each use (for mutable objects such as engines).
   *
   * @param type the type
   * @param value makes a valid value
   * @param <T> the type
   * @return this tester
   */
  public <T> NullArgumentTester fresh(Class<T> type, Supplier<? extends T> value) {
    samples.put(type, value);
    return this;
  }

  /**
   * Declares that a parameter takes {@code null} on purpose, as its Javadoc says.
   *
   * @param call {@code Type.method(parameter)}, e.g. {@code MemberDirectory.search(query)}
   * @param why the documented meaning of {@code null}
   * @return this tester
   */
  public NullArgumentTester acceptsNull(String call, String why) {
    accepted.put(call, why);
    return this;
  }

  /**
   * Every call of the public API under a package that does not refuse a {@code null} clearly, and
   * every type without a sample.
   *
   * @param basePackage e.g. {@code org.irrt.model}
   * @return one line per problem; empty when the whole API refuses nulls clearly
   */
  public List<String> problems(String basePackage) {
    List<String> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Class<?> type : publicApi(basePackage)) {
      if (isBuilder(type)) {
        checkBuilder(type, problems);
        continue;
      }
      for (Constructor<?> c : type.getConstructors()) {
        if (!Modifier.isAbstract(type.getModifiers())) {
          check(type, c, basePackage, problems);
        }
      }
      for (Method m : type.getMethods()) {
        boolean instance = !Modifier.isStatic(m.getModifiers());
        if (instance && (type.isInterface() || Modifier.isAbstract(m.getModifiers()))) {
          continue; // tested on the public classes that implement it
        }
        if (tested(m, basePackage) && seen.add(m.toGenericString())) {
          check(type, m, basePackage, problems);
        }
      }
    }
    Set<String> unused = new TreeSet<>(accepted.keySet());
    unused.removeAll(used);
    unused.forEach(call -> problems.add(call + ": declared to accept null, but there is no such parameter"));
    return problems;
  }

  private final Set<String> used = new HashSet<>();
  private int nullsPassed;

  /**
   * How many calls were made with a null argument, builders' {@code build()} included: a check that
   * the scan found the API.
   *
   * @return the count
   */
  public int nullsPassed() {
    return nullsPassed;
  }

  /** Classes Immutables generated (its {@code @Generated} is kept in the class file only). */
  private final Set<Class<?>> generated = new HashSet<>();

  /** The public classes of the packages under the base, except internal ones, in name order. */
  private List<Class<?>> publicApi(String basePackage) {
    List<Class<?>> api = new ArrayList<>();
    for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(basePackage)) {
      if (c.getPackageName().contains(".internal") || c.isAnonymousClass() || c.isLocalClass()) {
        continue;
      }
      Class<?> type = c.reflect();
      if (c.isAnnotatedWith("org.immutables.value.Generated")) {
        generated.add(type);
      }
      if (isPublic(type)) {
        api.add(type);
      }
    }
    api.sort(Comparator.comparing(Class::getName));
    return api;
  }

  private static boolean isPublic(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
      if (!Modifier.isPublic(t.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  private static boolean isBuilder(Class<?> type) {
    return type.getSimpleName().equals("Builder") && type.getEnclosingClass() != null
        && type.getEnclosingClass().getSimpleName().startsWith("Immutable");
  }

  private static boolean tested(Method m, String basePackage) {
    if (m.isSynthetic() || m.isBridge() || m.getDeclaringClass().getPackageName().startsWith(basePackage) == false) {
      return false;
    }
    if (m.getName().equals("equals") && m.getParameterCount() == 1) {
      return false;
    }
    if (m.getDeclaringClass().isEnum() && m.getName().equals("valueOf") && m.getParameterCount() == 1) {
      return false; // the compiler's enum valueOf(String)
    }
    if (m.isAnnotationPresent(JsonCreator.class) && m.getDeclaringClass().getSimpleName().startsWith("Immutable")
        && m.getName().equals("fromJson")) {
      return false; // Immutables' JSON creator: IrrtJson reads it and collects violations
    }
    return true;
  }

  private void check(Class<?> type, Executable e, String basePackage, List<String> problems) {
    Parameter[] params = e.getParameters();
    for (int i = 0; i < params.length; i++) {
      Class<?> p = params[i].getType();
      if (p.isPrimitive() || p == Optional.class) {
        continue;
      }
      String call = e.getDeclaringClass().getSimpleName() + "." + (e instanceof Constructor ? "new" : e.getName())
          + "(" + params[i].getName() + ")";
      String where = describe(type, e) + " with null " + params[i].getName();
      if (accepted.containsKey(call)) {
        used.add(call);
        continue;
      }
      if (generated.contains(e.getDeclaringClass()) && e.getName().startsWith("with")
          && isOptionalAttribute(type, property(e.getName()))) {
        continue; // Immutables with optionalAcceptNullable: null leaves an optional attribute empty (IrrtStyle)
      }
      Object receiver = null;
      Object[] args = new Object[params.length];
      try {
        if (e instanceof Method m && !Modifier.isStatic(m.getModifiers())) {
          receiver = sampleOf(type);
        }
        Class<?> concrete = receiver != null ? receiver.getClass() : type;
        for (int j = 0; j < params.length; j++) {
          args[j] = j == i ? null : argument(params[j], concrete);
        }
      } catch (MissingSample missing) {
        problems.add(where + ": no sample of " + missing.getMessage());
        continue;
      }
      Throwable thrown;
      nullsPassed++;
      try {
        if (e instanceof Method m) {
          m.invoke(receiver, args);
        } else {
          ((Constructor<?>) e).newInstance(args);
        }
        problems.add(where + ": accepted without an error");
        continue;
      } catch (InvocationTargetException ite) {
        thrown = ite.getCause();
      } catch (ReflectiveOperationException | IllegalArgumentException roe) {
        problems.add(where + ": could not be called (" + roe + ")");
        continue;
      }
      if (generated.contains(e.getDeclaringClass()) && thrown instanceof NullPointerException
          && (Iterable.class.isAssignableFrom(p) || p.isArray() || thrownIn(thrown, e))) {
        continue; // code Immutables generated: its own NullPointerException, thrown before anything changes
      }
      String problem = judge(thrown, params[i].getName(), e, params.length);
      if (problem != null) {
        problems.add(where + ": " + problem);
      }
    }
  }

  /** Null when the exception refuses the null clearly; otherwise what is wrong with it. */
  private static String judge(Throwable thrown, String parameter, Executable e, int parameterCount) {
    if (thrown instanceof InvalidValueException invalid) {
      String property = e.getName().startsWith("with") ? property(e.getName()) : null;
      for (Violation v : invalid.violations()) {
        String root = v.path().split("[.\\[]", 2)[0];
        if (root.equals(parameter) || root.equals(property) || (v.path().isEmpty() && parameterCount == 1)) {
          return null;
        }
      }
      return "InvalidValueException without a violation at '" + parameter + "': " + invalid.violations();
    }
    if (thrown instanceof NullPointerException || thrown instanceof IllegalArgumentException) {
      String message = thrown.getMessage();
      if (message != null && names(message, parameter) && !message.startsWith("Cannot ")) {
        return null;
      }
      return thrown.getClass().getSimpleName() + " not naming '" + parameter + "': " + message + " at "
          + (thrown.getStackTrace().length > 0 ? thrown.getStackTrace()[0] : "?");
    }
    return "threw " + thrown + " at " + (thrown.getStackTrace().length > 0 ? thrown.getStackTrace()[0] : "?");
  }

  /** Whether an exception was thrown by the called method itself, not from deeper inside. */
  private static boolean thrownIn(Throwable thrown, Executable e) {
    StackTraceElement[] trace = thrown.getStackTrace();
    return trace.length > 0 && trace[0].getClassName().equals(e.getDeclaringClass().getName())
        && trace[0].getMethodName().equals(e instanceof Constructor ? "<init>" : e.getName());
  }

  /** The attribute a {@code withX} method sets: {@code x}. */
  private static String property(String withMethod) {
    return withMethod.length() > 4 ? Character.toLowerCase(withMethod.charAt(4)) + withMethod.substring(5) : "";
  }

  /** Whether a message names a parameter as a word ({@code zone}, {@code "zone"}, {@code zone must...}). */
  private static boolean names(String message, String parameter) {
    return message.matches("(?s).*(?<![A-Za-z0-9_])" + java.util.regex.Pattern.quote(parameter) + "(?![A-Za-z0-9_]).*");
  }

  private static String describe(Class<?> type, Executable e) {
    String params = Arrays.stream(e.getParameterTypes()).map(Class::getSimpleName)
        .reduce((a, b) -> a + ", " + b).orElse("");
    return type.getSimpleName() + "." + (e instanceof Constructor ? "<init>" : e.getName()) + "(" + params + ")";
  }

  /**
   * A builder's setters given null: {@code build()} of a builder made from a sample must report the
   * attribute (Immutables' builders collect violations instead of throwing at once).
   */
  private void checkBuilder(Class<?> builder, List<String> problems) {
    Class<?> immutable = builder.getEnclosingClass();
    Class<?> abstractType = immutable.getSuperclass();
    Object sample;
    try {
      sample = sampleOf(abstractType);
    } catch (MissingSample missing) {
      problems.add(builder.getName() + ": no sample of " + missing.getMessage());
      return;
    }
    for (Method setter : builder.getMethods()) {
      if (setter.getDeclaringClass() != builder || setter.getParameterCount() != 1
          || setter.getReturnType() != builder || setter.getName().equals("from")) {
        continue;
      }
      Class<?> p = setter.getParameterTypes()[0];
      if (p.isPrimitive() || p == Optional.class || Iterable.class.isAssignableFrom(p) || p.isArray()
          || setter.getName().startsWith("add") || setter.getName().startsWith("put")) {
        continue; // collections: the elements' nulls are reported at build() by their own @NotNull
      }
      String where = builder.getEnclosingClass().getSimpleName() + ".Builder." + setter.getName() + "(null).build()";
      try {
        Object b = immutable.getMethod("builder").invoke(null);
        copyInto(b, builder, abstractType, sample);
        setter.invoke(b, new Object[] {null});
        nullsPassed++;
        builder.getMethod("build").invoke(b);
        if (!isOptionalAttribute(abstractType, setter.getName())) {
          problems.add(where + ": built without an error");
        }
      } catch (InvocationTargetException ite) {
        if (isOptionalAttribute(abstractType, setter.getName())
            && ite.getCause() instanceof org.irrt.model.common.InvalidValueException) {
          continue; // null left an optional attribute empty; the value's own rules refused what that left
        }
        String problem = judge(ite.getCause(), setter.getName(), setter, 2);
        if (problem != null) {
          problems.add(where + ": " + problem);
        }
      } catch (ReflectiveOperationException roe) {
        problems.add(where + ": could not be called (" + roe + ")");
      }
    }
  }

  /**
   * Fills a builder from a sample: its {@code from} method, or, where an attribute named {@code
   * from} took that name, each setter given the sample's value of its attribute.
   */
  private static void copyInto(Object b, Class<?> builder, Class<?> abstractType, Object sample)
      throws ReflectiveOperationException {
    try {
      builder.getMethod("from", abstractType).invoke(b, sample);
      return;
    } catch (NoSuchMethodException none) {
      // below
    }
    for (Method setter : builder.getMethods()) {
      if (setter.getDeclaringClass() != builder || setter.getParameterCount() != 1) {
        continue;
      }
      Method accessor;
      try {
        accessor = abstractType.getMethod(setter.getName());
      } catch (NoSuchMethodException notAnAttribute) {
        continue;
      }
      Object value = accessor.invoke(sample);
      if (setter.getParameterTypes()[0].isInstance(value)) {
        setter.invoke(b, value);
      }
    }
  }

  private static boolean isOptionalAttribute(Class<?> type, String attribute) {
    try {
      Method accessor = type.getMethod(attribute);
      return accessor.getReturnType() == Optional.class || !Modifier.isAbstract(accessor.getModifiers());
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  private Object argument(Parameter p, Class<?> concrete) {
    Class<?> type = p.getType();
    if (type.isArray()) {
      return Array.newInstance(type.getComponentType(), 0);
    }
    if (type.isPrimitive()) {
      return primitive(type);
    }
    if (p.getParameterizedType() instanceof TypeVariable<?> variable) {
      Class<?> resolved = resolve(variable, concrete);
      if (resolved != null) {
        return sampleOf(resolved);
      }
    }
    return sampleOf(type);
  }

  /**
   * The class a type variable stands for in a concrete class ({@code I} of {@code Workflow<I, ...>}
   * in a workflow), from the type arguments its superclasses are declared with; null when unknown.
   */
  private static Class<?> resolve(TypeVariable<?> variable, Class<?> concrete) {
    Map<TypeVariable<?>, Type> bound = new HashMap<>();
    for (Class<?> c = concrete; c != null && c != Object.class; c = c.getSuperclass()) {
      if (c.getGenericSuperclass() instanceof ParameterizedType parent) {
        TypeVariable<?>[] names = ((Class<?>) parent.getRawType()).getTypeParameters();
        Type[] values = parent.getActualTypeArguments();
        for (int i = 0; i < names.length; i++) {
          Type value = values[i];
          while (value instanceof TypeVariable<?> v && bound.containsKey(v)) {
            value = bound.get(v);
          }
          bound.put(names[i], value);
        }
      }
    }
    Type value = bound.get(variable);
    if (value instanceof Class<?> c) {
      return c;
    }
    if (value instanceof ParameterizedType pt) {
      return (Class<?>) pt.getRawType();
    }
    return null;
  }

  private static Object primitive(Class<?> type) {
    if (type == boolean.class) {
      return false;
    }
    if (type == char.class) {
      return 'x';
    }
    if (type == long.class) {
      return 1L;
    }
    if (type == double.class) {
      return 1.0;
    }
    if (type == float.class) {
      return 1.0f;
    }
    if (type == byte.class) {
      return (byte) 1;
    }
    if (type == short.class) {
      return (short) 1;
    }
    return 1;
  }

  /** Thrown when a type has no sample; its message names the type. */
  static final class MissingSample extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MissingSample(String type) {
      super(type, null, false, false);
    }
  }

  /**
   * The sample of a type: registered, an enum constant, a record made from samples, or the result of
   * a public static no-argument factory; a registered sample of a subtype serves a supertype.
   *
   * @param type the type
   * @return a sample
   * @throws MissingSample when there is none
   */
  public Object sampleOf(Class<?> type) {
    Supplier<?> registered = samples.get(type);
    if (registered != null) {
      return registered.get();
    }
    if (type.isEnum()) {
      return type.getEnumConstants()[0];
    }
    if (type.isPrimitive()) {
      return primitive(type);
    }
    if (!making.add(type)) {
      throw new MissingSample(type.getName() + " (made from itself)");
    }
    try {
      if (type.isRecord()) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
          values[i] = types[i].isArray() ? Array.newInstance(types[i].getComponentType(), 0) : sampleOf(types[i]);
        }
        try {
          return type.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
          throw new MissingSample(type.getName() + " (its record constructor refused samples: " + e.getCause() + ")");
        }
      }
      for (Method m : type.getMethods()) {
        if (Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0 && type.isAssignableFrom(m.getReturnType())
            && !m.getName().equals("builder") && !m.getName().equals("values")) {
          try {
            return m.invoke(null);
          } catch (ReflectiveOperationException e) {
            break;
          }
        }
      }
      if (!Modifier.isAbstract(type.getModifiers()) && !type.isInterface()) {
        try {
          return type.getConstructor().newInstance();
        } catch (NoSuchMethodException noDefault) {
          // below
        } catch (ReflectiveOperationException e) {
          throw new MissingSample(type.getName() + " (its constructor failed: " + e.getCause() + ")");
        }
      }
      for (Supplier<?> registeredSample : samples.values()) {
        Object value = registeredSample.get();
        if (type.isInstance(value) && type != Object.class) {
          return value;
        }
      }
      throw new MissingSample(type.getName());
    } finally {
      making.remove(type);
    }
  }
}
