package org.irrt.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.irrt.examples.IrrtCommandTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output for round-table staff: names rather than ids, statuses in words, rows left out said so with
 * their count, in the reader's language.
 */
class StaffOutputTest {
  @TempDir
  Path dir;

  private String sample() throws IOException {
    return new String(StaffOutputTest.class.getResourceAsStream(CampaignExample.SAMPLE).readAllBytes(), StandardCharsets.UTF_8);
  }

  @Test
  void theCampaignSaysHowManyCancelledPledgesItLeavesOutOfTheDonors() throws IOException {
    Run r = IrrtCommandTest.run("campaign", "--date=2026-11-29", "--chart=" + dir.resolve("c.svg"));
    assertThat(r.out()).contains("Goal $50,000.00; 6 donors (left out of the totals and the donors: 1 cancelled pledge)\n");
    Path none = Files.writeString(dir.resolve("none.json"), sample().replace("\"cancelledOn\": \"2026-05-02\"",
        "\"acknowledgedOn\": \"2026-05-02\""));
    assertThat(IrrtCommandTest.run("campaign", none.toString(), "--date=2026-11-29", "--chart=" + dir.resolve("d.svg")).out())
        .contains("Goal $50,000.00; 7 donors\n").doesNotContain("left out");
    Path two = Files.writeString(dir.resolve("two.json"), sample().replace("\"startDate\": \"2026-12-06\" }",
        "\"startDate\": \"2026-12-06\", \"cancelledOn\": \"2026-11-20\" }"));
    assertThat(IrrtCommandTest.run("campaign", two.toString(), "--date=2026-11-29", "--chart=" + dir.resolve("e.svg")).out())
        .contains("Goal $50,000.00; 5 donors (left out of the totals and the donors: 2 cancelled pledges)\n");
  }

  @Test
  void theCampaignSpeaksChineseAndRussian() {
    assertThat(IrrtCommandTest.run("--lang=zh", "campaign", "--date=2026-11-29", "--chart=" + dir.resolve("c.svg")).out())
        .contains("目标 US$50,000.00；6 位捐款人 (未计入总额和捐款人：1 项已取消的认捐)\n")
        .contains("  Δημήτρης Παπαδόπουλος (Dimitris Papadopoulos)：EUR\u00A0240.00，分 2 期，已取消；已收 EUR\u00A00.00\n");
    assertThat(IrrtCommandTest.run("--lang=ru", "campaign", "--date=2026-11-29", "--chart=" + dir.resolve("d.svg")).out())
        .contains("6 жертвователей (не учтено в суммах и жертвователях: 1 отменённое обещание)\n");
  }

  @Test
  void membershipsSpeakRussian() {
    Run r = IrrtCommandTest.run("--lang=ru", "memberships", "--date=2026-11-29");
    assertThat(r.out()).startsWith("Членство на 29 ноября 2026\u202fг. (время: Чикаго)\n")
        .contains("15.11.2025 14.11.2026 в льготном периоде  продление запрошено 10 ноября 2026\u202fг.\n")
        .contains("  - Adébáyọ̀ Ọláòṣebìkan <adebayo@ile-ikawe.example>, язык йоруба: 1 день льготного периода\n")
        .contains("  - Ana María García Márquez <ana.garcia@biblioteca.example>, язык испанский (Колумбия): за 30 дней до конца\n");
  }

  @Test
  void membershipsSayHowManyMembershipsWithoutAFeeTheDuesLeaveOut() throws IOException {
    String register = new String(StaffOutputTest.class.getResourceAsStream(MembershipExample.SAMPLE).readAllBytes(),
        StandardCharsets.UTF_8);
    Run sample = IrrtCommandTest.run("memberships", "--date=2026-11-29");
    assertThat(sample.out()).doesNotContain("left out");
    Path free = Files.writeString(dir.resolve("free.json"), register.replace("\"amount\": 35.00", "\"amount\": 0.00"));
    assertThat(IrrtCommandTest.run("memberships", free.toString(), "--date=2026-11-29").out())
        .contains("  BHD\u00A012.500\n  JPY\u00A05,000\n  NGN\u00A020,000.00\n  (left out: 2 memberships without a fee)\n");
  }

  @Test
  void theBlogTrailSpeaksFrench() {
    Run r = IrrtCommandTest.run("--lang=fr", "blog", "-o", dir.resolve("p.html").toString());
    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("Historique de «\u00A0Learning without travel funds: notes from a year of free tutorials\u00A0»"
            + " (heure : Chicago)\n")
        .contains("modifications demandées, par Grace Okafor  motif\u00A0: Please point readers to the Free Links Program.\n")
        .contains("billet publié, par le système  publié le ");
  }
}
