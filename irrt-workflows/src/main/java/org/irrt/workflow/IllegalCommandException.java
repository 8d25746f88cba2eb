package org.irrt.workflow;

import java.util.Set;
import org.irrt.model.common.IrrtException;

/**
 * Thrown when a command is not in the workflow's table for the instance's state (approving a
 * withdrawn application): a programming or user-interface error, not a business refusal. Names the
 * state, the command and the commands permitted in that state.
 */
public final class IllegalCommandException extends IrrtException {
  private static final long serialVersionUID = 1L;

  private final String workflow;
  private final String state;
  private final String command;
  private final transient Set<String> permitted;

  /**
   * Creates the exception.
   *
   * @param workflow the workflow's name
   * @param state the instance's state
   * @param command the command refused
   * @param permitted the commands the table allows in that state
   * @throws NullPointerException when an argument is null
   */
  public IllegalCommandException(String workflow, Enum<?> state, Enum<?> command, Set<String> permitted) {
    super(java.util.Objects.requireNonNull(workflow, "workflow") + ": "
        + java.util.Objects.requireNonNull(command, "command") + " is not allowed in state "
        + java.util.Objects.requireNonNull(state, "state") + "; permitted: "
        + java.util.Objects.requireNonNull(permitted, "permitted"));
    this.workflow = workflow;
    this.state = state.name();
    this.command = command.name();
    this.permitted = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(permitted));
  }

  /**
   * The workflow's name.
   *
   * @return e.g. {@code membership-application}
   */
  public String workflow() {
    return workflow;
  }

  /**
   * The state the instance was in.
   *
   * @return the state's name
   */
  public String state() {
    return state;
  }

  /**
   * The command refused.
   *
   * @return the command's name
   */
  public String command() {
    return command;
  }

  /**
   * The commands permitted in that state.
   *
   * @return the names
   */
  public Set<String> permitted() {
    return permitted;
  }
}
