package org.irrt.model.internal;

import java.lang.constant.ConstantDescs;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.function.Function;

/**
 * The template of functions made per value class from a method handle ({@link #of}): this class's
 * bytes are defined again as a hidden class whose class data is the handle. Held in a {@code static
 * final} field, the handle is a constant to the JIT compiler, which then inlines what it calls (a
 * builder's methods, a value's accessors) into one method per value class; a function held in a
 * field and called from one place for every class (a lambda, a method handle) is a call the JIT
 * cannot inline and must dispatch on each use. Never initialised as itself.
 */
final class ConstantFunction implements Function<Object, Object> {
  /** The system property that, set to {@code false}, turns these functions off (read when one is made). */
  static final String PROPERTY = "irrt.compiledAccess";

  private static final MethodHandle TARGET = target();

  private static MethodHandle target() {
    try {
      return MethodHandles.classData(MethodHandles.lookup(), ConstantDescs.DEFAULT_NAME, MethodHandle.class);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public Object apply(Object value) {
    try {
      return TARGET.invokeExact(value);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e); // the handles made here declare no checked exceptions
    }
  }

  /**
   * A function calling {@code target} as a constant of a class of its own, or {@code null} where
   * hidden classes cannot be defined here or the system property {@value #PROPERTY} is {@code
   * false} (callers then take their general path, which does the same one step at a time).
   *
   * @param target a handle taking one argument and returning a reference
   * @return the function, or {@code null}
   */
  @SuppressWarnings("unchecked")
  static Function<Object, Object> of(MethodHandle target) {
    if (!Boolean.parseBoolean(System.getProperty(PROPERTY, "true"))) {
      return null;
    }
    MethodHandle exact = target.asType(MethodType.methodType(Object.class, Object.class));
    try (java.io.InputStream in = ConstantFunction.class.getResourceAsStream("ConstantFunction.class")) {
      if (in == null) {
        return null;
      }
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      Class<?> made = lookup.defineHiddenClassWithClassData(in.readAllBytes(), exact, true).lookupClass();
      return (Function<Object, Object>) lookup.findConstructor(made, MethodType.methodType(void.class)).invoke();
    } catch (Throwable e) {
      return null;
    }
  }
}
