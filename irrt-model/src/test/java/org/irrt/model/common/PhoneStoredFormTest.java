package org.irrt.model.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link PhoneNumber#of} reads the stored E.164 form digit by digit instead of through
 * libphonenumber's parser: it must accept exactly what the parser accepts and keep the same number.
 */
class PhoneStoredFormTest {
  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  private static final long SEED = 0x1227_2026L;

  /** Every example number (valid and invalid) libphonenumber holds, of every region and type. */
  private static List<String> examples() {
    List<String> all = new ArrayList<>();
    for (String region : UTIL.getSupportedRegions()) {
      for (PhoneNumberType type : PhoneNumberType.values()) {
        Phonenumber.PhoneNumber n = UTIL.getExampleNumberForType(region, type);
        if (n != null) {
          all.add(UTIL.format(n, PhoneNumberFormat.E164));
        }
      }
      Phonenumber.PhoneNumber invalid = UTIL.getInvalidExampleNumber(region);
      if (invalid != null) {
        all.add(UTIL.format(invalid, PhoneNumberFormat.E164));
      }
    }
    for (int code : UTIL.getSupportedGlobalNetworkCallingCodes()) {
      Phonenumber.PhoneNumber n = UTIL.getExampleNumberForNonGeoEntity(code);
      if (n != null) {
        all.add(UTIL.format(n, PhoneNumberFormat.E164));
      }
    }
    return all;
  }

  @Test
  void readsEveryExampleNumberAsTheParserDoes() throws Exception {
    List<String> examples = examples();
    assertThat(examples).hasSizeGreaterThan(1500);
    int read = 0;
    for (String e164 : examples) {
      Phonenumber.PhoneNumber parsed = UTIL.parse(e164, "ZZ");
      Phonenumber.PhoneNumber canonical = PhoneNumber.canonical(e164);
      assertThat(canonical).as(e164).isNotNull();
      assertThat(UTIL.format(canonical, PhoneNumberFormat.E164)).isEqualTo(e164);
      assertThat(canonical.getCountryCode()).as(e164).isEqualTo(parsed.getCountryCode());
      assertThat(canonical.getNationalNumber()).as(e164).isEqualTo(parsed.getNationalNumber());
      assertThat(UTIL.getNationalSignificantNumber(canonical)).as(e164)
          .isEqualTo(UTIL.getNationalSignificantNumber(parsed));
      assertThat(UTIL.isValidNumber(canonical)).as(e164).isEqualTo(UTIL.isValidNumber(parsed));
      assertThat(accepted(e164)).as(e164).isEqualTo(parser(e164));
      if (UTIL.isValidNumber(parsed)) {
        PhoneNumber stored = PhoneNumber.of(e164);
        assertThat(stored.national()).as(e164).isEqualTo(UTIL.format(parsed, PhoneNumberFormat.NATIONAL));
        assertThat(stored.international()).as(e164).isEqualTo(UTIL.format(parsed, PhoneNumberFormat.INTERNATIONAL));
        assertThat(stored.regionCode()).as(e164).isEqualTo(UTIL.getRegionCodeForNumber(parsed));
      }
      read++;
    }
    assertThat(read).isEqualTo(examples.size());
  }

  @Test
  void agreesWithTheParserOnRandomDigits() {
    qt().withFixedSeed(SEED).withExamples(20_000)
        .forAll(integers().between(1, 999), integers().between(1, 17), longs().between(0, 99_999_999_999_999_999L))
        .asWithPrecursor((code, digits, n) -> "+" + code + String.format("%0" + digits + "d", n % (long) Math.pow(10, digits)))
        .checkAssert((code, digits, n, text) -> {
          assertThat(accepted(text)).as(text).isEqualTo(parser(text));
          Phonenumber.PhoneNumber canonical = PhoneNumber.canonical(text);
          if (canonical != null) {
            assertThat(UTIL.format(canonical, PhoneNumberFormat.E164)).isEqualTo(text);
          }
        });
  }

  @Test
  void readsLongNumbersAndLeavesNationalPrefixesToTheParser() throws Exception {
    // German numbers may have national numbers of up to 15 digits: longer than E.164's 15 in all.
    PhoneNumber berlin = PhoneNumber.of("+4930123456789012");
    assertThat(berlin.e164()).isEqualTo("+4930123456789012");
    assertThat(berlin.national()).isEqualTo("030 123456789012");
    assertThat(berlin.regionCode()).isEqualTo("DE");
    assertThat(PhoneNumber.parse("030 123456789012", CountryCode.of("DE"))).isEqualTo(berlin);
    // Belarus: the parser takes the 8 of 810 for the national prefix, and the rest is no number.
    assertThat(accepted("+3758102478605")).isEqualTo(parser("+3758102478605"))
        .isEqualTo("org.irrt.model.PhoneNumber.invalid");
    for (String variant : new String[] {"+3758102478600", "+375810247860", "+78001234567", "+4401234567890"}) {
      assertThat(accepted(variant)).as(variant).isEqualTo(parser(variant));
    }
  }

  /**
   * A region's descriptions as one automaton say what they say one by one: a number is valid when
   * the general description allows its length and pattern and so does a type. Where a pattern
   * allows a length its description does not list (the general pattern below takes 7 to 10 digits,
   * its lengths only 10), the length decides.
   */
  @Test
  void theProductOfARegionsDescriptionsDecidesAsTheDescriptionsDo() {
    var metadata = new com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata().setId("XX")
        .setGeneralDesc(desc("\\d{7,10}", 10))
        .setMobile(desc("3\\d{6}(?:\\d{3})?", 7, 10))
        .setFixedLine(desc("[2-8]\\d{9}", 10))
        .setTollFree(desc("", 10)).setPremiumRate(desc("")).setSharedCost(desc("")).setVoip(desc(""))
        .setPersonalNumber(desc("")).setPager(desc("")).setUan(desc("")).setVoicemail(desc(""));
    for (boolean oneByOne : new boolean[] {false, true}) {
      assertThat(PhoneNumber.regionMatches(metadata, "3001234567", oneByOne)).isTrue(); // mobile, 10 digits
      assertThat(PhoneNumber.regionMatches(metadata, "5001234567", oneByOne)).isTrue(); // fixed line
      assertThat(PhoneNumber.regionMatches(metadata, "3001234", oneByOne)).isFalse(); // mobile's length, not the general one's
      assertThat(PhoneNumber.regionMatches(metadata, "9001234567", oneByOne)).isFalse(); // general only: no type
      assertThat(PhoneNumber.regionMatches(metadata, "30012345", oneByOne)).isFalse();
    }
    var source = com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider.getInstance()
        .getPhoneNumberMetadataSource();
    java.util.Random random = new java.util.Random(SEED);
    int compared = 0;
    for (String region : UTIL.getSupportedRegions()) {
      var regionMetadata = source.getMetadataForRegion(region);
      for (PhoneNumberType type : PhoneNumberType.values()) {
        Phonenumber.PhoneNumber n = UTIL.getExampleNumberForType(region, type);
        List<String> nationals = new ArrayList<>();
        if (n != null) {
          nationals.add(UTIL.getNationalSignificantNumber(n));
        }
        for (int i = 0; i < 5; i++) {
          nationals.add(Long.toString(Math.floorMod(random.nextLong(), 10_000_000_000L) + 1_000_000L));
        }
        for (String national : nationals) {
          assertThat(PhoneNumber.regionMatches(regionMetadata, national, false)).as("%s %s", region, national)
              .isEqualTo(PhoneNumber.regionMatches(regionMetadata, national, true));
          compared++;
        }
      }
    }
    assertThat(compared).isGreaterThan(5_000);
  }

  private static com.google.i18n.phonenumbers.Phonemetadata.PhoneNumberDesc desc(String pattern, int... lengths) {
    var desc = new com.google.i18n.phonenumbers.Phonemetadata.PhoneNumberDesc().setNationalNumberPattern(pattern);
    for (int length : lengths) {
      desc.addPossibleLength(length);
    }
    return desc;
  }

  @Test
  void refusesTextThatIsNotTheStoredForm() {
    assertThat(PhoneNumber.canonical("+1 415 555 2671")).isNull();
    assertThat(PhoneNumber.canonical("+014155552671")).isNull();
    assertThat(PhoneNumber.canonical("14155552671")).isNull();
    assertThat(PhoneNumber.canonical("+99912345")).isNull(); // 999 is no calling code
    assertThat(PhoneNumber.canonical("+1")).isNull();
    assertThat(PhoneNumber.canonical("+14155552671x12")).isNull();
    assertThat(PhoneNumber.canonical("+39 06 1234 5678")).isNull();
    assertThat(PhoneNumber.canonical("+390612345678").isItalianLeadingZero()).isTrue();
    for (String zeros : new String[] {"+390", "+3900", "+39000", "+39007", "+3900071"}) {
      assertThat(UTIL.format(PhoneNumber.canonical(zeros), PhoneNumberFormat.E164)).isEqualTo(zeros);
    }
    assertThat(PhoneNumber.of("+390612345678").national()).isEqualTo("06 1234 5678");
  }

  /** What {@link PhoneNumber#of} makes of a text: its E.164 form, or the rule that refused it. */
  private static String accepted(String text) {
    try {
      return PhoneNumber.of(text).e164();
    } catch (InvalidValueException e) {
      return e.violations().get(0).code();
    }
  }

  /** What libphonenumber's parser alone makes of it (the behaviour before the stored-form reading). */
  private static String parser(String text) {
    try {
      return PhoneNumber.parse(text, (CountryCode) null).e164();
    } catch (InvalidValueException e) {
      return e.violations().get(0).code();
    }
  }
}
