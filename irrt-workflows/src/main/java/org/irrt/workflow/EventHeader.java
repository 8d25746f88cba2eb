package org.irrt.workflow;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What every event carries: who, when (from the engine's injected clock), an optional comment, and
 * the idempotency key of the command that produced it.
 *
 * @param actor who issued the command
 * @param at when it was committed
 * @param comment the actor's comment, if any
 * @param idempotencyKey the command's key, if any
 */
public record EventHeader(ActorId actor, @JsonFormat(shape = JsonFormat.Shape.STRING) Instant at,
    Optional<String> comment, Optional<String> idempotencyKey) {
  /**
   * Checks the parts.
   *
   * @throws NullPointerException when a part is null
   */
  public EventHeader {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(comment, "comment");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
  }
}
