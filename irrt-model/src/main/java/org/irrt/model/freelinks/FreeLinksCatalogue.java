package org.irrt.model.freelinks;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.irrt.model.common.InvalidValueException;
import org.irrt.model.internal.Messages;
import org.irrt.model.internal.Validators;

/**
 * The Free Links Program's catalogue, and its queries: by language (RFC 4647 extended filtering: a
 * query for {@code es} finds {@code es-419}, {@code zh-Hant} finds {@code zh-Hant-TW}; see {@link
 * Query}), topic (ignoring case and accents), format, and "available on a day" (entries whose
 * window has ended, or not begun, leave the results). Ids are unique.
 */
@Value.Immutable
public abstract class FreeLinksCatalogue implements WithFreeLinksCatalogue {
  FreeLinksCatalogue() {}

  /**
   * A builder; {@code build()} validates.
   *
   * @return a new builder
   */
  public static ImmutableFreeLinksCatalogue.Builder builder() {
    return ImmutableFreeLinksCatalogue.builder();
  }

  /**
   * The opportunities.
   *
   * @return the entries
   */
  public abstract List<@NotNull ProfessionalDevelopmentOpportunity> opportunities();

  /**
   * A query: every criterion given must hold.
   *
   * <p>Languages follow BCP 47 matching, RFC 4647 <em>extended filtering</em> (section 3.3.2), as the
   * JDK implements it ({@link Locale#filterTags(List, java.util.Collection, Locale.FilteringMode)}
   * with {@link Locale.FilteringMode#EXTENDED_FILTERING}): the range's subtags must appear in the
   * entry's tag in order, and a tag may have subtags in between. So {@code es} finds {@code es} and
   * {@code es-419}; {@code zh-Hant} finds {@code zh-Hant-TW}; {@code zh-TW} finds {@code zh-TW} and
   * {@code zh-Hant-TW}; {@code *-TW} finds every tag for Taiwan; {@code es-ES} does not find {@code
   * es-419}; and {@code zh-Hant} does not find a bare {@code zh-TW}, because a tag without a script
   * subtag says nothing about its script in RFC 4647 (inferring {@code Hant} from {@code TW} is CLDR's
   * likely-subtags guess, which ICU's {@code LocaleMatcher} makes; tag entries {@code zh-Hant-TW} when
   * the script matters). Filtering, not lookup (section 3.4, which picks one best tag), because a
   * catalogue query wants every matching entry; and not ICU's matcher, whose answers are a distance
   * that changes with CLDR releases and calls {@code es-ES} a match for {@code es-419}. Matching
   * ignores case, and legacy codes count as their current ones ({@code iw} is {@code he}).
   *
   * @param language a language range of RFC 4647 section 2.2: subtags of 1 to 8 ASCII letters or
   *     digits (the first letters only) or {@code *}, joined by hyphens, at most 64 characters;
   *     e.g. {@code es}, {@code zh-Hant}, {@code *-TW}
   * @param topic a topic, compared without regard to case or accents
   * @param format a format
   * @param availableOn a day the entry must be available on
   */
  public record Query(Optional<String> language, Optional<String> topic, Optional<OpportunityFormat> format,
      Optional<LocalDate> availableOn) {
    /** Everything. */
    public static final Query ALL = new Query(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    /**
     * Checks the query.
     *
     * @throws NullPointerException when an argument is null (use {@code Optional.empty()})
     * @throws InvalidValueException when the language is not a language range, with a violation
     *     at {@code language} ({@code org.irrt.model.FreeLinksCatalogue.languageRange})
     */
    public Query {
      Objects.requireNonNull(language, "language");
      Objects.requireNonNull(topic, "topic");
      Objects.requireNonNull(format, "format");
      Objects.requireNonNull(availableOn, "availableOn");
      if (language.isPresent() && !isLanguageRange(language.get())) {
        throw new InvalidValueException("FreeLinksCatalogue.Query",
            List.of(Messages.violation("language", "org.irrt.model.FreeLinksCatalogue.languageRange")));
      }
    }
  }

  /**
   * Whether a text is an extended language range of RFC 4647 section 2.2: {@code (1*8ALPHA / "*")
   * *("-" (1*8alphanum / "*"))}, ASCII only, at most 64 characters. Checked here so that a malformed
   * range is a violation, never an exception from inside the JDK's parser ({@code "-"} makes {@code
   * Locale.LanguageRange} throw {@code ArrayIndexOutOfBoundsException}).
   */
  static boolean isLanguageRange(String range) {
    if (range.isEmpty() || range.length() > 64) {
      return false;
    }
    int subtag = 0;
    int length = 0;
    boolean wildcard = false;
    for (int i = 0; i <= range.length(); i++) {
      char c = i < range.length() ? range.charAt(i) : '-';
      if (c == '-') {
        if (length == 0 || (wildcard && length != 1)) {
          return false;
        }
        subtag++;
        length = 0;
        wildcard = false;
      } else if (c == '*') {
        if (length != 0) {
          return false;
        }
        wildcard = true;
        length++;
      } else if (isAsciiLetter(c) || (subtag > 0 && c >= '0' && c <= '9')) {
        if (wildcard || ++length > 8) {
          return false;
        }
      } else {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /**
   * The entries matching a query, in catalogue order.
   *
   * @param query the query
   * @return the matches
   * @throws NullPointerException when {@code query} is null
   */
  public final List<ProfessionalDevelopmentOpportunity> find(Query query) {
    Objects.requireNonNull(query, "query");
    Collator collator = Collator.getInstance(ULocale.ROOT);
    collator.setStrength(Collator.PRIMARY);
    // The range with its legacy equivalents (iw and he), parsed once per query; valid by Query's check.
    Optional<List<Locale.LanguageRange>> ranges = query.language().map(Locale.LanguageRange::parse);
    return opportunities().stream()
        .filter(o -> ranges.map(r -> !Locale.filterTags(r, o.languages(), Locale.FilteringMode.EXTENDED_FILTERING)
            .isEmpty()).orElse(true))
        .filter(o -> query.topic().map(t -> o.topics().stream().anyMatch(x -> collator.compare(x.strip(), t.strip()) == 0))
            .orElse(true))
        .filter(o -> query.format().map(f -> o.format() == f).orElse(true))
        .filter(o -> query.availableOn().map(o::availableOn).orElse(true))
        .toList();
  }

  @Value.Check
  FreeLinksCatalogue check() {
    return Validators.check(this, (c, rules) -> {
      rules.unique("opportunities", c.opportunities(), o -> o.id(), "id", "org.irrt.model.duplicateId");
    });
  }
}
