package org.irrt.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Counts in the command line's own messages take their language's CLDR plural forms, through
 * ICU4J's {@code MessageFormat} in {@link CliMessages#get} (the one place the examples format a
 * message): Arabic's six (zero, one, two, few, many, other), Russian's four (one, few, many, other).
 * Fault a newcomer's trial found: the reminders' heading wrote its days in one form ("بـ 30 و7 أيام",
 * "за 30 и 7 дней") whatever the numbers.
 */
class ArabicAndRussianPluralsTest {
  private static final CliMessages AR = CliMessages.of(Locale.forLanguageTag("ar"));
  private static final CliMessages RU = CliMessages.of(Locale.forLanguageTag("ru"));

  @Test
  void aFilesProblemsAreCountedInArabicsFormsAndRussiansForms() {
    assertThat(AR.get("file.invalid", "f.json", 1)).isEqualTo("f.json: غير صالح، مشكلة واحدة");
    assertThat(AR.get("file.invalid", "f.json", 2)).isEqualTo("f.json: غير صالح، مشكلتان");
    assertThat(AR.get("file.invalid", "f.json", 3)).isEqualTo("f.json: غير صالح، 3 مشكلات");
    assertThat(AR.get("file.invalid", "f.json", 11)).isEqualTo("f.json: غير صالح، 11 مشكلة");
    assertThat(AR.get("file.invalid", "f.json", 100)).isEqualTo("f.json: غير صالح، 100 مشكلة");
    assertThat(RU.get("file.invalid", "f.json", 1)).isEqualTo("f.json: недействителен, 1 ошибка");
    assertThat(RU.get("file.invalid", "f.json", 2)).isEqualTo("f.json: недействителен, 2 ошибки");
    assertThat(RU.get("file.invalid", "f.json", 5)).isEqualTo("f.json: недействителен, 5 ошибок");
    assertThat(RU.get("file.invalid", "f.json", 21)).isEqualTo("f.json: недействителен, 21 ошибка");
  }

  @Test
  void theRemindersDaysAgreeWithTheirLastNumber() {
    String[] arabic = {"1 يوم", "2 يوم", "3 أيام", "11 يومًا", "100 يوم"};
    int[] arabicDays = {1, 2, 3, 11, 100};
    for (int i = 0; i < arabicDays.length; i++) {
      assertThat(AR.get("memberships.reminders", 30, arabicDays[i], 1, arabicDays[i])).as("ar %d", arabicDays[i])
          .isEqualTo("تذكيرات التجديد المستحقة اليوم (قبل النهاية بـ 30 و" + arabic[i]
              + "؛ وبعد بدء فترة السماح بـ 1 و" + arabic[i] + "):");
    }
    String[] russian = {"1 день", "2 дня", "5 дней", "21 день"};
    int[] russianDays = {1, 2, 5, 21};
    for (int i = 0; i < russianDays.length; i++) {
      assertThat(RU.get("memberships.reminders", 30, russianDays[i], 1, russianDays[i])).as("ru %d", russianDays[i])
          .isEqualTo("Напоминания о продлении на сегодня (за 30 и " + russian[i] + " до конца; через 1 и " + russian[i]
              + " льготного периода):");
    }
  }

  @Test
  void aTermRulesYearsAgreeWithTheLastNumberOfItsList() {
    // the tour's "1 or 2 years": Russian's noun agrees with the nearest number
    assertThat(RU.get("tour.termYears", "1 или 2", 2)).isEqualTo("1 или 2 года");
    assertThat(RU.get("tour.termYears", "1 или 5", 5)).isEqualTo("1 или 5 лет");
    assertThat(IrrtCommandTest.run("--lang=ru", "tour").out()).contains(" 1 или 2 года");
  }
}
