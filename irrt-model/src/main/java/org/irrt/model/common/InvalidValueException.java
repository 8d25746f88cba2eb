package org.irrt.model.common;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown when input would make an invalid value: from a builder's {@code build()}, a {@code with*}
 * method, a factory such as {@link WebUrl#of(String)}, or reading JSON. It lists <em>every</em>
 * violation found, each with its path and a message; nothing invalid is ever returned.
 *
 * <p>The exception message lists the violations in the default locale; {@link #message(Locale)}
 * renders them in another. Messages never contain the rejected values.
 */
public class InvalidValueException extends IrrtException {
  private static final long serialVersionUID = 1L;

  private final String subject;
  private final transient List<Violation> violations;

  /**
   * Creates the exception.
   *
   * @param subject what was being made, e.g. {@code Link} or {@code JSON document}
   * @param violations every violation found; not empty
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code violations} is empty
   */
  public InvalidValueException(String subject, List<Violation> violations) {
    super("Invalid " + Objects.requireNonNull(subject, "subject"));
    if (Objects.requireNonNull(violations, "violations").isEmpty()) {
      throw new IllegalArgumentException("an InvalidValueException needs at least one violation");
    }
    this.subject = subject;
    this.violations = List.copyOf(violations);
  }

  /**
   * What was being made when the rules were broken.
   *
   * @return a type name such as {@code RoundTable}, or {@code JSON document}
   */
  public String subject() {
    return subject;
  }

  /**
   * Every violation, in the order found.
   *
   * @return an unmodifiable, non-empty list
   */
  public List<Violation> violations() {
    return violations == null ? List.of() : violations; // none after Java deserialization
  }

  /**
   * The whole report in a given locale: a first line naming the subject and the count, then one
   * line per violation.
   *
   * @param locale the language to render in
   * @return the report
   */
  public String message(Locale locale) {
    return render(subject, violations(), locale);
  }

  @Override
  public String getMessage() {
    return render(subject, violations(), Locale.getDefault());
  }

  private static String render(String subject, List<Violation> violations, Locale locale) {
    return violations.stream()
        .map(v -> "  " + (v.path().isEmpty() ? "<value>" : v.path()) + ": " + v.message(locale))
        .collect(Collectors.joining(
            "\n", "Invalid " + subject + " (" + violations.size() + " violation"
                + (violations.size() == 1 ? "" : "s") + "):\n", ""));
  }
}
