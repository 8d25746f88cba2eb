package org.irrt.model.internal;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UProperty;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Unicode text rules shared by all value types: NFC normalisation and the plain-text checks. */
public final class Text {
  private Text() {}

  /**
   * The text in Unicode NFC; {@code null} stays {@code null} (validation reports it).
   *
   * @param text any text
   * @return the NFC form
   */
  public static String nfc(String text) {
    if (isNfc(text)) {
      return text;
    }
    return Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  /**
   * The optional text in NFC.
   *
   * @param text optional text
   * @return the same optional when already NFC
   */
  public static Optional<String> nfc(Optional<String> text) {
    return text.isPresent() && !isNfc(text.get()) ? Optional.of(nfc(text.get())) : text;
  }

  /**
   * Each element in NFC.
   *
   * @param texts a list of text
   * @return a list of NFC text (the same list when nothing changes)
   */
  public static List<String> nfc(List<String> texts) {
    if (texts.stream().allMatch(Text::isNfc)) {
      return texts;
    }
    List<String> out = new ArrayList<>(texts.size());
    for (String t : texts) {
      out.add(nfc(t));
    }
    return out;
  }

  /**
   * Whether the text is already NFC; {@code null} counts as normalised.
   *
   * @param text any text
   * @return whether {@link #nfc(String)} would leave it unchanged
   */
  public static boolean isNfc(String text) {
    return text == null || belowCombiningMarks(text) || Normalizer.isNormalized(text, Normalizer.Form.NFC);
  }

  /**
   * Whether every character is below U+0300. Such text is in NFC: no character there decomposes
   * differently or combines with another (Unicode's NFC_Quick_Check is "Yes" for all of them, and
   * the first "No" or "Maybe" is U+0300), so the normalizer need not look.
   */
  private static boolean belowCombiningMarks(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      if (text.charAt(i) >= 0x300) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether every text is NFC.
   *
   * @param texts texts, possibly {@code null} or empty optionals
   * @return {@code true} when all are NFC
   */
  public static boolean allNfc(Object... texts) {
    for (Object t : texts) {
      if (t instanceof String s) {
        if (!isNfc(s)) {
          return false;
        }
      } else if (t instanceof Optional<?> o) {
        if (o.isPresent() && o.get() instanceof String s && !isNfc(s)) {
          return false;
        }
      } else if (t instanceof List<?> l) {
        for (Object e : l) {
          if (e instanceof String s && !isNfc(s)) {
            return false;
          }
        }
      }
    }
    return true;
  }

  /**
   * Whether three optional texts are NFC; {@link #allNfc(Object...)} without its array and type
   * tests, for the values read most (a person's name).
   *
   * @param a optional text
   * @param b optional text
   * @param c optional text
   * @return {@code true} when each is empty or NFC
   */
  public static boolean allNfc(Optional<String> a, Optional<String> b, Optional<String> c) {
    return nfcOrEmpty(a) && nfcOrEmpty(b) && nfcOrEmpty(c);
  }

  /**
   * Whether a text and an optional one are NFC; {@link #allNfc(Object...)} without its array and
   * type tests.
   *
   * @param a text, or {@code null}
   * @param b optional text
   * @return {@code true} when both are NFC (or absent)
   */
  public static boolean allNfc(String a, Optional<String> b) {
    return isNfc(a) && nfcOrEmpty(b);
  }

  private static boolean nfcOrEmpty(Optional<String> text) {
    return text.isEmpty() || isNfc(text.get());
  }

  /**
   * The first rule the text breaks, as the last part of a message key, or {@code null} when valid.
   *
   * @param value the text
   * @param max the largest length in code points
   * @param multiline whether line breaks and tabs are allowed
   * @return {@code required}, {@code blank} (nothing visible: spaces, format and default-ignorable
   *     characters only), {@code tooLong}, {@code control} (controls, and line or paragraph
   *     separators in single-line text), {@code bidi} (explicit embeddings, overrides and isolates),
   *     {@code invalidCharacter} (unassigned, private-use, non-characters), {@code surrogate}, or
   *     {@code null}; Unicode data from ICU, the same on every JDK
   */
  public static String problem(CharSequence value, int max, boolean multiline) {
    if (value == null) {
      return "required";
    }
    int length = value.length();
    int i = 0;
    boolean blank = true;
    if (value instanceof String s) {
      // The common text, every character below U+0800 and each visible or invisible, in one tight
      // loop over the table; the first other character (a control, an invalid one, anything from
      // U+0800 up) goes to the full loop below, which goes on from there with the same state.
      for (; i < length; i++) {
        char c = s.charAt(i);
        if (c >= SMALL.length) {
          break;
        }
        byte kind = SMALL[c];
        if (kind == VISIBLE) {
          blank = false;
        } else if (kind != INVISIBLE) {
          break;
        }
      }
      if (i == length) {
        return blank ? "blank" : length > max ? "tooLong" : null;
      }
    }
    int codePoints = i; // one per character so far: none of them was a surrogate
    while (i < length) {
      char c = value.charAt(i);
      int cp;
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= length || !Character.isLowSurrogate(value.charAt(i + 1))) {
          return "surrogate";
        }
        cp = Character.toCodePoint(c, value.charAt(i + 1));
        i += 2;
      } else if (Character.isLowSurrogate(c)) {
        return "surrogate";
      } else {
        cp = c;
        i++;
      }
      codePoints++;
      if (cp > 0x20 && cp < 0x7f) {
        blank = false; // printable ASCII: visible, assigned, no control or bidi
        continue;
      }
      if (cp < SMALL.length) {
        // the same rules as below, looked up in a table made from them (no bidi control is this low)
        switch (SMALL[cp]) {
          case VISIBLE -> blank = false;
          case INVISIBLE -> { }
          case CONTROL -> {
            if (!(multiline && (cp == '\n' || cp == '\r' || cp == '\t'))) {
              return "control";
            }
          }
          default -> {
            return "invalidCharacter";
          }
        }
        continue;
      }
      int type = UCharacter.getType(cp);
      boolean lineBreak = cp == '\n' || cp == '\r' || cp == '\t' || cp == 0x2028 || cp == 0x2029;
      if ((type == UCharacterCategory.CONTROL || cp == 0x2028 || cp == 0x2029) && !(multiline && lineBreak)) {
        return "control";
      }
      if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)) {
        return "bidi";
      }
      if (type == UCharacterCategory.UNASSIGNED || type == UCharacterCategory.PRIVATE_USE
          || UCharacter.hasBinaryProperty(cp, UProperty.NONCHARACTER_CODE_POINT)) {
        return "invalidCharacter";
      }
      if (blank && isVisible(cp, type)) {
        blank = false;
      }
    }
    if (blank) {
      return "blank";
    }
    return codePoints > max ? "tooLong" : null;
  }

  private static final byte VISIBLE = 0;
  private static final byte INVISIBLE = 1;
  private static final byte CONTROL = 2;
  private static final byte INVALID = 3;

  /**
   * For each code point below U+0800 (Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic and the
   * rest of the two-byte range), what {@link #problem} makes of it, computed at start-up with the
   * same ICU lookups it makes above this range.
   */
  private static final byte[] SMALL = small(0x800);

  private static byte[] small(int limit) {
    byte[] table = new byte[limit];
    for (int cp = 0; cp < limit; cp++) {
      int type = UCharacter.getType(cp);
      if (type == UCharacterCategory.CONTROL) {
        table[cp] = CONTROL;
      } else if (type == UCharacterCategory.UNASSIGNED || type == UCharacterCategory.PRIVATE_USE
          || UCharacter.hasBinaryProperty(cp, UProperty.NONCHARACTER_CODE_POINT)) {
        table[cp] = INVALID;
      } else {
        table[cp] = isVisible(cp, type) ? VISIBLE : INVISIBLE;
      }
    }
    return table;
  }

  /** Whether a code point shows as something: not space, not a format or default-ignorable one. */
  private static boolean isVisible(int cp, int type) {
    return !UCharacter.isUWhiteSpace(cp) && !Character.isSpaceChar(cp) && type != UCharacterCategory.FORMAT
        && type != UCharacterCategory.CONTROL
        && !UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT)
        && cp != 0x2800; // braille blank
  }
}
