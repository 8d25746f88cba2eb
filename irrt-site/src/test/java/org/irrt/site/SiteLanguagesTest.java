package org.irrt.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.irrt.workflow.WorkflowEngine;
import org.irrt.workflow.membership.ApplicationCommand;
import org.irrt.workflow.membership.ApplicationEvent;
import org.irrt.workflow.membership.MembershipApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The site's own words in the visitor's language: the first of the seven in {@code Accept-Language},
 * else English; {@code ?lang=} chooses one and the {@code lang} cookie keeps it; anything else in
 * the parameter or the cookie is ignored, never an error page or a value written back.
 */
class SiteLanguagesTest extends SiteTest {
  @Autowired
  WorkflowEngine<MembershipApplication, ApplicationCommand, ApplicationEvent> applications;

  private HttpResponse<String> withCookie(String path, String cookie) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept-Language", "en")
        .header("Cookie", cookie).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** A newcomer's trial: {@code ?lang=zh-TW} served the Simplified Chinese pages labelled {@code zh-TW}. */
  @Test
  void aPageAskedForInTraditionalChineseIsLabelledWithTheChineseItIsWrittenIn() throws Exception {
    String page = get(visitor(), "/join?lang=zh-TW", "en").body();
    assertThat(page).contains("<html lang=\"zh\" dir=\"ltr\">").doesNotContain("lang=\"zh-TW\"");
    assertThat(get(visitor(), "/", "zh-TW").body()).contains("<html lang=\"zh\" dir=\"ltr\">");
  }

  @Test
  void theJoinPageSpeaksFrenchToABrowserThatAsksForFrench() throws Exception {
    String page = get(visitor(), "/join", "fr-CH, fr;q=0.9, en;q=0.8").body();
    assertThat(page).contains("<html lang=\"fr\" dir=\"ltr\">", // the bundle's language: standard French "<title>Adhérer · IRRT</title>",
        "<label for=\"givenNames\">Prénoms</label>", "<button type=\"submit\">Envoyer la demande</button>")
        .doesNotContain("Given names", "??");
  }

  @Test
  void aBrowserAskingForNoneOfTheSevenGetsEnglishNeverTheServersLanguage() throws Exception {
    for (String asked : new String[] {"ja", "pt-BR, it;q=0.5", "fr;q=0, de;q=0", "*", "no such header;;"}) {
      String page = get(visitor(), "/join", asked).body();
      assertThat(page).as(asked).contains("<html lang=\"en\" dir=\"ltr\">", "<label for=\"givenNames\">Given names</label>");
    }
    assertThat(get(visitor(), "/join", "ja, ru;q=0.3").body()).contains("<html lang=\"ru\"", ">Имя</label>");
  }

  @Test
  void langArChoosesArabicRightToLeftAndTheCookieKeepsItOnTheNextPage() throws Exception {
    HttpClient c = visitor();
    HttpResponse<String> chosen = get(c, "/join?lang=ar", "en");
    assertThat(chosen.statusCode()).isEqualTo(200);
    assertThat(chosen.body()).contains("<html lang=\"ar\" dir=\"rtl\">", "<label for=\"givenNames\">الاسم الأول</label>");
    assertThat(chosen.headers().allValues("Set-Cookie")).anyMatch(h -> h.startsWith("lang=ar;") && h.contains("HttpOnly"));

    String next = get(c, "/join", "en").body();
    assertThat(next).contains("<html lang=\"ar\" dir=\"rtl\">", "<label for=\"givenNames\">الاسم الأول</label>");
    assertThat(get(c, "/free-links", "de").body()).as("the choice wins over Accept-Language")
        .contains("<html lang=\"ar\" dir=\"rtl\">", "<h1>برنامج Free Links</h1>");
  }

  @Test
  void aLangOutsideTheSevenIsIgnoredAndNeverWrittenBack() throws Exception {
    for (String lang : new String[] {"xx", "%3Cscript%3Ealert(1)%3C/script%3E", "", "ja-JP", "en_%3Cb%3E"}) {
      HttpResponse<String> fresh = get(visitor(), "/join?lang=" + lang, "en");
      assertThat(fresh.statusCode()).as(lang).isEqualTo(200);
      assertThat(fresh.body()).as(lang).contains("<html lang=\"en\" dir=\"ltr\">", ">Given names</label>")
          .doesNotContain("<script>alert(1)", "lang=\"xx\"", "lang=\"ja", "<b>");
      assertThat(fresh.headers().allValues("Set-Cookie")).as(lang).noneMatch(c -> c.startsWith("lang="));

      HttpClient chosen = visitor();
      get(chosen, "/join?lang=fr", "en");
      HttpResponse<String> after = get(chosen, "/join?lang=" + lang, "en");
      assertThat(after.statusCode()).as(lang).isEqualTo(200);
      assertThat(after.body()).as("the previous choice stays: " + lang).contains("<html lang=\"fr\" dir=\"ltr\">", ">Prénoms</label>");
    }
  }

  @Test
  void aLanguageCookieEditedByHandIsIgnored() throws Exception {
    for (String cookie : new String[] {"lang=xx", "lang=%3Cscript%3E", "lang=\"<b>\"", "lang=en_<b>"}) {
      HttpResponse<String> r = withCookie("/join", cookie);
      assertThat(r.statusCode()).as(cookie).isEqualTo(200);
      assertThat(r.body()).as(cookie).contains("<html lang=\"en\" dir=\"ltr\">").doesNotContain("<b>", "lang=\"xx\"");
    }
    assertThat(withCookie("/join", "lang=de").body()).contains("<html lang=\"de\" dir=\"ltr\">", ">Vornamen</label>");
  }

  /**
   * A member's preferred language is theirs, not the site's: a browser asking for Japanese gets
   * English pages, and the member who joins from it prefers Japanese (the site recorded "en").
   */
  @Test
  void aMemberWhoJoinsPrefersTheBrowsersLanguageEvenOneTheSiteDoesNotSpeak() throws Exception {
    assertThat(joinAndReadPreferredLanguage(visitor(), "ja-JP, en;q=0.5")).isEqualTo("ja-JP");
    assertThat(joinAndReadPreferredLanguage(visitor(), "*, es-CO;q=0.9")).isEqualTo("es-CO");
    assertThat(joinAndReadPreferredLanguage(visitor(), "not a header;;")).isEqualTo("en");
    HttpClient chose = visitor();
    get(chose, "/join?lang=fr", "ja");
    assertThat(joinAndReadPreferredLanguage(chose, "ja")).as("chosen on the site").isEqualTo("fr");
  }

  private String joinAndReadPreferredLanguage(HttpClient c, String language) throws Exception {
    String page = get(c, "/join", language).body();
    // one address per application: an open application with the same address refuses a second one
    HttpResponse<String> r = post(c, "/join", language, Map.of("givenNames", "Haruto", "familyName", "Sato",
        "email", "haruto.sato+" + hidden(page, "token").substring(0, 8) + "@example.org", "country", "JP", "type", "regular", "token", hidden(page, "token"),
        "_csrf", hidden(page, "_csrf")));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
    String id = r.headers().firstValue("Location").orElseThrow().replaceAll("^.*/join/", "");
    return applications.load(id).applicant().orElseThrow().preferredLanguage();
  }

  @Test
  void theChooserNamesEachLanguageInItselfAndKeepsTheSearch() throws Exception {
    String page = get(visitor(), "/free-links?language=es", "fr").body();
    assertThat(page).contains(
        "<a href=\"?language=es&amp;lang=ar\" lang=\"ar\" hreflang=\"ar\" dir=\"rtl\">العربية</a>",
        "<a href=\"?language=es&amp;lang=de\" lang=\"de\" hreflang=\"de\" dir=\"ltr\">Deutsch</a>",
        "<a href=\"?language=es&amp;lang=en\" lang=\"en\" hreflang=\"en\" dir=\"ltr\">English</a>",
        "<a href=\"?language=es&amp;lang=es\" lang=\"es\" hreflang=\"es\" dir=\"ltr\">Español</a>",
        "<a href=\"?language=es&amp;lang=fr\" lang=\"fr\" hreflang=\"fr\" dir=\"ltr\" aria-current=\"true\">Français</a>",
        "<a href=\"?language=es&amp;lang=ru\" lang=\"ru\" hreflang=\"ru\" dir=\"ltr\">Русский</a>",
        "<a href=\"?language=es&amp;lang=zh\" lang=\"zh\" hreflang=\"zh\" dir=\"ltr\">中文</a>");
  }

  @Test
  void theCampaignWritesItsMoneyAndShareAsTheVisitorsLanguageDoes() throws Exception {
    assertThat(get(visitor(), "/campaign", "fr").body()).contains("Objectif 50\u202F000,00\u00A0$US</text>",
        "<th scope=\"col\">Promis</th>").containsPattern("<figcaption id=\"campaign-share\">[0-9]+(,[0-9]+)?\u00A0% "
            + "de l’objectif promis\u202F; donateurs\u00A0: [0-9]+\\.</figcaption>");
    assertThat(get(visitor(), "/campaign", "de").body()).contains("Ziel 50.000,00\u00A0$</text>");
    assertThat(get(visitor(), "/campaign", "en-US").body()).contains("Goal $50,000.00</text>")
        .containsPattern("<figcaption id=\"campaign-share\">[0-9]+(\\.[0-9]+)?% of the goal pledged; donors: [0-9]+\\.");
  }

  @Test
  void theErrorPageSpeaksTheVisitorsLanguage() throws Exception {
    HttpResponse<String> r = visitor().send(HttpRequest.newBuilder(URI.create(url("/blog/no-such-post")))
        .header("Accept", "text/html").header("Accept-Language", "de").GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.body()).contains("<html lang=\"de\" dir=\"ltr\">", "id=\"error-status\">404 Nicht gefunden<",
        "Zur Startseite");
  }
}
