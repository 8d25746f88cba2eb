package org.irrt.readme;

// README: pledges
import org.irrt.model.pledge.Campaign;
import org.irrt.model.pledge.CampaignId;
import org.irrt.model.pledge.CampaignProgress;
import org.irrt.model.pledge.Donor;
import org.irrt.model.pledge.Frequency;
import org.irrt.model.pledge.Pledge;
import org.irrt.model.pledge.PledgeId;
import org.irrt.model.pledge.PledgePayment;
import org.irrt.model.pledge.PledgeStatus;
import org.irrt.workflow.pledge.PledgeCase;
import org.irrt.workflow.pledge.PledgeCommand;
import org.irrt.workflow.pledge.PledgeEvent;
import org.irrt.workflow.pledge.PledgeWorkflow;
// END README

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.irrt.model.common.CountryCode;
import org.irrt.model.common.EmailAddress;
import org.irrt.model.common.InvalidValueException;
import org.irrt.model.common.Money;
import org.irrt.model.common.PersonName;
import org.irrt.model.member.Member;
import org.irrt.model.member.MemberCategory;
import org.irrt.model.member.MemberId;
import org.irrt.workflow.Actor;
import org.irrt.workflow.InMemoryWorkflowStore;
import org.irrt.workflow.Organisation;
import org.irrt.workflow.Request;
import org.irrt.workflow.Role;
import org.irrt.workflow.WorkflowEngine;
import org.junit.jupiter.api.Test;

/**
 * README, "A short tour of the API": a campaign, a pledge to it recorded by a fundraising officer,
 * a payment, and the pledge's status and the campaign's progress. Zone, clock and member are made
 * here as the memberships block makes them.
 */
class PledgesTest {
  @Test
  void aPledgeIsRecordedPaidAndCountedTowardItsCampaign() {
    ZoneId zone = ZoneId.of("America/Chicago");
    Clock clock = Clock.fixed(Instant.parse("2026-03-02T15:00:00Z"), zone);
    Member member = Member.builder().id(MemberId.of("m-1")).name(PersonName.of("Ana María", "García"))
        .email(EmailAddress.of("ana@example.org")).country(CountryCode.of("CO")).preferredLanguage("es")
        .category(MemberCategory.INTERNATIONAL).build();

    // README: pledges
    Campaign endowment = Campaign.builder()
        .id(CampaignId.of("sixty-for-sixty")).name("Sixty for Sixty").fund("IRRT Endowment")
        .goal(Money.of("50000", "USD")).startDate(LocalDate.of(2009, 1, 1))  // in a currency in use that day
        .build();
    Pledge pledge = Pledge.builder()
        .id(PledgeId.of("pl-1")).campaign(endowment.id()).donor(Donor.member(member.id()))
        .total(Money.of("600", "USD")).installmentCount(12).frequency(Frequency.monthly())
        .startDate(LocalDate.of(2026, 4, 1))                  // the first installment's due date
        .build();                                             // in DEM or HRK it would be refused at total.currency
    var pledges = WorkflowEngine.of(new PledgeWorkflow(Organisation.in(zone).withCampaigns(List.of(endowment))),
        new InMemoryWorkflowStore<PledgeEvent>(), clock);
    Actor fundraiser = Actor.of("officer-kim", Role.FUNDRAISING_OFFICER); // only they record pledges
    pledges.issue("pl-1", Request.of(new PledgeCommand.Record(pledge), fundraiser));
    pledges.issue("pl-1", Request.of(new PledgeCommand.RecordPayment(
        PledgePayment.of("pay-1", Money.of("50", "USD"), LocalDate.of(2026, 3, 1))), fundraiser));
    Pledge recorded = pledges.load("pl-1").pledge().orElseThrow();
    PledgeStatus status = recorded.status(clock.instant(), zone);                     // IN_PROGRESS
    CampaignProgress progress = CampaignProgress.of(endowment, List.of(recorded), clock.instant(), zone);
    // END README

    assertThat(recorded.schedule()).hasSize(12);
    assertThat(recorded.schedule().get(0).dueDate()).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(recorded.installments().get(0).completed()).isTrue();
    assertThat(recorded.received()).isEqualTo(Money.of("50", "USD"));
    assertThat(status).isEqualTo(PledgeStatus.IN_PROGRESS);
    assertThat(progress.received().get("USD")).isEqualTo(Money.of("50", "USD"));
    assertThat(progress.outstanding().get("USD")).isEqualTo(Money.of("550", "USD"));
    assertThatThrownBy(() -> pledge.withTotal(Money.of("600", "DEM"))).isInstanceOfSatisfying(
        InvalidValueException.class, e -> assertThat(e.violations()).extracting(v -> v.path())
            .containsExactly("total.currency"));
  }
}
