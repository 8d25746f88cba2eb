package org.irrt.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.irrt.examples.IrrtCommandTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression: under {@code --lang=fr}, {@code ar} and {@code ar-EG} the campaign chart was English,
 * amounts, percentages and the memberships' days kept Latin digits and English separators, command
 * names printed as Java types, the system actor as {@code system}, French lines missed agreement,
 * elision and typography, and {@code --help} split the database's default and French elisions.
 * Amounts, percentages and days now go through ICU4J's CLDR data ({@link CliMessages}), as the README
 * promises: "as the locale writes them, in its digits".
 */
class TextNotInTheReadersLanguageTest {
  @TempDir
  Path dir;

  @Test
  void theFrenchCampaignWritesAmountsAndPercentagesTheFrenchWay() throws IOException {
    Path chart = dir.resolve("fr.svg");
    Run r = IrrtCommandTest.run("--lang=fr", "campaign", "--date=2026-11-29", "--chart=" + chart);
    assertThat(r.status()).isZero();
    assertThat(r.out())
        .contains("Objectif 50\u202F000,00\u00A0$US\u202F; 6 donateurs (exclues des totaux et des donateurs\u00A0: 1 promesse annulée)\n")
        .contains("BHD             100,000\u00A0BHD          0,000\u00A0BHD        100,000\u00A0BHD          0,000\u00A0BHD\n")
        .contains("\u202F; 18,5\u00A0% de l’objectif promis en USD et autres devises\u202F; 14,4\u00A0% en USD seul\n")
        .contains("  Priya Raghunathan\u00A0: 6\u202F000,00\u00A0USD en 12 versements, en cours\u202F; reçu 5\u202F000,00\u00A0USD\n")
        .contains("(in memoriam Luis Fernando Restrepo)").contains("(en hommage à Mrs. Ọláòṣebìkan)")
        .doesNotContain("18.5%").doesNotContain("600.00 EUR").doesNotContain("6000.00 USD");
    assertThat(Files.readString(chart))
        .contains("xml:lang=\"fr\"").doesNotContain("direction=")
        .contains("aria-label=\"Avancement vers l’objectif\"")
        .contains(">Avancement vers 50\u202F000,00\u00A0$US au 29 novembre 2026</text>")
        .contains(">■ reçu 5\u202F984,50\u00A0$US</text>").contains(">■ promis 9\u202F233,25\u00A0$US</text>")
        .contains(">Autres devises converties aux taux fournis\u202F; jamais additionnées sans eux.</text>")
        .doesNotContain("Progress").doesNotContain("received").doesNotContain("2026-11-29");
  }

  @Test
  void theEgyptianArabicCampaignWritesArabicIndicDigitsAndARightToLeftChart() throws IOException {
    Path chart = dir.resolve("ar.svg");
    Run r = IrrtCommandTest.run("--lang=ar-EG", "campaign", "--date=2026-11-29", "--chart=" + chart);
    assertThat(r.out())
        .contains("BHD             \u200F١٠٠٫٠٠٠\u00A0BHD          \u200F٠٫٠٠٠\u00A0BHD        \u200F١٠٠٫٠٠٠\u00A0BHD          \u200F٠٫٠٠٠\u00A0BHD\n")
        .contains("المتعهَّد به \u200F٩٬٢٣٣٫٢٥\u00A0US$، والمستلَم \u200F٥٬٩٨٤٫٥٠\u00A0US$؛ ١٨٫٥٪\u061C من الهدف")
        .contains("  山田太郎 (Yamada Taro): \u200F١٢٠٬٠٠٠\u00A0JPY على ٤ دفعات، جارٍ؛ المستلَم \u200F٩٠٬٠٠٠\u00A0JPY\n")
        .doesNotContain("18.5%").doesNotContain("100.000 BHD").doesNotContain("120000");
    assertThat(Files.readString(chart))
        .contains("xml:lang=\"ar-EG\" direction=\"rtl\"").contains("aria-label=\"التقدم نحو الهدف\"")
        .contains("<text x=\"680.0\" y=\"54\" font-size=\"13\" fill=\"#555\">التقدم نحو \u200F٥٠٬٠٠٠٫٠٠\u00A0US$ في ٢٩ نوفمبر ٢٠٢٦</text>")
        .contains(">■ المستلَم \u200F٥٬٩٨٤٫٥٠\u00A0US$</text>")
        // the bars grow from the right: 118.2 of 640 pixels pledged end at 680
        .contains("<rect x=\"561.8\" y=\"70\" width=\"118.2\"");
    assertThat(Files.readString(chart)).doesNotContainPattern("[0-9],[0-9]");
  }

  @Test
  void membershipsWriteDuesAndDaysThroughTheLocale() {
    assertThat(IrrtCommandTest.run("--lang=fr", "memberships", "--date=2026-11-29").out())
        .contains("International (euro)           30/12/2025 29/12/2026 en cours\n")
        .endsWith("  12,500\u00A0BHD\n  70,00\u00A0EUR\n  5\u202F000\u00A0JPY\n  20\u202F000,00\u00A0NGN\n")
        .doesNotContain("EUR 70.00").doesNotContain("2025-12-30");
    assertThat(IrrtCommandTest.run("--lang=ar-EG", "memberships", "--date=2026-11-29").out())
        .contains("International (euro)           ٣٠\u200F/١٢\u200F/٢٠٢٥ ٢٩\u200F/١٢\u200F/٢٠٢٦ سارية\n")
        .endsWith("  \u200F١٢٫٥٠٠\u00A0BHD\n  \u200F٧٠٫٠٠\u00A0EUR\n  \u200F٥٬٠٠٠\u00A0JPY\n  \u200F٢٠٬٠٠٠٫٠٠\u00A0NGN\n")
        .doesNotContainPattern("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  }

  @Test
  void workflowsNameCommandsAndTheSystemInWordsAndFrenchAgrees() {
    Run fr = IrrtCommandTest.run("--lang=fr", "workflows");
    assertThat(fr.out())
        .contains("  1 sept. 2026, 09:00  Ana María García Márquez\u00A0: créer form-7f3a → accepté\u202F; désormais brouillon\n")
        .contains("  2 sept. 2026, 11:00  Min-jun Lee\u00A0: commencer l’examen form-7f3a → accepté\u202F;")
        .contains("Demande form-44d0, déposée par Adébáyọ̀ Ọláòṣebìkan\u00A0: rejetée\n")
        .contains("Demande form-7f3a, déposée par Ana María García Márquez\u00A0: active\u202F; membre du 5 septembre 2026")
        .contains("adhésion activée, par le système\n")
        .contains("  «\u00A0Biblioteca Pública Piloto, Medellín.\u00A0»\n")
        .doesNotContain(" de Ana").doesNotContain("Create ").doesNotContain("StartReview").doesNotContain("RecordPayment")
        .doesNotContain("par system");
    assertThat(IrrtCommandTest.run("--lang=ar-EG", "workflows").out())
        .contains("فُعّلت العضوية، بواسطة النظام\n").doesNotContain("system").doesNotContain("RequestInformation");
  }

  @Test
  void frenchUsageErrorsQuoteWithGuillemets() {
    assertThat(IrrtCommandTest.run("--lang=fr", "frobnicate").err())
        .startsWith("Argument inconnu\u00A0: «\u00A0frobnicate\u00A0»\n");
  }

  @Test
  void helpNeverSplitsTheDatabasesDefaultNorAFrenchElision() {
    for (String lang : CliMessages.LANGUAGES) {
      String help = IrrtCommandTest.run("--lang=" + lang, "campaign", "--help").out();
      // the tests' default database is IRRT_DB, a system property the pom sets; a user's is the H2 file
      String url = System.getProperty("IRRT_DB", System.getenv().getOrDefault("IRRT_DB", ExampleDatabase.DEFAULT_URL));
      assertThat(Arrays.stream(help.split("\n")).filter(l -> l.contains(url.substring(0, 9))))
          .as(lang).anySatisfy(l -> assertThat(l).contains(url));
    }
    String fr = IrrtCommandTest.run("--lang=fr", "--help").out() + IrrtCommandTest.run("--lang=fr", "campaign", "--help").out();
    assertThat(fr).contains("l\u02BCavancement").doesNotContainPattern("[’\u02BC]\n").doesNotContainPattern("\n *[:;]");
  }
}
