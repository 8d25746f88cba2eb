package org.irrt.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Normalizer;
import com.ibm.icu.text.Normalizer2;
import org.junit.jupiter.api.Test;

/** The shortcuts of {@link Text} and {@link Ids} against what they stand in for. */
class TextFastPathTest {
  @Test
  void everyCharacterBelowU0300IsInNfcAndCombinesWithNothingBeforeIt() {
    Normalizer2 nfc = Normalizer2.getNFCInstance();
    for (int cp = 0; cp < 0x300; cp++) {
      String s = new String(Character.toChars(cp));
      assertThat(nfc.quickCheck(s)).as("U+%04X", cp).isEqualTo(Normalizer.YES);
      assertThat(nfc.hasBoundaryBefore(cp)).as("U+%04X", cp).isTrue();
    }
    assertThat(nfc.quickCheck("\u0300")).isNotEqualTo(Normalizer.YES);
    assertThat(Text.isNfc("Ana María García")).isTrue();
    assertThat(Text.isNfc("Mari\u0301a")).isFalse();
    assertThat(Text.nfc("Mari\u0301a")).isEqualTo("María");
  }

  /** Every form of the NFC test finds the one text that is not NFC, wherever it is, and only it. */
  @Test
  void everyFormOfTheNfcTestFindsTheTextThatIsNot() {
    java.util.Optional<String> yes = java.util.Optional.of("Ana María");
    java.util.Optional<String> no = java.util.Optional.of("Mari\u0301a");
    java.util.Optional<String> none = java.util.Optional.empty();
    assertThat(Text.allNfc(yes, none, yes)).isTrue();
    assertThat(Text.allNfc(no, yes, none)).isFalse();
    assertThat(Text.allNfc(yes, no, none)).isFalse();
    assertThat(Text.allNfc(yes, none, no)).isFalse();
    assertThat(Text.allNfc("Biblioteca", none)).isTrue();
    assertThat(Text.allNfc((String) null, yes)).isTrue();
    assertThat(Text.allNfc("Bibliote\u0301ca", yes)).isFalse();
    assertThat(Text.allNfc("Biblioteca", no)).isFalse();
    assertThat(Text.allNfc(new Object[] {"a", yes, java.util.List.of("b", "c"), null, 3})).isTrue();
    assertThat(Text.allNfc(new Object[] {"a", yes, java.util.List.of("b", "Mari\u0301a")})).isFalse();
    assertThat(Text.allNfc(new Object[] {"a", no, java.util.List.of()})).isFalse();
    assertThat(Text.allNfc(new Object[] {"Mari\u0301a", yes})).isFalse();
    // and the values that use them keep their text in NFC
    org.irrt.model.common.PersonName name = org.irrt.model.common.PersonName.builder()
        .givenNames("Mari\u0301a").familyName("Garci\u0301a").latin("Mari\u0301a Garci\u0301a").build();
    assertThat(name.givenNames()).contains("María");
    assertThat(name.familyName()).contains("García");
    assertThat(name.latin()).contains("María García");
    org.irrt.model.member.Affiliation affiliation = org.irrt.model.member.Affiliation.builder()
        .institution("Biblioteca Pu\u0301blica").position("Coordinadora de colecci\u00f3n y adquisicio\u0301n").build();
    assertThat(affiliation.institution()).isEqualTo("Biblioteca Pública");
    assertThat(affiliation.position()).contains("Coordinadora de colección y adquisición");
  }

  @Test
  void printableAsciiPassesTheTextRulesAsTheFullCheckWouldSayIt() {
    for (char c = 0x21; c < 0x7f; c++) {
      assertThat(Text.problem(String.valueOf(c), 200, false)).as("%s", c).isNull();
    }
    assertThat(Text.problem(" ", 200, false)).isEqualTo("blank");
    assertThat(Text.problem("a\u0007", 200, false)).isEqualTo("control");
    assertThat(Text.problem("abc", 2, false)).isEqualTo("tooLong");
  }

  /**
   * Every code point below U+0800 (read from a table) alone, after a letter and between letters,
   * single-line and multi-line, gives what the rules computed with ICU directly give.
   */
  @Test
  void theTableOfTwoByteCodePointsGivesWhatIcuGives() {
    int visible = 0;
    for (int cp = 0; cp < 0x900; cp++) {
      String c = new String(Character.toChars(cp));
      for (boolean multiline : new boolean[] {false, true}) {
        for (String s : new String[] {c, "a" + c, c + "a", "a" + c + "b"}) {
          assertThat(Text.problem(s, 200, multiline)).as("U+%04X in %s", cp, multiline).isEqualTo(reference(s, 200, multiline));
        }
      }
      visible += reference(c, 200, false) == null ? 1 : 0;
    }
    assertThat(visible).isBetween(1500, 2200);
    assertThat(Text.problem("García Márquez", 200, false)).isNull();
    assertThat(Text.problem("\u00a0\u00ad", 200, false)).isEqualTo("blank");
    assertThat(Text.problem("a\u0085", 200, false)).isEqualTo("control");
    assertThat(Text.problem("a\n", 200, true)).isNull();
    assertThat(Text.problem("a\u0378", 200, false)).isEqualTo("invalidCharacter");
  }

  /**
   * Generated texts mixing the characters each path reads differently (printable ASCII, spaces,
   * the two-byte table's visible, invisible, control and unassigned ones, characters from U+0800
   * up, bidi controls, surrogate pairs and lone surrogates), as a {@code String} (the table loop,
   * then the full loop from where it stopped) and as a {@code StringBuilder} (the full loop only),
   * at lengths around the maximum: both give what the rules computed with ICU directly give.
   */
  @Test
  void theStringLoopAndTheFullLoopAgreeWithTheRulesOnGeneratedText() {
    int[] pool = {'a', 'Z', '~', '!', ' ', ' ', '\t', '\n', '\r', 0x07, 0x7f, 0x85, 0xa0, 0xad, 0xe1, 0xed, 0x300,
        0x378, 0x5d0, 0x627, 0x7ff, 0x800, 0x2028, 0x202e, 0x2066, 0x200b, 0x3000, 0x5c71, 0xe000, 0xfdd0, 0xfeff,
        0xffff, 0x1f600, 0x10fffd, 0xd800, 0xdc00};
    org.quicktheories.core.Gen<String> texts = org.quicktheories.generators.SourceDSL.lists()
        .of(org.quicktheories.generators.SourceDSL.integers().between(0, pool.length - 1))
        .ofSizeBetween(0, 12)
        .map(picks -> {
          StringBuilder sb = new StringBuilder();
          for (int k : picks) {
            sb.appendCodePoint(pool[k]);
          }
          return sb.toString();
        });
    int[] agreed = {0};
    org.quicktheories.QuickTheory.qt().withFixedSeed(20261129L).withExamples(40_000)
        .forAll(texts, org.quicktheories.generators.SourceDSL.integers().between(0, 14),
            org.quicktheories.generators.SourceDSL.booleans().all())
        .checkAssert((text, max, multiline) -> {
          String expected = reference(text, max, multiline);
          assertThat(Text.problem(text, max, multiline)).as("%s max %d", text.codePoints().boxed().toList(), max)
              .isEqualTo(expected);
          assertThat(Text.problem(new StringBuilder(text), max, multiline)).isEqualTo(expected);
          agreed[0]++;
        });
    assertThat(agreed[0]).isGreaterThan(30_000); // QuickTheories skips repeated examples
  }

  /** The rules of {@link Text#problem} as they read before the table, with ICU for every code point. */
  private static String reference(String value, int max, boolean multiline) {
    boolean blank = true;
    int codePoints = 0;
    for (int i = 0; i < value.length(); ) {
      int cp = value.codePointAt(i);
      i += Character.charCount(cp);
      codePoints++;
      if (cp >= 0xD800 && cp <= 0xDFFF) {
        return "surrogate"; // a surrogate without its other half
      }
      int type = com.ibm.icu.lang.UCharacter.getType(cp);
      boolean lineBreak = cp == '\n' || cp == '\r' || cp == '\t' || cp == 0x2028 || cp == 0x2029;
      if ((type == com.ibm.icu.lang.UCharacterCategory.CONTROL || cp == 0x2028 || cp == 0x2029) && !(multiline && lineBreak)) {
        return "control";
      }
      if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)) {
        return "bidi";
      }
      if (type == com.ibm.icu.lang.UCharacterCategory.UNASSIGNED || type == com.ibm.icu.lang.UCharacterCategory.PRIVATE_USE
          || com.ibm.icu.lang.UCharacter.hasBinaryProperty(cp, com.ibm.icu.lang.UProperty.NONCHARACTER_CODE_POINT)) {
        return "invalidCharacter";
      }
      if (blank && !com.ibm.icu.lang.UCharacter.isUWhiteSpace(cp) && !Character.isSpaceChar(cp)
          && type != com.ibm.icu.lang.UCharacterCategory.FORMAT && type != com.ibm.icu.lang.UCharacterCategory.CONTROL
          && !com.ibm.icu.lang.UCharacter.hasBinaryProperty(cp, com.ibm.icu.lang.UProperty.DEFAULT_IGNORABLE_CODE_POINT)
          && cp != 0x2800) {
        blank = false;
      }
    }
    if (blank) {
      return "blank";
    }
    return codePoints > max ? "tooLong" : null;
  }

  @Test
  void slugsAreLowerCaseWordsJoinedBySingleHyphens() {
    java.util.regex.Pattern slug = java.util.regex.Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    String[] samples = {"", "a", "a-b", "-a", "a-", "a--b", "A", "ab-12-c", "é", "a_b", "a b", "0", "--", "a-b-"};
    for (String s : samples) {
      assertThat(Ids.isSlug(s)).as(s).isEqualTo(slug.matcher(s).matches());
    }
  }
}
