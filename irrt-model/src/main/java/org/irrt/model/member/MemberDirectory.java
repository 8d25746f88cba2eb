package org.irrt.model.member;

import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.AlphabeticIndex;
import com.ibm.icu.text.Collator;
import com.ibm.icu.text.RuleBasedCollator;
import com.ibm.icu.text.StringSearch;
import com.ibm.icu.text.UnicodeSet;
import com.ibm.icu.util.ULocale;
import java.text.StringCharacterIterator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The member directory: the members who agreed to be listed, sorted for a reader's locale, grouped
 * in alphabet buckets, and searchable without regard to accents or case.
 *
 * <p>Sorting uses ICU's collator for the locale on each member's {@link
 * org.irrt.model.common.PersonName#sortKey()} (a Latin transliteration when the record has one).
 * Buckets use ICU's {@link AlphabeticIndex} with the labels of the reader's locale and of the
 * scripts of the members' names (Latin, Greek, Cyrillic, Arabic, Hebrew, Devanagari, Ethiopic, Thai,
 * Hangul, kana...). A name that the reader's index can only put in a catch-all bucket ("…")
 * gets the heading a reader of its own script expects, from an index of that script's locale:
 *
 * <ul>
 *   <li>Han (Chinese characters): by the member's language, else country: Chinese in Taiwan, Hong
 *       Kong or Macao, or tagged {@code zh-Hant}, by stroke count ({@code 4劃}, ICU's {@code zh-TW}
 *       index); other Chinese, and a name with no hint (CLDR's likely locale for Han is {@code
 *       zh-Hans-CN}), by pinyin initial ({@code W}, shared with the Latin {@code W} as ICU's
 *       Chinese index does); Korean by the Hangul initial of the hanja's reading ({@code ㅇ});
 *       Japanese by radical ({@code 木}, ICU's {@code ja-u-co-unihan} index, since the reading a
 *       kana heading needs is not in the record: give a {@link
 *       org.irrt.model.common.PersonName#latin()} transliteration to sort by it). A character none of
 *       these places (a rare ideograph) goes by radical.
 *   <li>kana and Hangul: the Japanese and Korean labels ({@code か}, {@code ㄱ}).
 *   <li>any other script: the index of CLDR's likely locale for the script (Armenian for {@code
 *       Armn}, Georgian for {@code Geor}), else the script's own letters as labels (Thaana, whose
 *       locale has no index).
 * </ul>
 *
 * <p>Every listed name is in exactly one bucket; only a name that starts with no letter at all stays
 * in a catch-all bucket. Search matches a query anywhere in a member's display name, badge name or
 * sort key at the collator's primary strength ("garcia" finds "García", "MULLER" finds "Müller").
 * Erased members and members without directory consent are never listed.
 */
public final class MemberDirectory {
  private static final List<ULocale> SCRIPT_LABELS = List.of(
      ULocale.ENGLISH, new ULocale("el"), new ULocale("ru"), new ULocale("ar"), new ULocale("he"),
      new ULocale("hi"), new ULocale("am"), new ULocale("th"), ULocale.KOREAN, ULocale.JAPANESE,
      ULocale.SIMPLIFIED_CHINESE);

  private final ULocale locale;
  private final List<Member> entries;

  private MemberDirectory(ULocale locale, List<Member> entries) {
    this.locale = locale;
    this.entries = entries;
  }

  /**
   * The directory of the given members for a reader's locale.
   *
   * @param members all members; those without directory consent or erased are left out
   * @param locale the reader's locale, which decides the sort order and the first bucket labels
   * @return the directory
   */
  public static MemberDirectory of(Collection<Member> members, Locale locale) {
    Objects.requireNonNull(members, "members");
    ULocale ulocale = ULocale.forLocale(Objects.requireNonNull(locale, "locale"));
    Collator collator = Collator.getInstance(ulocale);
    List<Member> listed = new ArrayList<>();
    for (Member m : members) {
      if (m.consent().directoryListing() && !m.isErased()) {
        listed.add(m);
      }
    }
    listed.sort(Comparator.comparing((Member m) -> m.name().sortKey(), collator::compare)
        .thenComparing(m -> m.id().value()));
    return new MemberDirectory(ulocale, List.copyOf(listed));
  }

  /**
   * The listed members in directory order.
   *
   * @return the members
   */
  public List<Member> entries() {
    return entries;
  }

  /**
   * A labelled group of members, such as "A" or "Б".
   *
   * @param label the bucket label as ICU gives it ("…" for overflow)
   * @param members the members in directory order
   */
  public record Bucket(String label, List<Member> members) {
    /**
     * Checks and copies the parts.
     *
     * @throws NullPointerException when an argument or a member is null
     */
    public Bucket {
      Objects.requireNonNull(label, "label");
      members = List.copyOf(Objects.requireNonNull(members, "members"));
    }
  }

  /**
   * The members grouped in alphabet buckets; empty buckets are left out.
   *
   * @return the buckets in index order, a script's own headings where the reader's catch-all bucket
   *     was; every listed member is in exactly one
   */
  public List<Bucket> buckets() {
    AlphabeticIndex<Member> index = new AlphabeticIndex<Member>(locale);
    for (ULocale labels : SCRIPT_LABELS) {
      index.addLabels(labels);
    }
    index.setMaxLabelCount(1000);
    for (Member m : entries) {
      index.addRecord(m.name().sortKey(), m);
    }
    List<Slot> order = new ArrayList<>(); // the reader's headings, and its catch-all buckets to place
    Map<String, Slot> readersLabels = new HashMap<>();
    for (AlphabeticIndex.Bucket<Member> bucket : index) {
      boolean normal = bucket.getLabelType() == AlphabeticIndex.Bucket.LabelType.NORMAL;
      if (normal || bucket.size() > 0) {
        Slot slot = new Slot(bucket.getLabel(), !normal, members(bucket));
        order.add(slot);
        if (normal) {
          readersLabels.put(slot.label, slot);
        }
      }
    }
    List<Slot> placed = new ArrayList<>();
    for (Slot slot : order) {
      if (slot.catchAll) {
        placed.addAll(inOwnScript(slot.label, slot.members, readersLabels));
      } else {
        placed.add(slot);
      }
    }
    return placed.stream().filter(slot -> !slot.members.isEmpty())
        .map(slot -> new Bucket(slot.label, List.copyOf(slot.members))).toList();
  }

  /** A bucket being filled. */
  private static final class Slot {
    final String label;
    final boolean catchAll;
    final List<Member> members;

    Slot(String label, boolean catchAll, List<Member> members) {
      this.label = label;
      this.catchAll = catchAll;
      this.members = new ArrayList<>(members);
    }
  }

  private static List<Member> members(AlphabeticIndex.Bucket<Member> bucket) {
    List<Member> members = new ArrayList<>();
    bucket.forEach(record -> members.add(record.getData()));
    return members;
  }

  /**
   * The members of one of the reader's catch-all buckets under their own script's headings: a
   * heading the reader's index already has takes them in (pinyin {@code W} joins Latin {@code W});
   * new headings come in the order found; members no index can place stay under {@code label}.
   */
  private List<Slot> inOwnScript(String label, List<Member> members, Map<String, Slot> readersLabels) {
    Map<Labels, List<Member>> pending = new LinkedHashMap<>();
    for (Labels han : List.of(PINYIN, STROKES, KOREAN, RADICALS)) {
      pending.put(han, new ArrayList<>()); // Han headings in a fixed order: pinyin, strokes, hanja, radicals
    }
    Map<Member, List<Labels>> chains = new IdentityHashMap<>();
    for (Member m : members) {
      List<Labels> chain = scriptLabels(m);
      chains.put(m, chain);
      if (!chain.isEmpty()) {
        pending.computeIfAbsent(chain.get(0), k -> new ArrayList<>()).add(m);
      }
    }
    Map<String, Slot> added = new LinkedHashMap<>();
    Slot rest = new Slot(label, true, members.stream().filter(m -> chains.get(m).isEmpty()).toList());
    while (!pending.isEmpty()) {
      Labels next = pending.keySet().iterator().next();
      List<Member> group = pending.remove(next);
      if (group.isEmpty()) {
        continue;
      }
      AlphabeticIndex<Member> own = next.index();
      for (Member m : group) {
        own.addRecord(m.name().sortKey(), m);
      }
      for (AlphabeticIndex.Bucket<Member> bucket : own) {
        if (bucket.size() == 0) {
          continue;
        }
        if (bucket.getLabelType() == AlphabeticIndex.Bucket.LabelType.NORMAL) {
          Slot target = readersLabels.get(bucket.getLabel());
          if (target == null) {
            target = added.computeIfAbsent(bucket.getLabel(), l -> new Slot(l, false, List.of()));
          }
          target.members.addAll(members(bucket));
        } else {
          for (Member m : members(bucket)) {
            List<Labels> chain = chains.get(m);
            int at = chain.indexOf(next) + 1;
            if (at < chain.size()) {
              pending.computeIfAbsent(chain.get(at), k -> new ArrayList<>()).add(m);
            } else {
              rest.members.add(m);
            }
          }
        }
      }
    }
    List<Slot> slots = new ArrayList<>(added.values());
    if (!rest.members.isEmpty()) {
      slots.add(rest);
    }
    return slots;
  }

  /**
   * Where a script's headings come from: the index of a locale, or, when {@code script} is set, the
   * script's own letters (for a script whose locales have no index).
   */
  private record Labels(ULocale locale, int script) {
    static Labels of(ULocale locale) {
      return new Labels(locale, UScript.INVALID_CODE);
    }

    AlphabeticIndex<Member> index() {
      AlphabeticIndex<Member> index = new AlphabeticIndex<Member>(locale);
      if (script != UScript.INVALID_CODE) {
        index.addLabels(new UnicodeSet().applyIntPropertyValue(UProperty.SCRIPT, script)
            .retainAll(new UnicodeSet("[:L:]")));
      }
      index.setMaxLabelCount(1000);
      return index;
    }
  }

  /** By radical: Unicode's radical-stroke order of Han, as ICU's Japanese unihan collation has it. */
  private static final Labels RADICALS = Labels.of(ULocale.forLanguageTag("ja-u-co-unihan"));
  /** By pinyin: ICU's Chinese default, and CLDR's likely locale for Han ({@code und-Hani} is {@code zh-Hans-CN}). */
  private static final Labels PINYIN = Labels.of(ULocale.forLanguageTag("zh"));
  /** By stroke count: ICU's index for Traditional Chinese (Taiwan, Hong Kong, Macao). */
  private static final Labels STROKES = Labels.of(ULocale.forLanguageTag("zh-Hant"));
  /** By the Hangul initial of a hanja's reading, and Hangul jamo. */
  private static final Labels KOREAN = Labels.of(ULocale.KOREAN);

  /**
   * The headings to try for a name, in order: from its first letter's script and the member's
   * language and country; empty for a name without letters.
   */
  private static List<Labels> scriptLabels(Member m) {
    int script = firstScript(m.name().sortKey());
    if (script == UScript.INVALID_CODE) {
      return List.of();
    }
    if (script == UScript.HAN) {
      List<Labels> chain = new ArrayList<>();
      hanLabels(ULocale.forLanguageTag(m.preferredLanguage())).ifPresent(chain::add);
      hanLabels(ULocale.addLikelySubtags(new ULocale("und_" + m.country().value()))).ifPresent(chain::add);
      chain.add(PINYIN);
      chain.add(RADICALS);
      return chain.stream().distinct().toList();
    }
    if (script == UScript.HIRAGANA || script == UScript.KATAKANA) {
      return List.of(Labels.of(ULocale.JAPANESE));
    }
    if (script == UScript.HANGUL) {
      return List.of(KOREAN);
    }
    ULocale likely = ULocale.addLikelySubtags(new ULocale("und_" + UScript.getShortName(script)));
    return List.of(Labels.of(new ULocale(likely.getLanguage())), new Labels(ULocale.ROOT, script));
  }

  /** The headings a Chinese, Japanese or Korean locale gives Han names; empty for other languages. */
  private static Optional<Labels> hanLabels(ULocale hint) {
    return switch (hint.getLanguage()) {
      case "zh" -> Optional.of(hint.getScript().equals("Hant") || TRADITIONAL.contains(hint.getCountry()) ? STROKES
          : PINYIN);
      case "ja" -> Optional.of(RADICALS);
      case "ko" -> Optional.of(KOREAN);
      default -> Optional.empty();
    };
  }

  /** Regions writing Traditional Chinese (CLDR likely subtags: {@code und-TW} is {@code zh-Hant-TW}). */
  private static final java.util.Set<String> TRADITIONAL = java.util.Set.of("TW", "HK", "MO");

  /** The script of the first letter of a text that belongs to one script, or INVALID_CODE. */
  private static int firstScript(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int script = UScript.getScript(cp);
      if (script != UScript.COMMON && script != UScript.INHERITED && script != UScript.UNKNOWN) {
        return script;
      }
      i += Character.charCount(cp);
    }
    return UScript.INVALID_CODE;
  }

  /**
   * The listed members whose name contains the query, ignoring accents and case.
   *
   * @param query part of a name
   * @return the matching members in directory order; all of them for a blank query
   * @throws NullPointerException when {@code query} is null
   */
  public List<Member> search(String query) {
    Objects.requireNonNull(query, "query");
    if (query.isBlank()) {
      return entries;
    }
    RuleBasedCollator collator = (RuleBasedCollator) Collator.getInstance(locale);
    collator.setStrength(Collator.PRIMARY);
    List<Member> found = new ArrayList<>();
    for (Member m : entries) {
      String haystack = m.name().badgeName() + " \u0001 " + m.name().sortKey();
      StringSearch search = new StringSearch(query.strip(), new StringCharacterIterator(haystack), collator);
      if (search.first() != StringSearch.DONE) {
        found.add(m);
      }
    }
    return found;
  }
}
