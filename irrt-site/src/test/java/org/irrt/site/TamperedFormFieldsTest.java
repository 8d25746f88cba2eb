package org.irrt.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Faults the breaker found in the site: a hidden field edited by hand made a server error (500, Spring's
 * "Whitelabel Error Page" and a stack trace in the log): a form token that is no request id
 * (empty, markup) on the join form, and a negative version on an officer's decision; and every error
 * status was Spring's whitelabel page. A tampered field is now the form's violation, named at its
 * path in the visitor's language, and an error status is the site's own page.
 */
class TamperedFormFieldsTest extends SiteTest {

  @Test
  void aJoinFormWhoseTokenWasEditedIsRefusedNamingTheTokenAndOffersAFreshOne() throws Exception {
    for (String token : new String[] {"", "<script>alert(1)</script>", "a".repeat(200)}) {
      HttpClient c = visitor();
      String page = get(c, "/join", "de").body();
      HttpResponse<String> r = post(c, "/join", "de", Map.of("givenNames", "Ana", "familyName", "García",
          "email", "ana@example.org", "country", "CO", "type", "regular", "token", token, "_csrf", hidden(page, "_csrf")));
      assertThat(r.statusCode()).as(token).isEqualTo(200);
      assertThat(r.body()).contains("token: eine Anfrage-ID, etwa das Token eines Formulars")
          .doesNotContain("<script>alert(1)</script>");
      assertThat(hidden(r.body(), "token")).as("a fresh token, so that the form can be sent again")
          .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    }
  }

  @Test
  void aDecisionWithANegativeVersionIsRefusedNamingTheVersion() throws Exception {
    HttpClient visitor = visitor();
    String join = get(visitor, "/join", "en").body();
    HttpResponse<String> applied = post(visitor, "/join", "en", Map.of("givenNames", "Ana", "familyName", "García",
        "email", "ana.garcia@example.org", "country", "CO", "type", "regular", "token", hidden(join, "token"),
        "_csrf", hidden(join, "_csrf")));
    assertThat(applied.statusCode()).isEqualTo(302);
    String id = applied.headers().firstValue("Location").orElseThrow().replaceAll(".*/join/", "");

    HttpClient officer = signIn(visitor(), "officer");
    String page = get(officer, "/officer/applications/" + id, "en").body();
    HttpResponse<String> r = post(officer, "/officer/applications/" + id, "en", Map.of("action", "start-review",
        "version", "-1", "_csrf", hidden(page, "_csrf")));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("version: a version is zero or more");
    assertThat(get(officer, "/officer/applications/" + id, "en").body()).as("nothing changed")
        .contains("<input type=\"hidden\" name=\"version\" value=\"2\">");
  }

  /** A page as a browser asks for it (Spring's error controller answers JSON to other clients). */
  private HttpResponse<String> html(HttpClient client, String path) throws Exception {
    return client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url(path))).header("Accept", "text/html")
        .GET().build(), HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void anErrorStatusIsTheSitesOwnPageNotTheWhitelabelPage() throws Exception {
    HttpResponse<String> missing = html(visitor(), "/blog/no-such-post");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("id=\"error-status\">404 Not Found<").doesNotContain("Whitelabel");
    HttpResponse<String> forbidden = html(signIn(visitor(), "member"), "/officer/applications");
    assertThat(forbidden.statusCode()).isEqualTo(403);
    assertThat(forbidden.body()).contains("id=\"error-status\">403 Forbidden<").doesNotContain("Whitelabel");
  }
}
