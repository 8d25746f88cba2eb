package org.irrt.workflow;

import java.text.Normalizer;
import java.util.Objects;
import java.util.Optional;
import org.irrt.model.common.TextRules;

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
   * @throws org.irrt.model.common.InvalidValueException when the comment is not valid text (see
   *     {@link org.irrt.model.common.ValidText}: at most 4000 code points, line breaks allowed, no
   *     other control characters or bidirectional overrides); a valid comment is kept in NFC
   */
  public Request {
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(comment, "comment");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    comment = comment.map(c -> Normalizer.normalize(TextRules.require("Request", "comment", c, MAX_COMMENT, true),
        Normalizer.Form.NFC));
    idempotencyKey.ifPresent(k -> {
      if (k.isBlank() || k.length() > 200) {
        throw new IllegalArgumentException("idempotency key must be 1 to 200 characters");
      }
    });
  }

  /** The longest comment, in code points. */
  public static final int MAX_COMMENT = 4000;

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
   * @throws org.irrt.model.common.InvalidValueException when the text is null or not valid text
   */
  public Request<C> withComment(String text) {
    return new Request<>(command, actor, Optional.of(TextRules.require("Request", "comment", text, MAX_COMMENT, true)),
        idempotencyKey);
  }

  /**
   * The same request with an idempotency key.
   *
   * @param key the key
   * @return a new request
   */
  public Request<C> withIdempotencyKey(String key) {
    Objects.requireNonNull(key, "key");
    return new Request<>(command, actor, comment, Optional.of(key));
  }
}
