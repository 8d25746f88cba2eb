package org.irrt.model.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.List;
import org.irrt.model.internal.Messages;

/**
 * A telephone number, parsed and checked with Google's libphonenumber and stored in E.164 form
 * ({@code +2348031234567}): a plus sign and up to 15 digits, the country calling code first.
 *
 * <p>Numbers are entered as people write them ({@code (0803) 123 4567}) with the country they are
 * written in, or in international form from anywhere ({@code +234 803 123 4567}). A number that
 * libphonenumber's metadata does not consider valid for its region is refused. Extensions are not
 * kept. It is personal data: {@link #toString()} masks it.
 */
public final class PhoneNumber {
  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  /** The E.164 text; the parsed number is made again from it when a format is asked for. */
  private final String e164;

  private PhoneNumber(String e164) {
    this.e164 = e164;
  }

  /**
   * Parses a number as written in a country.
   *
   * @param text the number as typed; may start with {@code +} and a country calling code; spaces
   *     around it are ignored
   * @param region where the number is written, for numbers in national form; {@code null} when
   *     unknown, and then only international numbers ({@code +} and a country calling code) are read
   * @return the number
   * @throws InvalidValueException when the text is not a valid number: {@code required} for none
   *     or blank text, {@code format} for text that is no telephone number (also any longer than
   *     64 characters without the spaces around it, which no number needs), {@code country},
   *     {@code invalid}
   */
  public static PhoneNumber parse(String text, CountryCode region) {
    return parse(text, region == null ? "ZZ" : region.value());
  }

  /**
   * Reads an E.164 number ({@code +} and digits), as stored. libphonenumber parses and checks it
   * like any other text (about 7 microseconds a number here; a register of a few thousand members
   * spends some tens of milliseconds on it, and reading the stored form any other way would decide
   * differently from libphonenumber where its parser strips a national prefix, as for {@code +375 8…}).
   * The stored text is kept when it already is the E.164 form.
   *
   * @param e164 the number, e.g. {@code +14155552671}
   * @return the number
   * @throws InvalidValueException when the text is not a valid international number
   */
  @JsonCreator
  public static PhoneNumber of(String e164) {
    return parse(e164, "ZZ");
  }

  private Phonenumber.PhoneNumber parsed() {
    try {
      return UTIL.parse(e164, "ZZ");
    } catch (NumberParseException e) {
      throw new IllegalStateException("not in E.164 form", e); // never: e164 was made by libphonenumber
    }
  }

  private static PhoneNumber parse(String text, String region) {
    if (text == null || text.isBlank()) {
      throw invalid("required");
    }
    if (text.length() > 64 && text.strip().length() > 64) {
      throw invalid("format"); // a bound on what the parser is given; no number is this long
    }
    Phonenumber.PhoneNumber number;
    try {
      number = UTIL.parse(text, region);
    } catch (NumberParseException e) {
      throw invalid(e.getErrorType() == NumberParseException.ErrorType.INVALID_COUNTRY_CODE ? "country" : "format");
    }
    if (!UTIL.isValidNumber(number)) {
      throw invalid("invalid");
    }
    number.clearExtension();
    String e164 = UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
    return new PhoneNumber(e164.equals(text) ? text : e164);
  }

  private static InvalidValueException invalid(String rule) {
    return new InvalidValueException("PhoneNumber", List.of(Messages.violation("", "org.irrt.model.PhoneNumber." + rule)));
  }

  /**
   * The number in E.164 form.
   *
   * @return e.g. {@code +14155552671}
   */
  @JsonValue
  public String e164() {
    return e164;
  }

  /**
   * The number formatted for display to anyone: {@code +1 415-555-2671}.
   *
   * @return the international format
   */
  public String international() {
    return UTIL.format(parsed(), PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
  }

  /**
   * The number formatted for display in its own country: {@code (415) 555-2671}.
   *
   * @return the national format
   */
  public String national() {
    return UTIL.format(parsed(), PhoneNumberUtil.PhoneNumberFormat.NATIONAL);
  }

  /**
   * The country (or non-geographic entity) the number belongs to.
   *
   * @return an ISO 3166-1 code such as {@code US}, or {@code 001} for non-geographic numbers
   */
  public String regionCode() {
    return UTIL.getRegionCodeForNumber(parsed());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PhoneNumber p && p.e164.equals(e164);
  }

  @Override
  public int hashCode() {
    return e164.hashCode();
  }

  /** Returns {@code PhoneNumber[***]}: the number is personal data; use {@link #e164()}. */
  @Override
  public String toString() {
    return "PhoneNumber[***]";
  }
}
