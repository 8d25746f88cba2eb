package org.irrt.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.Map;
import org.irrt.model.common.EmailAddress;
import org.irrt.model.member.MemberId;
import org.irrt.spring.boot.IrrtErasure;
import org.irrt.workflow.DataSubject;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An applicant is erased (the starter's {@link IrrtErasure}) while the application is open. The
 * site's view of open addresses ({@link OpenApplicationEmails}) noticed an erasure only when it had
 * applied the erased event last, so it kept the address in memory and refused a new join form with
 * it until a restart, while a freshly started site accepted it.
 */
class ErasedApplicantsAddressTest extends SiteTest {
  @Autowired
  IrrtErasure erasure;
  @Autowired
  OpenApplicationEmails openEmails;

  private HttpResponse<String> apply(String given, String email) throws Exception {
    HttpClient c = visitor();
    String page = get(c, "/join", "en").body();
    return post(c, "/join", "en", Map.of("givenNames", given, "familyName", "Chen", "email", email,
        "country", "TW", "type", "regular", "token", hidden(page, "token"), "_csrf", hidden(page, "_csrf")));
  }

  /** The applicant's member id, from the application's page the form leads to (the site derives one from the other). */
  private static MemberId applicant(HttpResponse<String> created) {
    String location = created.headers().firstValue("Location").orElseThrow();
    String application = location.substring(location.indexOf("/join/app-") + "/join/app-".length());
    return MemberId.of("m-" + application);
  }

  @Test
  void anErasedApplicantsAddressMayApplyAgainAndTheSitesViewHoldsOnlyTheErasedForm() throws Exception {
    HttpResponse<String> first = apply("Mei", "mei.chen@example.org");
    assertThat(first.statusCode()).isEqualTo(302);
    // another application after it: the erased events are not the last the view applied
    assertThat(apply("Tao", "tao.chen@example.org").statusCode()).isEqualTo(302);
    EmailAddress address = EmailAddress.of("mei.chen@example.org");
    assertThat(openEmails.isOpen(address)).isTrue();
    assertThat(apply("M.", "mei.chen@example.org").statusCode()).isEqualTo(200); // refused while open

    MemberId pseudonym = erasure.erase(DataSubject.member(applicant(first))).orElseThrow();

    // before: true until a restart, the address kept in the site's memory
    assertThat(openEmails.isOpen(address)).isFalse();
    // the application is still open, in its erased form: the view applied the store's events again
    assertThat(openEmails.isOpen(EmailAddress.of(pseudonym.value() + "@erased.invalid"))).isTrue();
    assertThat(openEmails.isOpen(EmailAddress.of("tao.chen@example.org"))).isTrue();
    // before: 200, "an application with this e-mail address is already open"
    HttpResponse<String> again = apply("Mei", "mei.chen@example.org");
    assertThat(again.statusCode()).isEqualTo(302);
    assertThat(applicant(again)).isNotEqualTo(applicant(first));
    assertThat(openEmails.isOpen(address)).isTrue();
  }
}
