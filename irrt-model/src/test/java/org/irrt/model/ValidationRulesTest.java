package org.irrt.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irrt.model.testing.Samples.committee;
import static org.irrt.model.testing.Samples.group;
import static org.irrt.model.testing.Samples.link;
import static org.irrt.model.testing.Samples.roundTable;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.irrt.model.committee.Committee;
import org.irrt.model.committee.CommitteeId;
import org.irrt.model.committee.CommitteeKind;
import org.irrt.model.committee.CommitteeRole;
import org.irrt.model.committee.SeatLimit;
import org.irrt.model.committee.TermRule;
import org.irrt.model.common.InvalidValueException;
import org.irrt.model.common.PartialDate;
import org.irrt.model.link.ImmutableLink;
import org.irrt.model.link.Link;
import org.irrt.model.link.LinkGroupKind;
import org.irrt.model.link.LinkId;
import org.irrt.model.roundtable.FormerName;
import org.irrt.model.roundtable.ImmutableRoundTable;
import org.irrt.model.roundtable.Publication;
import org.irrt.model.testing.Violations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each validation rule fires, with the right path and code, through build and with*. */
class ValidationRulesTest {
  private static final String NOT_NULL = "jakarta.validation.constraints.NotNull.message";
  private static final String NOT_EMPTY = "jakarta.validation.constraints.NotEmpty.message";
  private static final String MIN = "jakarta.validation.constraints.Min.message";
  private static final String MAX = "jakarta.validation.constraints.Max.message";

  @Test
  void listsEveryMissingRequiredAttributeAtOnce() {
    assertThat(Violations.of(() -> Link.builder().build()))
        .containsExactly("category " + NOT_NULL, "id " + NOT_NULL, "title " + NOT_NULL);
  }

  @Test
  void refusesBlankTextControlCharactersBrokenSurrogatesAndOverlongText() {
    ImmutableLink ok = link("a");
    assertThat(Violations.of(() -> ok.withTitle("   ")))
        .containsExactly("title org.irrt.model.ValidText.blank");
    assertThat(Violations.of(() -> ok.withTitle("a\u0000b")))
        .containsExactly("title org.irrt.model.ValidText.control");
    assertThat(Violations.of(() -> ok.withTitle("line\nbreak")))
        .containsExactly("title org.irrt.model.ValidText.control");
    assertThat(Violations.of(() -> ok.withTitle("broken \ud800 pair")))
        .containsExactly("title org.irrt.model.ValidText.surrogate");
    assertThat(Violations.of(() -> ok.withTitle("x".repeat(301))))
        .containsExactly("title org.irrt.model.ValidText.tooLong");
    // 300 code points is the limit, counted in code points, not chars.
    assertThat(ok.withTitle("\uD83D\uDE00".repeat(300)).title()).hasSize(600);
    assertThat(ok.withDescription("multi-line\ntext\tallowed").description()).isPresent();
  }

  @Test
  void aRefusedWithLeavesTheOriginalUnchanged() {
    ImmutableLink ok = link("a");
    Violations.of(() -> ok.withTitle(""));
    assertThat(ok.title()).isEqualTo("Link a");
  }

  @Test
  void keepsTextInUnicodeNfc() {
    ImmutableLink decomposed = link("a").withTitle("Cafe\u0301 Sa\u0303o Paulo");
    assertThat(decomposed.title()).isEqualTo("Caf\u00e9 S\u00e3o Paulo");
    ImmutableRoundTable rt = roundTable().withPurposes("Promover la bibliotecologi\u0301a");
    assertThat(rt.purposes()).containsExactly("Promover la bibliotecolog\u00eda");
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "es-419", "zh-Hant-TW", "fr-CA", "yo", "am-ET", "sr-Latn"})
  void acceptsWellFormedLanguageTags(String tag) {
    assertThat(link("a").withLanguage(tag).language()).contains(tag);
  }

  @ParameterizedTest
  @ValueSource(strings = {"english", "en_US", "und", "x-private", "e", "", "en-", "12"})
  void refusesMalformedLanguageTags(String tag) {
    assertThat(Violations.of(() -> link("a").withLanguage(tag)))
        .containsExactly("language org.irrt.model.LanguageTag.invalid");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Bad Id", "", "-a", "a-", "a--b", "caf\u00e9", "UPPER"})
  void refusesIdsThatAreNotSlugs(String id) {
    assertThat(Violations.of(() -> LinkId.of(id))).containsExactly(" org.irrt.model.Id.invalid");
  }

  @Test
  void refusesOverlongIdsAndAcceptsSlugs() {
    assertThat(Violations.of(() -> LinkId.of("a".repeat(65)))).containsExactly(" org.irrt.model.Id.invalid");
    assertThat(LinkId.of("a".repeat(64)).value()).hasSize(64);
    assertThat(CommitteeId.of("papers-and-projects-2")).hasToString("papers-and-projects-2");
  }

  @Test
  void refusesRepeatedIdsWithThePathOfTheRepeat() {
    assertThat(Violations.of(() -> roundTable().withCommittees(committee("a"), committee("b"), committee("a"))))
        .containsExactly("committees[2].id org.irrt.model.duplicateId");
    assertThat(Violations.of(() -> group("g", LinkGroupKind.RELATED_LINKS, link("a"), link("a"))))
        .containsExactly("links[1].id org.irrt.model.duplicateId");
    assertThat(Violations.of(() -> roundTable().withLinkGroups(
            group("one", LinkGroupKind.RELATED_LINKS, link("a"), link("b")),
            group("two", LinkGroupKind.NAVIGATION, link("c"), link("b")))))
        .containsExactly("linkGroups[1].links[1].id org.irrt.model.duplicateId");
  }

  @Test
  void featuredMonthsBelongToFeaturedGroupsAndAreNeverRepeated() {
    YearMonth may = YearMonth.of(2016, 5);
    assertThat(Violations.of(() -> group("g", LinkGroupKind.RELATED_LINKS, link("a").withFeaturedMonth(may))))
        .containsExactly("links[0].featuredMonth org.irrt.model.LinkGroup.monthOutsideFeatured");
    assertThat(Violations.of(() -> group("g", LinkGroupKind.FEATURED_WEBSITES,
            link("a").withFeaturedMonth(may), link("b").withFeaturedMonth(may))))
        .containsExactly("links[1].featuredMonth org.irrt.model.LinkGroup.monthTwice");
    var featured = group("g", LinkGroupKind.FEATURED_WEBSITES,
        link("a").withFeaturedMonth(may), link("b").withFeaturedMonth(may.plusMonths(1)));
    assertThat(featured.featuredIn(may.plusMonths(1))).map(Link::id).contains(LinkId.of("b"));
    assertThat(featured.featuredIn(may.minusMonths(1))).isEmpty();
  }

  @Test
  void seatLimitsAreOrderedAndBounded() {
    assertThat(Violations.of(() -> SeatLimit.of(CommitteeRole.MEMBER, 3, 2)))
        .containsExactly(" org.irrt.model.SeatLimit.order");
    assertThat(Violations.of(() -> SeatLimit.of(CommitteeRole.MEMBER, -1, 0)))
        .containsExactly("maximum " + MIN, "minimum " + MIN);
    assertThat(Violations.of(() -> SeatLimit.builder().role(CommitteeRole.CHAIR).minimum(1).maximum(501).build()))
        .containsExactly("maximum " + MAX);
  }

  @Test
  void termLengthsAreListedOnceInAscendingOrderWithinBounds() {
    assertThat(Violations.of(() -> TermRule.builder().role(CommitteeRole.MEMBER).addTermYears(2, 1).build()))
        .containsExactly("termYears[1] org.irrt.model.TermRule.ascending");
    assertThat(Violations.of(() -> TermRule.builder().role(CommitteeRole.MEMBER).build()))
        .containsExactly("termYears " + NOT_EMPTY);
    assertThat(Violations.of(() -> TermRule.builder().role(CommitteeRole.MEMBER).addTermYears(7)
            .maxConsecutiveTerms(0).build()))
        .containsExactly("maxConsecutiveTerms " + MIN, "termYears[0] " + MAX);
    assertThat(TermRule.builder().role(CommitteeRole.CHAIR).addTermYears(2).maxConsecutiveTerms(2).build()
        .allowsTermOf(2)).isTrue();
  }

  @Test
  void committeesListEachRoleOnceAndOnlySubcommitteesHaveParents() {
    assertThat(Violations.of(() -> committee("c").withSeats(
            SeatLimit.of(CommitteeRole.CHAIR, 1, 1), SeatLimit.of(CommitteeRole.CHAIR, 0, 1))))
        .containsExactly("seats[1].role org.irrt.model.Committee.roleTwice");
    assertThat(Violations.of(() -> committee("c").withKind(CommitteeKind.SUBCOMMITTEE)))
        .containsExactly("parentCommittee org.irrt.model.Committee.parentRequired");
    assertThat(Violations.of(() -> committee("c").withParentCommittee(CommitteeId.of("p"))))
        .containsExactly("parentCommittee org.irrt.model.Committee.parentOnlyForSub");
    assertThat(Violations.of(() -> Committee.builder().from(committee("c")).kind(CommitteeKind.SUBCOMMITTEE)
            .parentCommittee(CommitteeId.of("c")).build()))
        .containsExactly("parentCommittee org.irrt.model.Committee.ownParent");
  }

  @Test
  void aSubcommitteesParentMustBeACommitteeOfTheRoundTable() {
    assertThat(Violations.of(() -> roundTable().withCommittees(committee("a"), subcommittee("sub", "nowhere"))))
        .containsExactly("committees[1].parentCommittee org.irrt.model.RoundTable.unknownCommittee");
    var ok = roundTable().withCommittees(committee("a"), subcommittee("sub", "a"));
    assertThat(ok.committee(CommitteeId.of("sub"))).isPresent();
  }

  private static Committee subcommittee(String id, String parent) {
    return Committee.builder().from(committee(id)).kind(CommitteeKind.SUBCOMMITTEE)
        .parentCommittee(CommitteeId.of(parent)).build();
  }

  @Test
  void roundTablesNeedPurposesAndConsistentNames() {
    assertThat(Violations.of(() -> roundTable().withPurposes(List.of())))
        .containsExactly("purposes " + NOT_EMPTY);
    assertThat(Violations.of(() -> roundTable().withPurposes("Fine.", " ")))
        .containsExactly("purposes[1] org.irrt.model.ValidText.blank");
    assertThat(Violations.of(() -> roundTable().withFormerNames(
            FormerName.builder().name("Older").fromYear(1930).untilYear(1940).build())))
        .containsExactly("formerNames[0].untilYear org.irrt.model.RoundTable.nameBeforeEstablished");
    assertThat(Violations.of(() -> FormerName.builder().name("Older").fromYear(1956).untilYear(1949).build()))
        .containsExactly(" org.irrt.model.yearOrder");
  }

  @Test
  void issnsNeedTheirFormAndCheckDigit() {
    assertThat(Publication.builder().title("International Leads").issn("0892-4546").build().issn())
        .contains("0892-4546");
    assertThat(Publication.hasValidCheckDigit("2434-561X")).isTrue();
    assertThat(Violations.of(() -> Publication.builder().title("X").issn("0892-4545").build()))
        .containsExactly("issn org.irrt.model.Publication.issnCheckDigit");
    assertThat(Violations.of(() -> Publication.builder().title("X").issn("08924546").build()))
        .containsExactly("issn org.irrt.model.Publication.issnFormat");
  }

  @Test
  void partialDatesKeepTheirPrecisionAndOrder() {
    assertThat(PartialDate.parse("1949")).hasToString("1949");
    assertThat(PartialDate.parse("1949-01").yearMonth()).contains(YearMonth.of(1949, 1));
    assertThat(PartialDate.parse("1949-01-15").date()).isPresent();
    assertThat(PartialDate.parse("1949")).isLessThan(PartialDate.parse("1949-01"));
    assertThat(PartialDate.parse("1949-12")).isLessThan(PartialDate.parse("1950"));
    for (String bad : List.of("1949-13", "1949-02-30", "49", "0999", "1949-1", "1949-01-01T00:00")) {
      assertThat(Violations.of(() -> PartialDate.parse(bad))).as(bad)
          .containsExactly(" org.irrt.model.PartialDate.invalid");
    }
  }

  @Test
  void messagesComeInTheSevenLanguagesAndOthersGetEnglish() {
    InvalidValueException e = org.assertj.core.api.Assertions.catchThrowableOfType(
        InvalidValueException.class, () -> link("a").withTitle(" ").withLanguage("english"));
    assertThat(e.violations()).hasSize(1);
    var v = e.violations().get(0);
    assertThat(v.message(Locale.ENGLISH)).isEqualTo("must not be blank");
    assertThat(v.message(Locale.forLanguageTag("es-MX"))).isEqualTo("no debe estar en blanco");
    assertThat(v.message(Locale.FRENCH)).isEqualTo("ne doit pas être vide");
    assertThat(v.message(Locale.GERMAN)).isEqualTo("darf nicht leer sein");
    assertThat(v.message(Locale.forLanguageTag("ru"))).isEqualTo("не должно быть пустым");
    assertThat(v.message(Locale.CHINESE)).isEqualTo("不得为空白");
    assertThat(v.message(Locale.forLanguageTag("ar"))).isEqualTo("يجب ألا يكون فارغًا");
    assertThat(v.message(Locale.JAPANESE)).isEqualTo("must not be blank");
    var tooLong = Violations.of(() -> link("a").withTitle("x".repeat(301)));
    assertThat(tooLong).hasSize(1);
    InvalidValueException longer = org.assertj.core.api.Assertions.catchThrowableOfType(
        InvalidValueException.class, () -> link("a").withTitle("x".repeat(301)));
    assertThat(longer.violations().get(0).message(Locale.FRENCH)).isEqualTo("doit compter au plus 300 caractères");
    assertThat(longer.violations().get(0).message(Locale.GERMAN)).isEqualTo("darf höchstens 300 Zeichen lang sein");
    InvalidValueException missing = org.assertj.core.api.Assertions.catchThrowableOfType(
        InvalidValueException.class, () -> Link.builder().build());
    assertThat(missing.message(Locale.FRENCH)).contains("id: est obligatoire");
    assertThat(missing.message(Locale.ENGLISH)).startsWith("Invalid Link (3 violations):");
  }
}
