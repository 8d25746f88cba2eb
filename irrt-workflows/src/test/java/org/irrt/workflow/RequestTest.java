package org.irrt.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.irrt.model.common.InvalidValueException;
import org.junit.jupiter.api.Test;

/** Comments are text like any other: checked, NFC, and never a bare NullPointerException. */
class RequestTest {
  private static final Actor ANA = Actor.of("ana", Role.APPLICANT);

  @Test
  void aCommentIsValidTextKeptInNfc() {
    Request<String> r = Request.of("SUBMIT", ANA).withComment("Cafe\u0301\nsecond line");
    assertThat(r.comment()).contains("Caf\u00e9\nsecond line");
  }

  @Test
  void aBadCommentIsRefusedWithItsPath() {
    for (String bad : new String[] {"\u001b[2J", "hidden \u202Eexe.txt", "x".repeat(Request.MAX_COMMENT + 1), null}) {
      assertThatThrownBy(() -> Request.of("SUBMIT", ANA).withComment(bad))
          .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
              .singleElement().satisfies(v -> {
                assertThat(v.path()).isEqualTo("comment");
                assertThat(v.message(Locale.ENGLISH)).isNotBlank();
              }));
    }
    assertThat(Request.of("SUBMIT", ANA).withComment("x".repeat(Request.MAX_COMMENT)).comment()).isPresent();
  }

  @Test
  void reasonsAreRequiredAndMustBeValidText() {
    assertThat(Refusal.ofReason("reasonGiven", "Not eligible: no library affiliation.\nSee the bylaws.")).isEmpty();
    for (String missing : new String[] {null, "", "  \n "}) {
      assertThat(Refusal.ofReason("reasonGiven", missing)).get().extracting(Refusal::code)
          .isEqualTo("org.irrt.workflow.reasonRequired");
    }
    for (String bad : new String[] {"a\u001b[2Jb", "see \u202Etxt.exe", "x".repeat(Refusal.MAX_REASON + 1)}) {
      assertThat(Refusal.ofReason("reasonGiven", bad)).get().satisfies(r -> assertThat(r.message(Locale.ENGLISH))
          .isEqualTo("a reason must be text of at most 4000 characters, without control characters or bidirectional overrides"));
    }
  }

  @Test
  void theSystemsIdIsReservedForTheSystem() {
    assertThatThrownBy(() -> Actor.of("system", Role.EDITOR)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the actor id 'system' is reserved for the system itself");
    assertThatThrownBy(() -> Actor.of("system", Role.SYSTEM, Role.ADMINISTRATOR))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Actor.of("system", Role.SYSTEM)).isEqualTo(Actor.SYSTEM);
    assertThat(Actor.of("payments", Role.SYSTEM).holdsAny(java.util.Set.of(Role.SYSTEM))).isTrue();
  }
}
