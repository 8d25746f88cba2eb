package org.irrt.spring.boot;

import java.util.Objects;
import org.irrt.workflow.Outcome;
import org.irrt.workflow.Request;
import org.irrt.workflow.WorkflowEngine;

/**
 * Issues commands to the engines, timed when Micrometer is on the host's class path and it has a
 * {@code MeterRegistry}: the timer {@code irrt.commands}, tagged {@code workflow} (the table's name,
 * e.g. {@code membership-application}), {@code command} (e.g. {@code Approve}) and {@code outcome}
 * ({@code accepted}, {@code replayed}, {@code refused} or {@code failed}). Without Micrometer it
 * issues and measures nothing.
 */
public interface IrrtCommands {
  /**
   * Issues a request to an engine ({@link WorkflowEngine#issue}).
   *
   * @param engine the engine
   * @param instanceId the instance
   * @param request the request
   * @param <I> the instance type
   * @param <C> the command type
   * @param <E> the event type
   * @return the outcome
   */
  <I extends org.irrt.workflow.WorkflowInstance<?>, C, E extends org.irrt.workflow.WorkflowEvent> Outcome<I, E> issue(
      WorkflowEngine<I, C, E> engine, String instanceId, Request<? extends C> request);

  /**
   * Commands issued as they are, unmeasured.
   *
   * @return the plain issuer
   */
  static IrrtCommands untimed() {
    return new IrrtCommands() {
      @Override
      public <I extends org.irrt.workflow.WorkflowInstance<?>, C, E extends org.irrt.workflow.WorkflowEvent>
          Outcome<I, E> issue(WorkflowEngine<I, C, E> engine, String instanceId, Request<? extends C> request) {
        Objects.requireNonNull(engine, "engine");
        return engine.issue(instanceId, request);
      }
    };
  }

  /**
   * The tag of an outcome.
   *
   * @param outcome the outcome
   * @return {@code accepted}, {@code replayed} or {@code refused}
   */
  static String tag(Outcome<?, ?> outcome) {
    if (outcome instanceof Outcome.Accepted<?, ?> a) {
      return a.replayed() ? "replayed" : "accepted";
    }
    return "refused";
  }
}
