package org.irrt.model.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.irrt.model.internal.Messages;

/**
 * A country as an ISO 3166-1 alpha-2 code ({@code US}, {@code NG}, {@code NA} for Namibia), upper
 * case, one of the codes the JDK lists ({@link Locale#getISOCountries()}), plus {@code XK} (Kosovo,
 * user-assigned but in common use). Written in JSON as the plain code.
 *
 * @param value the two-letter code
 */
public record CountryCode(@JsonValue String value) {
  private static final Set<String> CODES = codes();
  /** One instance per code, shared by every value that holds it: at {@code 26 * (c0 - 'A') + (c1 - 'A')}. */
  private static final CountryCode[] SHARED = shared();

  /**
   * Checks the code.
   *
   * @throws InvalidValueException when it is not an assigned alpha-2 code in upper case
   */
  public CountryCode {
    if (value == null || !CODES.contains(value)) {
      throw new InvalidValueException("CountryCode", List.of(Messages.violation("", "org.irrt.model.CountryCode.invalid")));
    }
  }

  /**
   * The country with the given code.
   *
   * @param value e.g. {@code "NG"}
   * @return the country code
   * @throws InvalidValueException when it is not an assigned alpha-2 code in upper case
   */
  @JsonCreator
  public static CountryCode of(String value) {
    CountryCode shared = null;
    if (value != null && value.length() == 2) {
      int first = value.charAt(0) - 'A';
      int second = value.charAt(1) - 'A';
      if (first >= 0 && first < 26 && second >= 0 && second < 26) {
        shared = SHARED[26 * first + second];
      }
    }
    return shared != null ? shared : new CountryCode(value); // the constructor refuses it
  }

  /**
   * Whether the text is an accepted code.
   *
   * @param value any text
   * @return whether {@link #of(String)} accepts it
   */
  public static boolean isValid(String value) {
    Objects.requireNonNull(value, "value");
    return value != null && CODES.contains(value);
  }

  /**
   * The country's name in a language.
   *
   * @param locale the reader's locale
   * @return e.g. "Nigeria", "Nigéria"
   */
  public String displayName(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return new Locale.Builder().setRegion(value).build().getDisplayCountry(locale);
  }

  private static CountryCode[] shared() {
    CountryCode[] all = new CountryCode[26 * 26];
    for (String code : CODES) {
      all[26 * (code.charAt(0) - 'A') + (code.charAt(1) - 'A')] = new CountryCode(code);
    }
    return all;
  }

  private static Set<String> codes() {
    Set<String> all = new java.util.HashSet<>(Set.of(Locale.getISOCountries()));
    all.add("XK");
    return Set.copyOf(all);
  }

  /** Returns the code. */
  @Override
  public String toString() {
    return value;
  }
}
