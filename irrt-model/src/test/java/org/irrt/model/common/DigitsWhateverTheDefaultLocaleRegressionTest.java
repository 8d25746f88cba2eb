package org.irrt.model.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import org.irrt.model.membership.MemberPrivacy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Text that is data (a partial date's ISO-8601 form, which is also its JSON; an erased member's
 * pseudonym, which is an id) is written with ASCII digits whatever the JVM's default locale. {@code
 * String.format("%04d", ...)} writes the default locale's digits: in a host running in Egypt, Iran
 * or Bangladesh a round table's founding month was written {@code "١٩٤٩-٠١"}, which no reader takes
 * back, and an erasure made a pseudonym of Arabic-Indic digits.
 */
class DigitsWhateverTheDefaultLocaleRegressionTest {

  @ParameterizedTest
  @ValueSource(strings = {"ar-EG", "fa-IR", "bn-BD", "mr-IN", "th-TH-u-nu-thai"})
  void aPartialDateAndAPseudonymAreWrittenInAsciiDigitsAndReadBack(String tag) {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag(tag));
      assertThat(PartialDate.of(YearMonth.of(1949, 1)).toString()).isEqualTo("1949-01");
      assertThat(PartialDate.of(LocalDate.of(1950, 6, 5)).toString()).isEqualTo("1950-06-05");
      assertThat(PartialDate.parse(PartialDate.of(YearMonth.of(1949, 1)).toString()))
          .isEqualTo(PartialDate.of(YearMonth.of(1949, 1)));
      assertThat(MemberPrivacy.newPseudonym().value()).matches("erased-[0-9]{25}");
    } finally {
      Locale.setDefault(saved);
    }
  }
}
