package org.irrt.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.irrt.model.common.Money;
import org.irrt.model.pledge.CampaignProgress;
import org.irrt.model.pledge.Donor;
import org.irrt.model.pledge.Frequency;
import org.irrt.model.pledge.Pledge;
import org.irrt.model.pledge.PledgeId;
import org.irrt.workflow.Organisation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * Faults a second breaker found with values at the edges of what a form takes: a post scheduled in the
 * year 999,999,999 (which {@code LocalDateTime.parse} reads) made its editor's page a server error for
 * good (the time overflowed when shown); a pledge far over the goal drew an empty pledged bar (the
 * bar's width overflowed an int); installments from 121 to 600 were recorded although the form says
 * 1 to 120; and any address {@code /campaign?pledged=...} said a pledge of that text was recorded.
 */
class OutOfRangeFormValuesTest extends SiteTest {
  @Autowired
  SiteData data;

  @Autowired
  StateWords words;

  @Autowired
  MessageSource messages;

  @Autowired
  Organisation organisation;

  @Autowired
  Clock clock;

  @Autowired
  org.irrt.workflow.WorkflowEngine<org.irrt.workflow.contribution.BlogPost, org.irrt.workflow.contribution.PostCommand,
      org.irrt.workflow.contribution.PostEvent> posts;

  /** A post the writer wrote and the editor approved; returns its id. */
  private String approvedPost(HttpClient writer, HttpClient editor) throws Exception {
    String csrf = hidden(get(writer, "/write", "en").body(), "_csrf");
    HttpResponse<String> r = post(writer, "/write", "en", Map.of("title", "Far ahead", "body", "Soon.", "language", "en",
        "token", PublicController.token(), "_csrf", csrf));
    assertThat(r.statusCode()).isEqualTo(302);
    String id = r.headers().firstValue("Location").orElseThrow().replaceAll(".*/write/", "");
    for (String action : List.of("start-review", "approve")) {
      String page = get(editor, "/editor/posts/" + id, "en").body();
      assertThat(post(editor, "/editor/posts/" + id, "en", Map.of("action", action, "version", hidden(page, "version"),
          "_csrf", hidden(page, "_csrf"))).statusCode()).isEqualTo(302);
    }
    return id;
  }

  @Test
  void aPublicationTimeWhoseYearIsNotFourDigitsIsRefusedAtItsFieldAndThePostsPageStillShows() throws Exception {
    HttpClient writer = signIn(visitor(), "writer");
    HttpClient editor = signIn(visitor(), "editor");
    String id = approvedPost(writer, editor);
    for (String at : List.of("+999999999-12-31T23:59", "+10000-01-01T10:00", "-0001-01-01T10:00")) {
      String page = get(editor, "/editor/posts/" + id, "de").body();
      HttpResponse<String> r = post(editor, "/editor/posts/" + id, "de", Map.of("action", "schedule", "version",
          hidden(page, "version"), "publishAt", at, "_csrf", hidden(page, "_csrf")));
      assertThat(r.statusCode()).as(at).isEqualTo(200);
      assertThat(r.body()).as(at).contains("id=\"publishAt-error\"")
          .contains("muss Datum und Uhrzeit in der Form JJJJ-MM-TTThh:mm:ss sein (America/Chicago)");
    }
    HttpResponse<String> shown = get(editor, "/editor/posts/" + id, "en");
    assertThat(shown.statusCode()).isEqualTo(200);
    assertThat(shown.body()).contains("</html>");
    String page = shown.body();
    assertThat(post(editor, "/editor/posts/" + id, "en", Map.of("action", "schedule", "version", hidden(page, "version"),
        "publishAt", "9999-12-31T23:59", "_csrf", hidden(page, "_csrf"))).statusCode())
        .as("the last four-digit year is a time").isEqualTo(302);
    HttpResponse<String> scheduled = get(editor, "/editor/posts/" + id, "en");
    assertThat(scheduled.statusCode()).isEqualTo(200);
    assertThat(scheduled.body()).contains("Dec 31, 9999").contains("</html>");
  }

  /**
   * The library takes a schedule in the year 999,999,999 (another host on the same database, or this
   * site before it refused such a year, may have stored one): the editor's page shows it in ISO 8601
   * (UTC), where it was a server error (the time is beyond what a date formatter takes).
   */
  @Test
  void aStoredScheduleBeyondWhatADateFormatterTakesIsShownNotAServerError() throws Exception {
    HttpClient writer = signIn(visitor(), "writer");
    HttpClient editor = signIn(visitor(), "editor");
    String id = approvedPost(writer, editor);
    var scheduled = posts.issue(id, org.irrt.workflow.Request.<org.irrt.workflow.contribution.PostCommand>of(
        new org.irrt.workflow.contribution.PostCommand.Schedule(java.time.LocalDateTime.parse("+999999999-12-31T23:59"),
            organisation.zone()), org.irrt.workflow.Actor.of("editor", org.irrt.workflow.Role.EDITOR)));
    assertThat(scheduled).isInstanceOf(org.irrt.workflow.Outcome.Accepted.class);
    HttpResponse<String> page = get(editor, "/editor/posts/" + id, "en");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains(">+1000000000-01-01T05:59:00Z</time>").contains("</html>");
  }

  @Test
  void aPledgeFarOverTheGoalFillsThePledgedBarOfTheChart() {
    var campaign = data.campaign();
    LocalDate today = LocalDate.now(clock.withZone(organisation.zone()));
    Pledge huge = Pledge.builder().id(PledgeId.of("pl-huge")).campaign(campaign.id()).donor(Donor.outside("Big Giver"))
        .total(Money.of(new BigDecimal("9999999999999999.99"), campaign.goal().currency())).installmentCount(1)
        .frequency(Frequency.monthly()).startDate(today).build();
    String chart = SiteData.chart(CampaignProgress.of(campaign, List.of(huge), clock.instant(), organisation.zone()),
        words, messages, Locale.ENGLISH);
    assertThat(chart).contains("<rect class=\"pledged\" x=\"10\" y=\"10\" width=\"600\"")
        .contains("<rect class=\"received\" x=\"10\" y=\"10\" width=\"0\"");
  }

  @Test
  void installmentsBeyondTheFormsHundredAndTwentyAreRefusedAtTheirField() throws Exception {
    HttpClient fundraiser = signIn(visitor(), "fundraiser");
    for (String n : List.of("121", "600")) {
      String page = get(fundraiser, "/campaign", "fr").body();
      HttpResponse<String> r = post(fundraiser, "/campaign/pledges", "fr", Map.of("donor", "Ana Lima", "amount", "1000",
          "installments", n, "startDate", LocalDate.now(clock.withZone(organisation.zone())).toString(),
          "token", hidden(page, "token"), "_csrf", hidden(page, "_csrf")));
      assertThat(r.statusCode()).as(n).isEqualTo(200);
      String body = r.body();
      int error = body.indexOf("id=\"installments-error\"");
      assertThat(error).as(n).isPositive();
      assertThat(body.substring(error, body.indexOf("</div>", error))).contains("doit être un nombre entier de 1 à 120");
    }
  }

  /** "0,001" on an English form was recorded as a pledge of $1.00 (the comma read as a thousands separator). */
  @Test
  void anAmountWithAGroupingSeparatorAfterALeadingZeroIsRefusedAtTheAmount() throws Exception {
    HttpClient fundraiser = signIn(visitor(), "fundraiser");
    String page = get(fundraiser, "/campaign", "en").body();
    HttpResponse<String> r = post(fundraiser, "/campaign/pledges", "en", Map.of("donor", "Ana Lima", "amount", "0,001",
        "installments", "1", "startDate", LocalDate.now(clock.withZone(organisation.zone())).toString(),
        "token", hidden(page, "token"), "_csrf", hidden(page, "_csrf")));
    assertThat(r.statusCode()).isEqualTo(200);
    String body = r.body();
    int error = body.indexOf("id=\"amount-error\"");
    assertThat(error).isPositive();
    assertThat(body.substring(error, body.indexOf("</div>", error))).contains("is not an amount written in the expected form");
  }

  @Test
  void aCampaignAddressNamingNoRecordedPledgeSaysNothingWasRecorded() throws Exception {
    HttpResponse<String> r = get(visitor(), "/campaign?pledged=" + enc("pl-0 - wire the rest to IBAN XX00"), "en");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).doesNotContain("id=\"pledged\"").doesNotContain("Pledge recorded");
    assertThat(get(visitor(), "/campaign?pledged=pl-demo-1", "en").body())
        .contains("<p role=\"status\" id=\"pledged\">Pledge recorded: pl-demo-1.</p>");
  }
}
