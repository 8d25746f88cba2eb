package org.irrt.model.pledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.irrt.model.common.Money;
import org.irrt.model.member.MemberId;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: a campaign file of 100,000 pledges of 600 installments took 164 s and 6 GB in the
 * {@code campaign} command, because each pledge made and kept its 600 installments as soon as a
 * status or a progress figure was asked for. The installments are now computed only when read, and
 * progress, statuses, overdue amounts and reminders cost what the payments cost: the same for 600
 * installments as for 6 (measured as bytes allocated, which, unlike time, does not depend on what
 * else the machine runs).
 */
class LargeCampaignRegressionTest {
  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
  private static final LocalDate DAY = LocalDate.parse("2026-11-29");

  @Test
  void progressStatusesOverdueAmountsAndRemindersCostNoMoreForSixHundredInstallmentsThanForSix() {
    long six = allocatedForAReport(6);
    long sixHundred = allocatedForAReport(600);
    assertThat(sixHundred).as("bytes allocated for a report on 2,000 pledges: %,d with 6 installments each, %,d with 600",
        six, sixHundred).isLessThan(six + six / 2);
  }

  private static long allocatedForAReport(int installments) {
    Campaign campaign = Campaign.builder().id(CampaignId.of("c")).name("Endowment").goal(Money.of("1000000", "USD"))
        .startDate(LocalDate.parse("2020-01-01")).fund("IRRT endowment").build();
    List<Pledge> pledges = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      Pledge p = Pledge.builder().id(PledgeId.of("p" + i)).campaign(campaign.id()).donor(Donor.member(MemberId.of("m" + i)))
          .total(Money.of("6000", "USD")).installmentCount(installments).frequency(Frequency.monthly())
          .startDate(LocalDate.parse("2020-01-10").plusDays(i)).build();
      for (int j = 0; j < 3; j++) {
        p = p.pay(PledgePayment.of("pay-" + j, Money.of("10", "USD"), p.startDate().plusMonths(j)));
      }
      pledges.add(i % 20 == 0 ? p.withCancelledOn(LocalDate.parse("2026-12-15")) : p);
    }
    report(campaign, pledges); // warm up
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long before = threads.getCurrentThreadAllocatedBytes();
    long lines = report(campaign, pledges);
    long allocated = threads.getCurrentThreadAllocatedBytes() - before;
    assertThat(lines).isGreaterThan(2_000);
    return allocated;
  }

  /** What the example's report asks of each pledge; returns a count so that nothing is optimised away. */
  private static long report(Campaign campaign, List<Pledge> pledges) {
    Instant at = DAY.plusDays(1).atStartOfDay(CHICAGO).toInstant().minusSeconds(1);
    long lines = CampaignProgress.of(campaign, pledges, at, CHICAGO).overdue().size();
    for (Pledge p : pledges) {
      lines += p.status(at, CHICAGO).ordinal() >= 0 ? 1 : 0;
      List<Installment> late = p.overdueInstallments(at, CHICAGO);
      lines += late.isEmpty() ? 0 : late.get(late.size() - 1).number() > 0 ? 1 : 0;
      lines += p.overdueAmount(at, CHICAGO).isZero() ? 0 : 1;
      lines += p.remindersDue(DAY, 7).size();
    }
    return lines;
  }
}
