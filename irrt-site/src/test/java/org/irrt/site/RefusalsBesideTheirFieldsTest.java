package org.irrt.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A workflow's refusal that is about one field of the form is shown beside that field, in the
 * visitor's language, like a violation: before, each stood above the form ("Not done: a reason is
 * required") and the field it was about was not marked (a membership type, a reason, a committee, a
 * term, a publication time).
 */
class RefusalsBesideTheirFieldsTest extends SiteTest {

  /** The text of the error beside a field ({@code <div class="error" id="field-error">}), or fails. */
  private static String beside(HttpResponse<String> r, String field) {
    String body = r.body();
    int at = body.indexOf("id=\"" + field + "-error\"");
    assertThat(at).as(field + " has an error beside it").isPositive();
    return body.substring(at, body.indexOf("</div>", at));
  }

  private static String applicationId(HttpResponse<String> r) {
    return r.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
  }

  @Test
  void anUnknownMembershipTypeIsRefusedBesideTheTypeField() throws Exception {
    HttpClient c = visitor();
    String page = get(c, "/join", "es").body();
    HttpResponse<String> r = post(c, "/join", "es", Map.of("givenNames", "Ana", "familyName", "Lima", "email",
        "ana.type@example.org", "country", "BR", "type", "no-such-type", "token", hidden(page, "token"),
        "_csrf", hidden(page, "_csrf")));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(beside(r, "type")).contains("no-such-type");
    assertThat(r.body()).doesNotContain("id=\"refusals\"");
  }

  @Test
  void anOfficerAskingForInformationWithoutAReasonIsToldBesideTheReason() throws Exception {
    HttpClient v = visitor();
    String join = get(v, "/join", "en").body();
    HttpResponse<String> applied = post(v, "/join", "en", Map.of("givenNames", "Ana", "familyName", "Reason",
        "email", "ana.reason@example.org", "country", "BR", "type", "regular", "token", hidden(join, "token"),
        "_csrf", hidden(join, "_csrf")));
    assertThat(applied.statusCode()).isEqualTo(302);
    String id = applicationId(applied);
    HttpClient officer = signIn(visitor(), "officer");
    String page = get(officer, "/officer/applications/" + id, "en").body();
    assertThat(post(officer, "/officer/applications/" + id, "en", Map.of("action", "start-review", "version",
        hidden(page, "version"), "_csrf", hidden(page, "_csrf"))).statusCode()).isEqualTo(302);
    page = get(officer, "/officer/applications/" + id, "en").body();
    HttpResponse<String> r = post(officer, "/officer/applications/" + id, "en", Map.of("action",
        "request-information", "version", hidden(page, "version"), "reason", "", "_csrf", hidden(page, "_csrf")));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(beside(r, "reason")).contains("a reason is required");
    assertThat(r.body()).doesNotContain("id=\"refusals\"");
  }

  @Test
  void aVolunteerFormNamingNoSuchCommitteeIsRefusedBesideTheCommittees() throws Exception {
    HttpClient member = signIn(visitor(), "member");
    String page = get(member, "/volunteer", "en").body();
    HttpResponse<String> r = post(member, "/volunteer", "en", Map.of("preferences", "no-such-committee", "statement",
        "Glad to serve", "token", hidden(page, "token"), "_csrf", hidden(page, "_csrf")));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(beside(r, "preferences")).contains("there is no committee no-such-committee");
    assertThat(r.body()).doesNotContain("id=\"refusals\"");
  }

  @Test
  void anAppointmentToNoSuchCommitteeOrForATermTheRoleDoesNotAllowIsRefusedBesideThatField() throws Exception {
    HttpClient member = signIn(visitor(), "member");
    String form = get(member, "/volunteer", "en").body();
    HttpResponse<String> sent = post(member, "/volunteer", "en", Map.of("preferences", "membership", "statement",
        "Glad to serve", "token", hidden(form, "token"), "_csrf", hidden(form, "_csrf")));
    assertThat(sent.statusCode()).isEqualTo(302);
    String id = applicationId(sent);
    HttpClient chair = signIn(visitor(), "chair");
    String csrf = hidden(get(chair, "/appointments", "en").body(), "_csrf");
    HttpResponse<String> committee = post(chair, "/appointments/" + id, "en", Map.of("committee", "no-such-committee",
        "role", "MEMBER", "termYears", "1", "version", "1", "_csrf", csrf));
    assertThat(committee.statusCode()).isEqualTo(200);
    assertThat(beside(committee, "committee")).contains("there is no committee no-such-committee");
    HttpResponse<String> term = post(chair, "/appointments/" + id, "en", Map.of("committee", "membership",
        "role", "MEMBER", "termYears", "7", "version", "1", "_csrf", csrf));
    assertThat(term.statusCode()).isEqualTo(200);
    assertThat(beside(term, "termYears")).contains("a term of 7 years is not allowed for this role (allowed: 1, 2)");
    // the term limit is about the member's years on the committee, not one field: it stays above the forms
    String above = term.body().substring(term.body().indexOf("id=\"refusals\""));
    assertThat(above.substring(0, above.indexOf("</div>"))).contains("this would exceed 4 consecutive years")
        .doesNotContain("a term of 7 years");
  }

  @Test
  void aPublicationTimeInThePastIsRefusedBesideThePublicationTime() throws Exception {
    HttpClient writer = signIn(visitor(), "writer");
    HttpClient editor = signIn(visitor(), "editor");
    HttpResponse<String> written = post(writer, "/write", "en", Map.of("title", "Yesterday", "body", "Late.",
        "language", "en", "token", PublicController.token(), "_csrf", hidden(get(writer, "/write", "en").body(), "_csrf")));
    assertThat(written.statusCode()).isEqualTo(302);
    String id = applicationId(written);
    for (String action : List.of("start-review", "approve")) {
      String page = get(editor, "/editor/posts/" + id, "en").body();
      assertThat(post(editor, "/editor/posts/" + id, "en", Map.of("action", action, "version", hidden(page, "version"),
          "_csrf", hidden(page, "_csrf"))).statusCode()).isEqualTo(302);
    }
    String page = get(editor, "/editor/posts/" + id, "en").body();
    HttpResponse<String> r = post(editor, "/editor/posts/" + id, "en", Map.of("action", "schedule", "version",
        hidden(page, "version"), "publishAt", "2020-01-01T10:00", "_csrf", hidden(page, "_csrf")));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(beside(r, "publishAt")).contains("the publication time must lie ahead");
    assertThat(r.body()).doesNotContain("id=\"refusals\"");
  }
}
