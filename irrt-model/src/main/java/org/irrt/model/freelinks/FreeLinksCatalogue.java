package org.irrt.model.freelinks;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.irrt.model.internal.Validators;

/**
 * The Free Links Program's catalogue, and its queries: by language (a query for {@code es} finds
 * {@code es-419}), topic (ignoring case and accents), format, and "available on a day" (entries whose
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
   * @param language a BCP 47 language range (RFC 4647 basic filtering): {@code es} finds {@code es}
   *     and {@code es-419}, {@code zh-Hant} finds {@code zh-Hant-TW}, {@code es-ES} does not find
   *     {@code es-419}; legacy codes count as their current ones ({@code iw} is {@code he})
   * @param topic a topic, compared without regard to case or accents
   * @param format a format
   * @param availableOn a day the entry must be available on
   */
  public record Query(Optional<String> language, Optional<String> topic, Optional<OpportunityFormat> format,
      Optional<LocalDate> availableOn) {
    /** Everything. */
    public static final Query ALL = new Query(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * The entries matching a query, in catalogue order.
   *
   * @param query the query
   * @return the matches
   */
  public final List<ProfessionalDevelopmentOpportunity> find(Query query) {
    Collator collator = Collator.getInstance(ULocale.ROOT);
    collator.setStrength(Collator.PRIMARY);
    return opportunities().stream()
        .filter(o -> query.language().map(l -> o.languages().stream().anyMatch(t -> sameLanguage(t, l))).orElse(true))
        .filter(o -> query.topic().map(t -> o.topics().stream().anyMatch(x -> collator.compare(x.strip(), t.strip()) == 0))
            .orElse(true))
        .filter(o -> query.format().map(f -> o.format() == f).orElse(true))
        .filter(o -> query.availableOn().map(o::availableOn).orElse(true))
        .toList();
  }

  /** RFC 4647 basic filtering of one tag by one range, after both are brought to their current codes. */
  private static boolean sameLanguage(String tag, String wanted) {
    String have = Locale.forLanguageTag(tag).toLanguageTag();
    String want = Locale.forLanguageTag(wanted).toLanguageTag();
    try {
      return !Locale.filterTags(Locale.LanguageRange.parse(want), List.of(have)).isEmpty();
    } catch (IllegalArgumentException notARange) {
      return have.equalsIgnoreCase(want);
    }
  }

  @Value.Check
  FreeLinksCatalogue check() {
    return Validators.check(this, (c, rules) -> {
      Set<Object> ids = new HashSet<>();
      for (int i = 0; i < c.opportunities().size(); i++) {
        var o = c.opportunities().get(i);
        rules.require(o == null || ids.add(o.id()), "opportunities[" + i + "].id", "org.irrt.model.duplicateId");
      }
    });
  }
}
