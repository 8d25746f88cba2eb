package org.irrt.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A workflow: its table and how its events build its instances. A subclass gives the table (each
 * row states a transition once, with the events it makes), the empty instance, and how one event
 * changes an instance's data; the state always comes from the row, recorded in every event's header.
 * This class decides, purely and without side effects, what a request does to an instance at an
 * instant.
 *
 * <p>Deciding: the row for the instance's state and the command's type is looked up; none, and the
 * request is refused naming the state and the commands the actor may issue there (or, for a command
 * that creates an instance sent to one that exists, naming the instance). The actor's roles and
 * every guard are checked and every reason is collected (any: {@link Outcome.Refused}, nothing
 * changes). Otherwise the row's events are made and applied, then any automatic rows whose guards
 * hold are taken as the system, in the same decision.
 *
 * @param <I> the instance type
 * @param <S> the state type
 * @param <C> the command type
 * @param <E> the event type
 */
public abstract class Workflow<I extends WorkflowInstance<S>, S extends Enum<S>, C, E extends WorkflowEvent> {
  private static final int MAX_AUTOMATIC_STEPS = 16;

  /** For subclasses. */
  protected Workflow() {}

  /**
   * The table.
   *
   * @return the definition
   */
  public abstract WorkflowDefinition<S, I, C, E> definition();

  /**
   * An instance before any event.
   *
   * @param id the instance id
   * @return the empty instance, in the definition's initial state
   */
  public abstract I initial(String id);

  /**
   * Applies one event's data to an instance, setting the state the event's row leads to.
   *
   * @param instance the instance before
   * @param event the event
   * @param state the state after, from the row (the event header's {@code state})
   * @return the instance after
   */
  protected abstract I apply(I instance, E event, S state);

  /**
   * Whether the workflow's rules read other instances (one open application per person, seat
   * limits): the engine then decides and appends its commands one at a time per store ({@link
   * WorkflowStore#exclusively}), so such a rule is decided against the store's own data and no
   * concurrent command on another instance can slip past it.
   *
   * @return {@code false} unless a subclass says so
   */
  public boolean spansInstances() {
    return false;
  }

  /**
   * The views over a store that this workflow's rules read ({@link StoreProjection}: the membership
   * application workflow's {@code ApplicationIndex}, the committee workflow's {@code RosterBook}),
   * so that the engine makes them {@linkplain StoreProjection#startOver() start over} when it
   * forgets its instances ({@link WorkflowEngine#forgetInstances()}, after an erasure): they would
   * otherwise keep what they derived from the full forms. A workflow given a view of another kind
   * (a host's own implementation of the rule's interface) names none; the host reaches its own.
   *
   * @return the views, none unless a subclass says so
   */
  public List<StoreProjection<?>> views() {
    return List.of();
  }

  /**
   * Applies one event: its data, and the state its row leads to.
   *
   * @param instance the instance before
   * @param event the event
   * @return the instance after
   */
  public final I evolve(I instance, E event) {
    Objects.requireNonNull(instance, "instance");
    Objects.requireNonNull(event, "event");
    return apply(instance, event, definition().state(event.header().state()));
  }

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
   * A state's name in the reader's language, as refusals name it: "submitted" for a membership
   * application's {@code SUBMITTED}, « soumise » in French; the constant's name for a state the
   * library has no words for.
   *
   * @param state a state of this workflow (an instance's {@code state()}; typed loosely, as {@code
   *     engine.workflow()} does not name the state type)
   * @param locale the reader's locale (Arabic, Chinese, English, French, German, Russian, Spanish;
   *     others get English)
   * @return the name
   */
  public final String stateName(Enum<?> state, java.util.Locale locale) {
    Objects.requireNonNull(state, "state");
    return Refusal.Word.state(definition().name(), state).in(locale);
  }

  /**
   * The name of the state an event of this workflow led to, in the reader's language: an audit
   * trail's line in words ("approved" for an {@code ApplicationApproved}, whose header keeps the code
   * {@code APPROVED}), as {@link #stateName(Enum, java.util.Locale)} names an instance's state.
   *
   * @param header the header of one of this workflow's events ({@code event.header()})
   * @param locale the reader's locale (Arabic, Chinese, English, French, German, Russian, Spanish;
   *     others get English)
   * @return the name
   * @throws IllegalArgumentException when this workflow has no state of the header's name (an event
   *     of another workflow)
   */
  public final String stateName(EventHeader header, java.util.Locale locale) {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(locale, "locale");
    return stateName(definition().state(header.state()), locale);
  }

  /**
   * A command's name in the reader's language, as refusals name it: "start review" for {@code
   * StartReview}; the command's code ({@code START_REVIEW}) for a command the library has no words
   * for.
   *
   * @param command the command type
   * @param locale the reader's locale
   * @return the name
   */
  public static String commandName(Class<?> command, java.util.Locale locale) {
    Objects.requireNonNull(command, "command");
    return Refusal.Word.command(command).in(locale);
  }

  /**
   * The name of the command that made an event, in the reader's language: "start review" for a
   * header that keeps {@code START_REVIEW}; the code for a command the library has no words for.
   *
   * @param header an event's header ({@code event.header()})
   * @param locale the reader's locale
   * @return the name
   */
  public static String commandName(EventHeader header, java.util.Locale locale) {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(locale, "locale");
    return Refusal.Word.command(header.command()).in(locale);
  }

  /**
   * The commands an actor may issue now.
   *
   * @param instance the instance
   * @param actor the actor
   * @return the command types, by role (guards are checked when issuing)
   */
  public final Set<Class<? extends C>> permittedCommands(I instance, Actor actor) {
    Objects.requireNonNull(instance, "instance");
    Objects.requireNonNull(actor, "actor");
    return definition().permittedCommands(instance.state(), actor);
  }

  /**
   * Decides what a request does to an instance at an instant, without side effects. The events the
   * request's row makes carry its {@link #fingerprint(Object) fingerprint} in their headers when it
   * has an idempotency key, and an empty one when it has none; the events of automatic rows that
   * follow carry the key and an empty fingerprint (only the first keyed event's is compared).
   *
   * @param instance the instance
   * @param request the request
   * @param at the instant the events will carry
   * @return accepted with the new instance and events, or refused with every reason
   */
  public final Outcome<I, E> decide(I instance, Request<? extends C> request, Instant at) {
    Objects.requireNonNull(instance, "instance");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(at, "at");
    WorkflowDefinition<S, I, C, E> definition = definition();
    S state = instance.state();
    C command = request.command();
    Transition<S, I, C, E> row = definition.row(state, command.getClass());
    Actor actor = request.actor();
    if (row == null || row.isAutomatic()) {
      return new Outcome.Refused<>(instance, List.of(notPermitted(definition, instance, command.getClass(), actor)));
    }
    List<Refusal> reasons = null;
    if (!actor.holdsAny(row.roles())) {
      reasons = List.of(new Refusal("role", "org.irrt.workflow.role", Refusal.Word.command(row.command())));
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
    List<E> events = make(row, instance, command,
        new EventHeader(actor.id(), row.name(), row.to().name(), at, request.comment(), key, fingerprint));
    I next = apply(instance, row, events);
    List<E> all = null; // only when automatic rows follow
    for (int step = 0; step < MAX_AUTOMATIC_STEPS; step++) {
      Transition<S, I, C, E> auto = null;
      for (Transition<S, I, C, E> candidate : definition.automaticFrom(next.state())) {
        if (holds(candidate.guards(), next, candidate.automatic().orElseThrow(), at)) {
          auto = candidate;
          break;
        }
      }
      if (auto == null) {
        return new Outcome.Accepted<>(next, all == null ? events : all, false);
      }
      if (all == null) {
        all = new ArrayList<>(events);
      }
      // only the first keyed event's fingerprint is compared: the automatic rows' carry none, so that
      // an erased form, whose fingerprint is empty, leaves no digest of personal data beside it
      List<E> produced = make(auto, next, auto.automatic().orElseThrow(), new EventHeader(ActorId.SYSTEM, auto.name(),
          auto.to().name(), at, Optional.empty(), key, events.isEmpty() ? fingerprint : ""));
      next = apply(next, auto, produced);
      all.addAll(produced);
    }
    throw new IllegalStateException(definition.name() + ": automatic rows loop");
  }

  /**
   * The refusal of a command the table does not allow in the instance's state: for a command that
   * creates instances sent to one that exists (the same form sent twice without a key), a refusal
   * naming it; otherwise one naming the state and what the actor may do there.
   */
  private static <S extends Enum<S>, I extends WorkflowInstance<S>> Refusal notPermitted(
      WorkflowDefinition<S, I, ?, ?> definition, I instance, Class<?> command, Actor actor) {
    Refusal.Word state = Refusal.Word.state(definition.name(), instance.state());
    if (instance.state() != definition.initial() && definition.row(definition.initial(), command) != null) {
      return new Refusal("exists", "org.irrt.workflow.exists", instance.id(), state);
    }
    List<Refusal.Word> permitted = definition.permittedCommands(instance.state(), actor).stream()
        .map(Refusal.Word::command).toList();
    Refusal.Word name = Refusal.Word.command(command);
    return permitted.isEmpty()
        ? new Refusal("state", "org.irrt.workflow.stateNothing", name, state)
        : new Refusal("state", "org.irrt.workflow.state", name, state, permitted);
  }

  private boolean holds(List<Guard<I, C>> guards, I instance, C command, Instant at) {
    for (int g = 0; g < guards.size(); g++) {
      if (guards.get(g).check(instance, command, Actor.SYSTEM, at).isPresent()) {
        return false;
      }
    }
    return true;
  }

  @SuppressWarnings("unchecked")
  private List<E> make(Transition<S, I, C, E> row, I instance, C command, EventHeader header) {
    return (List<E>) row.events().make(instance, command, header);
  }

  /**
   * A digest of a command's full content: the SHA-256, in hex, of its canonical text (records by
   * their components, model values by every attribute, personal data included, see {@link
   * CommandContent}). Two commands get the same digest exactly when their content is equal; the
   * digest reveals nothing of it.
   *
   * @param command the command
   * @return 64 hex digits
   * @throws IllegalArgumentException when the command holds a type with no canonical text (a
   *     programming error)
   */
  public static String fingerprint(Object command) {
    Objects.requireNonNull(command, "command");
    return CommandContent.fingerprint(command);
  }

  private I apply(I instance, Transition<S, I, C, E> row, List<E> produced) {
    I next = instance;
    S to = row.to();
    for (int i = 0; i < produced.size(); i++) {
      next = apply(next, Objects.requireNonNull(produced.get(i), "event"), to);
    }
    if (produced.isEmpty() && instance.state() != to) {
      throw new IllegalStateException(definition().name() + ": row " + row.from() + " " + row.name()
          + " leads to " + to + " but made no event");
    }
    return next;
  }
}
