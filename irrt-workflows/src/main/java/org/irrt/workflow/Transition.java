package org.irrt.workflow;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One row of a workflow's table, the one statement of a transition: in state {@code from}, a command
 * of type {@code command} leads to state {@code to}, if the actor holds one of {@code roles} and every
 * guard holds, and makes the events {@code events} gives. An automatic row is taken by the engine
 * itself, as the system, right after a command, whenever its guards hold; it carries the command it
 * records.
 *
 * @param from the state before
 * @param command the command type
 * @param to the state after
 * @param roles who may issue it
 * @param guards the rules that may refuse it, in order
 * @param events the events the row makes
 * @param automatic the command the engine issues for an automatic row; empty for a row issued by actors
 * @param <S> the state type
 * @param <I> the instance type
 * @param <C> the command type
 * @param <E> the event type
 */
public record Transition<S extends Enum<S>, I, C, E>(S from, Class<? extends C> command, S to, Set<Role> roles,
    List<Guard<I, C>> guards, WorkflowDefinition.Events<I, C, E> events, Optional<C> automatic) {
  /**
   * Copies the parts.
   *
   * @throws NullPointerException when a part is null
   */
  public Transition {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(to, "to");
    roles = Set.copyOf(Objects.requireNonNull(roles, "roles"));
    guards = List.copyOf(Objects.requireNonNull(guards, "guards"));
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(automatic, "automatic");
  }

  /**
   * The command's name, as events record it and diagrams show it.
   *
   * @return e.g. {@code START_REVIEW} for {@code StartReview}
   */
  public String name() {
    return WorkflowDefinition.commandName(command);
  }

  /**
   * Whether the engine takes the row by itself.
   *
   * @return whether it is automatic
   */
  public boolean isAutomatic() {
    return automatic.isPresent();
  }
}
