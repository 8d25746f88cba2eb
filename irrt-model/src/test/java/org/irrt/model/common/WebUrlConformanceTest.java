package org.irrt.model.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.irrt.model.testing.TestData;
import org.junit.jupiter.api.Test;

/**
 * {@link WebUrl} against the WHATWG URL Standard's web-platform tests ({@code url/urltestdata.json}).
 *
 * <p>Every input the standard's parser rejects must be rejected. Every absolute {@code http}/{@code
 * https} input the standard accepts must be accepted, unless it is listed in {@link #DELIBERATE}
 * with the rule that refuses it: WHATWG repairs what a user typed into a browser's address bar; a
 * stored link must already be what it shows.
 */
class WebUrlConformanceTest {
  /** User-info ({@code user:password@}) before the host: a phishing device (RFC 3986 section 7.5). */
  private static final String USER_INFO = "org.irrt.model.WebUrl.userInfo";
  /**
   * Whitespace, control characters, bidi and BOM format characters, noncharacters, backslash and the
   * characters RFC 3986 excludes ({@code " < > ` { } ^ |}) are refused, not silently stripped or
   * escaped.
   */
  private static final String CHARACTER = "org.irrt.model.WebUrl.character";
  /** A {@code %} not followed by two hex digits is not an escape (RFC 3986 section 2.1). */
  private static final String PERCENT = "org.irrt.model.WebUrl.percent";
  /** The scheme must be followed by {@code //host}; {@code http:example.com} is not repaired. */
  private static final String NO_AUTHORITY = "org.irrt.model.WebUrl.relative";
  /**
   * Only DNS names, dotted-quad IPv4 and bracketed IPv6: no hexadecimal, octal or short IPv4 forms,
   * empty labels or percent-encoded hosts.
   */
  private static final String HOST = "org.irrt.model.WebUrl.host";
  /**
   * An internationalised host that changes on its way to ASCII: the JDK's IDNA (2003) maps ß to ss,
   * so {@code faß.example} would be shown but {@code fass.example} reached.
   */
  private static final String SPOOF = "org.irrt.model.WebUrl.spoof";
  /**
   * A path segment {@code .} or {@code ..} (also as {@code %2e}): the browser removes it and goes to
   * another path than the link shows ({@code /foo/bar/../ton} reaches {@code /foo/ton}).
   */
  private static final String DOT_SEGMENT = "org.irrt.model.WebUrl.dotSegment";

  /** Inputs the WHATWG parser accepts and our rule refuses, with the rule that refuses each. */
  static final Map<String, String> DELIBERATE = new LinkedHashMap<>(Map.ofEntries(
      Map.entry("https://test:@test", USER_INFO),
      Map.entry("https://:@test", USER_INFO),
      Map.entry("http://a:b@c\\", CHARACTER),
      Map.entry("http://example.com/foo/%2e%2", PERCENT),
      Map.entry("http://example.com/foo%", PERCENT),
      Map.entry("http://example.com/foo%2", PERCENT),
      Map.entry("http://example.com/foo%2zbar", PERCENT),
      Map.entry("http://example.com/foo%2\302\251zbar", PERCENT),
      Map.entry("http://example.com/foo\011\221%91", CHARACTER),
      Map.entry("http://example.com/foo\011bar", CHARACTER),
      Map.entry("http://example.com\\\\foo\\\\bar", CHARACTER),
      Map.entry("http://example.com/\ufeff/foo", CHARACTER),
      Map.entry("http://example.com/\u202e/foo/\u202d/bar", CHARACTER),
      Map.entry("http://www.google.com/foo?bar=baz# \273", CHARACTER),
      Map.entry("http://192.0x00A80001", HOST),
      Map.entry("http://%25DOMAIN:foobar@foodomain.com/", USER_INFO),
      Map.entry("http:\\\\www.google.com\\foo", CHARACTER),
      Map.entry("http:/example.com/", NO_AUTHORITY),
      Map.entry("https:/example.com/", NO_AUTHORITY),
      Map.entry("http:example.com/", NO_AUTHORITY),
      Map.entry("https:example.com/", NO_AUTHORITY),
      Map.entry("http:@www.example.com", NO_AUTHORITY),
      Map.entry("http:/@www.example.com", NO_AUTHORITY),
      Map.entry("http://@www.example.com", USER_INFO),
      Map.entry("http:a:b@www.example.com", NO_AUTHORITY),
      Map.entry("http:/a:b@www.example.com", NO_AUTHORITY),
      Map.entry("http://a:b@www.example.com", USER_INFO),
      Map.entry("http://@pple.com", USER_INFO),
      Map.entry("http::b@www.example.com", NO_AUTHORITY),
      Map.entry("http:/:b@www.example.com", NO_AUTHORITY),
      Map.entry("http://:b@www.example.com", USER_INFO),
      Map.entry("http:a:@www.example.com", NO_AUTHORITY),
      Map.entry("http:/a:@www.example.com", NO_AUTHORITY),
      Map.entry("http://a:@www.example.com", USER_INFO),
      Map.entry("http://www.@pple.com", USER_INFO),
      Map.entry("http://:@www.example.com", USER_INFO),
      Map.entry("\000\033\004\022 http://example.com/\037 \015 ", CHARACTER),
      Map.entry("http://./", HOST),
      Map.entry("http://../", HOST),
      Map.entry("http://ho\011st/", CHARACTER),
      Map.entry("http://ho\012st/", CHARACTER),
      Map.entry("http://ho\015st/", CHARACTER),
      Map.entry("http://!\"$&'()*+,-.;=_`{}~/", CHARACTER),
      Map.entry("https://%e2%98%83", HOST),
      Map.entry("https://fa\u00df.ExAmPlE/", SPOOF),
      Map.entry("h\011t\012t\015p://h\011o\012s\015t:9\0110\0120\0150/p\011a\012t\015h?q\011u\012e\015ry#f\011r\012a\015g", CHARACTER),
      Map.entry("http://foo.bar/baz?qux#foo\010bar", CHARACTER),
      Map.entry("http://foo.bar/baz?qux#foo\"bar", CHARACTER),
      Map.entry("http://foo.bar/baz?qux#foo<bar", CHARACTER),
      Map.entry("http://foo.bar/baz?qux#foo>bar", CHARACTER),
      Map.entry("http://foo.bar/baz?qux#foo`bar", CHARACTER),
      Map.entry("https://0x.0x.0", HOST),
      Map.entry("http://example.org/test?\"", CHARACTER),
      Map.entry("http://example.org/test?<", CHARACTER),
      Map.entry("http://example.org/test?>", CHARACTER),
      Map.entry("http://example.org/test?%GH", PERCENT),
      Map.entry("http://example.org/test?a#%GH", PERCENT),
      Map.entry("http://example.org/test?a#b\000c", CHARACTER),
      Map.entry("https://www.example.com/path{\177path.html?query'\177=query#fragment<\177fragment", CHARACTER),
      Map.entry("http://foo.09..", HOST),
      Map.entry("https://x/\000y", CHARACTER),
      Map.entry("https://x/?\000y", CHARACTER),
      Map.entry("https://x/?#\000y", CHARACTER),
      Map.entry("https://x/\uffffy", CHARACTER),
      Map.entry("https://x/?\uffffy", CHARACTER),
      Map.entry("https://x/?#\uffffy", CHARACTER),
      Map.entry("https://example.com/\"quoted\"", CHARACTER),
      Map.entry("https://a%C2%ADb/", HOST),
      Map.entry("http://example.com/././foo", DOT_SEGMENT),
      Map.entry("http://example.com/./.foo", DOT_SEGMENT),
      Map.entry("http://example.com/foo/.", DOT_SEGMENT),
      Map.entry("http://example.com/foo/./", DOT_SEGMENT),
      Map.entry("http://example.com/foo/bar/..", DOT_SEGMENT),
      Map.entry("http://example.com/foo/bar/../", DOT_SEGMENT),
      Map.entry("http://example.com/foo/bar/../ton", DOT_SEGMENT),
      Map.entry("http://example.com/foo/bar/../ton/../../a", DOT_SEGMENT),
      Map.entry("http://example.com/foo/../../..", DOT_SEGMENT),
      Map.entry("http://example.com/foo/../../../ton", DOT_SEGMENT),
      Map.entry("http://example.com/foo/%2e", DOT_SEGMENT),
      Map.entry("http://example.com/foo/%2e./%2e%2e/.%2e/%2e.bar", DOT_SEGMENT),
      Map.entry("http://example.com////../..", DOT_SEGMENT),
      Map.entry("http://example.com/foo/bar//../..", DOT_SEGMENT),
      Map.entry("http://example.com/foo/bar//..", DOT_SEGMENT),
      Map.entry("http://www/foo/%2E/html", DOT_SEGMENT),
      Map.entry("https://example.com/aaa/bbb/%2e%2e?query", DOT_SEGMENT)));

  /**
   * The already-canonical inputs ({@code input} equal to {@code href}) that our rule refuses: six
   * {@code %} not starting an escape, which {@link java.net.URI} refuses too ("Malformed escape
   * pair"), so {@link WebUrl#toUri()} could not give them; user-info; hosts that are no DNS name.
   */
  static final Map<String, String> CANONICAL_REFUSED = Map.of(
      "http://example.com/foo/%2e%2", PERCENT,
      "http://example.com/foo%", PERCENT,
      "http://example.com/foo%2", PERCENT,
      "http://example.com/foo%2zbar", PERCENT,
      "http://example.org/test?%GH", PERCENT,
      "http://example.org/test?a#%GH", PERCENT,
      "http://%25DOMAIN:foobar@foodomain.com/", USER_INFO,
      "http://./", HOST,
      "http://../", HOST,
      "http://!\"$&'()*+,-.;=_`{}~/", CHARACTER);

  /** The cases, read in each test so that a missing file skips each test with its reason. */
  private static JsonNode cases() throws IOException {
    return new ObjectMapper().readTree(TestData.require("url/urltestdata.json").toFile());
  }

  @Test
  void rejectsEveryInputTheWhatwgParserRejects() throws IOException {
    JsonNode cases = cases();
    List<String> accepted = new ArrayList<>();
    int failures = 0;
    for (JsonNode c : cases) {
      if (c.isObject() && c.path("failure").asBoolean(false)) {
        failures++;
        if (WebUrl.isValid(c.get("input").asText())) {
          accepted.add(c.get("input").asText());
        }
      }
    }
    assertThat(failures).isEqualTo(273);
    assertThat(accepted).isEmpty();
  }

  @Test
  void acceptsEveryAbsoluteHttpInputTheWhatwgParserAcceptsButTheListedOnes() throws IOException {
    JsonNode cases = cases();
    Map<String, String> refused = new LinkedHashMap<>();
    int successes = 0;
    for (JsonNode c : cases) {
      if (!c.isObject() || c.path("failure").asBoolean(false) || !c.get("base").isNull()) {
        continue;
      }
      String protocol = c.get("protocol").asText();
      if (!protocol.equals("http:") && !protocol.equals("https:")) {
        continue;
      }
      successes++;
      String input = c.get("input").asText();
      try {
        WebUrl url = WebUrl.of(input);
        assertThat(url.scheme() + ":").isEqualTo(protocol);
        assertThat(url.port().isPresent() ? String.valueOf(url.port().getAsInt()) : "")
            .as("port of %s", input).isIn(c.get("port").asText(), defaultPort(protocol));
      } catch (InvalidValueException e) {
        refused.put(input, e.violations().get(0).code());
      }
    }
    assertThat(successes).isEqualTo(116);
    assertThat(refused).containsExactlyInAnyOrderEntriesOf(DELIBERATE);
  }

  @Test
  void acceptsEveryCanonicalInputButTheListedOnes() throws IOException {
    JsonNode cases = cases();
    int canonical = 0;
    Map<String, String> refused = new LinkedHashMap<>();
    for (JsonNode c : cases) {
      if (c.isObject() && c.has("href") && c.get("base").isNull()
          && c.get("input").asText().equals(c.get("href").asText())
          && c.get("href").asText().matches("https?:.*")) {
        canonical++;
        String input = c.get("input").asText();
        try {
          WebUrl.of(input);
        } catch (InvalidValueException e) {
          refused.put(input, e.violations().get(0).code());
        }
      }
    }
    assertThat(canonical).isEqualTo(29);
    assertThat(refused).containsExactlyInAnyOrderEntriesOf(CANONICAL_REFUSED);
    assertThat(DELIBERATE).containsAllEntriesOf(CANONICAL_REFUSED);
  }

  /**
   * Every accepted address reaches the path it shows: the WHATWG parser's {@code pathname} is the
   * shown path, with non-ASCII characters percent-encoded in UTF-8 and an empty path read as
   * {@code /}. Of the 116 successes, 31 are accepted; 19 of them are already the parser's {@code
   * href}; the other 12 differ only in how the same place is written (a default port, no final
   * {@code /} after the host, an upper-case hexadecimal host label, non-ASCII characters shown
   * rather than escaped, {@code '} in a query), and are kept as typed.
   */
  @Test
  void everyAcceptedInputReachesThePathItShows() throws IOException {
    JsonNode cases = cases();
    Map<String, String> elsewhere = new LinkedHashMap<>();
    int accepted = 0;
    int asHref = 0;
    for (JsonNode c : cases) {
      if (!c.isObject() || c.path("failure").asBoolean(false) || !c.get("base").isNull()
          || !c.get("protocol").asText().matches("https?:")) {
        continue;
      }
      String input = c.get("input").asText();
      if (!WebUrl.isValid(input)) {
        continue;
      }
      accepted++;
      WebUrl url = WebUrl.of(input);
      String path = url.toUri().getRawPath();
      if (!(path.isEmpty() ? "/" : path).equals(c.get("pathname").asText())) {
        elsewhere.put(input, c.get("pathname").asText());
      }
      assertThat(url.asciiHost()).as(input).isEqualTo(c.get("hostname").asText());
      if (url.value().equals(c.get("href").asText())) {
        asHref++;
      }
    }
    assertThat(elsewhere).isEmpty();
    assertThat(accepted).isEqualTo(31);
    assertThat(asHref).isEqualTo(19);
  }

  @Test
  void refusalsNameTheRuleWithoutQuotingTheInput() {
    assertThatThrownBy(() -> WebUrl.of("http://user:secret@example.org/"))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.violations()).extracting(Violation::code).containsExactly(USER_INFO);
          assertThat(e.getMessage()).doesNotContain("secret").doesNotContain("example.org");
          assertThat(e.message(Locale.ENGLISH)).contains("user name or password");
        });
  }

  @Test
  void refusesADotSegmentWhereverItIsAndKeepsDotsInNamesQueriesAndFragments() {
    assertThatThrownBy(() -> WebUrl.of("https://www.ala.org/rt/irrt/../aboutala"))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.violations()).extracting(Violation::code).containsExactly(DOT_SEGMENT);
          assertThat(e.message(Locale.ENGLISH)).contains("another page than it shows");
        });
    assertThat(WebUrl.isValid("https://www.ala.org/rt/irrt/%2E%2E")).isFalse();
    assertThat(WebUrl.isValid("https://www.ala.org/./rt")).isFalse();
    assertThat(WebUrl.isValid("https://example.org/.well-known/a..b/...")).isTrue();
    assertThat(WebUrl.isValid("https://example.org/a?next=../b#./c")).isTrue();
  }

  private static String defaultPort(String protocol) {
    return protocol.equals("http:") ? "80" : "443";
  }
}
