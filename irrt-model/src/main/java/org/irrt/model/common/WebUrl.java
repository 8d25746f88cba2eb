package org.irrt.model.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.net.IDN;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;
import com.ibm.icu.text.SpoofChecker;
import org.irrt.model.internal.Messages;
import org.irrt.model.internal.Text;

/**
 * An absolute web address that is safe to show as a link: {@code http} or {@code https} only.
 *
 * <p>The rule, stricter than a browser's (WHATWG) parser so that what is stored is what is shown:
 *
 * <ul>
 *   <li>scheme {@code http} or {@code https} (any case); {@code javascript:}, {@code data:}, every
 *       other scheme and relative references are rejected;
 *   <li>{@code //} and a host follow; no user-info ({@code user:pass@}), which phishing uses;
 *   <li>the host is a DNS name of letters, digits and hyphens (labels of 1 to 63, 253 in all), an
 *       internationalised name that IDNA converts to one, a dotted-quad IPv4 address or a bracketed
 *       IPv6 address; a host whose last label is numeric must be a dotted quad;
 *   <li>an internationalised host shows what it is: it converts to ASCII and back unchanged (no
 *       full-width digits, ideographic full stops or invisible characters) and mixes no confusable
 *       scripts (ICU {@code SpoofChecker}, moderately restrictive);
 *   <li>an optional port of 1 to 5 digits, at most 65535;
 *   <li>no path segment {@code .} or {@code ..} (nor their {@code %2e} forms): a browser removes
 *       them and goes to another path than the link shows;
 *   <li>no whitespace or control characters anywhere, no backslash, none of {@code <>"{}|^`}, and
 *       every {@code %} starts a two-digit hex escape; non-ASCII letters in path, query and
 *       fragment are allowed (an IRI, as browsers display it);
 *   <li>at most {@value #MAX_LENGTH} characters.
 * </ul>
 *
 * <p>The text is kept as given (in Unicode NFC); two addresses are equal when their text is equal.
 * Sources: RFC 3986, RFC 3987, the WHATWG URL Standard (checked against its web-platform tests: see
 * the conformance test for every input the standard accepts that this rule refuses, with reasons).
 */
public final class WebUrl {
  /** The longest address accepted, in characters. */
  public static final int MAX_LENGTH = 2048;

  private static final String FORBIDDEN = "\\<>\"{}|^`";

  private static final SpoofChecker SPOOF = new SpoofChecker.Builder()
      .setRestrictionLevel(SpoofChecker.RestrictionLevel.MODERATELY_RESTRICTIVE)
      .setChecks(SpoofChecker.RESTRICTION_LEVEL | SpoofChecker.INVISIBLE | SpoofChecker.MIXED_NUMBERS)
      .build();

  private final String value;
  private final String scheme;
  private final String host;
  private final String asciiHost;
  private final int port;

  private WebUrl(String value, String scheme, String host, String asciiHost, int port) {
    this.value = value;
    this.scheme = scheme;
    this.host = host;
    this.asciiHost = asciiHost;
    this.port = port;
  }

  /**
   * Parses and checks an address.
   *
   * @param text the address, e.g. {@code https://www.ala.org/rt/irrt}
   * @return the address
   * @throws InvalidValueException naming each rule the text breaks (the text itself is not quoted)
   */
  @JsonCreator
  public static WebUrl of(String text) {
    List<Violation> problems = new ArrayList<>();
    WebUrl url = parse(text, problems);
    if (url == null) {
      throw new InvalidValueException("WebUrl", problems);
    }
    return url;
  }

  /**
   * Whether {@link #of(String)} would accept the text.
   *
   * @param text any text, or {@code null}
   * @return whether it is a valid address
   */
  public static boolean isValid(String text) {
    Objects.requireNonNull(text, "text");
    return parse(text, new ArrayList<>()) != null;
  }

  private static WebUrl parse(String raw, List<Violation> problems) {
    if (raw == null) {
      return fail(problems, "required");
    }
    if (raw.isEmpty()) { // "" is an address that is not absolute, not a missing one (where none may be given, "url": null says so)
      return fail(problems, "relative");
    }
    String text = Text.nfc(raw);
    if (text.length() > MAX_LENGTH) {
      return fail(problems, "tooLong", MAX_LENGTH);
    }
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int type = Character.getType(cp);
      if (cp <= 0x20 || (cp >= 0x7f && cp <= 0xa0) || FORBIDDEN.indexOf(cp) >= 0
          || Character.isWhitespace(cp) || Character.isSpaceChar(cp)
          || type == Character.FORMAT || type == Character.SURROGATE
          || type == Character.UNASSIGNED || type == Character.PRIVATE_USE) {
        return fail(problems, "character");
      }
      if (cp == '%' && !(i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2)))) {
        return fail(problems, "percent");
      }
      i += Character.charCount(cp);
    }
    int colon = text.indexOf(':');
    String scheme = colon > 0 ? text.substring(0, colon).toLowerCase(Locale.ROOT) : "";
    if (!scheme.matches("[a-z][a-z0-9+.-]*")) {
      return fail(problems, "relative");
    }
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return fail(problems, "scheme");
    }
    if (!text.startsWith("//", colon + 1)) {
      return fail(problems, "relative");
    }
    int authorityStart = colon + 3;
    int authorityEnd = authorityStart;
    while (authorityEnd < text.length() && "/?#".indexOf(text.charAt(authorityEnd)) < 0) {
      authorityEnd++;
    }
    String authority = text.substring(authorityStart, authorityEnd);
    if (authority.indexOf('@') >= 0) {
      return fail(problems, "userInfo");
    }
    String hostPart;
    String ascii;
    String portPart = null;
    if (authority.startsWith("[")) {
      int close = authority.indexOf(']');
      if (close < 0) {
        return fail(problems, "host");
      }
      hostPart = authority.substring(0, close + 1);
      String rest = authority.substring(close + 1);
      if (!rest.isEmpty()) {
        if (!rest.startsWith(":")) {
          return fail(problems, "host");
        }
        portPart = rest.substring(1);
      }
      if (!isIpv6(hostPart.substring(1, hostPart.length() - 1))) {
        return fail(problems, "host");
      }
      ascii = hostPart.toLowerCase(Locale.ROOT);
    } else {
      int portColon = authority.lastIndexOf(':');
      hostPart = portColon >= 0 ? authority.substring(0, portColon) : authority;
      portPart = portColon >= 0 ? authority.substring(portColon + 1) : null;
      ascii = asciiHost(hostPart);
      if (ascii == null) {
        return fail(problems, "host");
      }
      if (!showsWhatItIs(hostPart)) {
        return fail(problems, "spoof");
      }
    }
    int port = -1;
    if (portPart != null) {
      if (!portPart.matches("[0-9]{1,5}") || Integer.parseInt(portPart) > 65535) {
        return fail(problems, "port");
      }
      port = Integer.parseInt(portPart);
    }
    String tail = text.substring(authorityEnd);
    int hash = tail.indexOf('#');
    if (hash >= 0 && tail.indexOf('#', hash + 1) >= 0) {
      return fail(problems, "character");
    }
    if (hasDotSegment(tail)) {
      return fail(problems, "dotSegment");
    }
    try {
      new URI(scheme + "://" + ascii + (port >= 0 ? ":" + port : "") + asciiTail(tail));
    } catch (URISyntaxException e) {
      return fail(problems, "syntax");
    }
    return new WebUrl(text, scheme, hostPart.toLowerCase(Locale.ROOT), ascii.toLowerCase(Locale.ROOT), port);
  }

  /**
   * Whether an internationalised host shows what it is: each non-ASCII label converts to ASCII and
   * back to itself (no full-width digits, ideographic full stops or invisible characters mapped
   * away), and mixes no scripts that can imitate each other (ICU's moderately restrictive level:
   * {@code аpple.com} with a Cyrillic а is refused; {@code 例え.jp} and {@code bücher.de} are fine).
   */
  private static boolean showsWhatItIs(String host) {
    String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    for (String label : name.split("\\.", -1)) {
      if (label.chars().allMatch(c -> c < 0x80)) {
        continue;
      }
      String lower = label.toLowerCase(Locale.ROOT);
      try {
        String round = IDN.toUnicode(IDN.toASCII(label, IDN.USE_STD3_ASCII_RULES), IDN.USE_STD3_ASCII_RULES);
        if (!round.equals(lower) || SPOOF.failsChecks(label)) {
          return false;
        }
      } catch (IllegalArgumentException e) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the path (before any {@code ?} or {@code #}) has a segment {@code .} or {@code ..},
   * also written {@code %2e}: a browser removes it (RFC 3986 section 5.2.4; WHATWG URL Standard,
   * "single-dot" and "double-dot" segments) and reaches another path than the link shows.
   */
  private static boolean hasDotSegment(String tail) {
    int end = tail.length();
    for (char c : new char[] {'?', '#'}) {
      int i = tail.indexOf(c);
      if (i >= 0 && i < end) {
        end = i;
      }
    }
    for (String segment : tail.substring(0, end).split("/", -1)) {
      String dots = segment.replace("%2e", ".").replace("%2E", ".");
      if (dots.equals(".") || dots.equals("..")) {
        return true;
      }
    }
    return false;
  }

  /** The ASCII (A-label) form of a DNS name or dotted-quad IPv4 address, or {@code null}. */
  private static String asciiHost(String host) {
    if (host.isEmpty() || host.length() > 253) {
      return null;
    }
    String ascii;
    try {
      ascii = IDN.toASCII(host, IDN.USE_STD3_ASCII_RULES);
    } catch (IllegalArgumentException e) {
      return null;
    }
    if (ascii.isEmpty() || ascii.length() > 253) {
      return null;
    }
    String name = ascii.endsWith(".") ? ascii.substring(0, ascii.length() - 1) : ascii;
    String[] labels = name.split("\\.", -1);
    for (String label : labels) {
      if (!label.matches("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?")) {
        return null;
      }
      if (label.regionMatches(true, 0, "xn--", 0, 4) && !isPunycode(label)) {
        return null;
      }
    }
    String last = labels[labels.length - 1];
    if (last.matches("[0-9]+") || last.matches("(?i)0x[0-9a-f]*")) {
      // A host that ends in a number is an IPv4 address: only the canonical dotted quad.
      if (!name.matches("((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}"
          + "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])")) {
        return null;
      }
    }
    return ascii;
  }

  private static boolean isPunycode(String label) {
    String unicode = IDN.toUnicode(label, IDN.USE_STD3_ASCII_RULES);
    if (unicode.equalsIgnoreCase(label)) {
      return false; // not decodable
    }
    try {
      return IDN.toASCII(unicode, IDN.USE_STD3_ASCII_RULES).equalsIgnoreCase(label);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static boolean isIpv6(String literal) {
    if (literal.isEmpty() || !literal.matches("[0-9A-Fa-f:.]+") || literal.indexOf(':') < 0) {
      return false;
    }
    try {
      // A literal with a colon is parsed, never looked up.
      InetAddress address = InetAddress.getByName("[" + literal + "]");
      return address instanceof Inet6Address || literal.indexOf('.') > 0;
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private static String asciiTail(String tail) {
    StringBuilder sb = new StringBuilder(tail.length());
    tail.codePoints().forEach(cp -> {
      if (cp < 0x80) {
        sb.append((char) cp);
      } else {
        for (byte b : new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
          sb.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
        }
      }
    });
    return sb.toString();
  }

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  private static WebUrl fail(List<Violation> problems, String rule, Object... args) {
    problems.add(Messages.violation("", "org.irrt.model.WebUrl." + rule, args));
    return null;
  }

  /**
   * The address as given, in NFC.
   *
   * @return the text
   */
  @JsonValue
  public String value() {
    return value;
  }

  /**
   * The scheme in lower case.
   *
   * @return {@code http} or {@code https}
   */
  public String scheme() {
    return scheme;
  }

  /**
   * The host in lower case, as written (an internationalised name stays in Unicode; IPv6 keeps its
   * brackets).
   *
   * @return the host
   */
  public String host() {
    return host;
  }

  /**
   * The host in ASCII, as DNS and browsers use it: an internationalised name in its {@code xn--}
   * form, lower case.
   *
   * @return e.g. {@code xn--bcher-kva.de}
   */
  public String asciiHost() {
    return asciiHost;
  }

  /**
   * The explicit port.
   *
   * @return the port, or empty when the scheme's default applies
   */
  public OptionalInt port() {
    return port < 0 ? OptionalInt.empty() : OptionalInt.of(port);
  }

  /**
   * Whether the address uses {@code https}.
   *
   * @return whether the connection is encrypted
   */
  public boolean isSecure() {
    return scheme.equals("https");
  }

  /**
   * The address as a {@link URI}, with an internationalised host in ASCII and non-ASCII characters
   * percent-encoded in UTF-8.
   *
   * @return the URI
   */
  public URI toUri() {
    String h = asciiHost;
    int authorityEnd = value.indexOf('/', value.indexOf("//") + 2);
    int q = value.indexOf('?', value.indexOf("//") + 2);
    int f = value.indexOf('#', value.indexOf("//") + 2);
    int end = value.length();
    for (int i : new int[] {authorityEnd, q, f}) {
      if (i >= 0 && i < end) {
        end = i;
      }
    }
    return URI.create(scheme + "://" + h + (port >= 0 ? ":" + port : "") + asciiTail(value.substring(end)));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WebUrl u && u.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the address. */
  @Override
  public String toString() {
    return value;
  }
}
