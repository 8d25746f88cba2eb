package org.irrt.model.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import java.text.Normalizer;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * People's names in any script against an oracle written from DOMAIN.md section 6 ("names in any
 * script; a single name is valid; family-name-first cultures; keep text in Unicode NFC"): names typed
 * decomposed are kept composed, a mononym is shown and sorted as itself, and two parts are joined
 * without a space exactly when both are written in Han, kana or Hangul.
 */
class PersonNameOracleTest {
  /** A name part and whether it is written in Han, kana or Hangul (the oracle's answer, by hand). */
  private record Part(String text, boolean cjk) {}

  private static final List<Part> PARTS = List.of(
      new Part("José", false), new Part("Zoë", false), new Part("Ngũgĩ", false), new Part("Åsa", false),
      new Part("Nguyễn", false), new Part("Юлия", false), new Part("Ёжиков", false), new Part("محمد", false),
      new Part("አበበ", false), new Part("अमित", false), new Part("Ọláòyè", false), new Part("Ελένη", false),
      new Part("山田", true), new Part("太郎", true), new Part("佐々木", true), new Part("ルーシー", true),
      new Part("さくら", true), new Part("ジョージ", true), new Part("김", true), new Part("민준", true),
      new Part("葛\uDB40\uDD00城", true), new Part("ｼﾞｮｰｼﾞ", true), new Part("がっこう", true));

  private static String nfd(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD);
  }

  @Test
  void namesInAnyScriptAreKeptInNfcAndJoinedAsTheirScriptsAreWritten() {
    AtomicInteger unspaced = new AtomicInteger();
    qt().withFixedSeed(71L).withExamples(2000)
        .forAll(integers().between(0, PARTS.size() - 1), integers().between(0, PARTS.size() - 1), booleans().all(),
            integers().between(0, 2))
        .checkAssert((g, f, familyFirst, shape) -> {
          Part given = PARTS.get(g);
          Part family = PARTS.get(f);
          String expected;
          PersonName name;
          if (shape == 0) { // a mononym
            name = PersonName.mononym(nfd(given.text()));
            expected = given.text();
            assertThat(name.sortKey()).isEqualTo(given.text());
          } else {
            name = PersonName.builder().givenNames(nfd(given.text())).familyName(nfd(family.text()))
                .familyNameFirst(familyFirst).build();
            Part first = familyFirst ? family : given;
            Part second = familyFirst ? given : family;
            boolean joined = first.cjk() && second.cjk();
            expected = first.text() + (joined ? "" : " ") + second.text();
            if (joined) {
              unspaced.incrementAndGet();
            }
            assertThat(name.familyName()).contains(family.text());
            assertThat(name.sortKey()).isEqualTo(family.text() + " " + given.text());
          }
          assertThat(name.givenNames()).contains(given.text());
          assertThat(name.displayName()).isEqualTo(expected);
        });
    assertThat(unspaced.get()).isGreaterThan(100);
  }

  @ParameterizedTest(name = "{0} + {1} -> {2}")
  @CsvSource({
      "山田, ルーシー, 山田ルーシー",
      "滝川, クリステル, 滝川クリステル",
      "葛\uDB40\uDD00城, 花子, 葛\uDB40\uDD00城花子",
      "佐々木, 希, 佐々木希",
      "ｽｽﾞｷ, ｼﾞｮｰｼﾞ, ｽｽﾞｷｼﾞｮｰｼﾞ",
      "김, 민준, 김민준",
      "山田, Taro, 山田 Taro",
      "Nagy, Katalin, Nagy Katalin",
      "ー, ー, ー ー"})
  void familyNameFirstPartsInHanKanaOrHangulJoinWithoutASpace(String family, String given, String shown) {
    PersonName name = PersonName.builder().familyName(family).givenNames(given).familyNameFirst(true).build();
    assertThat(name.displayName()).isEqualTo(shown);
  }
}
