package org.irrt.site;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A hostile visitor's requests over HTTP: malformed ids in paths, garbled languages and cookies,
 * wrong methods, huge bodies, missing or mistyped fields. Each is answered with a status below 500 and
 * a page that names no Java class and shows no stack trace, and logs nothing (no class name, no value
 * sent, which may be a visitor's e-mail address).
 */
class HostileRequestsTest extends SiteTest {
  private static final String[] LEAKS = {"Exception", "java.", "org.irrt", "org.springframework", "\tat ",
      "Whitelabel"};

  private HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) throws Exception {
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpRequest.Builder html(String pathAndQuery) {
    return HttpRequest.newBuilder(URI.create(url(pathAndQuery))).header("Accept", "text/html");
  }

  private static void assertNoLeak(String what, HttpResponse<String> r) {
    assertThat(r.statusCode()).as(what).isLessThan(500);
    for (String leak : LEAKS) {
      assertThat(r.body()).as(what).doesNotContain(leak);
    }
  }

  private static List<String> malformedIds() {
    return List.of("%00", "a%00b", "a".repeat(10_000), "%E2%80%AE%F0%9F%98%80", "%C0%AF", "..%2F..%2Fetc", "%20",
        "app-" + "f".repeat(24), "x%0D%0ASet-Cookie:%20a=b", "%3Cscript%3E");
  }

  @Test
  void malformedOrUnknownIdsInPathsAreNotFoundWithoutAServerErrorOrAJavaName() throws Exception {
    List<String> answered = new ArrayList<>();
    List<ILoggingEvent> lines = logged(() -> {
      HttpClient officer = signIn(visitor(), "officer");
      HttpClient editor = signIn(visitor(), "editor");
      HttpClient writer = signIn(visitor(), "writer");
      HttpClient member = signIn(visitor(), "member");
      for (String id : malformedIds()) {
        for (var c : List.<Map.Entry<HttpClient, String>>of(Map.entry(visitor(), "/join/"),
            Map.entry(visitor(), "/blog/"), Map.entry(officer, "/officer/applications/"),
            Map.entry(editor, "/editor/posts/"),
            Map.entry(writer, "/write/"), Map.entry(member, "/volunteer/"))) {
          HttpResponse<String> r = send(c.getKey(), html(c.getValue() + id));
          assertNoLeak(c.getValue() + id.substring(0, Math.min(id.length(), 40)), r);
          // no stored instance has such an id: not found (or a request the server refuses outright), never an empty page
          assertThat(r.statusCode()).as(c.getValue() + id.substring(0, Math.min(id.length(), 40))).isIn(400, 404);
          answered.add(c.getValue() + r.statusCode());
        }
      }
      return null;
    });
    assertThat(lines).extracting(ILoggingEvent::getFormattedMessage).isEmpty();
    assertThat(answered).hasSize(60);
  }

  @Test
  void decisionsOnMalformedIdsAreAnsweredWithoutAServerErrorOrAJavaName() throws Exception {
    List<String> answered = new ArrayList<>();
    List<ILoggingEvent> lines = logged(() -> {
      for (var c : List.of(Map.entry("officer", "/officer/applications/"), Map.entry("editor", "/editor/posts/"),
          Map.entry("chair", "/appointments/"))) {
        HttpClient user = signIn(visitor(), c.getKey());
        String csrf = hidden(get(user, "/join", "en").body(), "_csrf");
        for (String id : malformedIds()) {
          for (String action : List.of("start-review", "approve", "schedule", "bogus")) {
            String body = "action=" + action + "&version=0&reason=r&publishAt=2030-01-01T10:00&committee=c"
                + "&role=CHAIR&termYears=1&_csrf=" + enc(csrf);
            HttpResponse<String> r = send(user, html(c.getValue() + id).header("Content-Type",
                "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
            assertNoLeak("POST " + c.getValue() + id.substring(0, Math.min(id.length(), 40)) + " " + action, r);
            answered.add(c.getValue() + r.statusCode());
          }
        }
      }
      return null;
    });
    assertThat(lines).extracting(ILoggingEvent::getFormattedMessage).isEmpty();
    assertThat(answered).hasSize(120).contains("/officer/applications/404", "/editor/posts/404", "/appointments/404");
  }

  @Test
  void formsWithMissingOrMistypedFieldsAreABadRequestAndLogNothing() throws Exception {
    HttpClient officer = signIn(visitor(), "officer");
    HttpClient writer = signIn(visitor(), "writer");
    String csrf = hidden(get(officer, "/join", "en").body(), "_csrf");
    String writerCsrf = hidden(get(writer, "/write", "en").body(), "_csrf");
    String id = "app-" + "0".repeat(24);
    List<HttpResponse<String>> answers = new ArrayList<>();
    List<ILoggingEvent> lines = logged(() -> {
      answers.add(post(officer, "/officer/applications/" + id, "en", Map.of("action", "approve", "version",
          "ana@example.org", "_csrf", csrf)));
      answers.add(post(officer, "/officer/applications/" + id, "en", Map.of("version", "1", "_csrf", csrf)));
      answers.add(post(writer, "/write", "en", Map.of("body", "b", "_csrf", writerCsrf)));
      return null;
    });
    answers.forEach(r -> assertNoLeak("a form with a missing or mistyped field", r));
    assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(400);
    assertThat(lines).extracting(ILoggingEvent::getFormattedMessage).isEmpty();
  }

  @Test
  void aJoinFormWithAnyAcceptLanguageMakesAnApplicationTheVisitorCannotBeAskedToFixTheHeader() throws Exception {
    String[] languages = {"x".repeat(4_000), "zz-ZZZZZ-1234567890", "ja-JP-u-ca-japanese", "de-DE-x-private",
        "i-klingon", "*", "sgn-BE-FR", "zh-Hant-TW", "qaa;q=0.9, en", "\u00ff\u00fe;q=\u00e9", "en-US-POSIX",
        "tlh", "art-lojban", "x-private", "de;q=2, *;q=-1, ,,,;;"};
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < languages.length; i++) {
      HttpClient c = visitor();
      String page = get(c, "/join", "en").body();
      HttpResponse<String> r = post(c, "/join", languages[i], Map.of("givenNames", "Ana", "familyName", "Lima",
          "email", "header" + i + "@example.org", "country", "BR", "type", "regular", "token", hidden(page, "token"),
          "_csrf", hidden(page, "_csrf")));
      assertNoLeak("Accept-Language " + languages[i].substring(0, Math.min(20, languages[i].length())), r);
      statuses.add(r.statusCode());
    }
    assertThat(statuses).containsOnly(302);
  }

  @Test
  void noPageWritesTheSessionIdIntoAnAddress() throws Exception {
    for (String path : List.of("/", "/join", "/login", "/no/such/page", "/campaign")) {
      HttpResponse<String> first = send(visitor(), html(path));
      assertThat(first.body()).as(path).doesNotContainIgnoringCase("jsessionid");
      assertThat(first.headers().firstValue("Location").orElse("")).as(path).doesNotContainIgnoringCase("jsessionid");
    }
    HttpResponse<String> forbidden = send(visitor(), html("/join").POST(HttpRequest.BodyPublishers.noBody()));
    assertThat(forbidden.statusCode()).isEqualTo(403);
    assertThat(forbidden.body()).doesNotContainIgnoringCase("jsessionid");
  }

  @Test
  void garbledLanguagesCookiesAndMethodsAreAnsweredWithoutAServerError() throws Exception {
    for (String language : new String[] {"x".repeat(8_000), "\u00ff\u00fe;q=\u00e9", "de;q=2, *;q=-1, ,,,;;",
        "zz-ZZZZZ-1234567890", "ar;q=abc, fr;q=0.5"}) {
      HttpResponse<String> r = send(visitor(), html("/join").header("Accept-Language", language));
      assertNoLeak("Accept-Language " + language.substring(0, Math.min(20, language.length())), r);
    }
    for (String lang : new String[] {"xx", "%00", "de-%0A", "a".repeat(5_000), "../../", "zh-Hant-TW-x-priv"}) {
      assertNoLeak("?lang=" + lang, send(visitor(), html("/?lang=" + lang)));
    }
    for (String cookie : new String[] {"lang=%00", "lang=\"\"", "lang=" + "b".repeat(3_000), "JSESSIONID=garbage",
        "lang=de;lang=fr;lang=\u00e9"}) {
      assertNoLeak("Cookie " + cookie.substring(0, Math.min(20, cookie.length())),
          send(visitor(), html("/").header("Cookie", cookie)));
    }
    for (String method : new String[] {"DELETE", "PUT", "PATCH", "OPTIONS"}) {
      assertNoLeak(method, send(visitor(), html("/join").method(method, HttpRequest.BodyPublishers.noBody())));
    }
    assertNoLeak("unknown path", send(visitor(), html("/no/such/page")));
    assertThat(send(visitor(), html("/no/such/page").header("Accept-Language", "fr")).body())
        .as("an error page in the visitor's language").contains("id=\"error-status\">404 Page introuvable<");
    assertThat(send(visitor(), html("/join").header("Accept-Language", "fr").method("DELETE",
        HttpRequest.BodyPublishers.noBody())).body()).as("a form method without a CSRF token")
        .contains("id=\"error-status\">403 Accès interdit<");
    assertThat(send(visitor(), html("/join/%00").header("Accept-Language", "ar")).statusCode()).isEqualTo(400);
  }

  /** The site's log lines (WARN and above, as in the tests' configuration) while {@code run} runs. */
  private static List<ILoggingEvent> logged(Callable<?> run) throws Exception {
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    ListAppender<ILoggingEvent> lines = new ListAppender<>();
    lines.start();
    root.addAppender(lines);
    try {
      run.call();
    } finally {
      root.detachAppender(lines);
    }
    return lines.list;
  }

  private HttpResponse<String> form(HttpClient c, String body) throws Exception {
    return send(c, html("/join").header("Accept-Language", "de").header("Content-Type",
        "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  @Test
  void aFormOverTheServersLimitsIsTheSitesErrorPageInTheVisitorsLanguageAndLogsNothing() throws Exception {
    HttpClient c = visitor();
    String page = get(c, "/join", "de").body();
    String fields = "&familyName=B&email=a%40example.org&country=CO&type=regular&token=" + hidden(page, "token")
        + "&_csrf=" + hidden(page, "_csrf");
    List<HttpResponse<String>> answers = new ArrayList<>();
    List<ILoggingEvent> lines = logged(() -> {
      answers.add(form(c, "givenNames=" + "A".repeat(5_000_000) + fields));
      answers.add(form(c, "givenNames=A" + "&x=1".repeat(20_000) + fields));
      return null;
    });
    assertThat(answers.get(0).statusCode()).isEqualTo(413);
    assertThat(answers.get(0).body()).contains("id=\"error-status\">413 Inhalt zu groß<");
    assertThat(answers.get(1).statusCode()).isEqualTo(400);
    assertThat(answers.get(1).body()).contains("id=\"error-status\">400 Ungültige Anfrage<");
    answers.forEach(r -> assertNoLeak("a form over the limits", r));
    assertThat(lines).extracting(ILoggingEvent::getFormattedMessage).isEmpty();
    assertThat(form(c, "givenNames=Ana" + fields).statusCode()).as("the next form is read").isEqualTo(302);
  }
}
