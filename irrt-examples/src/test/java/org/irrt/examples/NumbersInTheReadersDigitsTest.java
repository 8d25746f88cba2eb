package org.irrt.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.irrt.model.common.InvalidValueException;
import org.irrt.model.common.PartialDate;
import org.junit.jupiter.api.Test;

/**
 * Fault a newcomer's trial found: numbers written into a message's text stayed Latin digits in
 * Arabic ("قبل النهاية بـ 30 و7 أيام", "السنوات من 1000 إلى 9999") beside the Arabic-Indic digits of
 * every other number; they are now arguments, written in the reader's digits.
 */
class NumbersInTheReadersDigitsTest {
  @Test
  void theRemindersHeadingWritesItsDaysInTheReadersDigits() {
    assertThat(IrrtCommandTest.run("--lang=ar-EG", "memberships", "--date=2026-11-29").out())
        .contains("\u0642\u0628\u0644 \u0627\u0644\u0646\u0647\u0627\u064a\u0629 \u0628\u0640 \u0663\u0660 \u0648\u0667");
    assertThat(IrrtCommandTest.run("memberships", "--date=2026-11-29").out())
        .contains("(30 and 7 days before the end; 1 and 14 days into grace)");
  }

  @Test
  void thePartialDatesYearsAreWrittenInTheReadersDigits() {
    InvalidValueException e = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidValueException.class,
        () -> PartialDate.parse("12345"));
    assertThat(e.violations().get(0).message(Locale.forLanguageTag("ar-EG"))).contains("\u0661\u0660\u0660\u0660")
        .doesNotContain("1000");
    assertThat(e.violations().get(0).message(Locale.ENGLISH)).endsWith("(years 1000 to 9999)");
  }
}
