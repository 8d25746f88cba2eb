package org.irrt.model.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.irrt.model.testing.TestData;
import org.irrt.model.testing.Violations;
import org.junit.jupiter.api.Test;

/** {@link PhoneNumber} against libphonenumber's own example numbers ({@code phone/}). */
class PhoneConformanceTest {
  @Test
  void acceptsEveryExampleNumberInNationalAndInternationalFormAndStoresE164() throws Exception {
    List<String> lines = Files.readAllLines(TestData.require("phone/libphonenumber-example-numbers.csv"));
    List<String> refused = new ArrayList<>();
    int checked = 0;
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      String region = f[0];
      String national = f[3];
      String prefix = f[4];
      String e164 = f[5];
      try {
        PhoneNumber international = PhoneNumber.of(e164);
        assertThat(international.e164()).isEqualTo(e164);
        if (CountryCode.isValid(region)) {
          PhoneNumber local;
          try {
            local = PhoneNumber.parse(prefix + national, CountryCode.of(region));
          } catch (InvalidValueException withPrefix) {
            // Some types (Colombian mobiles) are dialled without the national prefix.
            local = PhoneNumber.parse(national, CountryCode.of(region));
          }
          assertThat(local.e164()).as(line).isEqualTo(e164);
        }
        checked++;
      } catch (InvalidValueException e) {
        refused.add(line);
      }
    }
    assertThat(checked).isGreaterThan(1000);
    // The data was extracted from metadata 9.0.36; the pinned libphonenumber is newer. A number it
    // refuses must be one whose region and type now have another example number: the numbering plan
    // changed, not our parsing.
    var util = com.google.i18n.phonenumbers.PhoneNumberUtil.getInstance();
    for (String line : refused) {
      String[] f = line.split(",", -1);
      var type = com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType.valueOf(
          f[2].replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT));
      var current = util.getExampleNumberForType(f[0], type);
      assertThat(current == null ? "none" : util.format(current, com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat.E164))
          .as(line).isNotEqualTo(f[5]);
    }
    assertThat(refused).hasSizeLessThan(10);
  }

  @Test
  void formatsForDisplayAndHidesTheNumber() {
    PhoneNumber n = PhoneNumber.parse("(0803) 123 4567", CountryCode.of("NG"));
    assertThat(n.e164()).isEqualTo("+2348031234567");
    assertThat(n.international()).isEqualTo("+234 803 123 4567");
    assertThat(n.regionCode()).isEqualTo("NG");
    assertThat(n).hasToString("PhoneNumber[***]");
  }

  @Test
  void refusesWhatIsNotANumber() {
    assertThat(Violations.of(() -> PhoneNumber.parse("call me", CountryCode.of("US"))))
        .containsExactly(" org.irrt.model.PhoneNumber.format");
    assertThat(Violations.of(() -> PhoneNumber.parse("123", CountryCode.of("US"))))
        .containsExactly(" org.irrt.model.PhoneNumber.invalid");
    assertThat(Violations.of(() -> PhoneNumber.of("8031234567")))
        .containsExactly(" org.irrt.model.PhoneNumber.country");
    assertThat(Violations.of(() -> PhoneNumber.of(""))).containsExactly(" org.irrt.model.PhoneNumber.required");
    assertThat(Violations.of(() -> PhoneNumber.of("   "))).containsExactly(" org.irrt.model.PhoneNumber.required");
    // no number is longer than 64 characters: such text is no number, not a missing one
    assertThat(Violations.of(() -> PhoneNumber.of("+" + "1".repeat(64))))
        .containsExactly(" org.irrt.model.PhoneNumber.format");
    // spaces around a number are ignored, as libphonenumber ignores them, however many
    assertThat(PhoneNumber.of("+14155552671" + " ".repeat(60)).e164()).isEqualTo("+14155552671");
  }
}
