package org.irrt.spring.boot;

import java.util.Map;
import org.irrt.workflow.WorkflowEngine;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.ResolvableType;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** {@link ConditionalOnMissingEngine}: no bean of type {@code WorkflowEngine<I, C, E>} yet. */
final class OnMissingEngineCondition implements Condition {
  @Override
  public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
    Map<String, Object> attributes = metadata.getAnnotationAttributes(ConditionalOnMissingEngine.class.getName());
    Class<?>[] types = (Class<?>[]) attributes.get("value");
    ResolvableType engine = ResolvableType.forClassWithGenerics(WorkflowEngine.class, types);
    return context.getBeanFactory() == null
        || context.getBeanFactory().getBeanNamesForType(engine, true, false).length == 0;
  }
}
