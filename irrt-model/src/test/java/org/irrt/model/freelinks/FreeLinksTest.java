package org.irrt.model.freelinks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.irrt.model.common.Money;
import org.irrt.model.common.WebUrl;
import org.irrt.model.link.LinkId;
import org.irrt.model.testing.Samples;
import org.irrt.model.testing.Violations;
import org.junit.jupiter.api.Test;

class FreeLinksTest {
  static ProfessionalDevelopmentOpportunity opportunity(String id, OpportunityFormat format, String language, String topic,
      LocalDate until) {
    var b = ProfessionalDevelopmentOpportunity.builder().id(OpportunityId.of(id)).title("Opportunity " + id)
        .provider("Provider").url(WebUrl.of("https://learning.example.org/" + id)).format(format).addLanguages(language)
        .addTopics(topic).cost(Money.of("0", "USD"));
    if (until != null) {
      b.availableUntil(until);
    }
    return b.build();
  }

  static final FreeLinksCatalogue CATALOGUE = FreeLinksCatalogue.builder().addOpportunities(
      opportunity("a", OpportunityFormat.WEBINAR, "es-419", "Planificación ante desastres", null),
      opportunity("b", OpportunityFormat.COURSE, "en", "Disaster planning and recovery", LocalDate.of(2026, 12, 31)),
      opportunity("c", OpportunityFormat.TUTORIAL, "fr", "Information literacy", LocalDate.of(2025, 6, 30)),
      opportunity("d", OpportunityFormat.WEBINAR, "en", "information LITERACY", null)).build();

  static FreeLinksCatalogue.Query query(String language, String topic, OpportunityFormat format, LocalDate on) {
    return new FreeLinksCatalogue.Query(Optional.ofNullable(language), Optional.ofNullable(topic),
        Optional.ofNullable(format), Optional.ofNullable(on));
  }

  @Test
  void answersQueriesByLanguageTopicFormatAndDate() {
    assertThat(CATALOGUE.find(query("es", null, null, null))).extracting(o -> o.id().value()).containsExactly("a");
    assertThat(CATALOGUE.find(query("es-419", null, null, null))).extracting(o -> o.id().value()).containsExactly("a");
    assertThat(CATALOGUE.find(query("es-ES", null, null, null))).isEmpty();
    FreeLinksCatalogue scripts = FreeLinksCatalogue.builder().addOpportunities(
        opportunity("t", OpportunityFormat.COURSE, "zh-Hant-TW", "Cataloguing", null),
        opportunity("h", OpportunityFormat.COURSE, "he", "Cataloguing", null)).build();
    assertThat(scripts.find(query("zh-Hant", null, null, null))).extracting(o -> o.id().value()).containsExactly("t");
    assertThat(scripts.find(query("zh", null, null, null))).extracting(o -> o.id().value()).containsExactly("t");
    assertThat(scripts.find(query("zh-Hans", null, null, null))).isEmpty();
    assertThat(scripts.find(query("ZH-hant-tw", null, null, null))).extracting(o -> o.id().value()).containsExactly("t");
    assertThat(scripts.find(query("iw", null, null, null))).extracting(o -> o.id().value()).containsExactly("h");
    assertThat(CATALOGUE.find(query(null, "Information Literacy", null, null))).extracting(o -> o.id().value())
        .containsExactly("c", "d");
    assertThat(CATALOGUE.find(query(null, "planificacion ante desastres", null, null))).extracting(o -> o.id().value())
        .containsExactly("a");
    assertThat(CATALOGUE.find(query(null, null, OpportunityFormat.WEBINAR, null))).extracting(o -> o.id().value())
        .containsExactly("a", "d");
    assertThat(CATALOGUE.find(query(null, null, null, LocalDate.of(2026, 11, 29)))).extracting(o -> o.id().value())
        .containsExactly("a", "b", "d");
    assertThat(CATALOGUE.find(query("en", "information literacy", OpportunityFormat.WEBINAR, LocalDate.of(2027, 1, 1))))
        .extracting(o -> o.id().value()).containsExactly("d");
  }

  static final FreeLinksCatalogue LANGUAGES = FreeLinksCatalogue.builder().addOpportunities(
      opportunity("es", OpportunityFormat.COURSE, "es", "t", null),
      opportunity("es-419", OpportunityFormat.COURSE, "es-419", "t", null),
      opportunity("es-es", OpportunityFormat.COURSE, "es-ES", "t", null),
      opportunity("zh-hant-tw", OpportunityFormat.COURSE, "zh-Hant-TW", "t", null),
      opportunity("zh-tw", OpportunityFormat.COURSE, "zh-TW", "t", null),
      opportunity("zh-hans-cn", OpportunityFormat.COURSE, "zh-Hans-CN", "t", null),
      opportunity("iw", OpportunityFormat.COURSE, "iw", "t", null),
      opportunity("de-ch-1996", OpportunityFormat.COURSE, "de-CH-1996", "t", null),
      opportunity("sr-latn-rs", OpportunityFormat.COURSE, "sr-Latn-RS", "t", null)).build();

  static java.util.List<String> idsFor(String range) {
    return LANGUAGES.find(query(range, null, null, null)).stream().map(o -> o.id().value()).toList();
  }

  @Test
  void languagesMatchByRfc4647ExtendedFiltering() {
    assertThat(idsFor("es")).containsExactly("es", "es-419", "es-es");
    assertThat(idsFor("es-419")).containsExactly("es-419");
    assertThat(idsFor("es-ES")).containsExactly("es-es");
    assertThat(idsFor("zh-Hant")).containsExactly("zh-hant-tw");
    assertThat(idsFor("zh-TW")).containsExactly("zh-hant-tw", "zh-tw"); // a tag may have a script in between
    assertThat(idsFor("zh-Hans")).containsExactly("zh-hans-cn");
    assertThat(idsFor("zh")).containsExactly("zh-hant-tw", "zh-tw", "zh-hans-cn");
    assertThat(idsFor("*-TW")).containsExactly("zh-hant-tw", "zh-tw");
    assertThat(idsFor("zh-*-TW")).containsExactly("zh-hant-tw", "zh-tw");
    assertThat(idsFor("de-CH")).containsExactly("de-ch-1996");
    assertThat(idsFor("sr-RS")).containsExactly("sr-latn-rs");
    assertThat(idsFor("*")).hasSize(9);
    assertThat(idsFor("he")).containsExactly("iw");
    assertThat(idsFor("iw")).containsExactly("iw");
    assertThat(idsFor("pt")).isEmpty();
  }

  @Test
  void languageMatchingIgnoresCase() {
    assertThat(idsFor("ZH-hANT")).containsExactly("zh-hant-tw");
    assertThat(idsFor("ES-419")).containsExactly("es-419");
    assertThat(idsFor("*-tw")).containsExactly("zh-hant-tw", "zh-tw");
  }

  @Test
  void aMalformedLanguageRangeIsAViolationAtLanguageNotAnExceptionFromTheJdk() {
    for (String bad : java.util.List.of("", "-", "es-", "-es", "es--419", "toolongtag", "es_ES", "e s", "123", "en,fr",
        "en;q=0.5", "\u00e9", "es-*x", "es-4190000000", "zh-Hant\u0000", "a".repeat(65))) {
      assertThat(Violations.of(() -> query(bad, null, null, null))).as(bad)
          .containsExactly("language org.irrt.model.FreeLinksCatalogue.languageRange");
    }
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> query("-", null, null, null))
        .hasMessage("Invalid FreeLinksCatalogue.Query (1 violation):\n"
            + "  language: must be a BCP 47 language range such as es, zh-Hant or *-TW (RFC 4647)");
  }

  @Test
  void theProgrammeListsFreeOpportunitiesOnly() {
    assertThat(Violations.of(() -> opportunity("x", OpportunityFormat.COURSE, "en", "t", null).withCost(Money.of("25", "USD"))))
        .containsExactly("cost org.irrt.model.Opportunity.notFree");
    assertThat(Violations.of(() -> opportunity("x", OpportunityFormat.COURSE, "en", "t", LocalDate.of(2020, 1, 1))
            .withAvailableFrom(LocalDate.of(2021, 1, 1))))
        .containsExactly(" org.irrt.model.Opportunity.window");
    assertThat(Violations.of(() -> CATALOGUE.withOpportunities(CATALOGUE.opportunities().get(0), CATALOGUE.opportunities().get(0))))
        .containsExactly("opportunities[1].id org.irrt.model.duplicateId");
  }

  @Test
  void theFeaturedWebsiteScheduleHasOneLinkPerMonth() {
    YearMonth may = YearMonth.of(2016, 5);
    FeaturedSchedule schedule = FeaturedSchedule.builder()
        .addEntries(new FeaturedSchedule.Entry(may, Samples.link("global-e")), new FeaturedSchedule.Entry(may.plusMonths(1), Samples.link("other")))
        .build();
    assertThat(schedule.linkFor(may)).map(l -> l.id()).contains(LinkId.of("global-e"));
    assertThat(schedule.linkFor(may.minusMonths(1))).isEmpty();
    assertThat(Violations.of(() -> schedule.withEntries(new FeaturedSchedule.Entry(may, Samples.link("a")),
            new FeaturedSchedule.Entry(may, Samples.link("b")))))
        .containsExactly("entries[1].month org.irrt.model.FeaturedSchedule.monthTwice");
  }

  @Test
  void aScheduleEntryWithoutItsMonthOrWebsiteIsNamedAtItsPath() {
    assertThat(Violations.of(() -> new FeaturedSchedule.Entry(null, null)))
        .containsExactly("month jakarta.validation.constraints.NotNull.message",
            "link jakarta.validation.constraints.NotNull.message");
  }
}
