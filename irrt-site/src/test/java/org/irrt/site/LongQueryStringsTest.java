package org.irrt.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A first visit by an address with a long query string (a link with tracking parameters, 2,000
 * characters): the language chooser repeats the query in its seven links, so the page filled the
 * server's response buffer before its form asked for the CSRF token, which then could not start a
 * session ("Cannot create a session after the response has been committed", logged with its stack
 * trace at ERROR); the visitor got half a page with the error page inside it and a form without its
 * token. A page is now rendered whole before it is sent (Thymeleaf's
 * {@code produce-partial-output-while-processing=false}), so a session is started only by a page
 * with a form, not by every visit.
 */
class LongQueryStringsTest extends SiteTest {

  @Test
  void aFirstVisitByAnAddressWithALongQueryStringGetsTheWholePageWithItsFormsToken() throws Exception {
    String query = "?utm_source=" + "a".repeat(2_000);
    for (String path : List.of("/join", "/campaign", "/login")) {
      HttpResponse<String> r = visitor().send(HttpRequest.newBuilder(URI.create(url(path + query)))
          .header("Accept", "text/html").header("Accept-Language", "en").GET().build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      assertThat(r.statusCode()).as(path).isEqualTo(200);
      assertThat(r.body()).as(path).doesNotContain("error-status").endsWith("</html>\n");
      assertThat(hidden(r.body(), "_csrf")).as(path).isNotBlank();
    }
  }

  @Test
  void aPageWithoutAFormStartsNoSessionForAVisitor() throws Exception {
    HttpResponse<String> r = visitor().send(HttpRequest.newBuilder(URI.create(url("/?utm_source=" + "a".repeat(2_000))))
        .header("Accept", "text/html").header("Accept-Language", "en").GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).doesNotContain("_csrf").endsWith("</html>\n");
    assertThat(r.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
  }
}
