package org.irrt.workflow;

/**
 * An instance of a workflow as its events made it: an immutable value with an id and a state of the
 * workflow's table. The workflow records (an application, a post, a pledge, a volunteer form) all
 * have these two components.
 *
 * @param <S> the state type
 */
public interface WorkflowInstance<S extends Enum<S>> {
  /**
   * The instance's id, as the host named it when issuing the first command.
   *
   * @return the id
   */
  String id();

  /**
   * The state, always the target of the last row taken.
   *
   * @return the state
   */
  S state();
}
