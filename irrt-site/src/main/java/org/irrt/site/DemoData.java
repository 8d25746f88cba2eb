package org.irrt.site;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.irrt.model.common.Money;
import org.irrt.model.pledge.Donor;
import org.irrt.model.pledge.Frequency;
import org.irrt.model.pledge.Pledge;
import org.irrt.model.pledge.PledgeId;
import org.irrt.model.pledge.PledgePayment;
import org.irrt.spring.boot.IrrtStores;
import org.irrt.workflow.Actor;
import org.irrt.workflow.Organisation;
import org.irrt.workflow.Request;
import org.irrt.workflow.Role;
import org.irrt.workflow.WorkflowEngine;
import org.irrt.workflow.pledge.PledgeCase;
import org.irrt.workflow.pledge.PledgeCommand;
import org.irrt.workflow.pledge.PledgeEvent;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Three synthetic pledges, recorded once into an empty store so that the campaign page has progress
 * to show (the donors are invented; {@code site.demo-data=false} leaves the store empty). Keyed, so
 * two sites starting on one database record them once.
 */
@Component
@ConditionalOnBooleanProperty(name = "site.demo-data", matchIfMissing = true)
class DemoData implements ApplicationRunner {
  private final WorkflowEngine<PledgeCase, PledgeCommand, PledgeEvent> pledges;
  private final IrrtStores stores;
  private final Organisation organisation;
  private final Clock clock;

  DemoData(WorkflowEngine<PledgeCase, PledgeCommand, PledgeEvent> pledges, IrrtStores stores, Organisation organisation,
      Clock clock) {
    this.pledges = pledges;
    this.stores = stores;
    this.organisation = organisation;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!stores.pledges().instanceIds().isEmpty() || organisation.campaigns().isEmpty()) {
      return;
    }
    var campaign = organisation.campaigns().get(0);
    LocalDate today = LocalDate.now(clock.withZone(organisation.zone()));
    LocalDate start = today.minusDays(40).isBefore(campaign.startDate()) ? campaign.startDate() : today.minusDays(40);
    Actor seed = Actor.of("demo-data", Role.FUNDRAISING_OFFICER);
    record Seed(String id, String donor, String total, int n, String paid) {}
    for (Seed s : List.of(new Seed("pl-demo-1", "Friends of the Round Table (sample)", "12000.00", 12, "2000.00"),
        new Seed("pl-demo-2", "A. Sample Donor", "6000.00", 6, "1000.00"),
        new Seed("pl-demo-3", "Library Society (sample)", "3000.00", 1, "3000.00"))) {
      Money total = Money.of(new BigDecimal(s.total()), campaign.goal().currency());
      Pledge p = Pledge.builder().id(PledgeId.of(s.id())).campaign(campaign.id()).donor(Donor.outside(s.donor()))
          .total(total).installmentCount(s.n()).frequency(Frequency.monthly()).startDate(start).build();
      pledges.issue(s.id(), Request.of(new PledgeCommand.Record(p), seed).withIdempotencyKey(s.id()));
      if (!today.isBefore(start)) {
        pledges.issue(s.id(), Request.of(new PledgeCommand.RecordPayment(PledgePayment.of(s.id() + "-1",
            Money.of(new BigDecimal(s.paid()), campaign.goal().currency()), start)), seed)
            .withIdempotencyKey(s.id() + "-paid"));
      }
    }
  }
}
