package org.irrt.spring.boot;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Objects;
import org.irrt.workflow.Outcome;
import org.irrt.workflow.Request;
import org.irrt.workflow.WorkflowEngine;
import org.irrt.workflow.WorkflowEvent;
import org.irrt.workflow.WorkflowInstance;

/** {@link IrrtCommands} timed with Micrometer: the timer {@code irrt.commands}. */
final class TimedCommands implements IrrtCommands {
  private final MeterRegistry registry;

  TimedCommands(MeterRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  @Override
  public <I extends WorkflowInstance<?>, C, E extends WorkflowEvent> Outcome<I, E> issue(
      WorkflowEngine<I, C, E> engine, String instanceId, Request<? extends C> request) {
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(request, "request");
    Timer.Sample sample = Timer.start(registry);
    String outcome = "failed";
    try {
      Outcome<I, E> o = engine.issue(instanceId, request);
      outcome = IrrtCommands.tag(o);
      return o;
    } finally {
      sample.stop(Timer.builder("irrt.commands").description("Commands issued to irrt's workflow engines")
          .tag("workflow", engine.workflow().definition().name())
          .tag("command", request.command().getClass().getSimpleName())
          .tag("outcome", outcome)
          .register(registry));
    }
  }
}
