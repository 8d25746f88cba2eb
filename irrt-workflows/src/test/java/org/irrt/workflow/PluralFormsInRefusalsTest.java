package org.irrt.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A refusal's counts take their language's CLDR plural forms: refusals are ICU4J {@code
 * MessageFormat}s ({@code {0, plural, ...}}), since the JDK's {@code choice} cannot say Arabic's six
 * forms (zero, one, two, few, many, other) nor Russian's four (one, few, many, other). Fault a
 * newcomer's trial found: "مدة 11 سنوات", "срок (лет: 5)", "after 1 year(s) off".
 */
class PluralFormsInRefusalsTest {
  private static final Locale AR = Locale.forLanguageTag("ar");
  private static final Locale RU = Locale.forLanguageTag("ru");

  private static String term(int years, Locale locale) {
    return new Refusal("termLength", "org.irrt.workflow.committee.termLength", years, "2").message(locale);
  }

  private static String consecutive(int years, int off, Locale locale) {
    return new Refusal("consecutiveYears", "org.irrt.workflow.committee.consecutiveYears", years, off).message(locale);
  }

  @Test
  void aTermsYearsTakeArabicsAndRussiansForms() {
    assertThat(term(1, AR)).isEqualTo("مدة سنة واحدة غير مسموح بها لهذا الدور (المسموح: 2)");
    assertThat(term(2, AR)).isEqualTo("مدة سنتين غير مسموح بها لهذا الدور (المسموح: 2)");
    assertThat(term(3, AR)).isEqualTo("مدة 3 سنوات غير مسموح بها لهذا الدور (المسموح: 2)");
    assertThat(term(11, AR)).isEqualTo("مدة 11 سنةً غير مسموح بها لهذا الدور (المسموح: 2)");
    assertThat(term(100, AR)).isEqualTo("مدة 100 سنة غير مسموح بها لهذا الدور (المسموح: 2)");
    assertThat(term(1, RU)).isEqualTo("срок в 1 год для этой роли не допускается (допустимо: 2)");
    assertThat(term(2, RU)).isEqualTo("срок в 2 года для этой роли не допускается (допустимо: 2)");
    assertThat(term(5, RU)).isEqualTo("срок в 5 лет для этой роли не допускается (допустимо: 2)");
    assertThat(term(21, RU)).isEqualTo("срок в 21 год для этой роли не допускается (допустимо: 2)");
    assertThat(term(0, Locale.ENGLISH)).isEqualTo("a term of 0 years is not allowed for this role (allowed: 2)");
    assertThat(term(1, Locale.ENGLISH)).isEqualTo("a term of 1 year is not allowed for this role (allowed: 2)");
  }

  @Test
  void theYearsOffTakeTheirFormsInEveryLanguageThatHasThem() {
    assertThat(consecutive(4, 1, Locale.ENGLISH))
        .isEqualTo("this would exceed 4 consecutive years on the committee; a person may return after 1 year off");
    assertThat(consecutive(6, 2, Locale.ENGLISH))
        .isEqualTo("this would exceed 6 consecutive years on the committee; a person may return after 2 years off");
    assertThat(consecutive(4, 1, Locale.GERMAN)).isEqualTo("damit würden 4 aufeinanderfolgende Jahre im Ausschuss"
        + " überschritten; eine Rückkehr ist nach 1 Jahr Pause möglich");
    assertThat(consecutive(11, 2, AR)).isEqualTo("سيتجاوز هذا 11 سنةً متتالية في اللجنة؛ يمكن العودة بعد انقطاع مدته سنتين");
    assertThat(consecutive(3, 100, AR)).isEqualTo("سيتجاوز هذا 3 سنوات متتالية في اللجنة؛ يمكن العودة بعد انقطاع مدته 100 سنة");
    assertThat(consecutive(5, 21, RU)).isEqualTo("это превысит 5 лет подряд в комитете; вернуться можно после перерыва в 21 год");
    assertThat(consecutive(2, 1, RU)).isEqualTo("это превысит 2 года подряд в комитете; вернуться можно после перерыва в 1 год");
  }

  @Test
  void aFormsTokenIsARequestIdOfItsCountedCharacters() {
    String reason = new Refusal("idempotencyKey", "org.irrt.workflow.keyInvalid", 200).message(AR);
    assertThat(reason).isEqualTo("رمز الإرسال، مثل رمز الاستمارة، من حرف واحد إلى 200 حرف: حروف ASCII وأرقام و - _ . : ~ + / = @");
    assertThat(new Refusal("idempotencyKey", "org.irrt.workflow.keyInvalid", 21).message(RU))
        .startsWith("идентификатор запроса, например токен формы, содержит от 1 до 21 символа:");
    assertThat(new Refusal("idempotencyKey", "org.irrt.workflow.keyInvalid", 11).message(AR)).contains("من حرف واحد إلى 11 حرفًا:");
  }
}
