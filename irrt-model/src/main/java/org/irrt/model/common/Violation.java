package org.irrt.model.common;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiFunction;
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
 * <p>A message may name other entries of the same document by their paths ({@link
 * #relatedPaths()}), e.g. {@code members[2].id: repeats the id of members[0]}: the entry whose id
 * a repeated id repeats, never the id itself. Those paths are moved under an enclosing value
 * together with {@link #path()} ({@link #under(String)}), so the message stays true at any depth.
 *
 * <p>Two violations are equal when path and code are equal.
 */
public final class Violation {
  private final String path;
  private final String code;
  private final List<String> relatedPaths;
  private final BiFunction<Locale, List<String>, String> renderer;

  /**
   * Creates a violation. Hosts rarely need this: the library creates violations.
   *
   * @param path where the rule was broken, in JSON property names; empty for the value itself
   * @param code the rule's message key, e.g. {@code org.irrt.model.WebUrl.scheme}
   * @param renderer renders the message in a given locale
   */
  public Violation(String path, String code, Function<Locale, String> renderer) {
    this(path, code, List.of(), render(renderer));
  }

  /**
   * Creates a violation whose message names other entries of the document by their paths, e.g.
   * the earlier entry that a repeated id repeats. Hosts rarely need this: the library creates
   * violations.
   *
   * @param path where the rule was broken, in JSON property names; empty for the value itself
   * @param code the rule's message key, e.g. {@code org.irrt.model.duplicateId}
   * @param relatedPaths the paths the message names, from the same root as {@code path}, e.g.
   *     {@code links[0]}
   * @param renderer renders the message in a given locale from the related paths as seen from the
   *     violation's current root (they are longer after {@link #under(String)})
   */
  public Violation(String path, String code, List<String> relatedPaths,
      BiFunction<Locale, List<String>, String> renderer) {
    this.path = Objects.requireNonNull(path, "path");
    this.code = Objects.requireNonNull(code, "code");
    this.relatedPaths = List.copyOf(Objects.requireNonNull(relatedPaths, "relatedPaths"));
    this.renderer = Objects.requireNonNull(renderer, "renderer");
  }

  private static BiFunction<Locale, List<String>, String> render(Function<Locale, String> renderer) {
    Objects.requireNonNull(renderer, "renderer");
    return (locale, paths) -> renderer.apply(locale);
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
   * The paths of the other entries this violation's message names, from the same root as {@link
   * #path()}: for {@code members[2].id} repeating an id, {@code [members[0]]}, the first entry with
   * that id. A host may use them to point at both entries.
   *
   * @return the related paths, usually empty; unmodifiable
   */
  public List<String> relatedPaths() {
    return relatedPaths;
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
    return renderer.apply(Objects.requireNonNull(locale, "locale"), relatedPaths);
  }

  /**
   * This violation seen from an enclosing value: {@code url} under {@code links[3]} becomes {@code
   * links[3].url}. The {@linkplain #relatedPaths() related paths} move with it: {@code links[1].id}
   * repeating the id of {@code links[0]}, under {@code linkGroups[2]}, repeats the id of {@code
   * linkGroups[2].links[0]}.
   *
   * @param prefix the path of the enclosing value; empty leaves the path unchanged
   * @return a violation with the longer path
   */
  public Violation under(String prefix) {
    Objects.requireNonNull(prefix, "prefix");
    if (prefix.isEmpty()) {
      return this;
    }
    List<String> related = relatedPaths.stream().map(p -> join(prefix, p)).toList();
    return new Violation(join(prefix, path), code, related, renderer);
  }

  private static String join(String prefix, String path) {
    return path.isEmpty() ? prefix : path.startsWith("[") ? prefix + path : prefix + "." + path;
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
