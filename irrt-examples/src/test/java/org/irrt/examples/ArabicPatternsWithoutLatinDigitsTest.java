package org.irrt.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Arabic patterns of the model's, the workflows' and the examples' bundles write no number in
 * ASCII digits of their own: a number is an argument, formatted in the reader's digits (Arabic-Indic
 * for {@code ar-EG}), or words. "من 1 إلى ٢٠٠ حرف" mixed a literal 1 with a formatted 200. The
 * exceptions, listed here one by one, are codes and format examples that a reader types as they are
 * (dates in ISO 8601, standards' numbers, encodings, language tags, the database H2's name), and the port range of a web
 * address (0 to 65535), a technical limit written as the URL's syntax writes it.
 */
class ArabicPatternsWithoutLatinDigitsTest {
  /** Per key, the words with ASCII digits that are codes or format examples, as written. */
  private static final Map<String, String> EXCEPTIONS = Map.ofEntries(
      Map.entry("org.irrt.model.LanguageTag.invalid", "47 es-419"),
      Map.entry("org.irrt.model.WebUrl.port", "0 و65535"),
      Map.entry("org.irrt.model.json.expected.date", "2026-11-29"),
      Map.entry("org.irrt.model.json.expected.yearMonth", "2026-11"),
      Map.entry("org.irrt.model.json.expected.year", "2026"),
      Map.entry("org.irrt.model.json.expected.monthDay", "--09-01"),
      Map.entry("org.irrt.model.json.expected.instant", "2026-11-29T14:00:00Z"),
      Map.entry("org.irrt.model.json.expected.dateTime", "2026-12-01T09:00"),
      Map.entry("org.irrt.model.json.expected.period", "8601 P1M"),
      Map.entry("org.irrt.model.json.expected.currency", "4217"),
      Map.entry("org.irrt.model.json.expected.country", "3166-1 alpha-2"),
      Map.entry("org.irrt.model.json.expected.phone", "E.164 +2348031234567"),
      Map.entry("org.irrt.model.Money.currency", "4217"),
      Map.entry("org.irrt.model.Money.digits", "0-9"),
      Map.entry("org.irrt.model.CountryCode.invalid", "3166-1 alpha-2"),
      Map.entry("org.irrt.model.json.encoding", "UTF-8"),
      Map.entry("org.irrt.model.json.encoding.other", "UTF-8 UTF-8 8259 UTF-8"),
      Map.entry("org.irrt.model.json.encoding.invalid", "UTF-8 UTF-8 ISO-8859-1 Windows-1252"),
      Map.entry("org.irrt.model.FreeLinksCatalogue.languageRange", "47 4647"),
      Map.entry("db", "jdbc:h2:..."),
      Map.entry("error.sqlState.90028", "H2"),
      Map.entry("error.sqlState.90030", "H2"),
      Map.entry("irrt.freelinks.language", "es-419"),
      Map.entry("convert.date", "2026-11-29"),
      Map.entry("convert.dateTime", "2026-12-01T09:00"),
      Map.entry("convert.lang", "47"),
      Map.entry("convert.pathCharset", "UTF-8 LC_ALL=C.UTF-8"),
      Map.entry("convert.languageOption", "47"),
      Map.entry("file.expected.instant", "2026-09-01T14:00:00Z"),
      Map.entry("blog.notUtf8", "UTF-8 UTF-8"));

  /** A word holding an ASCII digit, up to spaces and Arabic or ASCII punctuation around it. */
  private static final Pattern WORD = Pattern.compile("[^\\s،؛()«»{}]*[0-9][^\\s،؛()«»{}]*");

  @ParameterizedTest
  @ValueSource(strings = {"org/irrt/model/IrrtMessages_ar.properties", "org/irrt/workflow/WorkflowMessages_ar.properties",
      "org/irrt/examples/IrrtCommandMessages_ar.properties"})
  void anArabicPatternHasNoAsciiDigitOutsideItsArgumentsExceptTheListedCodes(String bundle) throws IOException {
    Properties patterns = new Properties();
    try (Reader in = new InputStreamReader(getClass().getClassLoader().getResourceAsStream(bundle), StandardCharsets.UTF_8)) {
      patterns.load(in);
    }
    List<String> found = new ArrayList<>();
    for (String key : patterns.stringPropertyNames()) {
      String text = patterns.getProperty(key)
          .replaceAll("\\{\\s*\\d+\\s*(,\\s*\\w+\\s*(,\\s*[#0.]*)?)?", "{") // an argument's number and format: {0,number,#
          .replaceAll("=\\d+\\s*\\{", "{") // a plural's exact case: =0 {
          .replaceAll("(^|[|{,])\\s*\\d+#", "$1"); // a choice's limits: 0#...|1#...
      List<String> words = new ArrayList<>();
      Matcher m = WORD.matcher(text);
      while (m.find()) {
        words.add(m.group().replaceAll("[:.]+$", "").replaceAll("^:", ""));
      }
      String allowed = EXCEPTIONS.getOrDefault(key, "");
      List<String> left = new ArrayList<>(words);
      for (String code : allowed.split(" ")) {
        left.remove(code.replaceAll("[:.]+$", ""));
      }
      if (!left.isEmpty()) {
        found.add(key + ": " + left);
      }
    }
    assertThat(found).isEmpty();
  }
}
