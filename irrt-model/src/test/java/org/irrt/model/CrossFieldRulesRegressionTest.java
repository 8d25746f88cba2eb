package org.irrt.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.Locale;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.irrt.model.committee.CommitteeRole;
import org.irrt.model.committee.SeatLimit;
import org.irrt.model.common.InvalidValueException;
import org.irrt.model.common.Money;
import org.irrt.model.common.Violation;
import org.irrt.model.common.WebUrl;
import org.irrt.model.freelinks.OpportunityFormat;
import org.irrt.model.freelinks.OpportunityId;
import org.irrt.model.freelinks.ProfessionalDevelopmentOpportunity;
import org.irrt.model.member.MemberCategory;
import org.irrt.model.member.MemberId;
import org.irrt.model.membership.Membership;
import org.irrt.model.membership.MembershipDuration;
import org.irrt.model.membership.MembershipId;
import org.irrt.model.membership.MembershipType;
import org.irrt.model.membership.MembershipTypeId;
import org.irrt.model.membership.PeriodType;
import org.irrt.model.pledge.Campaign;
import org.irrt.model.pledge.CampaignId;
import org.irrt.model.pledge.Donor;
import org.irrt.model.pledge.Frequency;
import org.irrt.model.pledge.Pledge;
import org.irrt.model.pledge.PledgeId;
import org.irrt.model.roundtable.FormerName;
import org.irrt.model.roundtable.RoundTable;
import org.irrt.model.testing.Samples;
import org.irrt.model.testing.Violations;
import org.junit.jupiter.api.Test;

/**
 * Fault: a rule between two fields of a value (a minimum above its maximum, an end before its
 * start) was reported at one of them, often the one that had not changed ({@code withMinimum(5)}
 * reported at {@code maximum}), with a message that named only the other. Each such rule of the
 * model now stands at the value itself and names both fields by their JSON names.
 */
class CrossFieldRulesRegressionTest {
  private static Violation only(ThrowingCallable call) {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, call);
    assertThat(e.violations()).hasSize(1);
    return e.violations().get(0);
  }

  private static void standsAtTheValueSaying(ThrowingCallable call, String code, String en, String es, String fr) {
    Violation v = only(call);
    assertThat(v.path() + " " + v.code()).isEqualTo(" " + code);
    assertThat(v.message(Locale.ENGLISH)).isEqualTo(en);
    assertThat(v.message(Locale.forLanguageTag("es"))).isEqualTo(es);
    assertThat(v.message(Locale.FRENCH)).isEqualTo(fr);
  }

  @Test
  void aMinimumRaisedAboveTheMaximumStandsAtTheSeatLimitNotAtTheMaximum() {
    SeatLimit members = SeatLimit.of(CommitteeRole.MEMBER, 2, 4);
    standsAtTheValueSaying(() -> members.withMinimum(5), "org.irrt.model.SeatLimit.order",
        "minimum must not be above maximum", "minimum no debe ser mayor que maximum",
        "minimum ne doit pas être supérieur à maximum");
    assertThat(only(() -> members.withMaximum(1)).path()).isEmpty();
  }

  @Test
  void yearsDatesAndWindowsInTheWrongOrderStandAtTheirValue() {
    standsAtTheValueSaying(() -> FormerName.builder().name("Older").fromYear(1956).untilYear(1949).build(),
        "org.irrt.model.yearOrder", "fromYear must not be after untilYear", "fromYear no debe ser posterior a untilYear",
        "fromYear ne doit pas être postérieur à untilYear");
    MembershipType type = MembershipType.builder().id(MembershipTypeId.of("regular")).name("Regular")
        .category(MemberCategory.REGULAR).fee(Money.of("50", "USD")).duration(MembershipDuration.years(1))
        .periodType(PeriodType.ROLLING).build();
    Membership membership = Membership.join(MembershipId.of("m1"), MemberId.of("ana"), type, LocalDate.of(2026, 3, 1));
    standsAtTheValueSaying(() -> membership.withEndDate(LocalDate.of(2026, 2, 28)), "org.irrt.model.Membership.endBeforeStart",
        "endDate must not be before startDate", "endDate no debe ser anterior a startDate", "endDate ne doit pas précéder startDate");
    standsAtTheValueSaying(() -> Campaign.builder().id(CampaignId.of("sixty")).name("Sixty for Sixty").fund("Endowment")
            .goal(Money.of("50000", "USD")).startDate(LocalDate.of(2027, 1, 1)).endDate(LocalDate.of(2026, 12, 31)).build(),
        "org.irrt.model.Campaign.endBeforeStart", "endDate must not be before startDate",
        "endDate no debe ser anterior a startDate", "endDate ne doit pas précéder startDate");
    ProfessionalDevelopmentOpportunity webinar = ProfessionalDevelopmentOpportunity.builder()
        .id(OpportunityId.of("w")).title("Webinar").provider("Provider").url(WebUrl.of("https://learning.example.org/w"))
        .format(OpportunityFormat.WEBINAR).addLanguages("en").addTopics("Grants").cost(Money.of("0", "USD"))
        .availableUntil(LocalDate.of(2026, 6, 30)).build();
    standsAtTheValueSaying(() -> webinar.withAvailableFrom(LocalDate.of(2026, 7, 1)), "org.irrt.model.Opportunity.window",
        "availableUntil must not be before availableFrom", "availableUntil no debe ser anterior a availableFrom",
        "availableUntil ne doit pas précéder availableFrom");
  }

  @Test
  void rulesOfWhichFieldsMayBeSetTogetherStandAtTheirValue() {
    standsAtTheValueSaying(() -> Donor.member(MemberId.of("ana")).withName("Ana"), "org.irrt.model.Donor.exactlyOne",
        "exactly one of member and name must be set: a donor is either a member or an outside donor with a name",
        "debe indicarse exactamente uno de member y name: un donante es un miembro o un donante externo con nombre",
        "exactement un de member et name doit être indiqué\u00A0: un donateur est soit un membre, soit un donateur extérieur nommé");
    Pledge pledge = Pledge.builder().id(PledgeId.of("p-1")).campaign(CampaignId.of("sixty"))
        .donor(Donor.member(MemberId.of("ana"))).total(Money.of("100", "USD")).installmentCount(4)
        .frequency(Frequency.monthly()).startDate(LocalDate.of(2027, 1, 31)).build();
    // cancelling a written-off pledge was reported at writtenOffOn, the field that had not changed
    standsAtTheValueSaying(() -> pledge.withWrittenOffOn(LocalDate.of(2027, 6, 1)).withCancelledOn(LocalDate.of(2027, 6, 2)),
        "org.irrt.model.Pledge.cancelledAndWrittenOff",
        "cancelledOn and writtenOffOn must not both be set: a pledge is cancelled or written off, not both",
        "cancelledOn y writtenOffOn no pueden indicarse a la vez: una promesa se cancela o se da por incobrable, no ambas cosas",
        "cancelledOn et writtenOffOn ne peuvent pas être indiqués tous les deux\u00A0: une promesse est annulée ou passée en perte, "
            + "pas les deux");
    standsAtTheValueSaying(() -> pledge.withTotal(Money.of("0.03", "USD")), "org.irrt.model.Pledge.installmentTooSmall",
        "installmentCount must not exceed total in the currency's smallest units: 4 installments would include one of zero",
        "installmentCount no puede superar total en la unidad más pequeña de la moneda: 4 cuotas incluirían una de cero",
        "installmentCount ne peut pas dépasser total dans la plus petite unité de la devise\u00A0: 4 échéances en compteraient "
            + "une de zéro");
  }

}
