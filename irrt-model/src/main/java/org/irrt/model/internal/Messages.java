package org.irrt.model.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.irrt.model.common.Violation;

/**
 * The library's own messages, from the namespaced bundle {@code org.irrt.model.IrrtMessages}
 * (English, Spanish, French). The bundle's name cannot clash with a host's {@code
 * ValidationMessages}; a locale without a bundle falls back to English, never to the JVM default.
 */
public final class Messages {
  /** The base name of the bundle, also used as the user bundle of the library's validator. */
  public static final String BUNDLE = "org.irrt.model.IrrtMessages";

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private Messages() {}

  /**
   * The library bundle for a locale: its own language, else English (never the JVM default).
   *
   * @param locale the locale
   * @return the bundle
   */
  public static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(), NO_FALLBACK);
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
}
