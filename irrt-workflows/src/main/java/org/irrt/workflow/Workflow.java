package org.irrt.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A workflow: its table and how its events build its instances. Subclasses say which events a row
 * produces and how each event changes an instance; this class decides, purely and without side
 * effects, what a command does to an instance at an instant.
 *
 * <p>Deciding: the row for (state, command) is looked up (none: {@link IllegalCommandException});
 * the actor's roles and every guard are checked, and every reason is collected (any: {@link
 * Outcome.Refused}, nothing changes); otherwise the row's events are produced and applied, then any
 * automatic rows whose guards hold are taken as the system, in the same decision.
 *
 * @param <I> the instance type
 * @param <S> the state type
 * @param <K> the command kind type
 * @param <C> the command type
 * @param <E> the event type
 */
public abstract class Workflow<I, S extends Enum<S>, K extends Enum<K>, C, E extends WorkflowEvent> {
  private static final int MAX_AUTOMATIC_STEPS = 16;

  /**
   * The table.
   *
   * @return the definition
   */
  public abstract WorkflowDefinition<S, K, I, C> definition();

  /**
   * An instance before any event.
   *
   * @param id the instance id
   * @return the empty instance, in the definition's initial state
   */
  public abstract I initial(String id);

  /**
   * The state of an instance.
   *
   * @param instance the instance
   * @return its state
   */
  public abstract S state(I instance);

  /**
   * The kind of a command, the key of the table.
   *
   * @param command the command
   * @return its kind
   */
  public abstract K kind(C command);

  /**
   * Applies one event.
   *
   * @param instance the instance before
   * @param event the event
   * @return the instance after
   */
  public abstract I evolve(I instance, E event);

  /**
   * The events of an allowed row.
   *
   * @param instance the instance before
   * @param command the command
   * @param row the row taken
   * @param header who, when, comment and key
   * @return the events, at least one
   */
  protected abstract List<E> events(I instance, C command, Transition<S, K, I, C> row, EventHeader header);

  /**
   * The command the system issues for an automatic row.
   *
   * @param kind the row's command kind
   * @param instance the instance
   * @return the command
   */
  protected abstract C automaticCommand(K kind, I instance);

  /**
   * Rebuilds an instance from its audit trail.
   *
   * @param id the instance id
   * @param history its events, oldest first
   * @return the instance
   */
  public final I replay(String id, List<E> history) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(history, "history");
    I instance = initial(id);
    for (E e : history) {
      instance = evolve(instance, e);
    }
    return instance;
  }

  /**
   * The commands an actor may issue now.
   *
   * @param instance the instance
   * @param actor the actor
   * @return the command kinds, by role (guards are checked when issuing)
   */
  public final java.util.Set<K> permittedCommands(I instance, Actor actor) {
    Objects.requireNonNull(instance, "instance");
    Objects.requireNonNull(actor, "actor");
    return definition().permittedCommands(state(instance), actor);
  }

  /**
   * Decides what a request does to an instance at an instant, without side effects. The events'
   * headers carry the request's {@link #fingerprint(Object) fingerprint} when it has an idempotency
   * key, and an empty one when it has none.
   *
   * @param instance the instance
   * @param request the request
   * @param at the instant the events will carry
   * @return accepted with the new instance and events, or refused with every reason
   * @throws IllegalCommandException when the table has no row for the state and command
   */
  public final Outcome<I, E> decide(I instance, Request<? extends C> request, Instant at) {
    Objects.requireNonNull(instance, "instance");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(at, "at");
    WorkflowDefinition<S, K, I, C> definition = definition();
    S state = state(instance);
    C command = request.command();
    K kind = kind(command);
    Transition<S, K, I, C> row = definition.row(state, kind);
    if (row == null || row.automatic()) {
      throw new IllegalCommandException(definition.name(), state, kind,
          definition.commandsIn(state).stream().map(Enum::name)
              .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new)));
    }
    Actor actor = request.actor();
    List<Refusal> reasons = null;
    if (!actor.holdsAny(row.roles())) {
      reasons = List.of(new Refusal("role", "org.irrt.workflow.role", kind.name()));
    } else {
      List<Guard<I, C>> guards = row.guards();
      for (int g = 0; g < guards.size(); g++) {
        List<Refusal> refusals = guards.get(g).checkAll(instance, command, actor, at);
        if (!refusals.isEmpty()) {
          if (reasons == null) {
            reasons = new ArrayList<>(refusals.size() + 2);
          }
          reasons.addAll(refusals);
        }
      }
    }
    if (reasons != null) {
      return new Outcome.Refused<>(instance, reasons);
    }
    // the digest serves only to tell a reused key apart, so a request without a key does without it
    Optional<String> key = request.idempotencyKey();
    String fingerprint = key.isPresent() ? fingerprint(command) : "";
    EventHeader header = new EventHeader(actor.id(), kind.name(), at, request.comment(), key, fingerprint);
    List<E> events = events(instance, command, row, header);
    I next = apply(instance, row, events);
    List<E> all = null; // only when automatic rows follow
    for (int step = 0; step < MAX_AUTOMATIC_STEPS; step++) {
      Transition<S, K, I, C> auto = null;
      C autoCommand = null;
      for (Transition<S, K, I, C> candidate : definition.automaticFrom(state(next))) {
        C c = automaticCommand(candidate.command(), next);
        if (holds(candidate.guards(), next, c, at)) {
          auto = candidate;
          autoCommand = c;
          break;
        }
      }
      if (auto == null) {
        return new Outcome.Accepted<>(next, all == null ? events : all, false);
      }
      if (all == null) {
        all = new ArrayList<>(events);
      }
      List<E> produced = events(next, autoCommand, auto,
          new EventHeader(ActorId.SYSTEM, auto.command().name(), at, Optional.empty(), key, fingerprint));
      next = apply(next, auto, produced);
      all.addAll(produced);
    }
    throw new IllegalStateException(definition.name() + ": automatic rows loop");
  }

  private boolean holds(List<Guard<I, C>> guards, I instance, C command, Instant at) {
    for (int g = 0; g < guards.size(); g++) {
      if (guards.get(g).check(instance, command, Actor.SYSTEM, at).isPresent()) {
        return false;
      }
    }
    return true;
  }

  /**
   * A digest of a command's content: the first 16 hex digits of the SHA-256 of its {@code
   * toString()} (records and value types print every field; personal data is printed as a mask, so
   * two commands differing only there share a digest).
   *
   * @param command the command
   * @return the digest
   */
  public static String fingerprint(Object command) {
    Objects.requireNonNull(command, "command");
    try {
      byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
          .digest(String.valueOf(command).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(digest, 0, 8);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JDK", e);
    }
  }

  private I apply(I instance, Transition<S, K, I, C> row, List<E> produced) {
    I next = instance;
    for (E e : produced) {
      next = evolve(next, e);
    }
    if (state(next) != row.to()) {
      throw new IllegalStateException(definition().name() + ": row " + row.from() + " " + row.command()
          + " should lead to " + row.to() + " but its events lead to " + state(next));
    }
    return next;
  }
}
