package org.irrt.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The message bundle: every key the code uses exists, in the seven languages alike (Arabic, Chinese,
 * English, French, German, Russian, Spanish), with the English placeholders.
 */
class MessagesTest {
  private static Properties bundle(String suffix) throws IOException {
    Properties p = new Properties();
    try (InputStream in = MessagesTest.class.getResourceAsStream("/org/irrt/model/IrrtMessages" + suffix + ".properties")) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void spanishAndFrenchHaveEveryEnglishKeyAndNoOther() throws IOException {
    Set<Object> english = bundle("").keySet();
    assertThat(bundle("_es").keySet()).containsExactlyInAnyOrderElementsOf(english);
    assertThat(bundle("_fr").keySet()).containsExactlyInAnyOrderElementsOf(english);
  }

  @Test
  void everyLanguageHasEveryEnglishKeyWithTheEnglishPlaceholders() throws IOException {
    Properties english = bundle("");
    for (String language : org.irrt.model.testing.MessageBundles.LANGUAGES) {
      assertThat(org.irrt.model.testing.MessageBundles.problems(english, bundle("_" + language), language))
          .as(language).isEmpty();
    }
  }

  @Test
  void frenchMessagesPutANoBreakSpaceBeforeTheirColonsAndANarrowOneBeforeSemicolons() throws IOException {
    Properties french = bundle("_fr");
    assertThat(org.irrt.model.testing.MessageBundles.frenchTypography(french)).isEmpty();
    assertThat(french.getProperty("org.irrt.model.json.type")).isEqualTo("a un type ou un format incorrect\u202F; "
        + "attendu\u00A0: {0}");
    french.setProperty("org.irrt.model.json.enum", "doit être l’une des valeurs : {0}");
    french.setProperty("org.irrt.model.json.empty", "est vide ; rien à lire !");
    assertThat(org.irrt.model.testing.MessageBundles.frenchTypography(french)).containsExactly(
        "fr: org.irrt.model.json.empty puts an ordinary space before its punctuation",
        "fr: org.irrt.model.json.enum puts an ordinary space before its punctuation");
  }

  @Test
  void aTranslationWithAMissingKeyOrOtherPlaceholdersIsReported() throws IOException {
    Properties english = bundle("");
    Properties broken = bundle("_de");
    broken.remove("org.irrt.model.json.empty");
    broken.setProperty("org.irrt.model.Pledge.closed", "kann nicht erfasst werden: am {1} storniert");
    broken.setProperty("org.irrt.model.ValidText.tooLong", "darf höchstens {min} Zeichen lang sein");
    broken.setProperty("org.irrt.model.Money.tooLong", "ist länger als {0} Zeichen, nicht wahr'");
    assertThat(org.irrt.model.testing.MessageBundles.problems(english, broken, "de")).containsExactly(
        "de: missing org.irrt.model.json.empty",
        "de: org.irrt.model.Money.tooLong has a lone apostrophe, which MessageFormat reads as a quote",
        "de: org.irrt.model.Pledge.closed has arguments {1:plain}, English {0:choice[0.0, 1.0]}{1:plain}",
        "de: org.irrt.model.ValidText.tooLong names [min], English [max]");
  }

  @Test
  void messagesSpeakTheSevenLanguagesAndOthersGetEnglish() {
    var v = org.irrt.model.internal.Messages.violation("acronym", "org.irrt.model.json.malformed", 4, 3);
    assertThat(v.message(Locale.GERMAN)).isEqualTo("ist kein wohlgeformtes JSON (Zeile 4, Spalte 3)");
    assertThat(v.message(Locale.forLanguageTag("ru"))).isEqualTo("не является правильно составленным JSON (строка 4, столбец 3)");
    assertThat(v.message(Locale.CHINESE)).isEqualTo("不是格式正确的 JSON（第 4 行，第 3 列）");
    assertThat(v.message(Locale.forLanguageTag("ar-EG"))).isEqualTo("ليس JSON سليم البنية (السطر ٤، العمود ٣)");
    assertThat(v.message(Locale.JAPANESE)).isEqualTo("is not well-formed JSON (line 4, column 3)");
  }

  @Test
  void everyKeyNamedInTheSourcesExists() throws IOException {
    Set<String> used = new TreeSet<>();
    Pattern key = Pattern.compile("\"\\{?(org\\.irrt\\.model\\.[A-Za-z.]+[A-Za-z])\\}?\"");
    Pattern prefixed = Pattern.compile("\"(org\\.irrt\\.model\\.[A-Za-z.]+\\.)\" \\+");
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String source = Files.readString(file);
        Matcher m = key.matcher(source);
        while (m.find()) {
          used.add(m.group(1));
        }
        assertThat(prefixed.matcher(source).find() && !file.toString().contains("WebUrl")
            && !file.toString().contains("ValidTextValidator") && !file.toString().contains("TextRules")
            && !file.toString().contains("JsonErrors")
            && !file.toString().contains("EmailAddress") && !file.toString().contains("PhoneNumber"))
            .as("keys built from a prefix in %s must be listed in this test", file).isFalse();
      }
    }
    for (String rule : new String[] {"required", "tooLong", "character", "percent", "relative", "scheme",
        "userInfo", "host", "port", "syntax"}) {
      used.add("org.irrt.model.WebUrl." + rule);
    }
    for (String rule : new String[] {"blank", "tooLong", "control", "surrogate", "bidi", "invalidCharacter"}) {
      used.add("org.irrt.model.ValidText." + rule);
    }
    for (String rule : new String[] {"required", "noAt", "localPart", "localPartTooLong", "domain", "tooLong"}) {
      used.add("org.irrt.model.EmailAddress." + rule);
    }
    for (String rule : new String[] {"required", "country", "format", "invalid"}) {
      used.add("org.irrt.model.PhoneNumber." + rule);
    }
    for (String limit : new String[] {"depth", "string", "number", "name", "document", "other"}) {
      used.add("org.irrt.model.json.limit." + limit);
    }
    for (String kind : new String[] {"text", "boolean", "wholeNumber", "number", "list", "object", "id", "date",
        "yearMonth", "year", "monthDay", "instant", "dateTime", "period", "zone", "currency", "url", "country", "email",
        "phone", "partialDate", "money", "other"}) {
      used.add("org.irrt.model.json.expected." + kind);
    }
    used.remove("org.irrt.model.IrrtMessages"); // the bundle name, not a key
    assertThat(used).hasSizeGreaterThan(40);
    assertThat(bundle("").stringPropertyNames()).containsAll(used);
  }
}
