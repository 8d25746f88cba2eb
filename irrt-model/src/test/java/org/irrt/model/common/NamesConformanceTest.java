package org.irrt.model.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.irrt.model.member.Member;
import org.irrt.model.member.MemberCategory;
import org.irrt.model.member.MemberDirectory;
import org.irrt.model.member.MemberId;
import org.irrt.model.member.Consent;
import org.irrt.model.testing.TestData;
import org.junit.jupiter.api.Test;

/**
 * Person names in many scripts ({@code names/}: faker-js name parts for 61 locales, CLDR Amharic
 * and Yoruba test names) become valid {@link PersonName}s in NFC, and the member directory lists
 * every one of them in exactly one bucket.
 */
class NamesConformanceTest {
  private static final Set<String> FAMILY_FIRST = Set.of("zh_CN", "zh_TW", "ja", "ko", "hu", "vi");

  record Sample(String locale, String given, String family) {}

  static List<Sample> samples() throws Exception {
    JsonNode locales = new ObjectMapper().readTree(TestData.require("names/faker-js-person-names.json").toFile())
        .get("locales");
    List<Sample> out = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = locales.properties().iterator(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      List<String> given = strings(e.getValue().get("first_name"));
      List<String> family = strings(e.getValue().get("last_name"));
      for (int i = 0; i < Math.max(given.size(), family.size()); i++) {
        out.add(new Sample(e.getKey(), given.isEmpty() ? null : given.get(i % given.size()),
            family.isEmpty() ? null : family.get(i % family.size())));
      }
    }
    return out;
  }

  private static List<String> strings(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node == null) {
      return out;
    }
    if (node.isArray()) {
      node.forEach(n -> out.add(n.asText()));
    } else {
      node.forEach(list -> list.forEach(n -> out.add(n.asText())));
    }
    return out;
  }

  @Test
  void everyNameInEveryLocaleIsAValidNfcName() throws Exception {
    List<Sample> samples = samples();
    assertThat(samples).hasSizeGreaterThan(10_000);
    List<String> refused = new ArrayList<>();
    for (Sample s : samples) {
      var b = PersonName.builder().familyNameFirst(FAMILY_FIRST.contains(s.locale()));
      if (s.given() != null) {
        b.givenNames(s.given());
      }
      if (s.family() != null) {
        b.familyName(s.family());
      }
      PersonName name;
      try {
        name = b.build();
      } catch (InvalidValueException e) {
        refused.add(s.locale() + " " + s.given() + " " + e.violations().get(0).code());
        continue;
      }
      assertThat(Normalizer.isNormalized(name.displayName(), Normalizer.Form.NFC)).isTrue();
      assertThat(name.displayName()).isNotBlank();
      assertThat(name.toString()).doesNotContain(name.displayName());
    }
    // One faker entry is mojibake: "Ömer" encoded twice, leaving the C1 control U+0096. Refused.
    assertThat(refused).containsOnly("nl \u00c3\u0096mer org.irrt.model.ValidText.control");
  }

  /**
   * The README's "every string is a real-world name part": all 91,205 strings of every field (first,
   * middle and last names, prefixes such as "Dr." or "سيد", suffixes such as "Jr." or "PhD"; {@link
   * PersonName} has no title field, so these go in as name text) are accepted as given names and as
   * a family name, and kept unchanged but for NFC: three Urdu strings (two first names, one last
   * name) are not in NFC and are kept in their NFC form (DOMAIN: keep text in Unicode NFC). The one
   * refusal is the Dutch mojibake of "Ömer" (encoded twice), which holds the C1 control U+0096.
   */
  @Test
  void everyPartOfEveryFieldIsKeptAsGivenOrFamilyName() throws Exception {
    JsonNode locales = new ObjectMapper().readTree(TestData.require("names/faker-js-person-names.json").toFile())
        .get("locales");
    int total = 0;
    List<String> refused = new ArrayList<>();
    List<String> normalised = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = locales.properties().iterator(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      for (String field : List.of("first_name", "middle_name", "last_name", "prefix", "suffix")) {
        for (String part : strings(e.getValue().get(field))) {
          total++;
          try {
            String given = PersonName.builder().givenNames(part).build().givenNames().orElseThrow();
            String family = PersonName.builder().familyName(part).build().familyName().orElseThrow();
            assertThat(family).isEqualTo(given).isEqualTo(Normalizer.normalize(part, Normalizer.Form.NFC));
            if (!given.equals(part)) {
              normalised.add(e.getKey() + " " + field);
            }
          } catch (InvalidValueException x) {
            refused.add(e.getKey() + " " + field + " " + x.violations().get(0).code());
          }
        }
      }
    }
    assertThat(total).isEqualTo(91_205);
    assertThat(refused).containsExactly("nl first_name org.irrt.model.ValidText.control");
    assertThat(normalised).containsExactly("ur first_name", "ur first_name", "ur last_name");
  }

  /**
   * Every {@code name ;} value of the CLDR files, whatever its field (title such as "ፕ/ር ዶ/ር",
   * given, given-informal, given2, surname, surname-prefix, surname-core, surname2, generation,
   * credentials; not the locale), is accepted as name text and kept exactly: the Yoruba values,
   * with combining tone marks after dotted-below letters, are already in NFC.
   */
  @Test
  void everyCldrNameValueOfEveryFieldIsKeptExactly() throws Exception {
    for (String file : List.of("names/cldr-personNameTest-am.txt", "names/cldr-personNameTest-yo.txt")) {
      Set<String> fields = new java.util.TreeSet<>();
      int values = 0;
      for (String line : Files.readAllLines(TestData.require(file))) {
        String[] f = line.split(";");
        if (f.length == 3 && f[0].strip().equals("name") && !f[1].strip().equals("locale")) {
          String value = f[2].strip();
          assertThat(Normalizer.isNormalized(value, Normalizer.Form.NFC)).as(value).isTrue();
          assertThat(PersonName.builder().givenNames(value).build().givenNames()).contains(value);
          assertThat(PersonName.builder().familyName(value).build().familyName()).contains(value);
          fields.add(f[1].strip());
          values++;
        }
      }
      assertThat(values).as(file).isEqualTo(28);
      assertThat(fields).as(file).containsExactly("credentials", "generation", "given", "given-informal", "given2",
          "surname", "surname-core", "surname-prefix", "surname2", "title");
    }
  }

  /**
   * The README's "length limits in code points, not UTF-16 units": 200 characters outside the Basic
   * Multilingual Plane (CJK Extension B {@code 𠀀}, two UTF-16 units each) are a name at the limit;
   * one more is too long.
   */
  @Test
  void theLengthLimitCountsCodePointsNotUtf16Units() {
    String atLimit = "\uD840\uDC00".repeat(200);
    assertThat(atLimit).hasSize(400);
    assertThat(PersonName.mononym(atLimit).givenNames()).contains(atLimit);
    try {
      PersonName.mononym(atLimit + "\uD840\uDC00");
      throw new AssertionError("201 code points accepted");
    } catch (InvalidValueException e) {
      assertThat(e.violations()).extracting(Violation::code).containsExactly("org.irrt.model.ValidText.tooLong");
    }
  }

  @Test
  void familyNameFirstScriptsJoinWithoutASpace() {
    PersonName yamada = PersonName.builder().familyName("山田").givenNames("太郎").familyNameFirst(true)
        .latin("Yamada Taro").build();
    assertThat(yamada.displayName()).isEqualTo("山田太郎");
    assertThat(yamada.sortKey()).isEqualTo("Yamada Taro");
    assertThat(yamada.badgeName()).isEqualTo("山田太郎 (Yamada Taro)");
    assertThat(PersonName.builder().familyName("Nagy").givenNames("Katalin").familyNameFirst(true).build().displayName())
        .isEqualTo("Nagy Katalin");
    assertThat(PersonName.mononym("Sukarno").displayName()).isEqualTo("Sukarno");
  }

  @Test
  void theDirectoryDropsNoOneWhateverTheScript() throws Exception {
    List<Sample> samples = samples();
    List<Member> members = new ArrayList<>();
    for (int i = 0; i < samples.size(); i += 23) {
      Sample s = samples.get(i);
      var name = PersonName.builder();
      if (s.given() != null) {
        name.givenNames(s.given());
      }
      if (s.family() != null) {
        name.familyName(s.family());
      }
      members.add(Member.builder().id(MemberId.of("m-" + i)).name(name.build())
          .email(EmailAddress.of("m" + i + "@example.org")).country(CountryCode.of("US")).preferredLanguage("en")
          .category(MemberCategory.REGULAR).consent(Consent.builder().directoryListing(true).build()).build());
    }
    for (Locale reader : List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"), Locale.JAPANESE, Locale.forLanguageTag("am"))) {
      MemberDirectory directory = MemberDirectory.of(members, reader);
      assertThat(directory.entries()).hasSameSizeAs(members);
      List<Member> bucketed = directory.buckets().stream().flatMap(b -> b.members().stream()).toList();
      assertThat(bucketed).containsExactlyInAnyOrderElementsOf(members);
    }
  }

  /** The language and country of a faker locale's members, and the headings its names must get. */
  record CjkLocale(String language, String country, String headings) {}

  static final Map<String, CjkLocale> CJK = Map.of(
      "zh_CN", new CjkLocale("zh", "CN", "[A-Z]"),           // pinyin initials
      "zh_TW", new CjkLocale("zh-TW", "TW", "[0-9]+劃"),      // stroke counts
      "ko", new CjkLocale("ko", "KR", "[ㄱ-ㅎ]"),             // Hangul initial consonants
      "ja", new CjkLocale("ja", "JP", "\\p{IsHan}|[あ-ん]")); // radicals (kanji family names), kana

  @Test
  void chineseJapaneseAndKoreanNamesGetTheirScriptsHeadingsForAnEnglishReader() throws Exception {
    List<Member> members = new ArrayList<>();
    Map<Member, String> expected = new java.util.IdentityHashMap<>();
    int i = 0;
    for (Sample s : samples()) {
      CjkLocale cjk = CJK.get(s.locale());
      if (cjk == null) {
        continue;
      }
      var name = PersonName.builder().familyNameFirst(true);
      if (s.given() != null) {
        name.givenNames(s.given());
      }
      if (s.family() != null) {
        name.familyName(s.family());
      }
      Member m = Member.builder().id(MemberId.of("m-" + i++)).name(name.build())
          .email(EmailAddress.of("m" + i + "@example.org")).country(CountryCode.of(cjk.country()))
          .preferredLanguage(cjk.language()).category(MemberCategory.INTERNATIONAL)
          .consent(Consent.builder().directoryListing(true).build()).build();
      members.add(m);
      expected.put(m, cjk.headings());
    }
    assertThat(members).hasSizeGreaterThan(2_000);
    List<String> misplaced = new ArrayList<>();
    for (MemberDirectory.Bucket b : MemberDirectory.of(members, Locale.ENGLISH).buckets()) {
      for (Member m : b.members()) {
        if (!b.label().matches(expected.get(m))) {
          misplaced.add(b.label() + " " + m.name().sortKey());
        }
      }
    }
    assertThat(misplaced).isEmpty();
  }

  @Test
  void cldrAmharicAndYorubaNamesAreKept() throws Exception {
    for (String file : List.of("names/cldr-personNameTest-am.txt", "names/cldr-personNameTest-yo.txt")) {
      int names = 0;
      for (String line : Files.readAllLines(TestData.require(file))) {
        String[] f = line.split(";");
        if (f.length == 3 && f[0].strip().equals("name") && List.of("given", "given2", "surname", "surname2")
            .contains(f[1].strip())) {
          String value = f[2].strip();
          PersonName n = f[1].strip().startsWith("given") ? PersonName.builder().givenNames(value).build()
              : PersonName.builder().familyName(value).build();
          assertThat(n.displayName()).isEqualTo(Normalizer.normalize(value, Normalizer.Form.NFC));
          names++;
        }
      }
      assertThat(names).as(file).isGreaterThan(5);
    }
  }
}
