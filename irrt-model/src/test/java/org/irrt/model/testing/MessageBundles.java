package org.irrt.model.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ChoiceFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a family of message bundles ({@code IrrtMessages}, {@code WorkflowMessages}) against its
 * English base: the same keys in every language, and in every message the same placeholders.
 *
 * <p>Two kinds of placeholder: Hibernate Validator's named ones ({@code {max}}, {@code {value}}),
 * compared as sets; and {@link MessageFormat}'s numbered ones ({@code {0}}, {@code {1,number,#}},
 * {@code {0,choice,0#...|1#...}}), compared by argument: the same arguments with the same kind of
 * format, and a choice with the same limits. In a {@link MessageFormat} pattern a lone ASCII
 * apostrophe starts a quotation that would swallow the rest of the message, so it is a problem
 * too; a message without numbered arguments is shown as written.
 */
public final class MessageBundles {
  /** The languages of the library: those IFLA works in. */
  public static final List<String> LANGUAGES = List.of("ar", "de", "es", "fr", "ru", "zh");

  private static final Pattern NAMED = Pattern.compile("\\{([a-zA-Z][a-zA-Z.]*)\\}");
  private static final Pattern NUMBERED = Pattern.compile("\\{\\d");

  private MessageBundles() {}

  /**
   * A bundle file read as UTF-8.
   *
   * @param owner a class beside the bundle
   * @param resource the resource, such as {@code /org/irrt/model/IrrtMessages_de.properties}
   * @return its properties
   */
  public static Properties load(Class<?> owner, String resource) {
    Properties p = new Properties();
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing " + resource);
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  /**
   * Every difference between a translation and the English base: missing or extra keys, and
   * messages whose placeholders differ or that a lone apostrophe would break.
   *
   * @param english the base
   * @param translation the translation
   * @param language its language, for the report
   * @return the problems, one line each; empty when none
   */
  public static List<String> problems(Properties english, Properties translation, String language) {
    List<String> problems = new ArrayList<>();
    TreeSet<String> missing = new TreeSet<>(english.stringPropertyNames());
    missing.removeAll(translation.stringPropertyNames());
    missing.forEach(k -> problems.add(language + ": missing " + k));
    TreeSet<String> extra = new TreeSet<>(translation.stringPropertyNames());
    extra.removeAll(english.stringPropertyNames());
    extra.forEach(k -> problems.add(language + ": not in English " + k));
    for (String key : new TreeSet<>(english.stringPropertyNames())) {
      String base = english.getProperty(key);
      String text = translation.getProperty(key);
      if (text == null) {
        continue;
      }
      if (!named(base).equals(named(text))) {
        problems.add(language + ": " + key + " names " + named(text) + ", English " + named(base));
      }
      if (NUMBERED.matcher(base).find() || NUMBERED.matcher(text).find()) {
        String a = arguments(base);
        String b = arguments(text);
        if (!a.equals(b)) {
          problems.add(language + ": " + key + " has arguments " + b + ", English " + a);
        }
        if (text.replace("''", "").indexOf('\'') >= 0) {
          problems.add(language + ": " + key + " has a lone apostrophe, which MessageFormat reads as a quote");
        }
      }
    }
    return problems;
  }

  private static TreeSet<String> named(String pattern) {
    TreeSet<String> names = new TreeSet<>();
    Matcher m = NAMED.matcher(pattern);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  /** The arguments of a MessageFormat pattern: each index with its format's kind (and a choice's limits). */
  private static String arguments(String pattern) {
    MessageFormat format;
    try {
      format = new MessageFormat(pattern);
    } catch (IllegalArgumentException e) {
      return "unparsable (" + e.getMessage() + ")";
    }
    StringBuilder b = new StringBuilder();
    Format[] formats = format.getFormatsByArgumentIndex();
    for (int i = 0; i < formats.length; i++) {
      b.append('{').append(i).append(':');
      Format f = formats[i];
      b.append(f == null ? "plain" : f instanceof ChoiceFormat c ? "choice" + Arrays.toString(c.getLimits())
          : f.getClass().getSimpleName());
      b.append('}');
    }
    return b.toString();
  }

  /** A colon, semicolon, exclamation or question mark after a word and an ordinary space. */
  private static final java.util.regex.Pattern FRENCH_PUNCTUATION =
      java.util.regex.Pattern.compile("[\\p{L}\\p{N})}»] [:;!?](?= |$)");

  /**
   * The French messages whose punctuation breaks French typography (Imprimerie nationale, <i>Lexique
   * des règles typographiques</i>): a colon takes a no-break space before it (U+00A0), a semicolon,
   * exclamation or question mark a narrow no-break space (U+202F), so that the sign never starts a
   * line. Signs in a list of characters ({@code . _ : -}) stand after a space and a sign, not a word,
   * and a scheme in code ({@code javascript:}) has no space: both are left alone.
   *
   * @param french the French bundle
   * @return one line per message that breaks it, naming the key
   */
  public static List<String> frenchTypography(Properties french) {
    return french.stringPropertyNames().stream().sorted()
        .filter(key -> FRENCH_PUNCTUATION.matcher(french.getProperty(key)).find())
        .map(key -> "fr: " + key + " puts an ordinary space before its punctuation").toList();
  }
}
