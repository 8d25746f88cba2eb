package org.irrt.model.member;

import com.ibm.icu.text.AlphabeticIndex;
import com.ibm.icu.text.Collator;
import com.ibm.icu.text.RuleBasedCollator;
import com.ibm.icu.text.StringSearch;
import com.ibm.icu.util.ULocale;
import java.text.StringCharacterIterator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The member directory: the members who agreed to be listed, sorted for a reader's locale, grouped
 * in alphabet buckets, and searchable without regard to accents or case.
 *
 * <p>Sorting uses ICU's collator for the locale on each member's {@link
 * org.irrt.model.common.PersonName#sortKey()} (a Latin transliteration when the record has one).
 * Buckets use ICU's {@link AlphabeticIndex} with the labels of the reader's locale and of the
 * scripts of the members' names (Latin, Greek, Cyrillic, Arabic, Hebrew, Devanagari, Ethiopic, Thai,
 * Hangul, kana, Han...): a name in any script lands in exactly one bucket, never dropped; names in a
 * script without labels go to the overflow bucket. Search matches a query anywhere in a member's
 * display name, badge name or sort key at the collator's primary strength ("garcia" finds "García",
 * "MULLER" finds "Müller"). Erased members and members without directory consent are never listed.
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
  public record Bucket(String label, List<Member> members) {}

  /**
   * The members grouped in alphabet buckets; empty buckets are left out.
   *
   * @return the buckets in index order; every listed member is in exactly one
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
    List<Bucket> buckets = new ArrayList<>();
    for (AlphabeticIndex.Bucket<Member> bucket : index) {
      if (bucket.size() > 0) {
        List<Member> members = new ArrayList<>();
        bucket.forEach(record -> members.add(record.getData()));
        buckets.add(new Bucket(bucket.getLabel(), List.copyOf(members)));
      }
    }
    return buckets;
  }

  /**
   * The listed members whose name contains the query, ignoring accents and case.
   *
   * @param query part of a name
   * @return the matching members in directory order; all of them for a blank query
   */
  public List<Member> search(String query) {
    if (query == null || query.isBlank()) {
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
