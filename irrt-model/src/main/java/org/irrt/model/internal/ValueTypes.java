package org.irrt.model.internal;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Which classes are the library's, and how the JSON adapters find a value type's generated class
 * and the order of its properties. Only the library's own public classes are looked at.
 */
public final class ValueTypes {
  private ValueTypes() {}

  private static final ClassValue<Class<?>> IMPLEMENTATIONS = new ClassValue<>() {
    @Override
    protected Class<?> computeValue(Class<?> type) {
      if (!isLibraryType(type) || !Modifier.isAbstract(type.getModifiers()) || type.isInterface()
          || type.getEnclosingClass() != null) {
        return null;
      }
      try {
        Class<?> made = Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName(), false,
            type.getClassLoader());
        return type.isAssignableFrom(made) ? made : null;
      } catch (ClassNotFoundException e) {
        return null;
      }
    }
  };

  private static final ClassValue<List<String>> ORDER = new ClassValue<>() {
    @Override
    protected List<String> computeValue(Class<?> type) {
      List<String> names = new ArrayList<>();
      for (Field f : type.getDeclaredFields()) {
        if (!Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers())) {
          names.add(f.getName());
        }
      }
      return List.copyOf(names);
    }
  };

  /**
   * Whether a class is one of the library's: its package is {@code org.irrt.model} or below, or
   * {@code org.irrt.workflow} or below (the workflows' commands and events, so that a command read as
   * a request's body reports every problem in it, not only its first bad value).
   *
   * @param type any class
   * @return whether it is the library's
   */
  public static boolean isLibraryType(Class<?> type) {
    String name = type.getName();
    return name.startsWith("org.irrt.model.") || name.startsWith("org.irrt.workflow.");
  }

  /**
   * Whether a host's class holds library values at any depth: it is one, or its superclass, a field, a type
   * argument or an array element is or holds one (each class looked at once; the JDK's, and classes that
   * cannot be loaded, hold none).
   *
   * @param type a class, or a parameterized type ({@code List<Member>})
   * @param seen the classes looked at so far in this walk (a new set per question), so that a type
   *     that refers to itself ends the walk
   * @return whether a library value can stand anywhere inside a value of {@code type}
   */
  public static boolean holdsLibraryValues(Type type, Set<Type> seen) {
    if (type instanceof ParameterizedType p) {
      return Stream.concat(Stream.of(p.getRawType()), Stream.of(p.getActualTypeArguments()))
          .anyMatch(t -> holdsLibraryValues(t, seen));
    }
    if (!(type instanceof Class<?> c) || !seen.add(c) || c.getName().startsWith("java.")) {
      return false;
    }
    try {
      return c.isArray() ? holdsLibraryValues(c.getComponentType(), seen) : isLibraryType(c)
          || holdsLibraryValues(c.getGenericSuperclass(), seen) || Stream.of(c.getDeclaredFields())
              .anyMatch(f -> !Modifier.isStatic(f.getModifiers()) && holdsLibraryValues(f.getGenericType(), seen));
    } catch (LinkageError | TypeNotPresentException e) {
      return false; // a class absent at run time (an optional dependency's) holds none: Jackson decides what it means
    }
  }

  /**
   * The name of the component of a library record that a member stands for, to be written and read
   * under that name whatever a host's naming strategy: a parameter (at {@code index}) of its
   * canonical constructor, or (with {@code index} -1) its field or accessor; {@code null} for any
   * other member, and for the members of any other type.
   *
   * @param type the class declaring the member
   * @param member the field, accessor or constructor
   * @param index the parameter's index, or -1 for a field or accessor
   * @return the component's name, or {@code null}
   */
  public static String componentName(Class<?> type, java.lang.reflect.Member member, int index) {
    if (!type.isRecord() || !isLibraryType(type)) {
      return null;
    }
    java.lang.reflect.RecordComponent[] components = type.getRecordComponents();
    if (index >= 0) {
      return member instanceof java.lang.reflect.Constructor<?> c && c.getParameterCount() == components.length
          && index < components.length ? components[index].getName() : null;
    }
    boolean field = member instanceof Field || member instanceof java.lang.reflect.Method m && m.getParameterCount() == 0;
    return field && Stream.of(components).anyMatch(c -> c.getName().equals(member.getName())) ? member.getName() : null;
  }

  /**
   * Whether a class is a value class generated by Immutables ({@code ImmutableMember}).
   *
   * @param type any class
   * @return whether it is a generated value class of the library
   */
  public static boolean isValueClass(Class<?> type) {
    return isLibraryType(type) && type.getSimpleName().startsWith("Immutable") && type.getEnclosingClass() == null;
  }

  /**
   * The generated class of an abstract value type: {@code ImmutableMember} for {@code Member}.
   *
   * @param type any class
   * @return the generated class, or {@code null} when {@code type} is no abstract value type
   */
  public static Class<?> implementation(Class<?> type) {
    return IMPLEMENTATIONS.get(type);
  }

  /**
   * Whether a class is the JSON form Immutables generates inside a value class ({@code
   * ImmutableMember.Json}).
   *
   * @param type any class
   * @return whether it is such a JSON form
   */
  public static boolean isJsonForm(Class<?> type) {
    return type.getSimpleName().equals("Json") && type.getEnclosingClass() != null
        && isValueClass(type.getEnclosingClass());
  }

  /**
   * A value's properties in the order they are declared in its abstract type (the generated class
   * declares one field per property, in that order), whatever the mapper's sorting; JSON is written
   * in it. Anything else is left as it is.
   *
   * @param type the class written
   * @param properties its properties, as the adapter's Jackson version has them
   * @param name a property's name
   * @param <W> the type of a property
   * @return the properties, in order
   */
  public static <W> List<W> inOrder(Class<?> type, List<W> properties, Function<W, String> name) {
    if (!isValueClass(type)) {
      return properties;
    }
    List<String> order = ORDER.get(type);
    List<W> sorted = new ArrayList<>(properties);
    sorted.sort(Comparator.comparingInt(w -> order.contains(name.apply(w)) ? order.indexOf(name.apply(w)) : Integer.MAX_VALUE));
    return sorted;
  }
}
