package org.irrt.workflow.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.irrt.workflow.membership.ApplicationFixtures.applicant;
import static org.irrt.workflow.membership.ApplicationFixtures.member;

import java.util.Locale;
import org.irrt.model.common.EmailAddress;
import org.irrt.model.common.InvalidValueException;
import org.irrt.model.member.Member;
import org.irrt.model.membership.MembershipTypeId;
import org.irrt.workflow.Actor;
import org.irrt.workflow.Outcome;
import org.irrt.workflow.Request;
import org.irrt.workflow.Workflow;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 item 4: the fingerprint of a keyed command hashed its {@code toString()}, which masks
 * personal data, so a retry whose e-mail differed was answered as a replay and the new e-mail was
 * silently dropped. Now the fingerprint covers the command's full content, and a key reused with
 * other content is refused.
 */
class RetryWithOtherContentTest {
  private final ApplicationFixtures f = new ApplicationFixtures();
  private final Member ana = member("ana", "Ana", "García");
  private final Actor anaActor = applicant(ana);

  @Test
  void aRetryWhoseEmailDiffersIsRefusedAsAKeyReusedWithOtherContent() {
    String id = MembershipApplicationWorkflow.applicationId("form-1");
    var create = new ApplicationCommand.Create(ana, MembershipTypeId.of("intl"), "form-1");
    Member other = ana.withEmail(EmailAddress.of("ana.garcia@example.net"));
    var retry = new ApplicationCommand.Create(other, MembershipTypeId.of("intl"), "form-1");
    assertThat(retry.toString()).isEqualTo(create.toString()); // toString masks the e-mail: it cannot tell them apart
    assertThat(Workflow.fingerprint(retry)).isNotEqualTo(Workflow.fingerprint(create));

    assertThat(f.engine.issue(id, Request.of(create, anaActor).withIdempotencyKey("form-1")))
        .isInstanceOf(Outcome.Accepted.class);
    var answer = f.engine.issue(id, Request.of(retry, anaActor).withIdempotencyKey("form-1"));
    assertThat(answer).isInstanceOf(Outcome.Refused.class);
    assertThat(((Outcome.Refused<MembershipApplication, ApplicationEvent>) answer).reasons())
        .singleElement().satisfies(reason -> {
          assertThat(reason.rule()).isEqualTo("idempotencyKey");
          assertThat(reason.message(Locale.ENGLISH)).isEqualTo(
              "this request id (a form's token) was already used for another request, with other content or by another person");
          assertThat(reason.toString()).doesNotContain("example");
        });
    assertThat(f.engine.history(id)).hasSize(1);
    assertThat(f.engine.load(id).applicant().orElseThrow().email()).isEqualTo(ana.email());
    var same = f.engine.issue(id, Request.of(new ApplicationCommand.Create(member("ana", "Ana", "García"),
        MembershipTypeId.of("intl"), "form-1"), anaActor).withIdempotencyKey("form-1"));
    assertThat(same).isInstanceOfSatisfying(Outcome.Accepted.class, a -> assertThat(a.replayed()).isTrue());
  }

  @Test
  void keysAreCheckedForLengthAndCharacters() {
    Request<ApplicationCommand> r = Request.of(new ApplicationCommand.Submit(), anaActor);
    for (String bad : new String[] {"", "x".repeat(Request.MAX_KEY + 1), "a b", "tab\there", "new\nline", "nul\u0000",
        "café", "\u202Eevil"}) {
      assertThatThrownBy(() -> r.withIdempotencyKey(bad)).isInstanceOfSatisfying(InvalidValueException.class,
          e -> assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("idempotencyKey");
            assertThat(v.message(Locale.ENGLISH)).isEqualTo(
                "a request id, such as a form's token, is 1 to 200 characters: ASCII letters, digits and - _ . : ~ + / = @");
          }));
    }
    for (String good : new String[] {"x".repeat(Request.MAX_KEY), "3f2b8c1e-6a4d-4f7e-9b2a-0c5d1e8f7a6b",
        "Zm9vYmFy+/=", "form:2026-03-02T15:00Z", "mail@host.example", "a_b.c~d"}) {
      assertThat(r.withIdempotencyKey(good).idempotencyKey()).contains(good);
    }
  }
}
