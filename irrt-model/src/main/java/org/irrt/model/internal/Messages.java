package org.irrt.model.internal;

import com.ibm.icu.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.irrt.model.common.Violation;

/**
 * The library's own messages, from the namespaced bundle {@code org.irrt.model.IrrtMessages}
 * (Arabic, Chinese, English, French, German, Russian, Spanish: the languages IFLA works in). The
 * bundle's name cannot clash with a host's {@code ValidationMessages}; a locale without a bundle
 * falls back to English, never to the JVM default.
 */
public final class Messages {
  /** The base name of the bundle, also used as the user bundle of the library's validator. */
  public static final String BUNDLE = "org.irrt.model.IrrtMessages";

  /** The English bundle, read once; what a locale without a bundle of its own gets. */
  private static final ResourceBundle BASE = base(Messages.class, BUNDLE);

  private Messages() {}

  /**
   * The library bundle for a locale: its own language, else English (never the JVM default).
   *
   * @param locale the locale
   * @return the bundle
   */
  public static ResourceBundle bundle(Locale locale) {
    ResourceBundle found = ResourceBundle.getBundle(BUNDLE, locale);
    return found.getLocale().getLanguage().equals(locale.getLanguage()) ? found : BASE;
  }

  /**
   * A base bundle read straight from its file. {@code ResourceBundle.getBundle} falls back to the
   * JVM's default locale, and a named module may not give it a {@code Control} that does not, so a
   * bundle of another language than the one asked for is replaced by this one.
   *
   * @param owner a class of the module holding the bundle
   * @param baseName the bundle's base name
   * @return the bundle
   */
  public static ResourceBundle base(Class<?> owner, String baseName) {
    try (java.io.InputStream in = owner.getResourceAsStream("/" + baseName.replace('.', '/') + ".properties")) {
      return new java.util.PropertyResourceBundle(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    } catch (java.io.IOException | NullPointerException e) {
      throw new IllegalStateException("the bundle " + baseName + " is missing", e);
    }
  }

  /**
   * Renders a message.
   *
   * @param code the key, e.g. {@code org.irrt.model.json.unknownProperty}
   * @param locale the language
   * @param args {@link MessageFormat} arguments; never personal data
   * @return the message, or the key itself when the bundle lacks it
   */
  public static String render(String code, Locale locale, Object... args) {
    String pattern;
    try {
      pattern = bundle(locale).getString(code);
    } catch (MissingResourceException e) {
      return code;
    }
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
  }

  /**
   * A violation whose message comes from the library bundle.
   *
   * @param path the path
   * @param code the key
   * @param args arguments for the message
   * @return the violation
   */
  public static Violation violation(String path, String code, Object... args) {
    Object[] copy = args.clone();
    return new Violation(path, code, locale -> render(code, locale, copy));
  }

  /**
   * A violation whose message names another entry of the document by its path, as argument
   * {@code {0}}: e.g. {@code members[2].id} "repeats the id of members[0]". The named path moves
   * with the violation's own under an enclosing value ({@link Violation#under(String)}).
   *
   * @param path the path
   * @param code the key; its pattern takes the other entry's path as {@code {0}}
   * @param other the other entry's path, from the same root as {@code path}
   * @return the violation
   */
  public static Violation naming(String path, String code, String other) {
    return new Violation(path, code, List.of(other), (locale, paths) -> render(code, locale, paths.get(0)));
  }
}
