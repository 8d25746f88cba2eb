package org.irrt.model.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.irrt.model.testing.TestData;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@link CountryCode} against ISO 3166-1 (datasets/country-codes) and {@link Money}'s minor units
 * against the ISO 4217 list (SIX). The JDK's tables decide; where they differ from the ISO snapshot,
 * the difference is listed here.
 */
class CountryCurrencyConformanceTest {
  /**
   * ISO 4217 codes of the 2024 list that the JDK does not know or gives other minor units: ZWG
   * (2024), XCG (2025), VED and SLE are newer than some JDKs' currency data; UYW (Uruguay's wage
   * index unit) has 4 minor units in ISO 4217 and 4 in recent JDKs only. The JDK wins: it is what
   * {@link java.util.Currency} gives hosts.
   */
  private static final Set<String> JDK_DIFFERS = Set.of("ZWG", "XCG", "VED", "SLE", "UYW");

  @Test
  void acceptsEveryIso3166Alpha2CodeInTheDataset() throws Exception {
    List<String> lines = java.nio.file.Files.readAllLines(TestData.require("countries-currencies/country-codes.csv"));
    List<String> header = TestData.csvLine(lines.get(0));
    int alpha2 = header.indexOf("ISO3166-1-Alpha-2");
    Set<String> refused = new TreeSet<>();
    int count = 0;
    for (String line : lines.subList(1, lines.size())) {
      String code = TestData.csvLine(line).get(alpha2).strip();
      if (code.isEmpty()) {
        continue;
      }
      count++;
      if (!CountryCode.isValid(code)) {
        refused.add(code);
      }
    }
    assertThat(count).isGreaterThan(240);
    assertThat(refused).isEmpty();
    assertThat(CountryCode.of("NA").displayName(java.util.Locale.ENGLISH)).isEqualTo("Namibia");
    assertThat(CountryCode.isValid("na")).isFalse();
    assertThat(CountryCode.isValid("ZZ")).isFalse();
  }

  /**
   * The README's other country checks. The accepted set is the JDK's ({@link
   * Locale#getISOCountries()}) plus {@code XK}, allowed on purpose (Kosovo, user-assigned); the
   * JDK's list and the file's 249 alpha-2 codes are the same set here, and so are their alpha-3
   * codes. Codes absent from the file are refused; lower-case and padded forms are refused, never
   * repaired, by {@link CountryCode#of} and {@link CountryCode#isValid} alike. Alpha-3 codes are not
   * a {@code CountryCode}'s spelling (one code, one form) and are refused.
   */
  @Test
  void refusesAbsentLowerCasePaddedAndAlpha3CodesAndFollowsTheJdkList() throws Exception {
    List<String> lines = java.nio.file.Files.readAllLines(TestData.require("countries-currencies/country-codes.csv"));
    List<String> header = TestData.csvLine(lines.get(0));
    int alpha2 = header.indexOf("ISO3166-1-Alpha-2");
    int alpha3 = header.indexOf("ISO3166-1-Alpha-3");
    Set<String> file2 = new TreeSet<>();
    Set<String> file3 = new TreeSet<>();
    for (String line : lines.subList(1, lines.size())) {
      file2.add(TestData.csvLine(line).get(alpha2).strip());
      file3.add(TestData.csvLine(line).get(alpha3).strip());
    }
    assertThat(file2).hasSize(249).isEqualTo(new TreeSet<>(Set.of(java.util.Locale.getISOCountries())));
    assertThat(file3).hasSize(249)
        .isEqualTo(java.util.Locale.getISOCountries(java.util.Locale.IsoCountryCode.PART1_ALPHA3));
    Set<String> accepted = new TreeSet<>();
    for (String code : file2) {
      for (String form : List.of(code.toLowerCase(java.util.Locale.ROOT), code.charAt(0) + code.substring(1).toLowerCase(java.util.Locale.ROOT),
          " " + code, code + " ", "\u00a0" + code, code + "\n")) {
        if (CountryCode.isValid(form) || refusesNot(form)) {
          accepted.add(form);
        }
      }
    }
    for (String code : file3) {
      if (CountryCode.isValid(code) || refusesNot(code)) {
        accepted.add(code);
      }
    }
    for (String code : List.of("UK", "EU", "ZZ", "AA", "AN", "")) {
      if (CountryCode.isValid(code) || refusesNot(code)) {
        accepted.add(code);
      }
    }
    assertThat(accepted).isEmpty();
    assertThat(CountryCode.of("XK").value()).isEqualTo("XK");
    assertThat(file2).doesNotContain("XK");
  }

  private static boolean refusesNot(String code) {
    try {
      CountryCode.of(code);
      return true;
    } catch (org.irrt.model.common.InvalidValueException e) {
      return false;
    }
  }

  @Test
  void minorUnitsAgreeWithIso4217ButForTheListedCodes() throws Exception {
    var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(TestData.require("countries-currencies/iso4217-list-one.xml").toFile());
    NodeList entries = doc.getElementsByTagName("CcyNtry");
    Map<String, String> differences = new TreeMap<>();
    int checked = 0;
    for (int i = 0; i < entries.getLength(); i++) {
      Element e = (Element) entries.item(i);
      String code = text(e, "Ccy");
      String units = text(e, "CcyMnrUnts");
      if (code.isEmpty() || units.equals("N.A.")) {
        continue;
      }
      checked++;
      try {
        Currency c = Currency.getInstance(code);
        if (c.getDefaultFractionDigits() != Integer.parseInt(units)) {
          differences.put(code, "JDK " + c.getDefaultFractionDigits() + ", ISO " + units);
        } else {
          Money zero = Money.zero(c);
          assertThat(zero.amount().scale()).isEqualTo(Integer.parseInt(units));
        }
      } catch (IllegalArgumentException unknown) {
        differences.put(code, "unknown to the JDK");
      }
    }
    assertThat(checked).isGreaterThan(250);
    assertThat(JDK_DIFFERS).containsAll(differences.keySet());
  }

  private static String text(Element e, String tag) {
    NodeList n = e.getElementsByTagName(tag);
    return n.getLength() == 0 ? "" : n.item(0).getTextContent().strip();
  }
}
