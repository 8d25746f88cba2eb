package org.irrt.site;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A hostile visitor's forms: without, with a forged or with another session's CSRF token; a form sent
 * twice and again after the back button; an officer's decision by a visitor, by another role, or one
 * the workflow does not allow now. And no applicant's name or address in any log line at INFO.
 */
class HostileVisitorDecisionsTest extends SiteTest {

  private HttpResponse<String> apply(HttpClient c, String csrf, String token, String email) throws Exception {
    return post(c, "/join", "en", Map.of("givenNames", "Zanele", "familyName", "Mokoena", "email", email,
        "country", "ZA", "type", "regular", "token", token, "_csrf", csrf));
  }

  private String applied(String email) throws Exception {
    HttpClient c = visitor();
    String page = get(c, "/join", "en").body();
    HttpResponse<String> r = apply(c, hidden(page, "_csrf"), hidden(page, "token"), email);
    assertThat(r.statusCode()).isEqualTo(302);
    return r.headers().firstValue("Location").orElseThrow().replaceAll(".*/join/", "");
  }

  @Test
  void aFormWithoutWithAForgedOrWithAnotherSessionsCsrfTokenIsForbiddenAndMakesNothing() throws Exception {
    HttpClient other = visitor();
    String othersCsrf = hidden(get(other, "/join", "en").body(), "_csrf");
    HttpClient c = visitor();
    String page = get(c, "/join", "en").body();
    for (String csrf : new String[] {"", "forged", othersCsrf}) {
      assertThat(apply(c, csrf, hidden(page, "token"), "csrf@example.org").statusCode()).as(csrf).isEqualTo(403);
    }
    String list = get(signIn(visitor(), "officer"), "/officer/applications", "en").body();
    assertThat(list).doesNotContain("csrf@example.org");
  }

  @Test
  void aFormSentTwiceAndAgainAfterTheBackButtonMakesOneApplication() throws Exception {
    HttpClient c = visitor();
    String page = get(c, "/join", "en").body();
    HttpResponse<String> first = apply(c, hidden(page, "_csrf"), hidden(page, "token"), "twice@example.org");
    HttpResponse<String> second = apply(c, hidden(page, "_csrf"), hidden(page, "token"), "twice@example.org");
    assertThat(second.statusCode()).isEqualTo(302);
    assertThat(second.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
    String list = get(signIn(visitor(), "officer"), "/officer/applications", "en").body();
    assertThat(list.split(">twice@example\\.org<", -1)).hasSize(2);
  }

  @Test
  void aBlogPostOrAVolunteerFormSentTwiceIsOnePostOrOneForm() throws Exception {
    HttpClient writer = signIn(visitor(), "writer");
    String write = get(writer, "/write", "en").body();
    Map<String, String> post = Map.of("title", "Twice", "body", "Sent twice.", "language", "en",
        "token", hidden(write, "token"), "_csrf", hidden(write, "_csrf"));
    HttpResponse<String> first = post(writer, "/write", "en", post);
    HttpResponse<String> second = post(writer, "/write", "en", post);
    assertThat(first.statusCode()).isEqualTo(302);
    assertThat(second.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
    String queue = get(signIn(visitor(), "editor"), "/editor/posts", "en").body();
    assertThat(queue.split(">Twice<", -1)).hasSize(2);

    HttpClient member = signIn(visitor(), "member");
    String volunteer = get(member, "/volunteer", "en").body();
    String committee = org.jsoup.Jsoup.parse(volunteer).select("input[name=preferences]").first().attr("value");
    Map<String, String> form = Map.of("preferences", committee, "statement", "Sent twice by the member.",
        "token", hidden(volunteer, "token"), "_csrf", hidden(volunteer, "_csrf"));
    HttpResponse<String> once = post(member, "/volunteer", "en", form);
    HttpResponse<String> again = post(member, "/volunteer", "en", form);
    assertThat(once.statusCode()).isEqualTo(302);
    assertThat(again.headers().firstValue("Location")).isEqualTo(once.headers().firstValue("Location"));
    String appointments = get(signIn(visitor(), "chair"), "/appointments", "en").body();
    assertThat(appointments.split("Sent twice by the member\\.", -1)).hasSize(2);
  }

  @Test
  void aVisitorOrAnotherRoleCannotDecideAndAnOfficerCannotForceADecisionTheWorkflowDoesNotAllow()
      throws Exception {
    String id = applied("decide@example.org");
    HttpClient officer = signIn(visitor(), "officer");
    String review = get(officer, "/officer/applications/" + id, "en").body();
    String version = hidden(review, "version");

    HttpClient anonymous = visitor();
    String csrf = hidden(get(anonymous, "/join", "en").body(), "_csrf");
    HttpResponse<String> byVisitor = post(anonymous, "/officer/applications/" + id, "en",
        Map.of("action", "approve", "version", version, "_csrf", csrf));
    assertThat(byVisitor.statusCode()).isEqualTo(302);
    assertThat(byVisitor.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    for (String user : new String[] {"member", "writer", "editor", "chair", "fundraiser"}) {
      HttpClient other = signIn(visitor(), user);
      String otherCsrf = hidden(get(other, "/join", "en").body(), "_csrf");
      assertThat(post(other, "/officer/applications/" + id, "en", Map.of("action", "approve", "version", version,
          "_csrf", otherCsrf)).statusCode()).as(user).isEqualTo(403);
    }
    HttpResponse<String> forced = post(officer, "/officer/applications/" + id, "en", Map.of("action", "approve",
        "version", version, "_csrf", hidden(review, "_csrf")));
    assertThat(forced.statusCode()).isEqualTo(200);
    assertThat(forced.body()).contains("role=\"alert\"");
    assertThat(get(anonymous, "/join/" + id, "en").body()).contains("id=\"application-state\">submitted<");
    assertThat(post(officer, "/officer/applications/" + id, "en", Map.of("action", "record-payment",
        "version", version, "_csrf", hidden(review, "_csrf"))).statusCode()).isEqualTo(302);
    assertThat(get(anonymous, "/join/" + id, "en").body()).contains("id=\"application-state\">submitted<");
  }

  @Test
  void noApplicantsNameOrAddressIsInAnyLogLineAtInfo() throws Exception {
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    Level before = root.getLevel();
    ListAppender<ILoggingEvent> lines = new ListAppender<>();
    lines.start();
    root.addAppender(lines);
    root.setLevel(Level.INFO);
    try {
      String id = applied("logged.person@example.org");
      HttpClient c = visitor();
      String page = get(c, "/join", "en").body();
      apply(c, hidden(page, "_csrf"), hidden(page, "token"), "logged.person@example.org"); // refused: open
      apply(c, hidden(page, "_csrf"), "", "logged.person@example.org"); // refused: token
      HttpClient officer = signIn(visitor(), "officer");
      String review = get(officer, "/officer/applications/" + id, "en").body();
      post(officer, "/officer/applications/" + id, "en", Map.of("action", "start-review",
          "version", hidden(review, "version"), "_csrf", hidden(review, "_csrf")));
      get(officer, "/officer/applications", "en");
    } finally {
      root.detachAppender(lines);
      root.setLevel(before);
    }
    for (ILoggingEvent e : lines.list) {
      String line = e.getFormattedMessage() + (e.getThrowableProxy() == null ? "" : e.getThrowableProxy().getMessage());
      assertThat(line).doesNotContain("logged.person", "Zanele", "Mokoena");
    }
  }
}
