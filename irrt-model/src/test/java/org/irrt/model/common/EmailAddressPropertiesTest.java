package org.irrt.model.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * {@link EmailAddress#of}'s one-pass shortcut decides exactly as every rule in turn does ({@link
 * EmailAddress#checked}): the same address kept, or the same rule reported, for addresses near every
 * limit and rule (dots, hyphens, label and part lengths, digit-only last labels, capitals, non-ASCII
 * letters, atext and characters outside it).
 */
class EmailAddressPropertiesTest {
  private static final long SEED = 20261129L;

  /** Characters that matter to some rule, each likely enough to meet the others. */
  private static final String PARTS = "aaaaazZ0099..--@@_+!#{~\"[] \u00e9\u00c9\u0301\u0627\u4e2d\u00a0\tA";

  /** Text of such characters, with runs of letters long enough to reach the length limits. */
  private static Gen<String> addressLike() {
    return in -> {
      StringBuilder sb = new StringBuilder();
      int pieces = (int) in.next(Constraint.between(0, 12));
      for (int p = 0; p < pieces; p++) {
        if (in.next(Constraint.between(0, 5)) == 0) {
          int run = (int) in.next(Constraint.between(1, 70));
          char c = "ab9Z".charAt((int) in.next(Constraint.between(0, 3)));
          sb.append(String.valueOf(c).repeat(run));
        } else {
          sb.append(PARTS.charAt((int) in.next(Constraint.between(0, PARTS.length() - 1))));
        }
      }
      return sb.toString();
    };
  }

  /** Plausible addresses: a local part, an @, dot-separated labels, each piece sometimes broken. */
  private static Gen<String> plausible() {
    return in -> {
      String[] locals = {"ana", "a.b", ".a", "a.", "a..b", "x+tag", "o'neil", "Ana", "a".repeat(64), "a".repeat(65), "é", ""};
      String[] labels = {"example", "org", "co", "123", "a-b", "-a", "a-", "B", "a".repeat(63), "a".repeat(64), "",
          "xn--bcher-kva", "1a", "b\u00fccher"};
      StringBuilder sb = new StringBuilder(locals[(int) in.next(Constraint.between(0, locals.length - 1))]);
      sb.append('@');
      int n = (int) in.next(Constraint.between(1, 5));
      for (int i = 0; i < n; i++) {
        if (i > 0) {
          sb.append('.');
        }
        sb.append(labels[(int) in.next(Constraint.between(0, labels.length - 1))]);
      }
      if (in.next(Constraint.between(0, 9)) == 0) {
        sb.append('.');
      }
      return sb.toString();
    };
  }

  @Test
  void theShortcutDecidesAsEveryRuleDoes() {
    qt().withFixedSeed(SEED).withExamples(40_000).forAll(addressLike()).checkAssert(text ->
        assertThat(outcome(() -> EmailAddress.of(text))).as(text).isEqualTo(outcome(() -> EmailAddress.checked(text))));
    qt().withFixedSeed(SEED).withExamples(40_000).forAll(plausible()).checkAssert(text ->
        assertThat(outcome(() -> EmailAddress.of(text))).as(text).isEqualTo(outcome(() -> EmailAddress.checked(text))));
  }

  @Test
  void theLimitsAreTheRulesLimits() {
    String local64 = "a".repeat(64);
    String label63 = "b".repeat(63);
    String domain253 = label63 + "." + label63 + "." + label63 + "." + "c".repeat(61);
    assertThat(domain253).hasSize(253);
    String domain252 = domain253.substring(1);
    assertThat(EmailAddress.of("a@" + domain252).value()).hasSize(254).isEqualTo("a@" + domain252);
    assertThat(outcome(() -> EmailAddress.of("a@" + domain253))).isEqualTo(List.of("org.irrt.model.EmailAddress.tooLong"));
    assertThat(outcome(() -> EmailAddress.of("a@" + domain253 + "c"))).isEqualTo(List.of("org.irrt.model.EmailAddress.domain"));
    assertThat(outcome(() -> EmailAddress.of(local64 + "@" + label63))).isEqualTo(local64 + "@" + label63);
    assertThat(outcome(() -> EmailAddress.of(local64 + "@" + label63 + "b"))).isEqualTo(List.of("org.irrt.model.EmailAddress.domain"));
    assertThat(EmailAddress.of(local64 + "@example.org").localPart()).isEqualTo(local64);
    assertThat(outcome(() -> EmailAddress.of(local64 + "a@example.org"))).isEqualTo(List.of("org.irrt.model.EmailAddress.localPartTooLong"));
    assertThat(outcome(() -> EmailAddress.of("a@example.123"))).isEqualTo(List.of("org.irrt.model.EmailAddress.domain"));
    assertThat(EmailAddress.of("a@123.example1").domain()).isEqualTo("123.example1");
    assertThat(EmailAddress.of("Ana.O'Neil+x@Example.ORG").value()).isEqualTo("Ana.O'Neil+x@example.org");
  }

  /** The address kept, or the message keys of the refusal. */
  private static Object outcome(java.util.function.Supplier<EmailAddress> of) {
    try {
      return of.get().value();
    } catch (InvalidValueException e) {
      return e.violations().stream().map(Violation::code).toList();
    }
  }
}
