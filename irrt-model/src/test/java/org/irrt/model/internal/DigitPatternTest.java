package org.irrt.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DigitPatternTest {
  @Test
  void acceptsWhatTheRegexAcceptsOnSmallPatterns() {
    String[] patterns = {"[2-589]\\d{2,3}", "(?:1|23)?4", "1*2+", "(9)?\\d{1,}", "[\\d]{3}", "0{0}1", "(?:)1|2",
        "3(?:0[0-5]|1\\d|2[0-3]|5[01]|70)\\d{7}", "1??2"};
    Random random = new Random(7);
    for (String p : patterns) {
      DigitPattern automaton = DigitPattern.compile(p);
      assertThat(automaton).as(p).isNotNull();
      Pattern regex = Pattern.compile(p);
      for (int i = 0; i < 5_000; i++) {
        String text = randomDigits(random, random.nextInt(14));
        assertThat(automaton.matches(text)).as("%s on %s", p, text).isEqualTo(regex.matcher(text).matches());
      }
    }
    DigitPattern mobile = DigitPattern.compile("3(?:0[0-5]|1\\d|2[0-3]|5[01]|70)\\d{7}");
    assertThat(mobile.matches("3211234567")).isTrue();
    assertThat(mobile.matches("3241234567")).isFalse();
    assertThat(mobile.matches("321123456")).isFalse();
    assertThat(mobile.matches("321123456x")).isFalse();
    assertThat(mobile.matches("")).isFalse();
    assertThat(DigitPattern.compile("\\d*").matches("")).isTrue();
  }

  @Test
  void leavesWhatItDoesNotCoverToTheRegex() {
    for (String p : new String[] {"(?=1)1", "[^1]", "1++", "1*+", "a", "1.", "[a-c]", "(1", "1)", "1{2,1}", "1{", "\\w",
        "(?<n>1)", "[3-1]", "[]", "[0-]", "[1-3-5]",
        "1{2", "1{2,", "1{", "[1", "(?", "\\"}) {
      assertThat(DigitPattern.compile(p)).as(p).isNull();
    }
    // too many states for a table: left to the regex
    assertThat(DigitPattern.compile("(?:[01]\\d{0,20}){3}[2-9]\\d{20}")).isNull();
  }

  /**
   * Every national-number pattern of libphonenumber's metadata: each one compiles, and agrees with
   * {@code java.util.regex} on its example number, on strings the automaton generates, on mutations
   * of them and on random digits.
   */
  @Test
  void agreesWithTheRegexOnEveryPatternOfThePhoneMetadata() {
    var source = com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider.getInstance()
        .getPhoneNumberMetadataSource();
    PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    List<Phonemetadata.PhoneMetadata> all = new ArrayList<>();
    for (String region : util.getSupportedRegions()) {
      all.add(source.getMetadataForRegion(region));
    }
    for (int code : util.getSupportedGlobalNetworkCallingCodes()) {
      all.add(source.getMetadataForNonGeographicalRegion(code));
    }
    Set<Phonemetadata.PhoneNumberDesc> descs = new LinkedHashSet<>();
    for (Phonemetadata.PhoneMetadata m : all) {
      descs.addAll(List.of(m.getGeneralDesc(), m.getFixedLine(), m.getMobile(), m.getTollFree(), m.getPremiumRate(),
          m.getSharedCost(), m.getVoip(), m.getPersonalNumber(), m.getPager(), m.getUan(), m.getVoicemail()));
    }
    Random random = new Random(20261129);
    int patterns = 0;
    long compared = 0;
    List<String> uncompiled = new ArrayList<>();
    for (Phonemetadata.PhoneNumberDesc desc : descs) {
      String text = desc.getNationalNumberPattern();
      if (text.isEmpty()) {
        continue;
      }
      patterns++;
      DigitPattern automaton = DigitPattern.compile(text);
      if (automaton == null) {
        uncompiled.add(text);
        continue;
      }
      Pattern regex = Pattern.compile(text);
      List<String> inputs = new ArrayList<>();
      if (desc.hasExampleNumber()) {
        inputs.add(desc.getExampleNumber());
      }
      for (int i = 0; i < 30; i++) {
        String sample = automaton.sample(random, 17);
        if (sample != null) {
          inputs.add(sample);
          inputs.add(mutate(random, sample));
        }
        inputs.add(randomDigits(random, 1 + random.nextInt(17)));
      }
      for (String input : inputs) {
        assertThat(automaton.matches(input)).as("%s on %s", text, input).isEqualTo(regex.matcher(input).matches());
        compared++;
      }
    }
    assertThat(uncompiled).isEmpty();
    assertThat(patterns).isGreaterThan(1_000);
    assertThat(compared).isGreaterThan(100_000);
  }

  /**
   * Each region's descriptions (general, then every type with a pattern) as one product automaton:
   * on the example numbers, on strings each part generates, on mutations of them and on random
   * digits, the product says for each part exactly what that part's own automaton says, in one
   * pass; and a product past its state limit is not built.
   */
  @Test
  void theProductOfARegionsDescriptionsMatchesWhatEachOfThemMatches() {
    var source = com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider.getInstance()
        .getPhoneNumberMetadataSource();
    Random random = new Random(20261130);
    long compared = 0;
    int regions = 0;
    for (String region : PhoneNumberUtil.getInstance().getSupportedRegions()) {
      Phonemetadata.PhoneMetadata m = source.getMetadataForRegion(region);
      List<DigitPattern> parts = new ArrayList<>();
      List<String> inputs = new ArrayList<>();
      for (Phonemetadata.PhoneNumberDesc desc : List.of(m.getGeneralDesc(), m.getMobile(), m.getFixedLine(),
          m.getTollFree(), m.getPremiumRate(), m.getSharedCost(), m.getVoip(), m.getPersonalNumber(), m.getPager(),
          m.getUan(), m.getVoicemail())) {
        if (desc.getNationalNumberPattern().isEmpty()) {
          continue;
        }
        parts.add(DigitPattern.compile(desc.getNationalNumberPattern()));
        if (desc.hasExampleNumber()) {
          inputs.add(desc.getExampleNumber());
        }
      }
      DigitPattern.Product product = DigitPattern.product(parts.toArray(DigitPattern[]::new), 2048);
      assertThat(product).as(region).isNotNull();
      regions++;
      for (DigitPattern part : parts) {
        for (int i = 0; i < 10; i++) {
          String sample = part.sample(random, 17);
          if (sample != null) {
            inputs.add(sample);
            inputs.add(mutate(random, sample));
          }
        }
      }
      for (int i = 0; i < 20; i++) {
        inputs.add(randomDigits(random, random.nextInt(18)));
      }
      for (String input : inputs) {
        int expected = 0;
        for (int k = 0; k < parts.size(); k++) {
          expected |= parts.get(k).matches(input) ? 1 << k : 0;
        }
        assertThat(product.matching("+" + input, 1)).as("%s on %s", region, input).isEqualTo(expected);
        compared++;
      }
      assertThat(product.matching("12a4", 0)).isZero();
    }
    assertThat(regions).isGreaterThan(240);
    assertThat(compared).isGreaterThan(30_000);
    DigitPattern wide = DigitPattern.compile("\\d{1,12}");
    DigitPattern other = DigitPattern.compile("[13579]\\d{0,11}");
    assertThat(DigitPattern.product(new DigitPattern[] {wide, other}, 4)).isNull();
    DigitPattern.Product both = DigitPattern.product(new DigitPattern[] {wide, other}, 2048);
    assertThat(both.matching("123", 0)).isEqualTo(0b11);
    assertThat(both.matching("223", 0)).isEqualTo(0b01);
    assertThat(both.matching("", 0)).isZero();
  }

  private static String mutate(Random random, String s) {
    StringBuilder b = new StringBuilder(s);
    int at = b.length() == 0 ? 0 : random.nextInt(b.length());
    switch (random.nextInt(3)) {
      case 0 -> b.insert(at, (char) ('0' + random.nextInt(10)));
      case 1 -> {
        if (b.length() > 0) {
          b.deleteCharAt(at);
        }
      }
      default -> {
        if (b.length() > 0) {
          b.setCharAt(at, (char) ('0' + random.nextInt(10)));
        }
      }
    }
    return b.toString();
  }

  private static String randomDigits(Random random, int length) {
    StringBuilder b = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      b.append((char) ('0' + random.nextInt(10)));
    }
    return b.toString();
  }
}
