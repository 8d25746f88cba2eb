package org.irrt.model.common;

import java.util.Objects;
import java.util.Optional;
import org.irrt.model.internal.Messages;
import org.irrt.model.internal.Text;

/**
 * The rules of {@link ValidText} for text that is not part of a value type, such as a comment on a
 * workflow request: the same rules, the same message keys and languages.
 */
public final class TextRules {
  private TextRules() {}

  /**
   * The first rule a text breaks.
   *
   * @param path where the text is, for the violation
   * @param value the text; {@code null} breaks the {@code required} rule
   * @param max the largest length in code points
   * @param multiline whether line feeds, carriage returns and tabs are allowed
   * @return the violation (code {@code org.irrt.model.ValidText.<rule>}), or empty when the text is
   *     valid
   */
  public static Optional<Violation> check(String path, CharSequence value, int max, boolean multiline) {
    Objects.requireNonNull(path, "path");
    String problem = Text.problem(value, max, multiline);
    if (problem == null) {
      return Optional.empty();
    }
    String code = problem.equals("required") ? "jakarta.validation.constraints.NotNull.message"
        : "org.irrt.model.ValidText." + problem;
    return Optional.of(new Violation(path, code,
        locale -> Messages.render(code, locale).replace("{max}", String.valueOf(max))));
  }

  /**
   * Throws when a text breaks a rule.
   *
   * @param subject what is being made, for the exception
   * @param path where the text is
   * @param value the text; {@code null} breaks the {@code required} rule
   * @param max the largest length in code points
   * @param multiline whether line breaks and tabs are allowed
   * @return the text, when valid
   * @throws InvalidValueException naming the rule broken and the path
   */
  public static String require(String subject, String path, String value, int max, boolean multiline) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(path, "path");
    Optional<Violation> v = check(path, value, max, multiline);
    if (v.isPresent()) {
      throw new InvalidValueException(subject, java.util.List.of(v.get()));
    }
    return value;
  }

  /**
   * A text in Unicode NFC, the form the library keeps text in (DOMAIN.md section 6: the same name
   * typed composed or decomposed is one name); what a command's record does with its free text.
   *
   * @param text any text, or {@code null}
   * @return the text in NFC, or {@code null} for {@code null}
   */
  public static String nfc(String text) {
    return text == null ? null : java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
  }
}
