package org.irrt.workflow;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.irrt.model.common.InvalidValueException;
import org.irrt.model.common.TextRules;
import org.irrt.model.common.Violation;

/**
 * A command as issued: the command, the actor, an optional comment (kept in the audit trail), an
 * optional idempotency key (the same key with the same content twice yields the first outcome,
 * once), and optionally the version of the instance the caller's page showed (a stale one is
 * refused, nothing is applied over newer changes).
 *
 * @param command the command
 * @param actor who issues it
 * @param comment a comment for the audit trail
 * @param idempotencyKey a key unique per intended action, e.g. a form submission id: 1 to {@value
 *     #MAX_KEY} characters, each a letter or digit of ASCII or one of {@code - _ . : ~ + / = @}
 *     (UUIDs, base64 and URL-safe tokens fit; control characters and spaces never do)
 * @param expectedVersion the instance's version (its number of events) the caller based the
 *     command on, if it says
 * @param <C> the workflow's command type
 */
public record Request<C>(C command, Actor actor, Optional<String> comment, Optional<String> idempotencyKey,
    Optional<Long> expectedVersion) {
  /** The longest idempotency key, in characters. */
  public static final int MAX_KEY = OpaqueId.MAX;

  /** The longest comment, in code points. */
  public static final int MAX_COMMENT = 4000;

  /**
   * Checks the parts.
   *
   * @throws NullPointerException when a part is null
   * @throws InvalidValueException when the comment is not valid text (see {@link
   *     org.irrt.model.common.ValidText}: at most 4000 code points, line breaks allowed, no other
   *     control characters or bidirectional overrides), the key is not a valid key ({@link OpaqueId}),
   *     or the expected version is negative: one exception naming every one of these; the comment
   *     is kept in NFC, and its length counted there
   */
  public Request {
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(comment, "comment");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    Objects.requireNonNull(expectedVersion, "expectedVersion");
    // NFC first, so the limit counts the code points kept (DOMAIN.md section 6): a comment typed
    // decomposed is as long as the same comment typed composed.
    comment = comment.map(c -> Normalizer.normalize(c, Normalizer.Form.NFC));
    List<Violation> violations = new ArrayList<>();
    comment.flatMap(c -> TextRules.check("comment", c, MAX_COMMENT, true)).ifPresent(violations::add);
    if (idempotencyKey.isPresent() && !OpaqueId.isValid(idempotencyKey.get())) {
      violations.add(violation("idempotencyKey", new Refusal("idempotencyKey", "org.irrt.workflow.keyInvalid", MAX_KEY)));
    }
    if (expectedVersion.isPresent() && expectedVersion.get() < 0) {
      violations.add(violation("expectedVersion", new Refusal("expectedVersion", "org.irrt.workflow.versionNegative")));
    }
    if (!violations.isEmpty()) {
      throw new InvalidValueException("Request", violations);
    }
  }

  /**
   * A request with a comment and a key, and no expected version.
   *
   * @param command the command
   * @param actor who issues it
   * @param comment a comment for the audit trail
   * @param idempotencyKey a key unique per intended action
   * @throws InvalidValueException when the comment or the key is not valid
   */
  public Request(C command, Actor actor, Optional<String> comment, Optional<String> idempotencyKey) {
    this(command, actor, comment, idempotencyKey, Optional.empty());
  }

  private static Violation violation(String path, Refusal refusal) {
    return new Violation(path, refusal.code(), refusal::message);
  }

  /**
   * A request without comment, key or expected version.
   *
   * @param command the command
   * @param actor the actor
   * @param <C> the command type
   * @return the request
   */
  public static <C> Request<C> of(C command, Actor actor) {
    return new Request<>(command, actor, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * The same request with a comment.
   *
   * @param text the comment, kept in NFC and measured there
   * @return a new request
   * @throws InvalidValueException when the text is null or not valid text
   */
  public Request<C> withComment(String text) {
    String nfc = org.irrt.model.common.TextRules.nfc(text); // measured as kept
    return new Request<>(command, actor, Optional.of(TextRules.require("Request", "comment", nfc, MAX_COMMENT, true)),
        idempotencyKey, expectedVersion);
  }

  /**
   * The same request with an idempotency key.
   *
   * @param key the key
   * @return a new request
   * @throws InvalidValueException when the key is not valid (see {@link #idempotencyKey()})
   */
  public Request<C> withIdempotencyKey(String key) {
    Objects.requireNonNull(key, "key");
    return new Request<>(command, actor, comment, Optional.of(key), expectedVersion);
  }

  /**
   * The same request, valid only while the instance is at a version: the version the caller's page
   * showed ({@link WorkflowEngine#version}). If the instance changed since, the request is refused
   * ({@code version}) and nothing is applied.
   *
   * @param version the instance's number of events when the caller read it
   * @return a new request
   * @throws InvalidValueException when the version is negative
   */
  public Request<C> withExpectedVersion(long version) {
    return new Request<>(command, actor, comment, idempotencyKey, Optional.of(version));
  }
}
