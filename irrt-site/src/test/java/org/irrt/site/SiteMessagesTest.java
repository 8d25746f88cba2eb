package org.irrt.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.irrt.model.committee.CommitteeRole;
import org.irrt.model.membership.MembershipStatus;
import org.irrt.model.testing.MessageBundles;
import org.junit.jupiter.api.Test;

/**
 * The site's own bundle ({@code site-messages*.properties}): the seven languages have the same keys
 * and arguments (the rules of irrt's own bundles, {@link MessageBundles}), every key the pages and
 * controllers use is in the English base and every key there is used, and French keeps its
 * typography.
 */
class SiteMessagesTest {
  private static final Path TEMPLATES = Path.of("src/main/resources/templates");
  private static final Path SOURCES = Path.of("src/main/java");

  private static Properties bundle(String suffix) {
    return MessageBundles.load(SiteMessagesTest.class, "/site-messages" + suffix + ".properties");
  }

  @Test
  void everyLanguageHasEveryEnglishKeyWithTheEnglishArgumentsAndNoOther() {
    Properties english = bundle("");
    assertThat(english.stringPropertyNames()).hasSizeGreaterThan(150);
    for (String language : MessageBundles.LANGUAGES) {
      assertThat(MessageBundles.problems(english, bundle("_" + language), language)).as(language).isEmpty();
    }
    assertThat(bundle("_fr").getProperty("join.givenNames")).isEqualTo("Prénoms");
    assertThat(bundle("_ar").getProperty("join.givenNames")).isEqualTo("الاسم الأول");
  }

  @Test
  void aTranslationMissingAKeyOrWithOtherArgumentsIsReported() {
    Properties english = bundle("");
    Properties broken = bundle("_de");
    broken.remove("join.givenNames");
    broken.setProperty("chart.goal", "Ziel {1}");
    assertThat(MessageBundles.problems(english, broken, "de")).containsExactly("de: missing join.givenNames",
        "de: chart.goal has arguments {1:plain}, English {0:plain}");
  }

  /** The keys named in the templates ({@code #{key}}, {@code #messages.msg('prefix.' + ...)}) and the Java sources. */
  static Set<String> usedKeys() throws IOException {
    Set<String> used = new TreeSet<>();
    Pattern literal = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.]*)[}(]");
    Pattern dynamic = Pattern.compile("#messages\\.msg(?:OrNull)?\\('([A-Za-z.]+\\.)' \\+");
    Pattern java = Pattern.compile("getMessage\\(\"([A-Za-z][A-Za-z0-9_.]*)\"");
    List<String> prefixes = new ArrayList<>();
    try (Stream<Path> files = Files.list(TEMPLATES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
        String html = Files.readString(file);
        Matcher m = literal.matcher(html);
        while (m.find()) {
          used.add(m.group(1));
        }
        Matcher d = dynamic.matcher(html);
        while (d.find()) {
          prefixes.add(d.group(1));
        }
      }
    }
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = java.matcher(Files.readString(file));
        while (m.find()) {
          used.add(m.group(1));
        }
      }
    }
    // keys made from a prefix and a value: every value the pages can show
    assertThat(prefixes).as("keys made from a prefix in the templates must be listed here")
        .containsOnly("membershipStatus.", "committeeRole.", "user.", "error.status.");
    for (MembershipStatus s : MembershipStatus.values()) {
      used.add("membershipStatus." + s.name());
    }
    for (CommitteeRole r : CommitteeRole.values()) {
      used.add("committeeRole." + r.name());
    }
    SecurityConfig.USERS.forEach(u -> used.add("user." + u.name()));
    for (int status : new int[] {400, 403, 404, 405, 413, 500}) { // others keep Spring Boot's English name
      used.add("error.status." + status);
    }
    return used;
  }

  @Test
  void everyKeyThePagesAndControllersUseIsInTheEnglishBaseAndEveryKeyThereIsUsed() throws IOException {
    Set<String> used = usedKeys();
    assertThat(used).as("the scan found the keys").hasSizeGreaterThan(150)
        .contains("join.givenNames", "nav.signOut", "form.installments", "chart.title", "membershipStatus.GRACE");
    Set<String> english = bundle("").stringPropertyNames();
    assertThat(english).containsAll(used);
    assertThat(used).containsAll(english);
  }

  /** A punctuation sign used as one (followed by a space or the end), and what must precede it. */
  private static final Pattern FRENCH_SIGN = Pattern.compile("(.)([:;!?»])(?=[ \\u00A0]|$)|«(.)");

  /**
   * The breaches of French typography as the brief states it: a no-break space (U+00A0) before
   * {@code :} {@code !} {@code ?} {@code »} and after {@code «}, a narrow one (U+202F) before
   * {@code ;}. A colon inside a pattern ({@code HH:MM}) is followed by no space and is left alone.
   */
  static List<String> frenchSpaces(Properties french) {
    List<String> problems = new ArrayList<>();
    for (String key : new TreeSet<>(french.stringPropertyNames())) {
      Matcher m = FRENCH_SIGN.matcher(french.getProperty(key));
      while (m.find()) {
        if (m.group(3) != null) {
          if (!m.group(3).equals("\u00A0")) {
            problems.add(key + ": « without a no-break space after it");
          }
        } else {
          String wanted = m.group(2).equals(";") ? "\u202F" : "\u00A0";
          if (!m.group(1).equals(wanted)) {
            problems.add(key + ": " + m.group(2) + " without a " + (wanted.equals("\u202F") ? "narrow " : "")
                + "no-break space before it");
          }
        }
      }
    }
    return problems;
  }

  @Test
  void frenchPutsANoBreakSpaceBeforeColonsAndGuillemetsAndANarrowOneBeforeSemicolons() {
    Properties french = bundle("_fr");
    assertThat(MessageBundles.frenchTypography(french)).isEmpty();
    assertThat(frenchSpaces(french)).isEmpty();
    assertThat(french.getProperty("campaign.share")).isEqualTo("{0} de l’objectif promis\u202F; donateurs\u00A0: {1}.");

    french.setProperty("form.notDone", "Non effectué :");
    french.setProperty("campaign.share", "{0} de l’objectif promis\u00A0; donateurs\u00A0: {1}.");
    french.setProperty("footer.sources", "la page « About\u00A0» de l’IRRT");
    assertThat(frenchSpaces(french)).containsExactly(
        "campaign.share: ; without a narrow no-break space before it",
        "footer.sources: « without a no-break space after it",
        "form.notDone: : without a no-break space before it");
  }
}
