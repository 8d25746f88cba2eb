package org.irrt.workflow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A workflow's whole transition table, immutable and shared by every instance. Each row is the one
 * statement of a transition: state and command type to next state, the roles allowed, the named
 * guards and the events it makes (stateless4j's {@code permit(trigger, state)}, with the effect on
 * the row). The same table answers which commands are permitted now and for whom, and draws itself
 * as a Mermaid state diagram.
 *
 * <pre>{@code
 * WorkflowDefinition.<ApplicationState, MembershipApplication, ApplicationCommand, ApplicationEvent>
 *         builder("membership-application", ApplicationState.class, NONE)
 *     .on(DRAFT, Submit.class, SUBMITTED).by(Role.APPLICANT).when(OWN)
 *         .emits((application, submit, header) -> new ApplicationSubmitted(header))
 *     .build();
 * }</pre>
 *
 * @param <S> the state type
 * @param <I> the instance type
 * @param <C> the command type (a sealed interface of records, one per command)
 * @param <E> the event type
 */
public final class WorkflowDefinition<S extends Enum<S>, I, C, E> {
  private final String name;
  private final Class<S> states;
  private final S initial;
  private final List<Transition<S, I, C, E>> transitions;
  /** The rows by state ordinal, then by command type, in declaration order. */
  private final List<Map<Class<?>, Transition<S, I, C, E>>> rows;
  /** The automatic rows leaving each state, in declaration order. */
  private final Map<S, List<Transition<S, I, C, E>>> automatic;

  private WorkflowDefinition(String name, Class<S> states, S initial, List<Transition<S, I, C, E>> transitions) {
    this.name = name;
    this.states = states;
    this.initial = initial;
    this.transitions = List.copyOf(transitions);
    S[] all = states.getEnumConstants();
    List<Map<Class<?>, Transition<S, I, C, E>>> byState = new ArrayList<>();
    for (int i = 0; i < all.length; i++) {
      byState.add(new LinkedHashMap<>());
    }
    Map<S, List<Transition<S, I, C, E>>> auto = new EnumMap<>(states);
    for (Transition<S, I, C, E> row : transitions) {
      if (byState.get(row.from().ordinal()).put(row.command(), row) != null) {
        throw new IllegalArgumentException(name + ": two rows for " + row.from() + " " + row.name());
      }
      if (row.isAutomatic()) {
        auto.computeIfAbsent(row.from(), s -> new ArrayList<>()).add(row);
      }
    }
    List<Map<Class<?>, Transition<S, I, C, E>>> frozen = new ArrayList<>();
    for (Map<Class<?>, Transition<S, I, C, E>> m : byState) {
      frozen.add(Collections.unmodifiableMap(m));
    }
    this.rows = List.copyOf(frozen);
    for (S state : all) {
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
   * @param <I> the instance type
   * @param <C> the command type
   * @param <E> the event type
   * @return a builder
   */
  public static <S extends Enum<S>, I, C, E> Builder<S, I, C, E> builder(String name, Class<S> states, S initial) {
    return new Builder<>(name, states, initial);
  }

  /**
   * The name events and diagrams give a command type: its simple name in upper snake case.
   *
   * @param command the command type
   * @return e.g. {@code REQUEST_INFORMATION} for {@code RequestInformation}
   */
  public static String commandName(Class<?> command) {
    Objects.requireNonNull(command, "command");
    return NAMES.get(command);
  }

  private static final ClassValue<String> NAMES = new ClassValue<>() {
    @Override
    protected String computeValue(Class<?> type) {
      String simple = type.getSimpleName();
      StringBuilder sb = new StringBuilder(simple.length() + 4);
      for (int i = 0; i < simple.length(); i++) {
        char c = simple.charAt(i);
        if (Character.isUpperCase(c) && i > 0) {
          sb.append('_');
        }
        sb.append(Character.toUpperCase(c));
      }
      return sb.toString();
    }
  };

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
   * The state of a name, as event headers record it.
   *
   * @param stateName the name
   * @return the state
   * @throws IllegalArgumentException when the table has no such state
   */
  public S state(String stateName) {
    Objects.requireNonNull(stateName, "stateName");
    return Enum.valueOf(states, stateName);
  }

  /**
   * Every row, in the order declared.
   *
   * @return the rows
   */
  public List<Transition<S, I, C, E>> transitions() {
    return transitions;
  }

  /**
   * The row for a state and command type.
   *
   * @param state the state
   * @param command the command type
   * @return the row, or empty when the table has none
   */
  public Optional<Transition<S, I, C, E>> find(S state, Class<?> command) {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(command, "command");
    return Optional.ofNullable(row(state, command));
  }

  /** The row for a state and command type, or null: {@link #find} without the wrapper, for deciding. */
  Transition<S, I, C, E> row(S state, Class<?> command) {
    return rows.get(state.ordinal()).get(command);
  }

  /**
   * The commands the table allows in a state, for anyone (automatic rows left out).
   *
   * @param state the state
   * @return the command types, in declaration order
   */
  public Set<Class<? extends C>> commandsIn(S state) {
    Objects.requireNonNull(state, "state");
    return rows.get(state.ordinal()).values().stream().filter(t -> !t.isAutomatic())
        .map(Transition::command).collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /**
   * The commands an actor may issue in a state, by role (guards are checked when issuing).
   *
   * @param state the state
   * @param actor the actor
   * @return the command types, in declaration order
   */
  public Set<Class<? extends C>> permittedCommands(S state, Actor actor) {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(actor, "actor");
    return rows.get(state.ordinal()).values().stream().filter(t -> !t.isAutomatic() && actor.holdsAny(t.roles()))
        .map(Transition::command).collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /**
   * The automatic rows leaving a state.
   *
   * @param state the state
   * @return the rows, in declaration order
   */
  public List<Transition<S, I, C, E>> automaticFrom(S state) {
    Objects.requireNonNull(state, "state");
    return automatic.get(state);
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
    for (Transition<S, I, C, E> t : transitions) {
      sb.append("    ").append(t.from().name()).append(" --> ").append(t.to().name()).append(" : ").append(t.name());
      if (t.isAutomatic()) {
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
   * The events a row makes from the instance before, the command and the header every event carries.
   *
   * @param <I> the instance type
   * @param <K> the command type of the row
   * @param <E> the event type
   */
  @FunctionalInterface
  public interface Events<I, K, E> {
    /**
     * Makes the events.
     *
     * @param instance the instance before
     * @param command the command
     * @param header who, which command, the state reached, when, comment and key
     * @return the events, in order (none only where a row says so, e.g. a save of unchanged content)
     */
    List<? extends E> make(I instance, K command, EventHeader header);
  }

  /**
   * The one event a row makes.
   *
   * @param <I> the instance type
   * @param <K> the command type of the row
   * @param <E> the event type
   */
  @FunctionalInterface
  public interface Event<I, K, E> {
    /**
     * Makes the event.
     *
     * @param instance the instance before
     * @param command the command
     * @param header who, which command, the state reached, when, comment and key
     * @return the event
     */
    E make(I instance, K command, EventHeader header);
  }

  /**
   * Builds a table.
   *
   * @param <S> the state type
   * @param <I> the instance type
   * @param <C> the command type
   * @param <E> the event type
   */
  public static final class Builder<S extends Enum<S>, I, C, E> {
    private final String name;
    private final Class<S> states;
    private final S initial;
    private final List<Transition<S, I, C, E>> rows = new ArrayList<>();

    private Builder(String name, Class<S> states, S initial) {
      this.name = Objects.requireNonNull(name, "name");
      this.states = Objects.requireNonNull(states, "states");
      this.initial = Objects.requireNonNull(initial, "initial");
    }

    /**
     * Starts a row issued by actors: finish it with {@link Row#by}, optionally {@link Row#when}, and
     * {@link Row#emits} or {@link Row#emitsAll}.
     *
     * @param from the state before
     * @param command the command type
     * @param to the state after
     * @param <K> the command type
     * @return the row's builder
     */
    public <K extends C> Row<K> on(S from, Class<K> command, S to) {
      Objects.requireNonNull(from, "from");
      return on(Set.of(from), command, to);
    }

    /**
     * Starts the same row from several states.
     *
     * @param from the states before
     * @param command the command type
     * @param to the state after
     * @param <K> the command type
     * @return the row's builder
     */
    public <K extends C> Row<K> on(Set<S> from, Class<K> command, S to) {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(command, "command");
      Objects.requireNonNull(to, "to");
      return new Row<>(new TreeSet<>(from), command, to, null); // in declaration order, whatever the set's order
    }

    /**
     * Starts an automatic row, taken by the engine as the system whenever its guards hold.
     *
     * @param from the state before
     * @param command the command the system issues
     * @param to the state after
     * @param <K> the command type
     * @return the row's builder (its roles are the system's)
     */
    @SuppressWarnings("unchecked")
    public <K extends C> Row<K> automatic(S from, K command, S to) {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(command, "command");
      Objects.requireNonNull(to, "to");
      Row<K> row = new Row<>(new TreeSet<>(Set.of(from)), (Class<K>) command.getClass(), to, command);
      row.roles = Set.of(Role.SYSTEM);
      return row;
    }

    /**
     * The table.
     *
     * @return the definition
     * @throws IllegalArgumentException when a state and command type have two rows
     */
    public WorkflowDefinition<S, I, C, E> build() {
      return new WorkflowDefinition<>(name, states, initial, rows);
    }

    /**
     * One row being stated.
     *
     * @param <K> the row's command type
     */
    public final class Row<K extends C> {
      private final Set<S> from;
      private final Class<K> command;
      private final S to;
      private final K automatic;
      private Set<Role> roles = Set.of();
      private final List<Guard<I, C>> guards = new ArrayList<>();

      private Row(Set<S> from, Class<K> command, S to, K automatic) {
        this.from = from;
        this.command = command;
        this.to = to;
        this.automatic = automatic;
      }

      /**
       * Who may issue the command.
       *
       * @param allowed the roles
       * @return this row
       */
      public Row<K> by(Set<Role> allowed) {
        Objects.requireNonNull(allowed, "allowed");
        if (automatic != null) {
          throw new IllegalStateException("an automatic row is taken by the system");
        }
        this.roles = Set.copyOf(allowed);
        return this;
      }

      /**
       * Who may issue the command.
       *
       * @param allowed the roles
       * @return this row
       */
      public Row<K> by(Role... allowed) {
        Objects.requireNonNull(allowed, "allowed");
        return by(Set.of(allowed));
      }

      /**
       * The named rules that may refuse the row, checked in order; every reason is reported.
       *
       * @param rules the guards
       * @return this row
       */
      @SafeVarargs
      @SuppressWarnings("unchecked")
      public final Row<K> when(Guard<? super I, ? super K>... rules) {
        Objects.requireNonNull(rules, "rules");
        for (Guard<? super I, ? super K> g : Arrays.asList(rules)) {
          // the row is only ever taken for commands of type K, so the guard sees only those
          guards.add((Guard<I, C>) Objects.requireNonNull(g, "guard"));
        }
        return this;
      }

      /**
       * The one event the row makes; ends the row.
       *
       * @param event makes the event
       * @return the table's builder
       */
      public Builder<S, I, C, E> emits(Event<? super I, ? super K, ? extends E> event) {
        Objects.requireNonNull(event, "event");
        return emitsAll((i, c, h) -> List.of(event.make(i, c, h)));
      }

      /**
       * The events the row makes; ends the row.
       *
       * @param events makes the events
       * @return the table's builder
       */
      @SuppressWarnings("unchecked")
      public Builder<S, I, C, E> emitsAll(Events<? super I, ? super K, ? extends E> events) {
        Objects.requireNonNull(events, "events");
        if (roles.isEmpty()) {
          throw new IllegalStateException(name + ": the row " + commandName(command) + " names no role (by)");
        }
        Events<I, C, E> typed = (Events<I, C, E>) (Events<?, ?, ?>) events;
        for (S s : from) {
          rows.add(new Transition<>(s, command, to, roles, guards, typed, Optional.ofNullable(automatic)));
        }
        return Builder.this;
      }
    }
  }
}
