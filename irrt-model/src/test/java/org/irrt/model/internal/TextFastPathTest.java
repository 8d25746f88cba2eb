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

  @Test
  void printableAsciiPassesTheTextRulesAsTheFullCheckWouldSayIt() {
    for (char c = 0x21; c < 0x7f; c++) {
      assertThat(Text.problem(String.valueOf(c), 200, false)).as("%s", c).isNull();
    }
    assertThat(Text.problem(" ", 200, false)).isEqualTo("blank");
    assertThat(Text.problem("a\u0007", 200, false)).isEqualTo("control");
    assertThat(Text.problem("abc", 2, false)).isEqualTo("tooLong");
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
