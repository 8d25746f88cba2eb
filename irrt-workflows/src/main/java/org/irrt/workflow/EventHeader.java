package org.irrt.workflow;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What every event carries: who, which command, the state the command's row leads to, when (from the
 * engine's injected clock), an optional comment, and the idempotency key of the command that
 * produced it.
 *
 * @param actor who issued the command
 * @param command the name of the command that produced the event, e.g. {@code SUBMIT} (the command
 *     type's name in upper snake case, {@link WorkflowDefinition#commandName})
 * @param state the name of the state the row taken leads to, e.g. {@code SUBMITTED}: the table's
 *     statement of the transition, so that folding events never states a target again
 * @param at when it was committed
 * @param comment the actor's comment, if any
 * @param idempotencyKey the command's key, if any
 * @param fingerprint when the command had an idempotency key, the SHA-256 of its full content in hex
 *     ({@link Workflow#fingerprint(Object)}), so that the key reused with other content is told
 *     apart; empty ({@code ""}) when the command had no key (nothing can replay it), on the events
 *     of automatic rows (only the first keyed event's is compared), and in the erased form of a
 *     {@link PersonalData} event: a digest of content that holds personal data lets anyone who
 *     holds that data confirm it, so it goes with the data (a keyed retry after the erasure is then
 *     refused as a reused key, never replayed)
 */
public record EventHeader(ActorId actor, String command, String state,
    @JsonFormat(shape = JsonFormat.Shape.STRING) Instant at, Optional<String> comment,
    Optional<String> idempotencyKey, String fingerprint) {
  /**
   * Checks the parts.
   *
   * @throws NullPointerException when a part is null
   */
  public EventHeader {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(comment, "comment");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    Objects.requireNonNull(fingerprint, "fingerprint");
  }

  /**
   * This header as an erased form of its event carries it ({@link PersonalData#erased}): the same,
   * but with an empty fingerprint.
   *
   * @return the header without its fingerprint
   */
  public EventHeader withoutFingerprint() {
    return new EventHeader(actor, command, state, at, comment, idempotencyKey, "");
  }
}
