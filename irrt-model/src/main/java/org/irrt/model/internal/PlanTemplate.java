package org.irrt.model.internal;

import java.lang.constant.ConstantDescs;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.util.function.Predicate;

/**
 * The template of the quick pass's specialised checkers ({@link Precheck}). For each value class
 * with a plan, this class's bytes are defined again as a hidden class whose class data is the
 * class's whole plan as one method handle; held in a {@code static final} field, it is a constant
 * to the JIT compiler, which can then inline the accessors and the checks (with their constraint
 * kinds folded) into one method per value class. Never initialised as itself.
 */
final class PlanTemplate implements Predicate<Object> {
  private static final MethodHandle HOLDS = holds();

  private static MethodHandle holds() {
    try {
      return MethodHandles.classData(MethodHandles.lookup(), ConstantDescs.DEFAULT_NAME, MethodHandle.class);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public boolean test(Object value) {
    try {
      return (boolean) HOLDS.invokeExact(value);
    } catch (Throwable e) {
      return false; // let Hibernate Validator see it
    }
  }
}
