package org.irrt.model.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.net.IDN;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.irrt.model.internal.Messages;
import org.irrt.model.internal.Text;

/**
 * An e-mail address a member can be written to.
 *
 * <p>The one rule (RFC 5321 mailbox, with RFC 6531 internationalised local parts and IDNA domains):
 *
 * <ul>
 *   <li>{@code local@domain}, split at the last {@code @};
 *   <li>local part: a dot-atom: one or more atoms of RFC 5322 {@code atext} (letters, digits and
 *       {@code !#$%&'*+/=?^_`{|}~-}) or, for internationalised addresses, Unicode letters, marks and
 *       digits, joined by single dots; at most 64 octets in UTF-8. Quoted local parts ({@code
 *       "john doe"@...}), comments and folding white space are refused: they are legal in RFC 5322
 *       messages but no member types them and many mail systems mishandle them;
 *   <li>domain: DNS labels of letters, digits and hyphens (1 to 63 octets, no hyphen first or last),
 *       an internationalised name that IDNA converts to such labels, at most 253 octets; the top-level
 *       label is not all digits. A one-label domain ({@code test@io}) is accepted, because top-level
 *       domains receive mail. Address literals ({@code test@[192.0.2.1]}) are refused;
 *   <li>at most 254 octets in all.
 * </ul>
 *
 * <p>The address is kept as given (NFC) but for the domain, which is lower-cased; equality follows.
 * It is personal data: {@link #toString()} masks it; {@link #value()} gives it. Checked against the
 * isemail test suite: every address it grades an error is refused and every valid one accepted.
 */
public final class EmailAddress {
  private static final String ATEXT = "!#$%&'*+/=?^_`{|}~-";

  private final String value;
  private final int at;

  private EmailAddress(String value, int at) {
    this.value = value;
    this.at = at;
  }

  /**
   * Parses and checks an address.
   *
   * @param text the address
   * @return the address
   * @throws InvalidValueException naming the rule broken (never quoting the address)
   */
  @JsonCreator
  public static EmailAddress of(String text) {
    int at = plainAt(text);
    if (at > 0) {
      return new EmailAddress(text, at); // the common case, decided in one pass
    }
    return checked(text);
  }

  /** {@link #of} without its one-pass shortcut: every rule, in order; for tests that compare the two. */
  static EmailAddress checked(String text) {
    String problem = problem(text);
    if (problem != null) {
      throw new InvalidValueException("EmailAddress",
          List.of(Messages.violation("", "org.irrt.model.EmailAddress." + problem)));
    }
    String nfc = Text.nfc(text);
    int at = nfc.lastIndexOf('@');
    if (isLowerAscii(nfc, at + 1)) {
      return new EmailAddress(nfc, at); // the domain is in lower case already
    }
    String domain = nfc.substring(at + 1);
    String lower = domain.toLowerCase(Locale.ROOT);
    return new EmailAddress(lower.equals(domain) ? nfc : nfc.substring(0, at) + "@" + lower, at);
  }

  /** What an ASCII character may be in {@link #plainAt}'s one pass. */
  private static final byte OTHER = 0;
  private static final byte LOWER_OR_DIGIT = 1; // a-z 0-9: local part and domain label
  private static final byte UPPER = 2; // A-Z: local part only (a domain is lower-cased by the full path)
  private static final byte HYPHEN = 3; // local part; domain label, not first or last
  private static final byte ATEXT_ONLY = 4; // the rest of RFC 5322 atext: local part only
  private static final byte DOT = 5;
  private static final byte[] PLAIN = plainTable();

  private static byte[] plainTable() {
    byte[] table = new byte[128];
    for (char c = 'a'; c <= 'z'; c++) {
      table[c] = LOWER_OR_DIGIT;
      table[Character.toUpperCase(c)] = UPPER;
    }
    for (char c = '0'; c <= '9'; c++) {
      table[c] = LOWER_OR_DIGIT;
    }
    for (char c : ATEXT.toCharArray()) {
      table[c] = ATEXT_ONLY;
    }
    table['-'] = HYPHEN;
    table['.'] = DOT;
    return table;
  }

  /**
   * Where the {@code @} is, when the text is an address {@link #checked} accepts and keeps as given
   * (ASCII, so NFC; the domain already in lower case), decided in one pass; otherwise -1, and the
   * text goes through every rule in turn. The same rules: a dot-atom local part of at most 64
   * octets, LDH labels of 1 to 63 octets, a last label not all digits, a domain of at most 253 and
   * an address of at most 254 octets. {@code EmailAddressPropertiesTest} checks that the two agree.
   */
  private static int plainAt(String text) {
    if (text == null) {
      return -1;
    }
    int length = text.length();
    int at = text.lastIndexOf('@');
    if (at < 1 || at > 64 || length > 254 || length - at - 1 > 253) {
      return -1;
    }
    boolean atomStart = true;
    for (int i = 0; i < at; i++) {
      char c = text.charAt(i);
      byte kind = c < 128 ? PLAIN[c] : OTHER;
      if (kind == DOT) {
        if (atomStart) {
          return -1;
        }
        atomStart = true;
      } else if (kind == OTHER) {
        return -1;
      } else {
        atomStart = false;
      }
    }
    if (atomStart) {
      return -1; // a trailing dot
    }
    int labelStart = at + 1;
    boolean digitsOnly = true;
    for (int i = labelStart; i <= length; i++) {
      char c = i == length ? '.' : text.charAt(i);
      byte kind = c < 128 ? PLAIN[c] : OTHER;
      if (kind == DOT) {
        int labelLength = i - labelStart;
        if (labelLength < 1 || labelLength > 63 || text.charAt(labelStart) == '-' || text.charAt(i - 1) == '-') {
          return -1;
        }
        if (i == length && digitsOnly) {
          return -1;
        }
        labelStart = i + 1;
        digitsOnly = true;
      } else if (kind == LOWER_OR_DIGIT) {
        digitsOnly &= c <= '9';
      } else if (kind == HYPHEN) {
        digitsOnly = false;
      } else {
        return -1;
      }
    }
    return at;
  }

  /** Whether {@code text[from, length)} is ASCII without capital letters. */
  private static boolean isLowerAscii(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80 || (c >= 'A' && c <= 'Z')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a text is an address {@link #of} accepts.
   *
   * @param text any text, or {@code null}
   * @return {@code true} if it is
   */
  public static boolean isValid(String text) {
    Objects.requireNonNull(text, "text");
    return problem(text) == null;
  }

  private static String problem(String raw) {
    if (raw == null || raw.isEmpty()) {
      return "required";
    }
    String text = Text.nfc(raw);
    int at = text.lastIndexOf('@');
    if (at < 0) {
      return "noAt";
    }
    if (at == 0 || !isDotAtom(text, at)) {
      return "localPart";
    }
    int localBytes = utf8Length(text, at);
    if (localBytes > 64) {
      return "localPartTooLong";
    }
    String ascii = asciiDomain(text.substring(at + 1));
    if (ascii == null) {
      return "domain";
    }
    if (localBytes + 1 + ascii.length() > 254) {
      return "tooLong";
    }
    return null;
  }

  /** The UTF-8 length of {@code text[0, end)}, counted without encoding it. */
  private static int utf8Length(String text, int end) {
    int bytes = 0;
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes++;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else {
        bytes += 3; // a lone surrogate is encoded as '?' by getBytes, but isDotAtom refuses it first
      }
    }
    return bytes;
  }

  /** Whether {@code text[0, end)} is a dot-atom of letters, digits, marks and RFC 5322 atext. */
  private static boolean isDotAtom(String local, int end) {
    boolean atomStart = true;
    for (int i = 0; i < end; ) {
      int cp = local.codePointAt(i);
      if (cp == '.') {
        if (atomStart) {
          return false; // leading or double dot
        }
        atomStart = true;
      } else if (cp < 0x80 ? (Character.isLetterOrDigit(cp) || ATEXT.indexOf(cp) >= 0)
          : (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
              || Character.getType(cp) == Character.COMBINING_SPACING_MARK)) {
        atomStart = false;
      } else {
        return false;
      }
      i += Character.charCount(cp);
    }
    return !atomStart; // no trailing dot
  }

  private static String asciiDomain(String domain) {
    if (domain.isEmpty() || domain.startsWith("[")) {
      return null;
    }
    String ascii = domain;
    if (!isAscii(domain)) {
      // An ASCII domain is its own IDNA ASCII form (ToASCII changes only labels with other
      // characters), so only an internationalised one goes through IDN.
      try {
        ascii = IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES);
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    if (ascii.isEmpty() || ascii.length() > 253 || ascii.endsWith(".")) {
      return null;
    }
    boolean digitsOnly = true; // of the last label
    int labelStart = 0;
    for (int i = 0; i <= ascii.length(); i++) {
      if (i == ascii.length() || ascii.charAt(i) == '.') {
        if (!isLdhLabel(ascii, labelStart, i)) {
          return null;
        }
        digitsOnly = true;
        for (int j = labelStart; j < i; j++) {
          digitsOnly &= ascii.charAt(j) >= '0' && ascii.charAt(j) <= '9';
        }
        labelStart = i + 1;
      }
    }
    return digitsOnly ? null : ascii;
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code text[from, to)} is {@code [A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?}. */
  private static boolean isLdhLabel(String text, int from, int to) {
    int length = to - from;
    if (length < 1 || length > 63 || text.charAt(from) == '-' || text.charAt(to - 1) == '-') {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-')) {
        return false;
      }
    }
    return true;
  }

  /**
   * The address.
   *
   * @return e.g. {@code ana@biblioteca.example}
   */
  @JsonValue
  public String value() {
    return value;
  }

  /**
   * The part before the last {@code @}.
   *
   * @return the local part
   */
  public String localPart() {
    return value.substring(0, at);
  }

  /**
   * The domain, lower case.
   *
   * @return the domain
   */
  public String domain() {
    return value.substring(at + 1);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EmailAddress e && e.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns {@code EmailAddress[***]}: the address is personal data; use {@link #value()}. */
  @Override
  public String toString() {
    return "EmailAddress[***]";
  }
}
