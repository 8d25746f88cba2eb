package org.irrt.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The message bundle: every key the code uses exists, in English, Spanish and French alike. */
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
    for (String kind : new String[] {"text", "boolean", "wholeNumber", "number", "list", "object", "value", "id", "date",
        "yearMonth", "year", "monthDay", "instant", "dateTime", "period", "zone", "currency", "url", "country", "email",
        "phone", "partialDate", "money", "other"}) {
      used.add("org.irrt.model.json.expected." + kind);
    }
    used.remove("org.irrt.model.IrrtMessages"); // the bundle name, not a key
    assertThat(used).hasSizeGreaterThan(40);
    assertThat(bundle("").stringPropertyNames()).containsAll(used);
  }
}
