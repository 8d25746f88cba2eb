package org.irrt.model.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata;
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
  /** The longest national significant number libphonenumber reads, and so the longest stored text. */
  private static final int MAX_NATIONAL = 17;
  private static final int MAX_CANONICAL = 1 + 3 + MAX_NATIONAL;
  private static final java.util.Map<Integer, CallingCode> CALLING_CODE_RULES = new java.util.concurrent.ConcurrentHashMap<>();
  private static final java.util.Set<Integer> CALLING_CODES = java.util.Set.copyOf(UTIL.getSupportedCallingCodes());

  /** The E.164 text; the parsed number is rebuilt from it on demand, so an instance holds one string. */
  private final String e164;

  private PhoneNumber(String e164) {
    this.e164 = e164;
  }

  /**
   * Parses a number as written in a country.
   *
   * @param text the number as typed; may start with {@code +} and a country calling code
   * @param region where the number is written, for numbers in national form
   * @return the number
   * @throws InvalidValueException when the text is not a valid number
   */
  public static PhoneNumber parse(String text, CountryCode region) {
    return parse(text, region == null ? "ZZ" : region.value());
  }

  /**
   * Reads an E.164 number ({@code +} and digits), as stored.
   *
   * @param e164 the number, e.g. {@code +14155552671}
   * @return the number
   * @throws InvalidValueException when the text is not a valid international number
   */
  @JsonCreator
  public static PhoneNumber of(String e164) {
    Phonenumber.PhoneNumber canonical = canonical(e164);
    if (canonical != null) {
      CallingCode code = CALLING_CODE_RULES.computeIfAbsent(canonical.getCountryCode(), CallingCode::of);
      String nsn = UTIL.getNationalSignificantNumber(canonical);
      if (!code.mayStartWithNationalPrefix(nsn) && code.isValid(canonical, nsn)) {
        return new PhoneNumber(e164); // already the E.164 form of a valid number: as stored
      }
    }
    return parse(e164, "ZZ");
  }

  /**
   * The number an E.164 text denotes, read digit by digit (country calling code, then the national
   * significant number with its leading zeros), or {@code null} when the text is not exactly the
   * E.164 form of that number. Reading the stored form this way skips libphonenumber's parser (its
   * punctuation, extension and prefix rules are for numbers as people write them); the result is
   * still checked against libphonenumber's metadata, as {@code isValidNumber} does (see {@code
   * CallingCode}). {@code PhoneStoredFormTest} checks it against
   * the parser on every example number of every region and 20,000 random ones, and that the E.164
   * form of what it reads is the text it read.
   */
  static Phonenumber.PhoneNumber canonical(String text) {
    int length = text == null ? 0 : text.length();
    if (length < 3 || length > MAX_CANONICAL || text.charAt(0) != '+' || text.charAt(1) == '0') {
      return null;
    }
    for (int i = 1; i < length; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return null;
      }
    }
    int countryCode = 0;
    int start = 1;
    while (start < 4 && start < length) {
      countryCode = countryCode * 10 + (text.charAt(start++) - '0');
      if (CALLING_CODES.contains(countryCode)) {
        break;
      }
    }
    if (!CALLING_CODES.contains(countryCode) || start >= length || length - start > MAX_NATIONAL) {
      return null;
    }
    Phonenumber.PhoneNumber number = new Phonenumber.PhoneNumber()
        .setCountryCode(countryCode)
        .setNationalNumber(Long.parseLong(text, start, length, 10));
    if (text.charAt(start) == '0' && length - start > 1) {
      number.setItalianLeadingZero(true);
      int zeros = 1;
      while (start + zeros < length - 1 && text.charAt(start + zeros) == '0') {
        zeros++;
      }
      if (zeros != 1) {
        number.setNumberOfLeadingZeros(zeros);
      }
    }
    return number; // its E.164 form is the text: "+", the code, the leading zeros, the number
  }

  /**
   * What reading the stored form needs of one calling code, from libphonenumber's metadata, made
   * once per code.
   *
   * <p>{@code nationalPrefix}: the country's pattern for a national prefix. Where the start of a
   * national number may match it (the Belarusian {@code 8} of {@code +375 810 ...}), the parser
   * might take it for a prefix and read another number, so such a text is left to the parser.
   *
   * <p>{@code general} and {@code types}: for a code of one region (or a non-geographic one), the
   * number descriptions libphonenumber's {@code getNumberType} tries. A number is valid when it
   * matches the general description and one of the types (mobile and fixed line tried first), each
   * being a set of possible lengths and a pattern the whole number must match; this is {@code
   * getNumberType(n) != UNKNOWN} without its per-call metadata lookups and regex-cache locking. A
   * code shared by several regions ({@code +1}, {@code +7}, {@code +44}, ...) has no types here, and
   * {@code getNumberType} itself decides, since it first chooses the region.
   */
  private record CallingCode(java.util.regex.Pattern nationalPrefix, Desc general, Desc[] types) {
    static CallingCode of(int countryCode) {
      var source = com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider.getInstance()
          .getPhoneNumberMetadataSource();
      List<String> regions = UTIL.getRegionCodesForCountryCode(countryCode);
      String region = UTIL.getRegionCodeForCountryCode(countryCode);
      Phonemetadata.PhoneMetadata metadata = PhoneNumberUtil.REGION_CODE_FOR_NON_GEO_ENTITY.equals(region)
          ? source.getMetadataForNonGeographicalRegion(countryCode) : source.getMetadataForRegion(region);
      if (metadata == null) {
        return new CallingCode(null, null, null); // getNumberType says UNKNOWN and the parser decides
      }
      String prefix = metadata.getNationalPrefixForParsing();
      java.util.regex.Pattern nationalPrefix = prefix.isEmpty() ? null : java.util.regex.Pattern.compile(prefix);
      if (regions.size() != 1) {
        return new CallingCode(nationalPrefix, null, null);
      }
      List<Desc> types = new java.util.ArrayList<>(10);
      if (!metadata.getSameMobileAndFixedLinePattern()) {
        types.add(Desc.of(metadata.getMobile())); // otherwise getNumberType does not try it on its own
      }
      for (Phonemetadata.PhoneNumberDesc d : List.of(metadata.getFixedLine(), metadata.getTollFree(),
          metadata.getPremiumRate(), metadata.getSharedCost(), metadata.getVoip(), metadata.getPersonalNumber(),
          metadata.getPager(), metadata.getUan(), metadata.getVoicemail())) {
        types.add(Desc.of(d));
      }
      return new CallingCode(nationalPrefix, Desc.of(metadata.getGeneralDesc()), types.toArray(Desc[]::new));
    }

    boolean mayStartWithNationalPrefix(String nsn) {
      if (nationalPrefix == null) {
        return false;
      }
      java.util.regex.Matcher m = nationalPrefix.matcher(nsn);
      if (!m.lookingAt()) {
        return false;
      }
      if (m.end() > 0) {
        return true;
      }
      for (int g = 1; g <= m.groupCount(); g++) {
        if (m.group(g) != null) {
          return true; // an empty match that still captures: a transform rule may apply
        }
      }
      return false; // an empty match takes nothing away
    }

    boolean isValid(Phonenumber.PhoneNumber number, String nsn) {
      if (general == null) {
        return UTIL.getNumberType(number) != PhoneNumberUtil.PhoneNumberType.UNKNOWN;
      }
      if (!general.matches(nsn)) {
        return false;
      }
      for (Desc type : types) {
        if (type.matches(nsn)) {
          return true;
        }
      }
      return false;
    }
  }

  /** A number description: its possible lengths (none listed: any) and its pattern (empty: none). */
  private record Desc(java.util.Set<Integer> lengths, java.util.regex.Pattern pattern) {
    static Desc of(Phonemetadata.PhoneNumberDesc desc) {
      String pattern = desc.getNationalNumberPattern();
      return new Desc(java.util.Set.copyOf(desc.getPossibleLengthList()),
          pattern.isEmpty() ? null : java.util.regex.Pattern.compile(pattern));
    }

    boolean matches(String nsn) {
      return pattern != null && (lengths.isEmpty() || lengths.contains(nsn.length())) && pattern.matcher(nsn).matches();
    }
  }

  private Phonenumber.PhoneNumber parsed() {
    Phonenumber.PhoneNumber number = canonical(e164);
    if (number != null) {
      return number;
    }
    try {
      return UTIL.parse(e164, "ZZ"); // never reached for numbers libphonenumber can hold; kept safe
    } catch (NumberParseException e) {
      throw new IllegalStateException("not in E.164 form", e);
    }
  }

  private static PhoneNumber parse(String text, String region) {
    if (text == null || text.isBlank() || text.length() > 64) {
      throw invalid("required");
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
