package org.irrt.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The library's counts take their language's CLDR plural forms: {@link Messages#render} formats with
 * ICU4J's {@code MessageFormat}, whose {@code {0, plural, ...}} says Arabic's six forms (zero, one,
 * two, few, many, other) and Russian's four (one, few, many, other), which the JDK's {@code choice}
 * cannot. Fault a newcomer's trial found: "بعد 2 مشكلة", "после 21 ошибок", and Arabic-Indic digits
 * in plain {@code ar}, where CLDR (and the command line) write Latin ones.
 */
class PluralFormsInMessagesTest {
  private static final Locale AR = Locale.forLanguageTag("ar");
  private static final Locale RU = Locale.forLanguageTag("ru");

  private static String stopped(int problems, Locale locale) {
    return Messages.render("org.irrt.model.json.tooManyProblems", locale, problems);
  }

  @Test
  void aReadingStoppedAfterSoManyProblemsCountsThemInArabicAndRussianForms() {
    assertThat(stopped(1, AR)).isEqualTo("توقفت القراءة بعد مشكلة واحدة؛ صحّحها وافحص مرة أخرى");
    assertThat(stopped(2, AR)).isEqualTo("توقفت القراءة بعد مشكلتين؛ صحّحها وافحص مرة أخرى");
    assertThat(stopped(3, AR)).isEqualTo("توقفت القراءة بعد 3 مشكلات؛ صحّحها وافحص مرة أخرى");
    assertThat(stopped(11, AR)).isEqualTo("توقفت القراءة بعد 11 مشكلةً؛ صحّحها وافحص مرة أخرى");
    assertThat(stopped(100, AR)).isEqualTo("توقفت القراءة بعد 100 مشكلة؛ صحّحها وافحص مرة أخرى");
    assertThat(stopped(1, RU)).isEqualTo("чтение остановлено после 1 ошибки; исправьте их и проверьте снова");
    assertThat(stopped(2, RU)).isEqualTo("чтение остановлено после 2 ошибок; исправьте их и проверьте снова");
    assertThat(stopped(5, RU)).isEqualTo("чтение остановлено после 5 ошибок; исправьте их и проверьте снова");
    assertThat(stopped(21, RU)).isEqualTo("чтение остановлено после 21 ошибки; исправьте их и проверьте снова");
    assertThat(stopped(200, Locale.forLanguageTag("ar-EG"))).contains("بعد ٢٠٠ مشكلة؛");
  }

  @Test
  void aTextsLimitWhichHibernateValidatorFillsInIsSaidWithoutACountedNoun() {
    // {max} is filled in as a plain number, so Arabic and Russian name the count, not the characters
    assertThat(org.irrt.model.common.TextRules.check("c", "x".repeat(12), 11, true).orElseThrow().message(AR))
        .isEqualTo("يجب ألا يزيد عدد حروفه على 11");
    assertThat(org.irrt.model.common.TextRules.check("c", "x".repeat(22), 21, true).orElseThrow().message(RU))
        .isEqualTo("число символов должно быть не более 21");
  }

  @Test
  void aWebAddressesLimitCountsItsCharacters() {
    assertThat(Messages.render("org.irrt.model.WebUrl.tooLong", AR, 2000)).isEqualTo("يجب ألا يزيد طوله على 2,000 حرف");
    assertThat(Messages.render("org.irrt.model.WebUrl.tooLong", AR, 11)).isEqualTo("يجب ألا يزيد طوله على 11 حرفًا");
    assertThat(Messages.render("org.irrt.model.WebUrl.tooLong", RU, 2001)).isEqualTo("должно содержать не более 2\u00A0001 символа");
    assertThat(Messages.render("org.irrt.model.WebUrl.tooLong", Locale.ENGLISH, 2000))
        .isEqualTo("must be at most 2000 characters long");
  }
}
