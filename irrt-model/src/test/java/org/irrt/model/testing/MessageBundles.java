package org.irrt.model.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a family of message bundles ({@code IrrtMessages}, {@code WorkflowMessages}) against its
 * English base: the same keys in every language, and in every message the same placeholders.
 *
 * <p>Two kinds of placeholder: Hibernate Validator's named ones ({@code {max}}, {@code {value}}),
 * compared as sets; and the numbered ones of ICU4J's {@link MessageFormat}, which formats the
 * library's messages ({@code {0}}, {@code {1,number,#}}, {@code {0,choice,0#...|1#...}}, {@code {0,
 * plural, one {...} other {...}}}), compared by argument: the same arguments with the same kind of
 * format, a choice with the same limits; a translation may give a number its language's plural
 * forms (CLDR: Arabic's six, Russian's four) where English writes it plainly. A lone ASCII
 * apostrophe is a problem too (the JDK's {@code MessageFormat} read it as a quotation that would
 * swallow the rest of the message); a message without numbered arguments is shown as written.
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
        TreeMap<Integer, String> a = arguments(base);
        TreeMap<Integer, String> b = arguments(text);
        if (!compatible(a, b)) {
          problems.add(language + ": " + key + " has arguments " + shown(b) + ", English " + shown(a));
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

  /**
   * The arguments of a pattern, at any depth: each index with its kind ({@code plain}, {@code
   * number}, {@code date}, {@code plural}, {@code select}, or {@code choice} with its limits); an
   * unparsable pattern is index -1.
   */
  private static TreeMap<Integer, String> arguments(String pattern) {
    TreeMap<Integer, String> args = new TreeMap<>();
    MessagePattern parsed;
    try {
      parsed = new MessagePattern(pattern);
    } catch (IllegalArgumentException e) {
      args.put(-1, "unparsable (" + e.getMessage() + ")");
      return args;
    }
    for (int i = 0; i < parsed.countParts(); i++) {
      MessagePattern.Part part = parsed.getPart(i);
      if (part.getType() != MessagePattern.Part.Type.ARG_START) {
        continue;
      }
      int index = parsed.getPart(i + 1).getValue();
      String kind = switch (part.getArgType()) {
        case NONE -> "plain";
        case SIMPLE -> parsed.getSubstring(parsed.getPart(i + 2));
        case CHOICE -> "choice" + limits(parsed, i);
        case PLURAL, SELECTORDINAL -> "plural";
        case SELECT -> "select";
      };
      args.merge(index, kind, (x, y) -> x.equals(y) ? x : x + "|" + y);
    }
    return args;
  }

  /** A choice argument's limits, as the JDK's {@code ChoiceFormat} lists them ({@code [0.0, 1.0]}). */
  private static List<Double> limits(MessagePattern parsed, int start) {
    List<Double> limits = new ArrayList<>();
    int end = parsed.getLimitPartIndex(start);
    for (int j = start + 2; j < end; j++) {
      MessagePattern.Part p = parsed.getPart(j);
      if (p.getType() == MessagePattern.Part.Type.MSG_START) {
        j = parsed.getLimitPartIndex(j); // a sub-message's own arguments are not limits
      } else if (p.getType().hasNumericValue()) {
        limits.add(parsed.getNumericValue(p));
      }
    }
    return limits;
  }

  /** The same arguments, each of the same kind, but that a plural may stand for a plain number or one formatted. */
  private static boolean compatible(TreeMap<Integer, String> english, TreeMap<Integer, String> translation) {
    if (!english.keySet().equals(translation.keySet())) {
      return false;
    }
    return english.keySet().stream().allMatch(i -> english.get(i).equals(translation.get(i))
        || numeric(english.get(i)) && numeric(translation.get(i))
        && (english.get(i).equals("plural") || translation.get(i).equals("plural")));
  }

  private static boolean numeric(String kind) {
    return kind.equals("plain") || kind.equals("number") || kind.equals("plural");
  }

  private static String shown(TreeMap<Integer, String> args) {
    StringBuilder b = new StringBuilder();
    args.forEach((i, kind) -> b.append('{').append(i).append(':').append(kind).append('}'));
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
