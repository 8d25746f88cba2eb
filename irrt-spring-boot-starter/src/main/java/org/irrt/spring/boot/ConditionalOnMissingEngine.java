package org.irrt.spring.boot;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Conditional;

/**
 * Matches when the context has no {@code WorkflowEngine} of the given event type: the engines'
 * {@code @ConditionalOnMissingBean}, which by itself sees only the raw type and would let the first
 * engine hide the other four.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@Conditional(OnMissingEngineCondition.class)
@interface ConditionalOnMissingEngine {
  /**
   * The engine's instance, command and event types.
   *
   * @return three types
   */
  Class<?>[] value();
}
