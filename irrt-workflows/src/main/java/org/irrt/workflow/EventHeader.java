package org.irrt.workflow;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What every event carries: who, which command, when (from the engine's injected clock), an optional
 * comment, and the idempotency key of the command that produced it.
 *
 * @param actor who issued the command
 * @param command the kind of the command that produced the event, e.g. {@code SUBMIT}
 * @param at when it was committed
 * @param comment the actor's comment, if any
 * @param idempotencyKey the command's key, if any
 * @param fingerprint when the command had an idempotency key, a digest of the command's content
 *     ({@link Workflow#fingerprint(Object)}: SHA-256 of its {@code toString()}, 16 hex digits), so that
 *     the key reused for another command of the same kind is told apart; empty ({@code ""}) when the
 *     command had no key (nothing can replay it)
 */
public record EventHeader(ActorId actor, String command, @JsonFormat(shape = JsonFormat.Shape.STRING) Instant at,
    Optional<String> comment, Optional<String> idempotencyKey, String fingerprint) {
  /**
   * Checks the parts.
   *
   * @throws NullPointerException when a part is null
   */
  public EventHeader {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(comment, "comment");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    Objects.requireNonNull(fingerprint, "fingerprint");
  }
}
