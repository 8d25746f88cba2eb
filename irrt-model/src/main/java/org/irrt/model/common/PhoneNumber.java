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
  // per calling code (1 to 999): its rules, made on first use; and whether libphonenumber knows it
  private static final java.util.concurrent.atomic.AtomicReferenceArray<CallingCode> CALLING_CODE_RULES =
      new java.util.concurrent.atomic.AtomicReferenceArray<>(1000);
  private static final boolean[] CALLING_CODES = callingCodes();
  /** The largest product automaton of a region's descriptions, in states (ten 16-bit entries each). */
  private static final int PRODUCT_STATES = 2048;

  private static boolean[] callingCodes() {
    boolean[] known = new boolean[1000];
    for (int code : UTIL.getSupportedCallingCodes()) {
      if (code > 0 && code < 1000) {
        known[code] = true;
      }
    }
    return known;
  }

  private static CallingCode rules(int countryCode) {
    CallingCode rules = CALLING_CODE_RULES.get(countryCode);
    if (rules == null) {
      rules = CallingCode.of(countryCode); // two threads may both make it: equal rules
      CALLING_CODE_RULES.set(countryCode, rules);
    }
    return rules;
  }

  /** The E.164 text; the parsed number is rebuilt from it on demand, so an instance holds one string. */
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
   * Reads an E.164 number ({@code +} and digits), as stored.
   *
   * @param e164 the number, e.g. {@code +14155552671}
   * @return the number
   * @throws InvalidValueException when the text is not a valid international number
   */
  @JsonCreator
  public static PhoneNumber of(String e164) {
    int start = nationalStart(e164);
    if (start > 0) {
      CallingCode code = rules(Integer.parseInt(e164, 1, start, 10));
      // the national significant number, with its leading zeros, is e164[start..]
      if (!code.mayStartWithNationalPrefix(e164, start) && code.isValid(e164, start)) {
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
    int start = nationalStart(text);
    if (start < 0) {
      return null;
    }
    int length = text.length();
    int countryCode = Integer.parseInt(text, 1, start, 10);
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
   * Where the national significant number starts in a text of the stored form ("+", a calling code
   * libphonenumber knows, then up to {@value #MAX_NATIONAL} digits), or -1 for any other text. The
   * national significant number, leading zeros included, is the rest of the text.
   */
  private static int nationalStart(String text) {
    int length = text == null ? 0 : text.length();
    if (length < 3 || length > MAX_CANONICAL || text.charAt(0) != '+' || text.charAt(1) == '0') {
      return -1;
    }
    for (int i = 1; i < length; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
    }
    int countryCode = 0;
    int start = 1;
    while (start < 4 && start < length) {
      countryCode = countryCode * 10 + (text.charAt(start++) - '0');
      if (CALLING_CODES[countryCode]) {
        break;
      }
    }
    if (!CALLING_CODES[countryCode] || start >= length || length - start > MAX_NATIONAL) {
      return -1;
    }
    return start;
  }

  /**
   * What reading the stored form needs of one calling code, from libphonenumber's metadata, made
   * once per code.
   *
   * <p>{@code nationalPrefix}: the country's pattern for a national prefix. Where the start of a
   * national number may match it (the Belarusian {@code 8} of {@code +375 810 ...}), the parser
   * might take it for a prefix and read another number, so such a text is left to the parser.
   *
   * <p>{@code regions}: the code's regions in libphonenumber's order, with the number descriptions
   * its {@code isValidNumber} tries ({@link Region}); each description is a set of possible lengths
   * and a pattern the whole number must match, compiled once. This is {@code isValidNumber} without
   * its per-call metadata lookups (one builds a file name each time) and regex-cache lock, and a
   * pattern is not tried on a number whose first digit cannot start it.
   */
  private record CallingCode(java.util.regex.Pattern nationalPrefix, boolean[] prefixMayStartWith, Region[] regions) {
    static CallingCode of(int countryCode) {
      var source = com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider.getInstance()
          .getPhoneNumberMetadataSource();
      String main = UTIL.getRegionCodeForCountryCode(countryCode);
      boolean nonGeographic = PhoneNumberUtil.REGION_CODE_FOR_NON_GEO_ENTITY.equals(main);
      Phonemetadata.PhoneMetadata mainMetadata = nonGeographic
          ? source.getMetadataForNonGeographicalRegion(countryCode) : source.getMetadataForRegion(main);
      if (mainMetadata == null) {
        return new CallingCode(null, new boolean[10], new Region[0]); // no metadata: the parser decides
      }
      String prefix = mainMetadata.getNationalPrefixForParsing();
      java.util.regex.Pattern nationalPrefix = prefix.isEmpty() ? null : java.util.regex.Pattern.compile(prefix);
      List<Region> regions = new java.util.ArrayList<>();
      for (String region : nonGeographic ? List.of(main) : UTIL.getRegionCodesForCountryCode(countryCode)) {
        Phonemetadata.PhoneMetadata metadata = nonGeographic ? mainMetadata : source.getMetadataForRegion(region);
        if (metadata == null) {
          return new CallingCode(nationalPrefix, firstDigits(nationalPrefix, true), new Region[0]);
        }
        regions.add(Region.of(metadata));
      }
      return new CallingCode(nationalPrefix, firstDigits(nationalPrefix, true), regions.toArray(Region[]::new));
    }

    /** Whether the national number {@code text[from..]} may start with a national prefix. */
    boolean mayStartWithNationalPrefix(String text, int from) {
      if (nationalPrefix == null || !prefixMayStartWith[text.charAt(from) - '0']) {
        return false;
      }
      java.util.regex.Matcher m = nationalPrefix.matcher(text.substring(from));
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

    /**
     * {@code isValidNumber}'s rule: the number's region is the code's only one or, for a code of
     * several regions, the first whose leading digits start the number or, having none, whose
     * descriptions the number matches; the number is valid if it matches that region's.
     */
    boolean isValid(String text, int from) {
      if (regions.length == 1) {
        return regions[0].matches(text, from);
      }
      for (Region region : regions) {
        if (region.leadingDigits() != null) {
          if (region.leadingDigits().matcher(text).region(from, text.length()).lookingAt()) {
            return region.matches(text, from);
          }
        } else if (region.matches(text, from)) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * One region's number descriptions as {@code getNumberType} tries them: the general description,
   * then any number type (mobile and fixed line first; mobile not on its own where the metadata says
   * it has the fixed-line pattern), and the leading digits that pick the region among those sharing
   * its calling code, if any.
   */
  private record Region(java.util.regex.Pattern leadingDigits, Desc general, Desc[] types,
      org.irrt.model.internal.DigitPattern.Product all, int[] byLength) {
    Region(java.util.regex.Pattern leadingDigits, Desc general, Desc[] types) {
      this(leadingDigits, general, types, product(general, types), byLength(general, types));
    }

    /**
     * The general description and every type with a pattern, as one automaton (part 0 the general
     * one, then the types in order), or {@code null} where a pattern has no automaton or the
     * product would be large; {@link #matches} then tries them one by one.
     */
    private static org.irrt.model.internal.DigitPattern.Product product(Desc general, Desc[] types) {
      List<Desc> parts = parts(general, types);
      if (general.pattern() == null || parts.stream().anyMatch(d -> d.automaton() == null)) {
        return null;
      }
      return org.irrt.model.internal.DigitPattern.product(
          parts.stream().map(Desc::automaton).toArray(org.irrt.model.internal.DigitPattern[]::new), PRODUCT_STATES);
    }

    /** For each length of a national number below 64: the parts of {@link #product} that allow it, a bit each. */
    private static int[] byLength(Desc general, Desc[] types) {
      List<Desc> parts = parts(general, types);
      int[] allowed = new int[64];
      for (int length = 0; length < 64; length++) {
        for (int k = 0; k < parts.size(); k++) {
          if ((parts.get(k).lengths() & (1L << length)) != 0) {
            allowed[length] |= 1 << k;
          }
        }
      }
      return allowed;
    }

    private static List<Desc> parts(Desc general, Desc[] types) {
      List<Desc> parts = new java.util.ArrayList<>();
      parts.add(general);
      for (Desc type : types) {
        if (type.pattern() != null) {
          parts.add(type); // a type without a pattern matches nothing
        }
      }
      return parts;
    }

    static Region of(Phonemetadata.PhoneMetadata metadata) {
      List<Desc> types = new java.util.ArrayList<>(10);
      if (!metadata.getSameMobileAndFixedLinePattern()) {
        types.add(Desc.of(metadata.getMobile()));
      }
      for (Phonemetadata.PhoneNumberDesc d : List.of(metadata.getFixedLine(), metadata.getTollFree(),
          metadata.getPremiumRate(), metadata.getSharedCost(), metadata.getVoip(), metadata.getPersonalNumber(),
          metadata.getPager(), metadata.getUan(), metadata.getVoicemail())) {
        types.add(Desc.of(d));
      }
      return new Region(metadata.hasLeadingDigits() ? java.util.regex.Pattern.compile(metadata.getLeadingDigits()) : null,
          Desc.of(metadata.getGeneralDesc()), types.toArray(Desc[]::new));
    }

    /**
     * Whether the national number {@code text[from..]} matches: it has a length the general
     * description allows and matches its pattern, and so for at least one type. With the product
     * automaton this is one pass over the digits, where the descriptions one by one take two or more.
     */
    boolean matches(String text, int from) {
      int length = text.length() - from;
      if (all != null) {
        if (length >= 64) {
          return false;
        }
        int matching = all.matching(text, from) & byLength[length];
        return (matching & 1) != 0 && (matching & ~1) != 0;
      }
      if (!general.matches(text, from)) {
        return false;
      }
      for (Desc type : types) {
        if (type.matches(text, from)) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * Whether a national number matches the region made from {@code metadata}; with {@code oneByOne},
   * through its descriptions one by one instead of the product automaton. For tests that compare the two.
   */
  static boolean regionMatches(Phonemetadata.PhoneMetadata metadata, String national, boolean oneByOne) {
    Region region = Region.of(metadata);
    if (oneByOne) {
      region = new Region(region.leadingDigits(), region.general(), region.types(), null, region.byLength());
    } else if (region.all() == null) {
      throw new IllegalStateException("no product automaton");
    }
    return region.matches(national, 0);
  }

  /**
   * For each first digit, whether a text starting with it may match the pattern (from the start,
   * as {@code lookingAt} or, with {@code prefix} false, as a whole): the matcher either matched the
   * digit alone or stopped for want of more input ({@link java.util.regex.Matcher#hitEnd}). A digit
   * for which neither holds can start no match, and the pattern is not tried.
   */
  static boolean[] firstDigits(java.util.regex.Pattern pattern, boolean prefix) {
    boolean[] may = new boolean[10];
    for (int d = 0; d < 10; d++) {
      if (pattern == null) {
        continue;
      }
      java.util.regex.Matcher m = pattern.matcher(String.valueOf((char) ('0' + d)));
      boolean matched = prefix ? m.lookingAt() : m.matches();
      may[d] = matched || m.hitEnd();
    }
    return may;
  }

  /**
   * A number description: its possible lengths (none listed: any) and its pattern (empty: none),
   * compiled to a digit automaton ({@link org.irrt.model.internal.DigitPattern}) where it can be, else
   * to a {@code java.util.regex} pattern.
   */
  private record Desc(long lengths, java.util.regex.Pattern pattern,
      org.irrt.model.internal.DigitPattern automaton, boolean[] mayStartWith) {
    static Desc of(Phonemetadata.PhoneNumberDesc desc) {
      String text = desc.getNationalNumberPattern();
      java.util.regex.Pattern pattern = text.isEmpty() ? null : java.util.regex.Pattern.compile(text);
      long lengths = 0L;
      for (int length : desc.getPossibleLengthList()) {
        lengths |= length >= 0 && length < 64 ? 1L << length : 0L; // metadata lengths are 1 to 17 digits
      }
      return new Desc(desc.getPossibleLengthList().isEmpty() ? -1L : lengths, pattern,
          pattern == null ? null : org.irrt.model.internal.DigitPattern.compile(text), firstDigits(pattern, false));
    }

    /**
     * Whether the national number {@code text[from..]} has one of the possible lengths (a bit per
     * length; all bits where none is listed) and matches the pattern.
     */
    boolean matches(String text, int from) {
      int length = text.length() - from;
      if (pattern == null || !mayStartWith[text.charAt(from) - '0'] || length >= 64 || (lengths & (1L << length)) == 0) {
        return false;
      }
      return automaton != null ? automaton.matches(text, from)
          : pattern.matcher(text).region(from, text.length()).matches();
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
