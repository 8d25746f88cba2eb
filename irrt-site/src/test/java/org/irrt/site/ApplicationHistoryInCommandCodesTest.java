package org.irrt.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A newcomer's trial: an application's history read {@code create by m-8bf4d14c…}, {@code approve by
 * officer}, {@code activate by system} with "(version 5)", and an active application still offered
 * Start review, Request information, Approve and Reject.
 */
class ApplicationHistoryInCommandCodesTest extends SiteTest {

  /** Applies through the join form; returns the application's id. */
  String apply(String given, String family, String email) throws Exception {
    HttpClient c = visitor();
    String page = get(c, "/join", "en").body();
    HttpResponse<String> r = post(c, "/join", "en", Map.of("givenNames", given, "familyName", family, "email", email,
        "country", "CN", "type", "regular", "token", hidden(page, "token"), "_csrf", hidden(page, "_csrf")));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
    return r.headers().firstValue("Location").orElseThrow().replaceAll(".*/join/", "");
  }

  void decide(HttpClient officer, String id, String action) throws Exception {
    String page = get(officer, "/officer/applications/" + id, "en").body();
    HttpResponse<String> r = post(officer, "/officer/applications/" + id, "en", Map.of("action", action,
        "version", hidden(page, "version"), "_csrf", hidden(page, "_csrf")));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
  }

  @Test
  void theHistoryNamesEachStateReachedAndWhoByNameWithTheTimeInTheOrganisationsZone() throws Exception {
    String id = apply("Min-jun", "Lee", "min-jun.lee@example.org");
    HttpClient officer = signIn(visitor(), "officer");
    decide(officer, id, "start-review");
    decide(officer, id, "approve");

    String english = get(officer, "/officer/applications/" + id, "en").body();
    assertThat(english).contains("submitted, by Min-jun Lee</span>", "under review, by Membership officer</span>",
        "approved, by Membership officer</span>", "active, by the system</span>")
        .doesNotContain("create by", "by m-", "approve by officer", "(version ");
    assertThat(english).as("America/Chicago, named").containsPattern("<time datetime=\"[^\"]+Z\">[A-Z][a-z]{2} \\d{1,2}, "
        + "\\d{4}, \\d{1,2}:\\d{2}\u202F?[AP]M C[SD]T</time>");
    assertThat(get(officer, "/officer/applications/" + id, "fr").body()).contains("active, par le système</span>")
        .containsPattern("\\d{2}:\\d{2} UTC\u2212[56]</time>");
    assertThat(get(visitor(), "/join/" + id, "en").body()).as("the applicant's page shows the same history")
        .contains("approved, by Membership officer</span>");
  }

  @Test
  void anActiveApplicationOffersNoDecisionButSaysItIsDecided() throws Exception {
    String id = apply("Chidi", "Okeke", "chidi.okeke@example.org");
    HttpClient officer = signIn(visitor(), "officer");
    String submitted = get(officer, "/officer/applications/" + id, "en").body();
    assertThat(submitted).as("submitted: only the review can start").contains("id=\"start-review\"")
        .doesNotContain("id=\"approve\"", "id=\"reject\"", "id=\"request-information\"", "id=\"decided\"");
    decide(officer, id, "start-review");
    assertThat(get(officer, "/officer/applications/" + id, "en").body())
        .contains("id=\"request-information\"", "id=\"approve\"", "id=\"reject\"").doesNotContain("id=\"start-review\"");
    decide(officer, id, "approve");

    String active = get(officer, "/officer/applications/" + id, "en").body();
    assertThat(active).doesNotContain("id=\"start-review\"", "id=\"approve\"", "id=\"reject\"",
        "id=\"request-information\"", "id=\"reason\"")
        .contains("id=\"decided\">Nothing is left to decide here: this application is active.<");
  }
}
