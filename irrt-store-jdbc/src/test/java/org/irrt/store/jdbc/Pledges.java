package org.irrt.store.jdbc;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javax.sql.DataSource;
import org.irrt.model.common.Money;
import org.irrt.model.member.MemberId;
import org.irrt.model.pledge.Campaign;
import org.irrt.model.pledge.CampaignId;
import org.irrt.model.pledge.Donor;
import org.irrt.model.pledge.Frequency;
import org.irrt.model.pledge.Pledge;
import org.irrt.model.pledge.PledgeId;
import org.irrt.model.pledge.PledgePayment;
import org.irrt.workflow.Actor;
import org.irrt.workflow.Organisation;
import org.irrt.workflow.Request;
import org.irrt.workflow.Role;
import org.irrt.workflow.WorkflowEngine;
import org.irrt.workflow.pledge.PledgeCase;
import org.irrt.workflow.pledge.PledgeCommand;
import org.irrt.workflow.pledge.PledgeEvent;
import org.irrt.workflow.pledge.PledgeWorkflow;

/** A pledge campaign and its engine on a database, for the store's tests. */
final class Pledges {
  private Pledges() {}

  static final Campaign CAMPAIGN = Campaign.builder().id(CampaignId.of("sixty-for-sixty")).name("Sixty for sixty")
      .goal(Money.of("1000000", "EUR")).startDate(LocalDate.of(2026, 1, 1)).fund("IRRT endowment").build();
  static final Organisation ORGANISATION = Organisation.in(ZoneId.of("UTC")).withCampaigns(List.of(CAMPAIGN));
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneId.of("UTC"));
  static final Actor OFFICER = Actor.of("treasurer", Role.FUNDRAISING_OFFICER);
  static final Actor PAYMENTS = Actor.of("payments", Role.SYSTEM);

  static EventCodec<PledgeEvent> codec() {
    return EventCodec.of(PledgeEvent.class, org.irrt.jackson2.IrrtJson::write, org.irrt.jackson2.IrrtJson::read).build();
  }

  static JdbcWorkflowStore<PledgeEvent> store(DataSource dataSource, Dialect dialect) {
    return JdbcWorkflowStore.of(dataSource, dialect, "pledge", codec());
  }

  static WorkflowEngine<PledgeCase, PledgeCommand, PledgeEvent> engine(JdbcWorkflowStore<PledgeEvent> store) {
    return WorkflowEngine.of(new PledgeWorkflow(ORGANISATION), store, CLOCK);
  }

  static Pledge pledge(String id) {
    return Pledge.builder().id(PledgeId.of(id)).campaign(CAMPAIGN.id()).donor(Donor.member(MemberId.of("ana")))
        .total(Money.of("1000000", "EUR")).installmentCount(12).frequency(Frequency.monthly())
        .startDate(LocalDate.of(2026, 1, 10)).build();
  }

  static Request<PledgeCommand> record(String id) {
    return Request.of(new PledgeCommand.Record(pledge(id)), OFFICER);
  }

  static Request<PledgeCommand> pay(String paymentId, String key) {
    Request<PledgeCommand> r = Request.of(new PledgeCommand.RecordPayment(PledgePayment.of(paymentId,
        Money.of("1", "EUR"), LocalDate.of(2026, 3, 2))), PAYMENTS);
    return key == null ? r : r.withIdempotencyKey(key);
  }
}
