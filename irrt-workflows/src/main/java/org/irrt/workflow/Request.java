package org.irrt.workflow;

import java.util.Objects;
import java.util.Optional;

/**
 * A command as issued: the command, the actor, an optional comment (kept in the audit trail), and
 * an optional idempotency key (the same key twice yields the first outcome, once).
 *
 * @param command the command
 * @param actor who issues it
 * @param comment a comment for the audit trail
 * @param idempotencyKey a key unique per intended action, e.g. a form submission id
 * @param <C> the workflow's command type
 */
public record Request<C>(C command, Actor actor, Optional<String> comment, Optional<String> idempotencyKey) {
  /**
   * Checks the parts.
   *
   * @throws NullPointerException when a part is null
   * @throws IllegalArgumentException when the key is blank or longer than 200 characters
   */
  public Request {
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(comment, "comment");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    idempotencyKey.ifPresent(k -> {
      if (k.isBlank() || k.length() > 200) {
        throw new IllegalArgumentException("idempotency key must be 1 to 200 characters");
      }
    });
  }

  /**
   * A request without comment or key.
   *
   * @param command the command
   * @param actor the actor
   * @param <C> the command type
   * @return the request
   */
  public static <C> Request<C> of(C command, Actor actor) {
    return new Request<>(command, actor, Optional.empty(), Optional.empty());
  }

  /**
   * The same request with a comment.
   *
   * @param text the comment
   * @return a new request
   */
  public Request<C> withComment(String text) {
    return new Request<>(command, actor, Optional.of(text), idempotencyKey);
  }

  /**
   * The same request with an idempotency key.
   *
   * @param key the key
   * @return a new request
   */
  public Request<C> withIdempotencyKey(String key) {
    return new Request<>(command, actor, comment, Optional.of(key));
  }
}
