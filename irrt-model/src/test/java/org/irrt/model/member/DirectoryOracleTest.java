package org.irrt.model.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.irrt.model.common.CountryCode;
import org.irrt.model.common.EmailAddress;
import org.irrt.model.common.PersonName;
import org.junit.jupiter.api.Test;

/**
 * The member directory against oracles from DOMAIN.md section 6 ("sort with a locale collator; keep
 * text in Unicode NFC"): entries come in the reader's collation order of their sort keys, whatever
 * the script and whether names were typed composed or decomposed, and a search typed decomposed finds
 * the same people as one typed composed.
 */
class DirectoryOracleTest {
  private static final List<String> PARTS = List.of("José", "Jose", "Zoë", "Åsa", "Ängel", "Øyvind", "Çelik",
      "Łukasz", "Nguyễn", "Юлия", "Ёжиков", "محمد", "አበበ", "山田", "ルーシー", "한글", "Ọláòyè", "Ελένη", "ch", "Ch");
  private static final List<Locale> READERS = List.of(Locale.ENGLISH, Locale.forLanguageTag("sv"),
      Locale.forLanguageTag("es"), Locale.forLanguageTag("de"), Locale.forLanguageTag("tr"), Locale.forLanguageTag("ru"),
      Locale.JAPANESE, Locale.forLanguageTag("vi"));

  private static Member member(int i, String given, String family) {
    return Member.builder().id(MemberId.of("m-" + i)).name(PersonName.of(given, family))
        .email(EmailAddress.of("m" + i + "@example.org")).country(CountryCode.of("US")).preferredLanguage("en")
        .category(MemberCategory.REGULAR).consent(Consent.builder().directoryListing(true).build()).build();
  }

  @Test
  void entriesFollowTheReadersCollatorAndDecomposedSearchesFindTheSamePeople() {
    qt().withFixedSeed(91L).withExamples(300)
        .forAll(lists().of(integers().between(0, PARTS.size() * PARTS.size() * 2 - 1)).ofSizeBetween(1, 15),
            integers().between(0, READERS.size() - 1))
        .checkAssert((names, reader) -> {
          List<Member> members = new ArrayList<>();
          for (int i = 0; i < names.size(); i++) {
            int n = names.get(i);
            String given = PARTS.get(n % PARTS.size());
            String family = PARTS.get(n / PARTS.size() % PARTS.size());
            if (n / (PARTS.size() * PARTS.size()) == 1) { // typed decomposed
              given = Normalizer.normalize(given, Normalizer.Form.NFD);
              family = Normalizer.normalize(family, Normalizer.Form.NFD);
            }
            members.add(member(i, given, family));
          }
          Locale locale = READERS.get(reader);
          MemberDirectory directory = MemberDirectory.of(members, locale);
          Collator oracle = Collator.getInstance(ULocale.forLocale(locale));
          List<Member> entries = directory.entries();
          assertThat(entries).containsExactlyInAnyOrderElementsOf(members);
          for (int i = 1; i < entries.size(); i++) {
            String a = Normalizer.normalize(entries.get(i - 1).name().familyName().orElseThrow() + " "
                + entries.get(i - 1).name().givenNames().orElseThrow(), Normalizer.Form.NFC);
            String b = Normalizer.normalize(entries.get(i).name().familyName().orElseThrow() + " "
                + entries.get(i).name().givenNames().orElseThrow(), Normalizer.Form.NFC);
            assertThat(oracle.compare(a, b)).as("%s before %s for %s", a, b, locale).isLessThanOrEqualTo(0);
          }
          for (String part : PARTS) {
            assertThat(directory.search(Normalizer.normalize(part, Normalizer.Form.NFD)))
                .as("search %s for %s", part, locale).isEqualTo(directory.search(part));
          }
        });
  }
}
