package org.irrt.workflow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A workflow's whole transition table, immutable and shared by every instance: (state, command) to
 * next state, the roles allowed, the named guards, and automatic rows. The same table answers which
 * commands are permitted now and for whom, and draws itself as a Mermaid state diagram.
 *
 * @param <S> the state type
 * @param <K> the command kind type
 * @param <I> the instance type
 * @param <C> the command type
 */
public final class WorkflowDefinition<S extends Enum<S>, K extends Enum<K>, I, C> {
  private final String name;
  private final S initial;
  private final List<Transition<S, K, I, C>> transitions;
  private final Map<S, Map<K, Transition<S, K, I, C>>> table;
  /** The rows by state ordinal and command ordinal, for the lookup of every command. */
  private final Transition<S, K, I, C>[][] rows;
  /** The automatic rows leaving each state, in declaration order. */
  private final Map<S, List<Transition<S, K, I, C>>> automatic;

  @SuppressWarnings("unchecked")
  private WorkflowDefinition(String name, S initial, List<Transition<S, K, I, C>> transitions, Class<S> states) {
    this.name = name;
    this.initial = initial;
    this.transitions = List.copyOf(transitions);
    Map<S, Map<K, Transition<S, K, I, C>>> t = new EnumMap<>(states);
    Map<S, List<Transition<S, K, I, C>>> auto = new EnumMap<>(states);
    this.rows = new Transition[states.getEnumConstants().length][];
    for (Transition<S, K, I, C> row : transitions) {
      Map<K, Transition<S, K, I, C>> byCommand = t.computeIfAbsent(row.from(), s -> new java.util.LinkedHashMap<>());
      if (byCommand.put(row.command(), row) != null) {
        throw new IllegalArgumentException("two rows for " + row.from() + " " + row.command());
      }
      int from = row.from().ordinal();
      if (rows[from] == null) {
        rows[from] = new Transition[row.command().getDeclaringClass().getEnumConstants().length];
      }
      rows[from][row.command().ordinal()] = row;
      if (row.automatic()) {
        auto.computeIfAbsent(row.from(), s -> new ArrayList<>()).add(row);
      }
    }
    this.table = Collections.unmodifiableMap(t);
    for (S state : states.getEnumConstants()) {
      auto.put(state, List.copyOf(auto.getOrDefault(state, List.of())));
    }
    this.automatic = auto;
  }

  /**
   * Starts a table.
   *
   * @param name the workflow's name, e.g. {@code membership-application}
   * @param states the state enum
   * @param initial the state of an instance before any event
   * @param <S> the state type
   * @param <K> the command kind type
   * @param <I> the instance type
   * @param <C> the command type
   * @return a builder
   */
  public static <S extends Enum<S>, K extends Enum<K>, I, C> Builder<S, K, I, C> builder(
      String name, Class<S> states, S initial) {
    return new Builder<>(name, states, initial);
  }

  /**
   * The workflow's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The state of an instance before any event.
   *
   * @return the initial state
   */
  public S initial() {
    return initial;
  }

  /**
   * Every row, in the order declared.
   *
   * @return the rows
   */
  public List<Transition<S, K, I, C>> transitions() {
    return transitions;
  }

  /**
   * The row for a state and command.
   *
   * @param state the state
   * @param command the command kind
   * @return the row, or empty when the command is illegal in the state
   */
  public Optional<Transition<S, K, I, C>> find(S state, K command) {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(command, "command");
    return Optional.ofNullable(table.getOrDefault(state, Map.of()).get(command));
  }

  /** The row for a state and command, or null: {@link #find} without the wrapper, for deciding. */
  Transition<S, K, I, C> row(S state, K command) {
    Transition<S, K, I, C>[] byCommand = state == null ? null : rows[state.ordinal()];
    return byCommand == null || command == null ? null : byCommand[command.ordinal()];
  }

  /**
   * The commands the table allows in a state, for anyone (automatic rows left out).
   *
   * @param state the state
   * @return the command kinds
   */
  public Set<K> commandsIn(S state) {
    Objects.requireNonNull(state, "state");
    return table.getOrDefault(state, Map.of()).values().stream().filter(t -> !t.automatic())
        .map(Transition::command).collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /**
   * The commands an actor may issue in a state, by role (guards are checked when issuing).
   *
   * @param state the state
   * @param actor the actor
   * @return the command kinds
   */
  public Set<K> permittedCommands(S state, Actor actor) {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(actor, "actor");
    return table.getOrDefault(state, Map.of()).values().stream()
        .filter(t -> !t.automatic() && actor.holdsAny(t.roles()))
        .map(Transition::command).collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /**
   * The automatic rows leaving a state.
   *
   * @param state the state
   * @return the rows, in declaration order
   */
  public List<Transition<S, K, I, C>> automaticFrom(S state) {
    Objects.requireNonNull(state, "state");
    return state == null ? List.of() : automatic.get(state);
  }

  /**
   * The table as a Mermaid state diagram: one edge per row, labelled with the command, the roles and
   * the guards; automatic rows are marked {@code auto}.
   *
   * @return the Mermaid text, ending with a newline
   */
  public String toMermaid() {
    StringBuilder sb = new StringBuilder("stateDiagram-v2\n");
    sb.append("    [*] --> ").append(initial.name()).append('\n');
    for (Transition<S, K, I, C> t : transitions) {
      sb.append("    ").append(t.from().name()).append(" --> ").append(t.to().name()).append(" : ")
          .append(t.command().name());
      if (t.automatic()) {
        sb.append(" (auto)");
      } else {
        sb.append(" by ").append(t.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(", ")));
      }
      if (!t.guards().isEmpty()) {
        sb.append(" [").append(t.guards().stream().map(Guard::name).collect(Collectors.joining(", "))).append(']');
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  /**
   * Builds a table.
   *
   * @param <S> the state type
   * @param <K> the command kind type
   * @param <I> the instance type
   * @param <C> the command type
   */
  public static final class Builder<S extends Enum<S>, K extends Enum<K>, I, C> {
    private final String name;
    private final Class<S> states;
    private final S initial;
    private final List<Transition<S, K, I, C>> rows = new ArrayList<>();

    private Builder(String name, Class<S> states, S initial) {
      this.name = Objects.requireNonNull(name, "name");
      this.states = Objects.requireNonNull(states, "states");
      this.initial = Objects.requireNonNull(initial, "initial");
    }

    /**
     * Adds a row issued by actors.
     *
     * @param from the state before
     * @param command the command kind
     * @param to the state after
     * @param roles who may issue it
     * @param guards the rules that may refuse it
     * @return this builder
     */
    @SafeVarargs
    public final Builder<S, K, I, C> on(S from, K command, S to, Set<Role> roles, Guard<I, C>... guards) {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(command, "command");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(roles, "roles");
      Objects.requireNonNull(guards, "guards");
      rows.add(new Transition<>(from, command, to, roles, Arrays.asList(guards), false));
      return this;
    }

    /**
     * Adds the same row from several states.
     *
     * @param from the states before
     * @param command the command kind
     * @param to the state after
     * @param roles who may issue it
     * @param guards the rules that may refuse it
     * @return this builder
     */
    @SafeVarargs
    public final Builder<S, K, I, C> on(Set<S> from, K command, S to, Set<Role> roles, Guard<I, C>... guards) {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(command, "command");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(roles, "roles");
      Objects.requireNonNull(guards, "guards");
      for (S s : new java.util.TreeSet<>(from)) { // in declaration order, whatever the set's order
        on(s, command, to, roles, guards);
      }
      return this;
    }

    /**
     * Adds an automatic row, taken by the engine as the system whenever its guards hold.
     *
     * @param from the state before
     * @param command the command kind recorded
     * @param to the state after
     * @param guards when it applies
     * @return this builder
     */
    @SafeVarargs
    public final Builder<S, K, I, C> automatic(S from, K command, S to, Guard<I, C>... guards) {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(command, "command");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(guards, "guards");
      rows.add(new Transition<>(from, command, to, Set.of(Role.SYSTEM), Arrays.asList(guards), true));
      return this;
    }

    /**
     * The table.
     *
     * @return the definition
     * @throws IllegalArgumentException when a state and command have two rows
     */
    public WorkflowDefinition<S, K, I, C> build() {
      return new WorkflowDefinition<>(name, initial, rows, states);
    }
  }
}
