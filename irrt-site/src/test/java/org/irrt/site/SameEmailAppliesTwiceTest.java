package org.irrt.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A newcomer's trial: each join form makes a new member id, so the library's one-open-application
 * rule never applied and the same person appeared twice as "Wei Zhang / submitted".
 */
class SameEmailAppliesTwiceTest extends SiteTest {

  private HttpResponse<String> apply(String given, String email, String language) throws Exception {
    HttpClient c = visitor();
    String page = get(c, "/join", language).body();
    return post(c, "/join", language, Map.of("givenNames", given, "familyName", "Zhang", "email", email,
        "country", "CN", "type", "regular", "token", hidden(page, "token"), "_csrf", hidden(page, "_csrf")));
  }

  @Test
  void aSecondApplicationWithTheSameEmailAddressIsRefusedBesideTheFieldWithoutSayingWhose() throws Exception {
    assertThat(apply("Wei", "wei.zhang@example.org", "en").statusCode()).isEqualTo(302);

    HttpResponse<String> again = apply("W.", "wei.zhang@EXAMPLE.ORG", "en");
    assertThat(again.statusCode()).isEqualTo(200);
    String body = again.body();
    int error = body.indexOf("id=\"email-error\"");
    assertThat(error).isGreaterThan(body.indexOf("id=\"email\""));
    assertThat(body.substring(error, body.indexOf("</div>", error)))
        .contains("an application with this e-mail address is already open");
    assertThat(body).doesNotContain("Wei", "/join/app-");
    assertThat(apply("W.", "wei.zhang@example.org", "fr").body())
        .contains("une demande avec cette adresse électronique est déjà ouverte");
  }

  @Test
  void theOfficersListShowsEachApplicationsEmailAddressAndWhenItWasSubmitted() throws Exception {
    assertThat(apply("Lan", "lan.zhang@example.org", "en").statusCode()).isEqualTo(302);
    String list = get(signIn(visitor(), "officer"), "/officer/applications", "en").body();
    assertThat(list).containsPattern("<td dir=\"ltr\">lan\\.zhang@example\\.org</td>\\s*<td><time datetime=\"\\d{4}-"
        + "[^\"]+\">[A-Z][a-z]{2} \\d{1,2}, \\d{4}, [^<]+ C[SD]T</time></td>\\s*<td>submitted</td>");
  }
}
