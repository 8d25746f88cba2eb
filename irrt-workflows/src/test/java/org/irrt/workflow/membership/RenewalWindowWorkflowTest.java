package org.irrt.workflow.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.irrt.model.common.Money;
import org.irrt.model.member.MemberCategory;
import org.irrt.model.member.MemberId;
import org.irrt.model.membership.Membership;
import org.irrt.model.membership.MembershipDuration;
import org.irrt.model.membership.MembershipId;
import org.irrt.model.membership.MembershipType;
import org.irrt.model.membership.MembershipTypeId;
import org.irrt.model.membership.PaymentReference;
import org.irrt.model.membership.PeriodType;
import org.irrt.workflow.Actor;
import org.irrt.workflow.InMemoryWorkflowStore;
import org.irrt.workflow.MutableClock;
import org.irrt.workflow.Organisation;
import org.irrt.workflow.Outcome;
import org.irrt.workflow.Refusal;
import org.irrt.workflow.Request;
import org.irrt.workflow.Role;
import org.irrt.workflow.WorkflowEngine;
import org.junit.jupiter.api.Test;

/**
 * A renewal command paid before the type's renewal window opens is refused as a value, naming the
 * opening day, like every other business "no" of the workflow; the same payment replayed once the
 * renewal was applied changes nothing (DOMAIN.md section 2, idempotent by payment id).
 */
class RenewalWindowWorkflowTest {
  private static final Actor PAYMENTS = Actor.of("payments", Role.SYSTEM);
  private static final MembershipType WINDOWED = MembershipType.builder().id(MembershipTypeId.of("windowed"))
      .name("Annual, renewable 30 days ahead").category(MemberCategory.INTERNATIONAL).fee(Money.of("35", "EUR"))
      .duration(MembershipDuration.years(1)).periodType(PeriodType.ROLLING)
      .renewalWindow(MembershipDuration.days(30)).build();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-07-01T15:00:00Z"));
  private final WorkflowEngine<MembershipCase, MembershipCommand, MembershipEvent> engine = WorkflowEngine.of(
      new MembershipWorkflow(Organisation.in(ApplicationFixtures.CHICAGO).withMembershipTypes(List.of(WINDOWED))),
      new InMemoryWorkflowStore<>(), clock);

  private Outcome<MembershipCase, MembershipEvent> renew(String id, LocalDate on) {
    return engine.issue("ms-1", Request.of(new MembershipCommand.Renew(PaymentReference.of(id, Money.of("35", "EUR"), on)),
        PAYMENTS));
  }

  @Test
  void aRenewalPaidBeforeTheWindowOpensIsRefusedNamingTheOpeningDayAndAReplayChangesNothing() {
    Membership m = Membership.join(MembershipId.of("ms-1"), MemberId.of("ana"), WINDOWED, LocalDate.of(2026, 7, 1));
    assertThat(engine.issue("ms-1", Request.of(new MembershipCommand.Open(m), PAYMENTS))).isInstanceOf(Outcome.Accepted.class);
    assertThat(m.endDate()).contains(LocalDate.of(2027, 6, 30));

    clock.set(Instant.parse("2027-05-31T15:00:00Z"));
    Outcome<MembershipCase, MembershipEvent> early = renew("pay-early", LocalDate.of(2027, 5, 31));
    assertThat(early).isInstanceOf(Outcome.Refused.class);
    List<Refusal> reasons = ((Outcome.Refused<MembershipCase, MembershipEvent>) early).reasons();
    assertThat(reasons).extracting(Refusal::rule).containsExactly("paymentValid");
    assertThat(reasons).extracting(Refusal::code).containsExactly("org.irrt.workflow.membership.renewalNotOpen");
    assertThat(reasons.get(0).args()).containsExactly("2027-06-01");
    assertThat(engine.load("ms-1").membership().orElseThrow().endDate()).contains(LocalDate.of(2027, 6, 30));

    clock.set(Instant.parse("2027-06-01T15:00:00Z"));
    assertThat(renew("pay-open", LocalDate.of(2027, 6, 1))).isInstanceOf(Outcome.Accepted.class);
    assertThat(engine.load("ms-1").membership().orElseThrow().endDate()).contains(LocalDate.of(2028, 6, 30));
    assertThat(renew("pay-open", LocalDate.of(2027, 6, 1))).isInstanceOf(Outcome.Refused.class);
    assertThat(engine.load("ms-1").membership().orElseThrow().endDate()).contains(LocalDate.of(2028, 6, 30));
  }

  /**
   * Found by the domain adversary: a renewal entered late, paid before the renewal in force, gave
   * dates that depended on the order of entry. It is refused as a value naming the renewal in force
   * (before the model's check, the workflow's renewal threw).
   */
  @Test
  void aRenewalPaidBeforeTheRenewalInForceIsRefusedNamingItAndNothingChanges() {
    Membership m = Membership.join(MembershipId.of("ms-1"), MemberId.of("ana"), WINDOWED, LocalDate.of(2025, 1, 1));
    clock.set(Instant.parse("2026-06-02T15:00:00Z"));
    assertThat(engine.issue("ms-1", Request.of(new MembershipCommand.Open(m), PAYMENTS))).isInstanceOf(Outcome.Accepted.class);
    assertThat(renew("pay-A", LocalDate.of(2026, 6, 1))).isInstanceOf(Outcome.Accepted.class); // expired: a new period
    Membership afterA = engine.load("ms-1").membership().orElseThrow();
    assertThat(afterA.startDate()).isEqualTo(LocalDate.of(2026, 6, 1));

    Outcome<MembershipCase, MembershipEvent> late = renew("pay-B", LocalDate.of(2026, 1, 15));
    assertThat(late).isInstanceOf(Outcome.Refused.class);
    List<Refusal> reasons = ((Outcome.Refused<MembershipCase, MembershipEvent>) late).reasons();
    assertThat(reasons).extracting(Refusal::code).containsExactly("org.irrt.workflow.membership.beforeLaterRenewal");
    assertThat(reasons.get(0).message(java.util.Locale.ENGLISH)).isEqualTo("a renewal cannot be paid before the "
        + "renewal in force, paid by pay-A on 2026-06-01: reverse that one first, then record the two in the order they were paid");
    assertThat(engine.load("ms-1").membership().orElseThrow()).isEqualTo(afterA);
  }
}
