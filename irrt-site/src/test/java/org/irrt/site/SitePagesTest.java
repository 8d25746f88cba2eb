package org.irrt.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.irrt.model.common.EmailAddress;
import org.irrt.model.common.InvalidValueException;
import org.junit.jupiter.api.Test;

/** The site through plain HTTP (no browser): pages, links, CSRF, irrt's messages in the visitor's language. */
class SitePagesTest extends SiteTest {

  @Test
  void everyPublicPageAnswersInHtml() throws Exception {
    HttpClient c = visitor();
    for (String path : List.of("/", "/links", "/free-links", "/campaign", "/blog", "/join", "/login")) {
      HttpResponse<String> r = get(c, path, "en");
      assertThat(r.statusCode()).as(path).isEqualTo(200);
      assertThat(r.body()).as(path).contains("<main id=\"main\">");
    }
    assertThat(get(c, "/", "en").body()).contains("International Relations Round Table",
        "To promote interest in library issues and librarianship worldwide.", "Free Links Program");
  }

  @Test
  void everyLinkThatOpensANewWindowDoesSoWithoutHandingItTheOpener() throws Exception {
    String html = get(visitor(), "/links", "en").body() + get(visitor(), "/free-links", "en").body();
    Matcher anchors = Pattern.compile("<a [^>]*>").matcher(html);
    int newWindows = 0;
    while (anchors.find()) {
      String a = anchors.group();
      if (a.contains("target=\"_blank\"")) {
        newWindows++;
        assertThat(a).contains("rel=\"noopener noreferrer\"");
      }
    }
    assertThat(newWindows).isGreaterThanOrEqualTo(5);
    assertThat(html).contains("Featured website of the month", "(address not known from the sources)");
  }

  @Test
  void freeLinksAreFoundByLanguageAndTopic() throws Exception {
    HttpClient c = visitor();
    assertThat(get(c, "/free-links?language=fr", "en").body()).contains("Créer des collections numériques")
        .doesNotContain("Alfabetización informacional para bibliotecas públicas");
    assertThat(get(c, "/free-links?topic=Information+literacy", "en").body())
        .contains("Alfabetización informacional para bibliotecas públicas")
        .doesNotContain("Créer des collections numériques");
  }

  @Test
  void aBadLanguageRangeIsShownBesideItsFieldNotAsAnErrorPage() throws Exception {
    HttpResponse<String> r = get(visitor(), "/free-links?language=no%20such", "en");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("id=\"language-error\"");
  }

  @Test
  void aFormSentWithoutItsCsrfTokenIsRefused() throws Exception {
    HttpResponse<String> r = post(visitor(), "/join", "en", Map.of("givenNames", "Ana", "email", "ana@example.org",
        "country", "MX", "type", "regular", "token", "t-1"));
    assertThat(r.statusCode()).isEqualTo(403);
  }

  /** A newcomer's trial: "fr" was refused as "must be an ISO 3166-1 alpha-2 country code in capitals". */
  @Test
  void aCountryCodeTypedInLowerCaseIsTakenAsTheSameCode() throws Exception {
    HttpClient c = visitor();
    String page = get(c, "/join", "en").body();
    HttpResponse<String> r = post(c, "/join", "en", Map.of("givenNames", "Amélie", "familyName", "Durand",
        "email", "amelie.durand@example.org", "country", " fr ", "type", "regular", "token", hidden(page, "token"),
        "_csrf", hidden(page, "_csrf")));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
    String application = r.headers().firstValue("Location").orElseThrow();
    assertThat(get(c, application.replaceAll("^https?://[^/]+", ""), "en").body()).contains(">submitted<");
  }

  /** A newcomer's trial: the home page said "established 1949-01". */
  @Test
  void theHomePageWritesItsDatesAsTheVisitorsLanguageDoes() throws Exception {
    assertThat(get(visitor(), "/", "en").body()).contains("January 1949").doesNotContain(">1949-01<");
    assertThat(get(visitor(), "/", "fr").body()).contains("janvier 1949");
  }

  /** A newcomer's trial: French read "(date : janvier 1949)", German named the fundraiser twice by gender. */
  @Test
  void theFrenchFoundingDateAndTheGermanFundraiserReadNaturally() throws Exception {
    assertThat(get(visitor(), "/", "fr").body()).contains(", créée en janvier 1949 par <bdi").doesNotContain("(date");
    assertThat(get(visitor(), "/campaign", "de").body()).contains("Zusagen erfasst die für Fundraising zuständige Person.")
        .doesNotContain("oder der");
    assertThat(get(visitor(), "/login", "de").body()).contains("Fundraising (Zusagen erfassen)");
  }

  /** A newcomer's trial: an unknown application's page sent the visitor to the form without a word. */
  @Test
  void anUnknownApplicationIsNotFoundOnTheSitesOwnPage() throws Exception {
    HttpResponse<String> r = visitor().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/join/app-nope")))
        .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.body()).contains("<html").doesNotContain("Exception", "Whitelabel");
  }

  @Test
  void joinFormErrorsStandBesideTheirFieldsInTheVisitorsLanguage() throws Exception {
    String expected = spanish(() -> EmailAddress.of("not-an-address"));
    HttpClient c = visitor();
    String page = get(c, "/join", "es").body();
    Map<String, String> form = new HashMap<>(Map.of("givenNames", "Ana", "familyName", "", "email", "not-an-address",
        "country", "ZZZ", "type", "regular", "token", hidden(page, "token"), "_csrf", hidden(page, "_csrf")));
    HttpResponse<String> r = post(c, "/join", "es", form);
    assertThat(r.statusCode()).isEqualTo(200);
    String body = r.body();
    assertThat(expected).isNotBlank();
    int field = body.indexOf("id=\"email\"");
    int error = body.indexOf("id=\"email-error\"");
    assertThat(field).isPositive();
    assertThat(error).isGreaterThan(field).isLessThan(body.indexOf("id=\"country\""));
    assertThat(body.substring(error, body.indexOf("</div>", error))).contains(expected);
    assertThat(body).contains("id=\"country-error\"").contains("aria-invalid=\"true\"");
  }

  /** A newcomer's trial: a type the round table does not have was named only once the other mistakes were put right. */
  @Test
  void anUnknownMembershipTypeIsNamedWithTheFormsOtherMistakes() throws Exception {
    HttpClient c = visitor();
    String page = get(c, "/join", "en").body();
    HttpResponse<String> r = post(c, "/join", "en", Map.of("givenNames", "Ana", "email", "not-an-address",
        "country", "uk", "type", "platinum", "token", hidden(page, "token"), "_csrf", hidden(page, "_csrf")));
    assertThat(r.statusCode()).isEqualTo(200);
    String body = r.body();
    assertThat(body).contains("id=\"email-error\"").contains("id=\"country-error\"").contains("id=\"type-error\"");
    int error = body.indexOf("id=\"type-error\"");
    assertThat(body.substring(error, body.indexOf("</div>", error))).contains("there is no membership type platinum");
  }

  private static String spanish(Runnable invalid) {
    try {
      invalid.run();
    } catch (InvalidValueException e) {
      return e.violations().get(0).message(Locale.forLanguageTag("es"))
          .replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
    throw new AssertionError("the value was valid");
  }

  @Test
  void anEmptyPledgeFormFromTheFundraiserShowsEveryProblemBesideItsField() throws Exception {
    HttpClient c = signIn(visitor(), "fundraiser");
    String page = get(c, "/campaign", "fr").body();
    HttpResponse<String> r = post(c, "/campaign/pledges", "fr", Map.of("donor", "", "amount", "beaucoup",
        "installments", "x", "startDate", "demain", "token", hidden(page, "token"), "_csrf", hidden(page, "_csrf")));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("id=\"donor-error\"", "id=\"amount-error\"", "id=\"installments-error\"",
        "id=\"startDate-error\"");
  }

  @Test
  void aVisitorMayNotRecordAPledge() throws Exception {
    HttpClient c = visitor();
    String page = get(c, "/campaign", "en").body();
    HttpResponse<String> r = post(c, "/campaign/pledges", "en", Map.of("donor", "X", "amount", "10",
        "installments", "1", "startDate", "2026-12-01", "token", hidden(page, "token"), "_csrf", hidden(page, "_csrf")));
    assertThat(r.statusCode()).isEqualTo(302);
    assertThat(r.headers().firstValue("Location").orElseThrow()).endsWith("/login");
  }

  @Test
  void aMemberVolunteersAndTheAppointingOfficerOffersASeat() throws Exception {
    HttpClient member = signIn(visitor(), "member");
    String page = get(member, "/volunteer", "en").body();
    HttpResponse<String> sent = post(member, "/volunteer", "en", Map.of("preferences", "membership",
        "statement", "I would like to help new members find their way.", "availability", "Virtual meetings",
        "token", hidden(page, "token"), "_csrf", hidden(page, "_csrf")));
    assertThat(sent.statusCode()).isEqualTo(302);
    String id = sent.headers().firstValue("Location").orElseThrow().replaceAll(".*/volunteer/", "");
    assertThat(get(member, "/volunteer/" + id, "en").body()).contains("id=\"volunteer-state\">submitted<");

    HttpClient chair = signIn(visitor(), "chair");
    String forms = get(chair, "/appointments", "en").body();
    assertThat(forms).contains("I would like to help new members find their way.");
    HttpResponse<String> appointed = post(chair, "/appointments/" + id, "en", Map.of("committee", "membership",
        "role", "MEMBER", "termYears", "1", "version", "1", "_csrf", hidden(forms, "_csrf")));
    assertThat(appointed.statusCode()).isEqualTo(302);
    assertThat(get(member, "/volunteer/" + id, "en").body()).contains("id=\"volunteer-state\">position offered<");
    assertThat(get(member, "/volunteer/" + id, "fr").body()).as("irrt's words in the visitor's language")
        .contains("id=\"volunteer-state\">poste propos\u00e9<");
  }
}
