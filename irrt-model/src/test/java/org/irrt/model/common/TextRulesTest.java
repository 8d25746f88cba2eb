package org.irrt.model.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The rules of {@link ValidText} outside value types: each rule fires, with its path and message. */
class TextRulesTest {
  private static String message(String text, int max, boolean multiline) {
    return TextRules.check("comment", text, max, multiline).map(v -> v.path() + ": " + v.message(Locale.ENGLISH))
        .orElse("valid");
  }

  @Test
  void eachRuleFiresWithItsPathAndMessage() {
    assertThat(message("Fine, 山田 👍🏽 مرحبا", 20, false)).isEqualTo("valid");
    assertThat(message("two\nlines\r\n\ttabbed", 40, true)).isEqualTo("valid");
    assertThat(message("two\nlines", 40, false)).isEqualTo("comment: must not contain control characters");
    assertThat(message("a\u001b[2Jb", 40, true)).isEqualTo("comment: must not contain control characters");
    assertThat(message("Resources \u202Egpj.exe", 40, true)).startsWith("comment: ").doesNotContain("valid\n");
    assertThat(TextRules.check("c", "Resources \u202Egpj.exe", 40, true).orElseThrow().code())
        .isEqualTo("org.irrt.model.ValidText.bidi");
    assertThat(message("x".repeat(41), 40, true)).isEqualTo("comment: must be at most 40 characters long");
    assertThat(TextRules.check("c", " \u200B ", 40, true).orElseThrow().code()).isEqualTo("org.irrt.model.ValidText.blank");
    assertThat(TextRules.check("c", "a\uD800", 40, true).orElseThrow().code()).isEqualTo("org.irrt.model.ValidText.surrogate");
    assertThat(TextRules.check("c", "a\uE000", 40, true).orElseThrow().code())
        .isEqualTo("org.irrt.model.ValidText.invalidCharacter");
    assertThat(message(null, 40, true)).isEqualTo("comment: is required");
  }

  @Test
  void requireThrowsNamingThePathAndReturnsValidText() {
    assertThat(TextRules.require("Request", "comment", "ok", 10, false)).isEqualTo("ok");
    assertThatThrownBy(() -> TextRules.require("Request", "comment", "x".repeat(11), 10, false))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
            .extracting(Violation::path).containsExactly("comment"));
  }

  @Test
  void idsAreLowerCaseWordsJoinedBySingleHyphensOfAtMost64Characters() {
    for (String ok : new String[] {"a", "a-b", "ab-12-c", "0", "x".repeat(64)}) {
      assertThat(org.irrt.model.link.LinkId.of(ok).value()).isEqualTo(ok);
    }
    for (String bad : new String[] {"", "-a", "a-", "a--b", "A", "\u00e9", "a_b", "a b", "--", "a-b-", "x".repeat(65)}) {
      assertThat(org.irrt.model.testing.Violations.of(() -> org.irrt.model.link.LinkId.of(bad)))
          .as(bad).containsExactly(" org.irrt.model.Id.invalid");
    }
  }

  @Test
  void aRefusedBuildReadsAsTheLibrarysPublicExceptionInLogs() {
    Throwable refused = org.assertj.core.api.Assertions.catchThrowable(
        () -> org.irrt.model.testing.Samples.link("a").withTitle(" "));
    assertThat(refused).isInstanceOf(InvalidValueException.class);
    assertThat(refused.toString()).startsWith("org.irrt.model.common.InvalidValueException: Invalid Link (1 violation):");
  }
}
