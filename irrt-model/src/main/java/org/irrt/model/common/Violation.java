package org.irrt.model.common;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * One rule that a value or a JSON document broke: where ({@link #path()}), which rule ({@link
 * #code()}) and a readable message in the host's language ({@link #message(Locale)}).
 *
 * <p>Paths use the property names of the JSON form: {@code linkGroups[2].links[3].url}; the empty
 * path means the value as a whole. Messages name the rule, never the rejected value, so that personal
 * data cannot leak into logs through them. Messages exist in the seven languages IFLA works in
 * (Arabic, Chinese, English, French, German, Russian, Spanish); other locales fall back to English.
 *
 * <p>Two violations are equal when path and code are equal.
 */
public final class Violation {
  private final String path;
  private final String code;
  private final Function<Locale, String> renderer;

  /**
   * Creates a violation. Hosts rarely need this: the library creates violations.
   *
   * @param path where the rule was broken, in JSON property names; empty for the value itself
   * @param code the rule's message key, e.g. {@code org.irrt.model.WebUrl.scheme}
   * @param renderer renders the message in a given locale
   */
  public Violation(String path, String code, Function<Locale, String> renderer) {
    this.path = Objects.requireNonNull(path, "path");
    this.code = Objects.requireNonNull(code, "code");
    this.renderer = Objects.requireNonNull(renderer, "renderer");
  }

  /**
   * Where the rule was broken, e.g. {@code links[3].url}.
   *
   * @return the path; empty for the value as a whole
   */
  public String path() {
    return path;
  }

  /**
   * The rule's stable message key, e.g. {@code org.irrt.model.WebUrl.scheme} or {@code
   * jakarta.validation.constraints.NotBlank.message}. Use it to react to a rule in code.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * The message in the JVM's default locale at the time of the call.
   *
   * @return the message
   */
  public String message() {
    return message(Locale.getDefault());
  }

  /**
   * The message in the given locale (Arabic, Chinese, English, French, German, Russian, Spanish;
   * others fall back to English).
   *
   * @param locale the language to render in, e.g. the locale of a web request
   * @return the message
   */
  public String message(Locale locale) {
    return renderer.apply(Objects.requireNonNull(locale, "locale"));
  }

  /**
   * This violation seen from an enclosing value: {@code url} under {@code links[3]} becomes {@code
   * links[3].url}.
   *
   * @param prefix the path of the enclosing value; empty leaves the path unchanged
   * @return a violation with the longer path
   */
  public Violation under(String prefix) {
    Objects.requireNonNull(prefix, "prefix");
    if (prefix.isEmpty()) {
      return this;
    }
    String joined = path.isEmpty() ? prefix : path.startsWith("[") ? prefix + path : prefix + "." + path;
    return new Violation(joined, code, renderer);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Violation v && v.path.equals(path) && v.code.equals(code);
  }

  @Override
  public int hashCode() {
    return path.hashCode() * 31 + code.hashCode();
  }

  /** Returns {@code path: message} in the default locale. */
  @Override
  public String toString() {
    return (path.isEmpty() ? "<value>" : path) + ": " + message();
  }
}
