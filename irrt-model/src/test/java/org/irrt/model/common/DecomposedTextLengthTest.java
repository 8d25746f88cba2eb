package org.irrt.model.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Text is kept in NFC (DOMAIN.md section 6), so its length limit counts the NFC form: a text typed
 * decomposed (NFD, as macOS and some keyboards send it) is as long as the same text typed composed.
 * Before, 200 "é" typed decomposed were 400 code points and refused as too long.
 */
class DecomposedTextLengthTest {
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"\u00E9", "\u1EC7", "\uD55C", "\u01D6"})
  void aTextAtTheLimitTypedDecomposedIsNotTooLongAndOneMoreIs(String composed) {
    String atLimit = Normalizer.normalize(composed.repeat(200), Normalizer.Form.NFD);
    assertThat(atLimit.codePointCount(0, atLimit.length())).isGreaterThan(200);
    assertThat(TextRules.check("name", atLimit, 200, false)).isEmpty();
    assertThat(PersonName.mononym(atLimit).givenNames()).contains(composed.repeat(200));
    String over = Normalizer.normalize(composed.repeat(201), Normalizer.Form.NFD);
    assertThat(TextRules.check("name", over, 200, false)).hasValueSatisfying(
        v -> assertThat(v.code()).isEqualTo("org.irrt.model.ValidText.tooLong"));
  }
}
