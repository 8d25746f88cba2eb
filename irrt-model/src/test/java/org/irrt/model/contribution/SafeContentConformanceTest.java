package org.irrt.model.contribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.irrt.model.testing.TestData;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link SafeContent} against every XSS vector of {@code html-sanitization/} (DOMPurify fixtures,
 * PayloadsAllTheThings, payloadbox) and every naughty string, as HTML and as Markdown: the output,
 * parsed with jsoup, holds no script-capable element, no event-handler attribute, no style, and no
 * script-capable URL; sanitising it again changes nothing; nothing crashes. DOMPurify's expected
 * outputs reflect its own policy, so they are not compared.
 */
class SafeContentConformanceTest {
  private static final List<String> URL_ATTRIBUTES = List.of("href", "src", "action", "formaction", "xlink:href",
      "background", "poster", "data", "srcset", "cite", "longdesc", "lowsrc", "dynsrc");

  static List<String> vectors() throws Exception {
    List<String> all = new ArrayList<>();
    for (String file : List.of("patt-RSNAKE_XSS.txt", "patt-XSS_Polyglots.txt", "patt-BRUTELOGIC-XSS-STRINGS.txt",
        "payloadbox-xss-payload-list.txt")) {
      all.addAll(List.of(Files.readString(TestData.require("html-sanitization/" + file), StandardCharsets.UTF_8).split("\n")));
    }
    JsonNode fixtures = new ObjectMapper().readTree(TestData.require("html-sanitization/dompurify-expect.json").toFile());
    for (JsonNode f : fixtures) {
      all.add(f.get("payload").asText());
    }
    for (String s : Files.readString(TestData.require("naughty-strings/blns.txt"), StandardCharsets.UTF_8).split("\n")) {
      if (!s.startsWith("#")) {
        all.add(s);
      }
    }
    return all;
  }

  static void assertSafe(String input, String html) {
    for (Element e : Jsoup.parseBodyFragment(html).body().getAllElements()) {
      assertThat(e.tagName()).as("element in output of %s", input)
          .isNotIn("script", "style", "iframe", "object", "embed", "form", "svg", "math", "link", "meta", "base", "frame");
      for (Attribute a : e.attributes()) {
        String name = a.getKey().toLowerCase(Locale.ROOT);
        assertThat(name).as("attribute in output of %s", input).doesNotStartWith("on").isNotEqualTo("style");
        if (URL_ATTRIBUTES.contains(name)) {
          String value = a.getValue().replaceAll("[\\s\\u0000-\\u001f]", "").toLowerCase(Locale.ROOT);
          assertThat(value).as("URL in output of %s", input)
              .doesNotStartWith("javascript:").doesNotStartWith("data:").doesNotStartWith("vbscript:");
          if (value.matches("[a-z][a-z0-9+.-]*:.*")) { // an absolute URL: its scheme must be allowed
            assertThat(value).as("scheme in output of %s", input).matches("(https?|mailto):.*");
          }
        }
      }
    }
  }

  @Test
  void noVectorSurvivesAsHtmlOrMarkdownAndSanitisingIsIdempotent() throws Exception {
    List<String> vectors = vectors();
    assertThat(vectors).hasSizeGreaterThan(7000);
    for (String v : vectors) {
      String html = SafeContent.sanitize(v);
      assertSafe(v, html);
      assertThat(SafeContent.sanitize(html)).as("idempotent for %s", v).isEqualTo(html);
      String md = SafeContent.markdown(v);
      assertSafe(v, md);
      assertThat(SafeContent.sanitize(md)).isEqualTo(md);
    }
  }

  /**
   * The README's benign DOMPurify cases (titles "Don't remove…" or "Keep…"): their text survives,
   * as does the {@code <i>} our policy allows; what our policy refuses goes, unlike DOMPurify's
   * default (SVG, {@code <input>}, {@code <div>}/{@code <button>} with ARIA and class attributes).
   */
  @Test
  void benignDompurifyCasesKeepTheirTextAndWhatOurPolicyAllows() throws Exception {
    JsonNode fixtures = new ObjectMapper().readTree(TestData.require("html-sanitization/dompurify-expect.json").toFile());
    List<String> outputs = new ArrayList<>();
    for (JsonNode f : fixtures) {
      String title = f.path("title").asText("");
      if (title.startsWith("Don't remove") || title.startsWith("Keep")) {
        String payload = f.get("payload").asText();
        String out = SafeContent.sanitize(payload);
        assertThat(Jsoup.parseBodyFragment(out).text()).as(title)
            .isEqualTo(Jsoup.parseBodyFragment(payload).select("svg image, svg rect, svg circle, input").isEmpty()
                ? Jsoup.parseBodyFragment(payload).text() : "");
        outputs.add(out);
      }
    }
    assertThat(outputs).containsExactly("", "", "<i></i>some button", "", "x", "y", "", "");
  }

  @Test
  void keepsTheAllowedFormattingAndMarksLinks() {
    String html = SafeContent.markdown("# Free Links\n\nSee [the program](https://www.ala.org/rt/irrt/emergingleaders2008)"
        + " and **read** _more_.\n\n<script>alert(1)</script>\n\n<a href=\"javascript:alert(1)\">x</a>"
        + " <img src=\"https://example.org/a.png\" alt=\"A\" onerror=\"alert(1)\">");
    assertThat(html).contains("<h1>Free Links</h1>")
        .contains("<a href=\"https://www.ala.org/rt/irrt/emergingleaders2008\" rel=\"noopener noreferrer\">the program</a>")
        .contains("<strong>read</strong>").contains("<em>more</em>")
        .contains("<img src=\"https://example.org/a.png\" alt=\"A\" />")
        .doesNotContain("script").doesNotContain("javascript").doesNotContain("onerror");
  }

  @ParameterizedTest
  @ValueSource(strings = {"<p style=\"background:url(javascript:alert(1))\">x</p>", "<a href=\"data:text/html,<script>\">y</a>",
      "<iframe src=\"https://evil.example\"></iframe>", "<svg onload=alert(1)>", "<form action=\"https://evil.example\"><input></form>"})
  void refusesStyleDataUrlsFramesAndForms(String input) {
    String html = SafeContent.sanitize(input);
    assertSafe(input, html);
    assertThat(html).doesNotContain("style").doesNotContain("data:").doesNotContain("iframe").doesNotContain("form");
  }
}
