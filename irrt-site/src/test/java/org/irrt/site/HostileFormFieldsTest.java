package org.irrt.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * XSS and HTML injection through every form field, with the shared third-party vectors (the XSS lists
 * of {@code html-sanitization} and the Big List of Naughty Strings), read in place from
 * {@code ../shared/testdata} (or {@code -Dirrt.testdata=DIR}) and skipped with the reason when absent:
 * every page that shows a field sent back (the form again, the applicant's page, the officers' list,
 * the editor's review, the published post, the appointing officer's list) holds no element, attribute
 * or address the site did not write (but a Markdown image, with a checked address, in a published post).
 */
class HostileFormFieldsTest extends SiteTest {
  private static final Set<String> FOREIGN_TAGS = Set.of("script", "iframe", "object", "embed", "base", "frame",
      "frameset", "applet", "svg", "math", "img", "video", "audio", "source", "style", "link", "meta", "isindex",
      "marquee", "xml", "xss", "body", "html");
  private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href", "data",
      "background", "lowsrc", "dynsrc", "poster");

  private static Path file(String relative) {
    Path file = Path.of(System.getProperty("irrt.testdata", "../../shared/testdata")).resolve(relative);
    assumeTrue(Files.isRegularFile(file), "shared test data not found at " + file.toAbsolutePath()
        + " (set -Dirrt.testdata=DIR to the shared/testdata folder); skipping");
    return file;
  }

  /** The XSS lists' vectors, one a line. */
  static List<String> xss() throws IOException {
    List<String> all = new ArrayList<>();
    for (String name : List.of("patt-BRUTELOGIC-XSS-STRINGS.txt", "patt-RSNAKE_XSS.txt", "patt-XSS_Polyglots.txt")) {
      Files.readAllLines(file("html-sanitization/" + name), StandardCharsets.UTF_8).stream()
          .filter(l -> !l.isBlank()).forEach(all::add);
    }
    return all;
  }

  /** The naughty strings, comments left out. */
  static List<String> naughty() throws IOException {
    return Files.readAllLines(file("naughty-strings/blns.txt"), StandardCharsets.UTF_8).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
  }

  /** Fails when a page holds markup the site's templates do not write. */
  static void assertOnlyTheSitesMarkup(String what, String html) {
    Document page = Jsoup.parse(html);
    for (Element e : page.getAllElements()) {
      String tag = e.normalName();
      boolean own = (tag.equals("html") && e.parent() == page) || (tag.equals("body") && e.parent() != null
          && e.parent().normalName().equals("html")) || (tag.equals("meta") && e.parent() != null
          && e.parent().normalName().equals("head")) || (tag.equals("link") && e.parent() != null
          && e.parent().normalName().equals("head"))
          // a Markdown image in a published post's body is the sanitizer's to keep (its address is checked below)
          || (tag.equals("img") && !e.parents().select("#post-body").isEmpty())
          // the campaign's chart (SiteData.chart), the site's own SVG; its attributes are checked below
          || (tag.equals("svg") && e.id().equals("campaign-chart") && e.select("svg").size() == 1);
      assertThat(own || !FOREIGN_TAGS.contains(tag)).as(what + ": element <" + tag + ">").isTrue();
      for (Attribute a : e.attributes()) {
        String name = a.getKey().toLowerCase(Locale.ROOT);
        assertThat(name).as(what + ": attribute of <" + tag + ">").doesNotStartWith("on");
        String value = a.getValue().replaceAll("[\\s\\x00-\\x1f]", "").toLowerCase(Locale.ROOT);
        if (URL_ATTRIBUTES.contains(name)) {
          assertThat(value).as(what + ": " + name).doesNotStartWith("javascript:").doesNotStartWith("vbscript:")
              .doesNotStartWith("data:");
        }
        if (name.equals("style")) {
          assertThat(value).as(what + ": style").doesNotContain("expression(", "javascript:", "url(");
        }
      }
    }
  }

  private HttpResponse<String> join(HttpClient c, String csrf, String given, String family, String email,
      String country) throws Exception {
    return post(c, "/join", "en", Map.of("givenNames", given, "familyName", family, "email", email, "country", country,
        "type", "regular", "token", PublicController.token(), "_csrf", csrf));
  }

  @Test
  void everyVectorSentInEveryJoinFieldComesBackAsTextOnly() throws Exception {
    List<String> vectors = new ArrayList<>(xss());
    vectors.addAll(naughty());
    HttpClient c = visitor();
    String csrf = hidden(get(c, "/join", "en").body(), "_csrf");
    int shown = 0;
    for (String v : vectors) {
      HttpResponse<String> r = join(c, csrf, v, v, v, v);
      assertThat(r.statusCode()).as(v).isEqualTo(200);
      assertOnlyTheSitesMarkup("join form with " + v, r.body());
      shown++;
    }
    assertThat(shown).isGreaterThan(600);
  }

  @Test
  void vectorsInAnApplicantsNameAreTextOnTheApplicantsAndTheOfficersPages() throws Exception {
    HttpClient c = visitor();
    String csrf = hidden(get(c, "/join", "en").body(), "_csrf");
    HttpClient officer = signIn(visitor(), "officer");
    int made = 0;
    List<String> vectors = xss();
    for (int i = 0; i < vectors.size(); i++) {
      String v = vectors.get(i);
      HttpResponse<String> r = join(c, csrf, v, "Family", "xss" + i + "@example.org", "FR");
      if (r.statusCode() == 302) {
        String id = r.headers().firstValue("Location").orElseThrow().replaceAll(".*/join/", "");
        assertOnlyTheSitesMarkup("application page of " + v, get(c, "/join/" + id, "en").body());
        assertOnlyTheSitesMarkup("officer's page of " + v, get(officer, "/officer/applications/" + id, "en").body());
        made++;
      } else {
        assertOnlyTheSitesMarkup("join form with " + v, r.body());
      }
    }
    assertOnlyTheSitesMarkup("officers' list", get(officer, "/officer/applications", "en").body());
    assertThat(made).as("names the library takes, markup and all").isGreaterThan(20);
  }

  private String version(String page) {
    return hidden(page, "version");
  }

  @Test
  void vectorsInABlogPostAreTextOrSanitizedOnEveryPageUpToThePublishedPost() throws Exception {
    List<String> vectors = new ArrayList<>(xss());
    HttpClient writer = signIn(visitor(), "writer");
    HttpClient editor = signIn(visitor(), "editor");
    String csrf = hidden(get(writer, "/write", "en").body(), "_csrf");
    String editorCsrf = hidden(get(editor, "/editor/posts", "en").body(), "_csrf");
    int published = 0;
    for (int from = 0; from < vectors.size(); from += 20) {
      List<String> batch = vectors.subList(from, Math.min(vectors.size(), from + 20));
      HttpResponse<String> refused = post(writer, "/write", "en", Map.of("title", batch.get(0), "body",
          String.join("\n\n", batch), "language", batch.get(1), "token", PublicController.token(), "_csrf", csrf));
      assertOnlyTheSitesMarkup("write form with " + batch.get(0), refused.body());
      HttpResponse<String> r = post(writer, "/write", "en", Map.of("title", "Post " + from, "body",
          String.join("\n\n", batch), "language", "en", "token", PublicController.token(), "_csrf", csrf));
      assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
      String id = r.headers().firstValue("Location").orElseThrow().replaceAll(".*/write/", "");
      assertOnlyTheSitesMarkup("written page", get(writer, "/write/" + id, "en").body());
      for (String action : List.of("start-review", "approve", "publish")) {
        String page = get(editor, "/editor/posts/" + id, "en").body();
        assertOnlyTheSitesMarkup("editor's page", page);
        HttpResponse<String> done = post(editor, "/editor/posts/" + id, "en", Map.of("action", action,
            "version", version(page), "reason", batch.get(2), "_csrf", editorCsrf));
        assertThat(done.statusCode()).as(action + ": " + done.body()).isEqualTo(302);
      }
      assertOnlyTheSitesMarkup("published post", get(visitor(), "/blog/" + id, "en").body());
      published++;
    }
    assertOnlyTheSitesMarkup("blog", get(visitor(), "/blog", "en").body());
    assertThat(published).isEqualTo((vectors.size() + 19) / 20);
  }

  @Test
  void vectorsInEveryPledgeFieldComeBackAsTextOnly() throws Exception {
    HttpClient fundraiser = signIn(visitor(), "fundraiser");
    String csrf = hidden(get(fundraiser, "/campaign", "en").body(), "_csrf");
    int shown = 0;
    for (String v : xss()) {
      HttpResponse<String> r = post(fundraiser, "/campaign/pledges", "en", Map.of("donor", v, "amount", v,
          "installments", v, "startDate", v, "token", PublicController.token(), "_csrf", csrf));
      assertThat(r.statusCode()).as(v).isEqualTo(200);
      assertOnlyTheSitesMarkup("pledge form with " + v, r.body());
      shown++;
    }
    assertThat(shown).isGreaterThan(190);
  }

  @Test
  void vectorsInAVolunteersStatementAreTextOnTheAppointingOfficersPage() throws Exception {
    HttpClient member = signIn(visitor(), "member");
    String form = get(member, "/volunteer", "en").body();
    String csrf = hidden(form, "_csrf");
    String committee = org.jsoup.Jsoup.parse(form).select("input[name=preferences]").first().attr("value");
    List<String> vectors = xss();
    for (int from = 0; from < vectors.size(); from += 20) {
      String statement = String.join("\n", vectors.subList(from, Math.min(vectors.size(), from + 20)));
      HttpResponse<String> r = post(member, "/volunteer", "en", Map.of("preferences", committee, "statement",
          statement, "availability", vectors.get(from), "token", PublicController.token(), "_csrf", csrf));
      assertOnlyTheSitesMarkup("volunteer form", r.body());
    }
    assertOnlyTheSitesMarkup("appointments", get(signIn(visitor(), "chair"), "/appointments", "en").body());
  }

  /**
   * A volunteer form naming one committee twice, or six, is shown again with the library's reason at
   * the committees; the form's rules are the library's (VolunteerForm), not a copy in the site.
   */
  @Test
  void aVolunteerFormNamingACommitteeTwiceIsShownAgainWithTheReason() throws Exception {
    HttpClient member = signIn(visitor(), "member");
    String form = get(member, "/volunteer", "en").body();
    String csrf = hidden(form, "_csrf");
    String committee = org.jsoup.Jsoup.parse(form).select("input[name=preferences]").first().attr("value");
    String body = "preferences=" + enc(committee) + "&preferences=" + enc(committee) + "&statement=Glad+to+serve"
        + "&availability=&token=" + enc(PublicController.token()) + "&_csrf=" + enc(csrf);
    HttpResponse<String> r = member.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/volunteer")))
        .header("Accept-Language", "en").header("Content-Type", "application/x-www-form-urlencoded")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(org.jsoup.Jsoup.parse(r.body()).text()).contains("must name from 1 to 5 different committees, each once");
    HttpResponse<String> bidi = post(member, "/volunteer", "en", java.util.Map.of("preferences", committee, "statement",
        "I agree \u202Eeerga t'nod I", "availability", "", "token", PublicController.token(), "_csrf", csrf));
    assertThat(bidi.statusCode()).isEqualTo(200);
    assertThat(org.jsoup.Jsoup.parse(bidi.body()).text()).contains("must not contain bidirectional override or isolate characters");
  }
}
