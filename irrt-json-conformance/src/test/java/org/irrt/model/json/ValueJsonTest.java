package org.irrt.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.irrt.model.common.CountryCode;
import org.irrt.model.common.EmailAddress;
import org.irrt.model.common.Money;
import org.irrt.model.common.PersonName;
import org.irrt.model.common.PhoneNumber;
import org.irrt.model.common.PostalAddress;
import org.irrt.model.contribution.ContentFormat;
import org.irrt.model.contribution.Contribution;
import org.irrt.model.contribution.ContributionId;
import org.irrt.model.contribution.PostContent;
import org.irrt.model.freelinks.FeaturedSchedule;
import org.irrt.model.member.Affiliation;
import org.irrt.model.member.Consent;
import org.irrt.model.member.Member;
import org.irrt.model.member.MemberCategory;
import org.irrt.model.member.MemberId;
import org.irrt.model.membership.MemberDataExport;
import org.irrt.model.membership.MemberPrivacy;
import org.irrt.model.membership.Membership;
import org.irrt.model.membership.MembershipDuration;
import org.irrt.model.membership.MembershipId;
import org.irrt.model.membership.MembershipType;
import org.irrt.model.membership.MembershipTypeId;
import org.irrt.model.membership.PaymentReference;
import org.irrt.model.membership.PeriodType;
import org.irrt.model.membership.StatusRules;
import org.irrt.model.testing.Violations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/** Values of the model as JSON: exact text, round trips and refusals at their paths, in both adapters. */
@ParameterizedClass(name = "{0}")
@MethodSource("org.irrt.model.json.Bindings#all")
class ValueJsonTest {
  @Parameter
  JsonBinding json;

  @Test
  void moneyIsWrittenExactlyAtItsCurrencysScaleAndATooPreciseAmountIsRefused() {
    Money m = Money.of("1000.50", "BHD");
    String text = json.write(m);
    assertThat(text).isEqualTo("{\n  \"amount\": 1000.500,\n  \"currency\": \"BHD\"\n}\n");
    assertThat(json.read(text, Money.class)).isEqualTo(m);
    assertThat(Violations.of(() -> json.read("{\"amount\": 1.234, \"currency\": \"USD\"}", Money.class)))
        .containsExactly("amount org.irrt.model.Money.scale");
  }

  @Test
  void aContributionWithRevisionsAndCommentsRoundTrips() {
    Instant t0 = Instant.parse("2026-11-02T15:00:00Z");
    PostContent content = PostContent.builder().title("Hola").body("Texto").format(ContentFormat.MARKDOWN)
        .language("es").addTags("Free Links", "América Latina").build();
    Contribution c = Contribution.start(ContributionId.of("post-1"), MemberId.of("ana"), t0, content)
        .revise(MemberId.of("ed"), t0.plusSeconds(120), PostContent.builder().from(content).body("Texto corregido").build())
        .comment(MemberId.of("ed"), t0.plusSeconds(180), "¿Puedes añadir un enlace?");
    assertThat(json.read(json.write(c), Contribution.class)).isEqualTo(c);
  }

  @Test
  void aScheduleEntryWithoutItsMonthOrWebsiteIsNamedAtItsPath() {
    assertThat(Violations.of(() -> json.readWithMapper(
            "{\"entries\":[{\"month\":\"2026-01\",\"link\":null},{}]}", FeaturedSchedule.class)))
        .containsExactly("entries[0].link jakarta.validation.constraints.NotNull.message",
            "entries[1].month jakarta.validation.constraints.NotNull.message",
            "entries[1].link jakarta.validation.constraints.NotNull.message");
  }

  @Test
  void aMembersExportHoldsEverythingAndAnErasedMemberNothingOfThePerson() {
    Member ana = Member.builder().id(MemberId.of("m-1")).name(PersonName.of("Ana", "García"))
        .email(EmailAddress.of("m-1@example.org")).phone(PhoneNumber.of("+2348031234567"))
        .postalAddress(PostalAddress.builder().addLines("12 Marina Road", "Lagos").country(CountryCode.of("NG")).build())
        .affiliation(Affiliation.builder().institution("National Library").position("Librarian").build())
        .country(CountryCode.of("NG")).preferredLanguage("yo").category(MemberCategory.INTERNATIONAL)
        .consent(Consent.builder().directoryListing(true).build()).build();
    MembershipType type = MembershipType.builder().id(MembershipTypeId.of("t")).name("Regular")
        .category(MemberCategory.INTERNATIONAL).fee(Money.of("35", "EUR")).duration(MembershipDuration.years(1))
        .periodType(PeriodType.ROLLING).build();
    Membership ms = Membership.join(MembershipId.of("ms-1"), ana.id(), type, LocalDate.of(2025, 3, 1))
        .renew(type, PaymentReference.of("pay-1", Money.of("35", "EUR"), LocalDate.of(2026, 2, 20)),
            StatusRules.defaults());
    Membership other = Membership.join(MembershipId.of("ms-2"), MemberId.of("m-2"), type, LocalDate.of(2025, 3, 1));
    Instant at = Instant.parse("2026-11-29T12:00:00Z");

    MemberDataExport export = MemberPrivacy.export(ana, List.of(ms, other), at);
    String text = json.write(export);
    assertThat(text).contains("\"givenNames\": \"Ana\"").contains("m-1@example.org").contains("pay-1")
        .doesNotContain("ms-2");
    assertThat(json.read(text, MemberDataExport.class)).isEqualTo(export);
    Member erased = MemberPrivacy.erase(ana, at).member();
    assertThat(json.write(erased)).doesNotContain("Ana").doesNotContain("García")
        .doesNotContain("+234").doesNotContain("m-1").doesNotContain("Marina");
    // instants are ISO-8601 text whatever the host writes dates as (a Jackson 2 host writes numbers)
    assertThat(json.hostWrite(erased)).contains("\"erasedAt\":\"2026-11-29T12:00:00Z\"");
    assertThat(json.hostWrite(export)).contains("\"exportedAt\":\"2026-11-29T12:00:00Z\"");

    // with the member's pledges and posts (DOMAIN.md section 2: everything held about the member)
    org.irrt.model.pledge.Pledge pledge = org.irrt.model.pledge.Pledge.builder()
        .id(org.irrt.model.pledge.PledgeId.of("p-1")).campaign(org.irrt.model.pledge.CampaignId.of("endowment"))
        .donor(org.irrt.model.pledge.Donor.member(ana.id())).total(Money.of("600", "USD")).installmentCount(3)
        .frequency(org.irrt.model.pledge.Frequency.monthly()).startDate(LocalDate.of(2026, 1, 15)).build();
    org.irrt.model.contribution.Contribution post = org.irrt.model.contribution.Contribution.start(
        org.irrt.model.contribution.ContributionId.of("c-1"), ana.id(), at, org.irrt.model.contribution.PostContent
            .builder().title("Libraries abroad").body("Text.").format(org.irrt.model.contribution.ContentFormat.MARKDOWN)
            .language("en").build());
    MemberDataExport whole = MemberPrivacy.export(ana, List.of(ms), List.of(pledge), List.of(post), at);
    String wholeText = json.write(whole);
    assertThat(wholeText).contains("\"pledges\"").contains("\"p-1\"").contains("\"contributions\"")
        .contains("Libraries abroad");
    assertThat(json.read(wholeText, MemberDataExport.class)).isEqualTo(whole);
  }

  @Test
  void aMembershipWrittenBeforeOverrideEndDatesExistedStillReads() {
    String old = """
        {"id":"m1","memberId":"ana","typeId":"rolling","joinDate":"2026-03-15","startDate":"2026-03-15",
         "endDate":"2027-03-14","statusOverride":"SUSPENDED"}""";
    Membership m = json.read(old, Membership.class);
    assertThat(m.statusOverrideEndDate()).isEmpty();
    assertThat(StatusRules.defaults().statusOf(m, java.time.LocalDate.parse("2030-01-01")))
        .isEqualTo(org.irrt.model.membership.MembershipStatus.SUSPENDED);
    Membership until = m.withStatusOverrideEndDate(java.time.LocalDate.parse("2026-09-01"));
    String text = json.write(until);
    assertThat(text).contains("\"statusOverrideEndDate\": \"2026-09-01\"");
    assertThat(json.read(text, Membership.class)).isEqualTo(until);
  }

  @Test
  void readFromJsonARuleBetweenTwoFieldsStandsAtThePathOfItsObject() {
    String text = json.write(org.irrt.model.testing.Samples.roundTable());
    assertThat(text).contains("\"minimum\": 2,\n").contains("\"fromYear\": 1949");
    assertThat(Violations.of(() -> json.read(text.replace("\"minimum\": 2,\n", "\"minimum\": 5,\n")
            .replace("\"fromYear\": 1949", "\"fromYear\": 1957"), org.irrt.model.roundtable.RoundTable.class)))
        .containsExactly("formerNames[0] org.irrt.model.yearOrder", "committees[0].seats[1] org.irrt.model.SeatLimit.order");
  }
}
