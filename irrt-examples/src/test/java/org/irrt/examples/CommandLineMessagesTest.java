package org.irrt.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The command line's bundle {@code IrrtCommandMessages}: the same keys in the seven languages, and
 * in each message the English placeholders. Help texts (picocli's keys) keep picocli's variables
 * and line breaks; every other message is an ICU MessageFormat whose arguments, their kinds and the
 * keywords of a select must be the English ones, and which formats without a stray brace (the
 * sign of an apostrophe that started a quotation).
 */
class CommandLineMessagesTest {
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{[A-Z-]+\\}|%n");

  static Properties bundle(String suffix) throws IOException {
    Properties p = new Properties();
    try (InputStream in = CommandLineMessagesTest.class.getResourceAsStream(
        "/org/irrt/examples/IrrtCommandMessages" + suffix + ".properties")) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  private static boolean help(String key) {
    return key.startsWith("irrt.") || key.startsWith("usage.synopsis") || key.startsWith("usage.commandList")
        || key.startsWith("mixinStandardHelpOptions.") || key.equals("lang") || key.equals("db") || key.equals("db-user");
  }

  static List<String> problems(Properties english, Properties translation, String language) {
    List<String> problems = new ArrayList<>();
    TreeSet<String> missing = new TreeSet<>(english.stringPropertyNames());
    missing.removeAll(translation.stringPropertyNames());
    missing.forEach(k -> problems.add(language + ": missing " + k));
    TreeSet<String> extra = new TreeSet<>(translation.stringPropertyNames());
    extra.removeAll(english.stringPropertyNames());
    extra.forEach(k -> problems.add(language + ": not in English " + k));
    for (String key : new TreeSet<>(english.stringPropertyNames())) {
      String text = translation.getProperty(key);
      if (text == null) {
        continue;
      }
      String base = english.getProperty(key);
      String a = help(key) ? variables(base) : arguments(base, ULocale.ENGLISH);
      String b = help(key) ? variables(text) : arguments(text, ULocale.forLanguageTag(language));
      if (!a.equals(b)) {
        problems.add(language + ": " + key + " has " + b + ", English " + a);
      }
    }
    return problems;
  }

  private static String variables(String text) {
    List<String> found = new ArrayList<>();
    Matcher m = VARIABLE.matcher(text);
    while (m.find()) {
      found.add(m.group());
    }
    return found.toString();
  }

  /** The arguments of an ICU pattern: number, kind, a select's keywords; or why it breaks. */
  private static String arguments(String text, ULocale locale) {
    MessagePattern pattern;
    try {
      pattern = new MessagePattern(text);
    } catch (IllegalArgumentException e) {
      return "unparsable: " + e.getMessage();
    }
    TreeSet<String> args = new TreeSet<>();
    Object[] samples = {2, 3, 4, 5, 6, 7};
    for (int i = 0; i < pattern.countParts(); i++) {
      MessagePattern.Part part = pattern.getPart(i);
      if (part.getType() == MessagePattern.Part.Type.ARG_START) {
        MessagePattern.Part number = pattern.getPart(i + 1);
        StringBuilder arg = new StringBuilder("{" + number.getValue() + ":" + part.getArgType());
        if (part.getArgType() == MessagePattern.ArgType.SELECT) {
          samples[number.getValue()] = "date";
          TreeSet<String> keywords = new TreeSet<>();
          int limit = pattern.getLimitPartIndex(i);
          for (int j = i + 2; j < limit; j++) {
            MessagePattern.Part p = pattern.getPart(j);
            if (p.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
              keywords.add(pattern.getSubstring(p));
            }
          }
          arg.append(keywords);
        }
        args.add(arg.append('}').toString());
      }
    }
    // Formatted with sample arguments, no brace is left over: an apostrophe did not start a quotation.
    String formatted = new com.ibm.icu.text.MessageFormat(text, locale).format(samples);
    if (formatted.contains("{") || formatted.contains("}")) {
      args.add("a brace left in: " + formatted);
    }
    return args.toString();
  }

  @Test
  void everyLanguageHasEveryEnglishKeyWithTheEnglishPlaceholders() throws IOException {
    Properties english = bundle("");
    assertThat(CliMessages.LANGUAGES).containsExactly("ar", "de", "en", "es", "fr", "ru", "zh");
    for (String language : CliMessages.LANGUAGES) {
      if (!language.equals("en")) {
        assertThat(problems(english, bundle("_" + language), language)).as(language).isEmpty();
      }
    }
  }

  /**
   * French typography, as irrt-model's bundle test checks its own: a no-break space (U+00A0) before
   * a colon, a narrow one (U+202F) before a semicolon, exclamation or question mark; a sign in a list
   * of characters stands after a space and a sign, and is left alone.
   */
  @Test
  void frenchLinesPutANoBreakSpaceBeforeTheirColonsAndANarrowOneBeforeSemicolons() throws IOException {
    Properties french = bundle("_fr");
    Pattern ordinary = Pattern.compile("[\\p{L}\\p{N})}»] [:;!?](?= |$)");
    assertThat(french.stringPropertyNames().stream().sorted().filter(k -> ordinary.matcher(french.getProperty(k)).find()))
        .isEmpty();
    assertThat(french.getProperty("file.problem")).isEqualTo("{0}\u00A0: {1}");
  }

  @Test
  void aTranslationWithAMissingKeyOrOtherArgumentsIsReported() throws IOException {
    Properties broken = bundle("_fr");
    broken.remove("tour.seats");
    broken.setProperty("file.invalid", "{0} : invalide, {1} problèmes");
    broken.setProperty("error.outOfRange", "irrt : hors limites ({0, select, date {une date} other {une valeur}})");
    broken.setProperty("convert.date", "'{0}' n’est pas une date");
    broken.setProperty("irrt.memberships.zone", "Le fuseau horaire de l’organisation.");
    assertThat(problems(bundle(""), broken, "fr")).containsExactly(
        "fr: missing tour.seats",
        "fr: convert.date has [a brace left in: {0} n’est pas une date], English [{0:NONE}]",
        "fr: error.outOfRange has [{0:SELECT[date, other]}], English [{0:SELECT[amount, date, other]}]",
        "fr: file.invalid has [{0:NONE}, {1:NONE}], English [{0:NONE}, {1:PLURAL}]",
        "fr: irrt.memberships.zone has [], English [${DEFAULT-VALUE}]");
  }

  @Test
  void everyKindRoleAndFormatTheToursShowHasItsWords() throws IOException {
    Properties english = bundle("");
    List<String> keys = new ArrayList<>();
    for (var kind : org.irrt.model.roundtable.InitiativeKind.values()) {
      keys.add("kind.InitiativeKind." + kind.name());
    }
    for (var kind : org.irrt.model.committee.CommitteeKind.values()) {
      keys.add("kind.CommitteeKind." + kind.name());
    }
    for (var role : org.irrt.model.committee.CommitteeRole.values()) {
      keys.add("role." + role.name());
    }
    for (var format : org.irrt.model.freelinks.OpportunityFormat.values()) {
      keys.add("format." + format.name());
    }
    assertThat(english.stringPropertyNames()).containsAll(keys);
  }
}
