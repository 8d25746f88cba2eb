package org.irrt.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.irrt.examples.IrrtCommandTest.Run;
import org.junit.jupiter.api.Test;

/**
 * Fault a newcomer's trial found: the command line showed time zones as IANA IDs, "Memberships on
 * November 29, 2026 (America/Chicago)", in every language. Zones are now named as the reader's
 * language names them (CLDR's generic location format through ICU4J); the ID stays where staff
 * type one: the {@code --zone} option's default and example values.
 */
class ZonesInTheReadersWordsRegressionTest {
  @Test
  void theMembershipsTitleNamesTheZoneInTheReadersLanguage() {
    String[][] expected = {
        {"en", "Memberships on November 29, 2026 (Chicago Time)\n"},
        {"ar", "العضويات في 29 نوفمبر 2026 (توقيت شيكاغو)\n"},
        {"de", "Mitgliedschaften am 29. November 2026, Chicago (Ortszeit)\n"},
        {"es", "Afiliaciones el 29 de noviembre de 2026 (hora de Chicago)\n"},
        {"fr", "Adhésions au 29 novembre 2026 (heure : Chicago)\n"},
        {"ru", "Членство на 29 ноября 2026\u202Fг. (время: Чикаго)\n"},
        {"zh", "2026年11月29日的会员资格（芝加哥时间）\n"}};
    for (String[] e : expected) {
      Run r = IrrtCommandTest.run("--lang=" + e[0], "memberships", "--date=2026-11-29", "--zone=America/Chicago");
      assertThat(r.status()).as(e[0]).isZero();
      assertThat(r.out()).as(e[0]).startsWith(e[1]).doesNotContain("America/Chicago");
    }
  }

  @Test
  void aZoneIsItsCountryWhereItIsTheCountrysOnlyOneAndAnOffsetWhereItHasNoPlace() {
    CliMessages en = CliMessages.of(Locale.ENGLISH);
    Instant at = Instant.parse("2026-11-29T12:00:00Z");
    assertThat(en.zone(ZoneId.of("Europe/Paris"), at)).isEqualTo("France Time");
    assertThat(en.zone(ZoneId.of("Africa/Lagos"), at)).isEqualTo("Nigeria Time");
    assertThat(en.zone(ZoneId.of("UTC"), at)).isEqualTo("GMT+00:00");
    assertThat(CliMessages.of(Locale.forLanguageTag("ar-EG")).zone(ZoneId.of("Etc/GMT+5"), at)).isEqualTo("غرينتش-٠٥:٠٠");
    assertThat(IrrtCommandTest.run("--lang=es", "campaign", "--date=2026-11-29", "--zone=Asia/Tokyo").out())
        .contains(" el 29 de noviembre de 2026 (hora de Japón)\n");
  }

  @Test
  void theZoneStaysAnIdWhereStaffTypeIt() {
    assertThat(IrrtCommandTest.run("--lang=fr", "memberships", "--help").out()).contains("America/Chicago");
    Run wrong = IrrtCommandTest.run("memberships", "--zone=Chicago");
    assertThat(wrong.status()).isEqualTo(2);
    assertThat(wrong.err()).contains("expected a time-zone ID such as America/Chicago, Europe/Paris or UTC");
  }
}
