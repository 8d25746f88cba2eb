package org.irrt.model.common;

import java.lang.Character.UnicodeScript;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.irrt.model.internal.Text;
import org.irrt.model.internal.Validators;

/**
 * A person's name in any script: given names and a family name, or a single name (a mononym, such as
 * many Indonesian and Ethiopian names); family name first where the record says so (Chinese,
 * Japanese, Korean, Hungarian, Vietnamese practice); and optionally a Latin transliteration for
 * sorting and badges. Text is kept in Unicode NFC.
 *
 * <p>The display name and the sort key are derived, never stored: {@link #displayName()} joins the
 * parts in the record's order, without a space between parts written entirely in Han, kana or
 * Hangul ({@code 山田太郎}); {@link #sortKey()} is the transliteration if present, else family name
 * then given names. Personal data: every part is redacted in {@code toString()}.
 */
@Value.Immutable
@IrrtStyle
public abstract class PersonName implements WithPersonName {
  private static final Set<UnicodeScript> UNSPACED =
      Set.of(UnicodeScript.HAN, UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA, UnicodeScript.HANGUL);

  PersonName() {}

  /**
   * A builder; {@code build()} validates.
   *
   * @return a new builder
   */
  public static ImmutablePersonName.Builder builder() {
    return ImmutablePersonName.builder();
  }

  /**
   * A single name.
   *
   * @param name the only name a person has
   * @return the name
   */
  public static PersonName mononym(String name) {
    Objects.requireNonNull(name, "name");
    return builder().givenNames(name).build();
  }

  /**
   * Given names then family name, in Western order.
   *
   * @param given the given names
   * @param family the family name
   * @return the name
   */
  public static PersonName of(String given, String family) {
    Objects.requireNonNull(given, "given");
    Objects.requireNonNull(family, "family");
    return builder().givenNames(given).familyName(family).build();
  }

  /**
   * The given names (first and middle names).
   *
   * @return up to 200 code points, or empty
   */
  @Value.Redacted
  public abstract Optional<@ValidText String> givenNames();

  /**
   * The family name (surname).
   *
   * @return up to 200 code points, or empty
   */
  @Value.Redacted
  public abstract Optional<@ValidText String> familyName();

  /**
   * Whether the family name comes first when the name is written.
   *
   * @return {@code false} unless set
   */
  @Value.Default
  public boolean familyNameFirst() {
    return false;
  }

  /**
   * The name in Latin letters, for sorting and badges, when the name is in another script.
   *
   * @return the transliteration, e.g. "Yamada Taro", or empty
   */
  @Value.Redacted
  public abstract Optional<@ValidText String> latin();

  /**
   * The name as written: the parts in the record's order.
   *
   * @return e.g. "Ana García", "山田太郎", "Nagy Katalin", "Sukarno"
   */
  public final String displayName() {
    if (givenNames().isEmpty() || familyName().isEmpty()) {
      return givenNames().or(this::familyName).orElse("");
    }
    String first = familyNameFirst() ? familyName().get() : givenNames().get();
    String second = familyNameFirst() ? givenNames().get() : familyName().get();
    return first + (unspaced(first) && unspaced(second) ? "" : " ") + second;
  }

  /**
   * The key to sort by: the transliteration if present, else family name then given names.
   *
   * @return the key; compare keys with a collator, not {@code String.compareTo}
   */
  public final String sortKey() {
    if (latin().isPresent()) {
      return latin().get();
    }
    return familyName().map(f -> givenNames().map(g -> f + " " + g).orElse(f)).orElse(givenNames().orElse(""));
  }

  /**
   * The name for a badge: the display name, followed by the transliteration in parentheses when
   * there is one.
   *
   * @return e.g. "山田太郎 (Yamada Taro)"
   */
  public final String badgeName() {
    return displayName() + latin().map(l -> " (" + l + ")").orElse("");
  }

  /**
   * Whether a part is written entirely in Han, kana or Hangul. Marks that belong to those scripts
   * without being assigned to them count too: combining marks and variation selectors (script
   * Inherited, e.g. the ideographic variation selector in 葛󠄀城) and the kana blocks' Common
   * characters (the prolonged sound mark in ルーシー, the voiced sound marks, their halfwidth forms). Source: Unicode
   * Script_Extensions (ScriptExtensions.txt gives U+30FC Hira Kana), which {@link UnicodeScript} does
   * not read.
   */
  private static boolean unspaced(String part) {
    return part.codePoints().allMatch(cp -> {
      UnicodeScript script = UnicodeScript.of(cp);
      if (UNSPACED.contains(script) || script == UnicodeScript.INHERITED) {
        return true;
      }
      Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
      return script == UnicodeScript.COMMON && (block == Character.UnicodeBlock.HIRAGANA
          || block == Character.UnicodeBlock.KATAKANA || (cp >= 0xFF65 && cp <= 0xFF9F)); // halfwidth katakana's marks
    }) && part.codePoints().anyMatch(cp -> UNSPACED.contains(UnicodeScript.of(cp)));
  }

  @Value.Check
  PersonName normalize() {
    if (!Text.allNfc(givenNames(), familyName(), latin())) {
      return builder().from(this).givenNames(Text.nfc(givenNames())).familyName(Text.nfc(familyName()))
          .latin(Text.nfc(latin())).build();
    }
    return Validators.check(this, (n, rules) -> rules.require(
        n.givenNames().isPresent() || n.familyName().isPresent(), "givenNames", "org.irrt.model.PersonName.empty"));
  }
}
