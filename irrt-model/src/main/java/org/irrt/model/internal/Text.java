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
    return text == null || Normalizer.isNormalized(text, Normalizer.Form.NFC);
  }

  /**
   * Whether every text is NFC.
   *
   * @param texts texts, optional texts or lists of texts, possibly {@code null} or empty
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
   * The first rule the text breaks, as the last part of a message key, or {@code null} when valid.
   *
   * @param value the text
   * @param max the largest length in code points, counted in NFC (the form text is kept in)
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
    int codePoints = 0;
    boolean blank = true;
    for (int i = 0; i < length; ) {
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
    if (codePoints > max && !Normalizer.isNormalized(value, Normalizer.Form.NFC)) {
      // Text is kept in NFC (DOMAIN.md section 6): measured as it will be kept, NFD input is as long as NFC.
      String nfc = Normalizer.normalize(value, Normalizer.Form.NFC);
      codePoints = nfc.codePointCount(0, nfc.length());
    }
    return codePoints > max ? "tooLong" : null;
  }

  /** Whether a code point shows as something: not space, not a format or default-ignorable one. */
  private static boolean isVisible(int cp, int type) {
    return !UCharacter.isUWhiteSpace(cp) && !Character.isSpaceChar(cp) && type != UCharacterCategory.FORMAT
        && type != UCharacterCategory.CONTROL
        && !UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT)
        && cp != 0x2800; // braille blank
  }
}
