package org.irrt.workflow;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One row of a workflow's table: in state {@code from}, command {@code command} leads to state
 * {@code to}, if the actor holds one of {@code roles} and every guard holds. An automatic row is
 * taken by the engine itself, as the system, right after a command, whenever its guards hold.
 *
 * @param from the state before
 * @param command the command kind
 * @param to the state after
 * @param roles who may issue it
 * @param guards the rules that may refuse it, in order
 * @param automatic whether the engine takes it by itself
 * @param <S> the state type
 * @param <K> the command kind type
 * @param <I> the instance type
 * @param <C> the command type
 */
public record Transition<S extends Enum<S>, K extends Enum<K>, I, C>(
    S from, K command, S to, Set<Role> roles, List<Guard<I, C>> guards, boolean automatic) {
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
  }
}
