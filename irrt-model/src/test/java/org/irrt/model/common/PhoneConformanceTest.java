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

  private static final com.google.i18n.phonenumbers.PhoneNumberUtil UTIL =
      com.google.i18n.phonenumbers.PhoneNumberUtil.getInstance();

  private static boolean accepts(String e164) {
    try {
      PhoneNumber.of(e164);
      return true;
    } catch (InvalidValueException e) {
      return false;
    }
  }

  /** Whether libphonenumber itself reads the text as a valid number in the region. */
  private static boolean libphonenumberValid(String text, String region) {
    try {
      return UTIL.isValidNumber(UTIL.parse(text, region));
    } catch (com.google.i18n.phonenumbers.NumberParseException e) {
      return false;
    }
  }

  /**
   * The README's negative cases: an example number with its last digit dropped, or with {@code
   * 12345} appended. libphonenumber decides, not a rule of ours: where a numbering plan has numbers
   * of several lengths (Austria, Germany, Finland and Åland, Bulgaria...) the shorter or longer
   * number is still valid, and {@link PhoneNumber} accepts it exactly when libphonenumber does.
   */
  @Test
  void aNumberADigitShortOrFiveDigitsLongIsRefusedUnlessLibphonenumberStillCallsItValid() throws Exception {
    List<String> lines = Files.readAllLines(TestData.require("phone/libphonenumber-example-numbers.csv"));
    List<String> shortAccepted = new ArrayList<>();
    List<String> longAccepted = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String e164 = line.split(",", -1)[5];
      for (String changed : List.of(e164.substring(0, e164.length() - 1), e164 + "12345")) {
        boolean accepted = accepts(changed);
        assertThat(accepted).as(changed).isEqualTo(libphonenumberValid(changed, "ZZ"));
        if (accepted) {
          (changed.length() < e164.length() ? shortAccepted : longAccepted).add(line.substring(0, line.indexOf(',')));
        }
      }
    }
    assertThat(lines).hasSize(1145);
    assertThat(shortAccepted).hasSize(72);
    assertThat(longAccepted).containsExactly("DE", "DE", "DE");
  }

  /**
   * The README's national forms, each checked on its own: the national number alone, and the
   * national prefix and the number, parsed in the row's region, give the row's E.164. Skipped: the
   * 12 non-geographic rows ({@code 001}) and the 4 rows of Ascension ({@code AC}) and Tristan da Cunha
   * ({@code TA}), which are libphonenumber regions but not ISO 3166-1 codes, so no {@link
   * CountryCode}. Every listed exception is libphonenumber's own verdict.
   */
  @Test
  void nationalFormsWithAndWithoutThePrefixGiveTheSameE164ButTheListedOnes() throws Exception {
    List<String> lines = Files.readAllLines(TestData.require("phone/libphonenumber-example-numbers.csv"));
    List<String> wrong = new ArrayList<>();
    int national = 0;
    int prefixed = 0;
    int skipped = 0;
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      if (!CountryCode.isValid(f[0])) {
        skipped++;
        continue;
      }
      List<String> forms = f[4].isEmpty() ? List.of(f[3]) : List.of(f[3], f[4] + f[3]);
      for (String form : forms) {
        if (form.equals(f[3])) {
          national++;
        } else {
          prefixed++;
        }
        String got;
        try {
          got = PhoneNumber.parse(form, CountryCode.of(f[0])).e164();
        } catch (InvalidValueException e) {
          assertThat(libphonenumberValid(form, f[0])).as(form).isFalse();
          got = e.violations().get(0).code().replace("org.irrt.model.PhoneNumber.", "");
        }
        if (!got.equals(f[5])) {
          wrong.add(f[0] + " " + f[2] + " " + form + ": " + got);
        }
      }
    }
    assertThat(skipped).isEqualTo(16);
    assertThat(national).isEqualTo(1128);
    assertThat(prefixed).isEqualTo(721);
    assertThat(wrong).containsExactly(
        // Benin moved to ten-digit numbers (2024); libphonenumber no longer reads the old eight digits.
        "BJ voip 85751234: invalid", "BJ uan 81123456: invalid",
        // Colombian mobiles are dialled without the trunk prefix 0.
        "CO mobile 03211234567: invalid",
        // In Israel 019 and 015 start international calls through a carrier (libphonenumber's IL
        // international prefix 0(?:0|1[2-9])), so "0" + a 19xx or 15xx number is no national form.
        "IL premiumRate 01919123456: invalid", "IL uan 01599123456: country", "IL voicemail 015112340000: invalid",
        // Zimbabwe's plan changed since the data's metadata (9.0.36): libphonenumber refuses both forms.
        "ZW fixedLine 1312345: invalid", "ZW fixedLine 01312345: invalid");
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
