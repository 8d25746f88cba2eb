package org.irrt.workflow;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.irrt.model.common.InvalidValueException;
import org.irrt.model.common.Violation;

/**
 * The rule of the texts a host chooses to name what the workflows keep: instance ids ({@link
 * WorkflowEngine#issue}), idempotency keys ({@link Request#idempotencyKey()}) and a form's client
 * token ({@code ApplicationCommand.Create}). Each is 1 to {@value #MAX} characters, each an ASCII
 * letter or digit or one of {@code - _ . : ~ + / = @}: UUIDs, base64 and URL-safe tokens and slugs
 * ({@code app-3f2a}, {@code m-000123}) fit; spaces, control characters, lone surrogates and text of
 * any length never do. So such a text is stored as it was given in any database (PostgreSQL refuses
 * a NUL and a key longer than its index allows), and holds no personal data in practice (STYLE.md:
 * "use opaque ids", never a name or an e-mail address).
 */
public final class OpaqueId {
  /** The longest id, key or token, in characters. */
  public static final int MAX = 200;

  private OpaqueId() {}

  /**
   * Whether a text follows the rule.
   *
   * @param text the text
   * @return whether it is 1 to {@value #MAX} characters of ASCII letters, digits and {@code - _ . : ~
   *     + / = @}
   */
  public static boolean isValid(String text) {
    Objects.requireNonNull(text, "text");
    if (text.isEmpty() || text.length() > MAX) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || "-_.:~+/=@".indexOf(c) >= 0;
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /**
   * The violation of a text that breaks the rule ({@code org.irrt.workflow.idInvalid}: "must be 1 to
   * 200 characters: ASCII letters, digits and ..."), never quoting the text.
   *
   * @param path where the text is, e.g. {@code clientToken}
   * @param text the text
   * @return the violation, or empty when the text follows the rule
   */
  public static Optional<Violation> check(String path, String text) {
    Objects.requireNonNull(path, "path");
    if (isValid(text)) {
      return Optional.empty();
    }
    Refusal refusal = new Refusal(path, "org.irrt.workflow.idInvalid", MAX);
    return Optional.of(new Violation(path, refusal.code(), refusal::message));
  }

  /**
   * Returns a text that follows the rule, else throws its violation.
   *
   * @param subject what is being made, for the exception, e.g. {@code ApplicationCommand.Create}
   * @param path where the text is
   * @param text the text
   * @return the text
   * @throws InvalidValueException when the text breaks the rule, naming the path
   */
  public static String require(String subject, String path, String text) {
    Objects.requireNonNull(subject, "subject");
    Optional<Violation> v = check(path, text);
    if (v.isPresent()) {
      throw new InvalidValueException(subject, List.of(v.get()));
    }
    return text;
  }
}
