package org.irrt.model.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * "UK", the code people write most often for the United Kingdom, is reserved in ISO 3166-1 and
 * not a country code; the refusal said "in capitals", which it is. It now names GB, in every
 * language. Found by an adversary's pass over the site.
 */
class UnitedKingdomCountryCodeTest {

  @Test
  void ukIsRefusedWithAMessageThatNamesGb() {
    InvalidValueException refused = catchThrowableOfType(InvalidValueException.class, () -> CountryCode.of("UK"));
    assertThat(refused.violations()).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo("org.irrt.model.CountryCode.invalid");
      assertThat(v.message(Locale.ENGLISH)).isEqualTo(
          "must be an ISO 3166-1 alpha-2 country code in capitals, such as US, NG, NA or GB (the United Kingdom; UK is not one)");
      Stream.of("ar", "de", "es", "fr", "ru", "zh").map(Locale::forLanguageTag)
          .forEach(language -> assertThat(v.message(language)).as("%s", language).contains("GB", "UK")
              .isNotEqualTo(v.message(Locale.ENGLISH)));
    });
    assertThat(CountryCode.of("GB").value()).isEqualTo("GB");
  }
}
