package org.irrt.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.irrt.jackson2.IrrtJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line in the seven languages IFLA works in: its own lines, counts in each language's
 * plural forms, numbers and dates as the locale writes them (Arabic-Indic digits where CLDR gives
 * them), {@code --help}, usage errors, and the library's messages beside them.
 */
class SevenLanguagesTest {
  @TempDir
  Path dir;

  private Path valid() throws IOException {
    return Files.writeString(dir.resolve("irrt.json"), IrrtJson.write(IrrtData.irrt()));
  }

  private Path blankAcronym() throws IOException {
    return Files.writeString(dir.resolve("blank.json"), IrrtJson.write(IrrtData.irrt())
        .replace("\"acronym\": \"IRRT\"", "\"acronym\": \"\""));
  }

  @Test
  void validateCountsInEachLanguagesPluralForms() throws IOException {
    Path file = valid();
    assertThat(IrrtCommandTest.run("--lang=ru", "validate", file.toString()).out()).isEqualTo(file
        + ": корректный круглый стол «International Relations Round Table» (9 комитетов, 4 инициативы, 6 групп ссылок,"
        + " 20 ссылок)\n");
    assertThat(IrrtCommandTest.run("--lang=de", "validate", file.toString()).out()).isEqualTo(file
        + ": gültiger Round Table „International Relations Round Table“ (9 Ausschüsse, 4 Initiativen, 6 Linkgruppen,"
        + " 20 Links)\n");
    assertThat(IrrtCommandTest.run("--lang=zh", "validate", file.toString()).out()).isEqualTo(file
        + "：有效的圆桌会“International Relations Round Table”（9 个委员会、4 项计划、6 个链接组、20 个链接）\n");
  }

  @Test
  void arabicWritesArabicIndicDigitsWhereCldrGivesThem() throws IOException {
    Path file = valid();
    // ar-EG: Arabic-Indic digits; 9, 4 and 6 take the "few" form, 20 the "many" form.
    assertThat(IrrtCommandTest.run("--lang=ar-EG", "validate", file.toString()).out()).isEqualTo(file
        + ": مائدة مستديرة صالحة «International Relations Round Table» (٩ لجان، ٤ مبادرات، ٦ مجموعات روابط، ٢٠ رابطًا)\n");
    // ar without a region: CLDR's default numbering for Arabic is Latin digits.
    assertThat(IrrtCommandTest.run("--lang=ar", "validate", file.toString()).out())
        .contains("(9 لجان، 4 مبادرات، 6 مجموعات روابط، 20 رابطًا)");
    IrrtCommandTest.Run tour = IrrtCommandTest.run("--lang=ar-EG", "tour");
    assertThat(tour.out()).contains("تأسست في يناير ١٩٤٩ بقرار من ALA Council باسم Round Table on Library Service Abroad")
        .contains("من ١٩٤٩ إلى ١٩٥٦").contains("\nالأهداف\n-------\n");
  }

  @Test
  void theLibrarysMessagesSpeakTheSameLanguage() throws IOException {
    Path file = blankAcronym();
    IrrtCommandTest.Run german = IrrtCommandTest.run("--lang=de-CH", "validate", file.toString());
    assertThat(german.status()).isEqualTo(1);
    assertThat(german.err()).isEmpty();
    assertThat(german.out()).isEqualTo(file + ": ungültig, 1 Problem\n  acronym: darf nicht leer sein\n");
    assertThat(IrrtCommandTest.run("--lang=ru", "validate", file.toString()).out())
        .isEqualTo(file + ": недействителен, 1 ошибка\n  acronym: не должно быть пустым\n");
    assertThat(IrrtCommandTest.run("--lang=zh", "validate", file.toString()).out())
        .isEqualTo(file + "：无效，1 个问题\n  acronym：不得为空白\n");
    assertThat(IrrtCommandTest.run("--lang=ar", "validate", file.toString()).out())
        .isEqualTo(file + ": غير صالح، مشكلة واحدة\n  acronym: يجب ألا يكون فارغًا\n");
  }

  @Test
  void tourDatesAndHeadingsFollowTheLanguage() {
    assertThat(IrrtCommandTest.run("--lang=de", "tour").out())
        .contains("Gegründet Januar 1949 durch den ALA Council als Round Table on Library Service Abroad (Name von 1949\n"
            + "bis 1956).")
        .contains("\nZweck\n-----\n").contains("  * Free Links Program [Fortbildungsprogramm, seit 2008]")
        .contains("    Sitze: Vorsitz 1; Mitglieder 2–4");
    assertThat(IrrtCommandTest.run("--lang=zh", "tour").out())
        .contains("成立于1949年1月，由ALA Council设立，原名Round Table on Library Service Abroad（1949–1956年间使用）。")
        .contains("\n宗旨\n----\n");
    assertThat(IrrtCommandTest.run("--lang=fr", "freelinks", "--language=es", "--on=2026-11-29").out())
        .startsWith("2 occasions\n");
  }

  @Test
  void helpAndUsageErrorsAreInTheLanguage() {
    IrrtCommandTest.Run help = IrrtCommandTest.run("--lang=zh", "validate", "--help");
    assertThat(help.status()).isZero();
    assertThat(help.out()).startsWith("用法：irrt validate [-hV] [--lang=TAG] FILE\n检查圆桌会的 JSON 文件，列出每个问题及其路径。\n")
        .contains("显示此帮助信息并退出。");
    IrrtCommandTest.Run usage = IrrtCommandTest.run("--lang=fr", "memberships", "--date=29/11/2026");
    assertThat(usage.status()).isEqualTo(2);
    assertThat(usage.err()).startsWith("Valeur invalide pour l’option «\u00A0--date\u00A0»\u00A0: «\u00A029/11/2026\u00A0» n’est pas une date\u00A0: "
        + "date attendue au format AAAA-MM-JJ, comme 2026-11-29\nUsage\u00A0: irrt memberships");
    IrrtCommandTest.Run missing = IrrtCommandTest.run("--lang=ru", "validate");
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).startsWith("Не указан обязательный аргумент: «FILE»\nИспользование: irrt validate");
    IrrtCommandTest.Run unknown = IrrtCommandTest.run("--lang=es", "frobnicate");
    assertThat(unknown.status()).isEqualTo(2);
    assertThat(unknown.err()).startsWith("Argumento desconocido: «frobnicate»\n");
  }

  @Test
  void aMissingFileIsReportedInTheLanguage() {
    IrrtCommandTest.Run r = IrrtCommandTest.run("--lang=de", "validate", dir.resolve("fehlt.json").toString());
    assertThat(r.status()).isEqualTo(3);
    assertThat(r.err()).isEqualTo(dir.resolve("fehlt.json") + ": kann nicht gelesen werden (Datei nicht vorhanden)\n");
  }
}
