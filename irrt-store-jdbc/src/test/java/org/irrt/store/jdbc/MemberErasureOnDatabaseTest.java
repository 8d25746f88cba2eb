package org.irrt.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irrt.workflow.testing.WorkflowStoreErasureContract.ID;
import static org.irrt.workflow.testing.WorkflowStoreErasureContract.PERSONAL;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.irrt.model.common.Money;
import org.irrt.model.member.Member;
import org.irrt.model.member.MemberId;
import org.irrt.model.membership.Membership;
import org.irrt.model.membership.PaymentReference;
import org.irrt.model.pledge.Campaign;
import org.irrt.model.pledge.CampaignId;
import org.irrt.model.pledge.Donor;
import org.irrt.model.pledge.Frequency;
import org.irrt.model.pledge.Pledge;
import org.irrt.model.pledge.PledgeId;
import org.irrt.model.pledge.PledgePayment;
import org.irrt.model.pledge.Tribute;
import org.irrt.store.jdbc.testing.Databases;
import org.irrt.workflow.Actor;
import org.irrt.workflow.DataSubject;
import org.irrt.workflow.EventHeader;
import org.irrt.workflow.Organisation;
import org.irrt.workflow.Outcome;
import org.irrt.workflow.Request;
import org.irrt.workflow.Role;
import org.irrt.workflow.StoredEvent;
import org.irrt.workflow.WorkflowEngine;
import org.irrt.workflow.WorkflowEvent;
import org.irrt.workflow.WorkflowStore;
import org.irrt.workflow.membership.ApplicationCommand;
import org.irrt.workflow.membership.ApplicationEvent;
import org.irrt.workflow.membership.ApplicationIndex;
import org.irrt.workflow.membership.ApplicationState;
import org.irrt.workflow.membership.MembershipApplication;
import org.irrt.workflow.membership.MembershipApplicationWorkflow;
import org.irrt.workflow.membership.MembershipCase;
import org.irrt.workflow.membership.MembershipCommand;
import org.irrt.workflow.membership.MembershipEvent;
import org.irrt.workflow.membership.MembershipState;
import org.irrt.workflow.membership.MembershipWorkflow;
import org.irrt.workflow.pledge.PledgeCase;
import org.irrt.workflow.pledge.PledgeCommand;
import org.irrt.workflow.pledge.PledgeEvent;
import org.irrt.workflow.pledge.PledgeWorkflow;
import org.irrt.workflow.testing.WorkflowStoreErasureContract;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 18 item 3 as a host lives it, on a database: a member with ten distinctive strings applies
 * (the JDBC store of each workflow on one database), is approved and pays, gets a membership and
 * pledges in memory of a relative; the host erases them with {@code engine.erase(DataSubject.member(id))}
 * and records the erasure on the membership. Then a scan of every text and JSON column of every
 * table finds none of the strings; the audit trail (position, workflow, instance, version, event
 * type, actor, instant, key as stored; command and state as read) is the same; the instances still
 * load and take commands, on this host and on another host that never saw them.
 */
class MemberErasureOnDatabaseTest {
  private static final Campaign CAMPAIGN = Campaign.builder().id(CampaignId.of("sixty-for-sixty"))
      .name("Sixty for sixty").goal(Money.of("1000", "EUR")).startDate(LocalDate.of(2026, 1, 1))
      .fund("IRRT endowment").build();
  private static final Organisation ORGANISATION = Organisation.in(ZoneId.of("America/Chicago"))
      .withMembershipTypes(List.of(WorkflowStoreErasureContract.TYPE)).withCampaigns(List.of(CAMPAIGN));
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-01T15:00:00Z"), ZoneId.of("UTC"));
  private static final Actor MEMBER = Actor.of(ID.value(), Role.APPLICANT);
  private static final Actor OFFICER = Actor.of("officer-lee", Role.MEMBERSHIP_OFFICER);
  private static final Actor PAYMENTS = Actor.of("payments", Role.SYSTEM);
  private static final Actor TREASURER = Actor.of("treasurer", Role.FUNDRAISING_OFFICER);

  /** One host: a store and an engine per workflow, on its own pool. */
  private static final class Host {
    final WorkflowStore<ApplicationEvent> applicationStore;
    final WorkflowStore<MembershipEvent> membershipStore;
    final WorkflowStore<PledgeEvent> pledgeStore;
    final WorkflowEngine<MembershipApplication, ApplicationCommand, ApplicationEvent> applications;
    final WorkflowEngine<MembershipCase, MembershipCommand, MembershipEvent> memberships;
    final WorkflowEngine<PledgeCase, PledgeCommand, PledgeEvent> pledges;

    Host(HikariDataSource pool, Dialect dialect) {
      applicationStore = JdbcWorkflowStore.of(pool, dialect, "membership-application", EventCodec.of(
          ApplicationEvent.class, org.irrt.jackson2.IrrtJson::write, org.irrt.jackson2.IrrtJson::read).build());
      membershipStore = JdbcWorkflowStore.of(pool, dialect, "membership", EventCodec.of(
          MembershipEvent.class, org.irrt.jackson2.IrrtJson::write, org.irrt.jackson2.IrrtJson::read).build());
      pledgeStore = JdbcWorkflowStore.of(pool, dialect, "pledge", Pledges.codec());
      applications = WorkflowEngine.of(new MembershipApplicationWorkflow(ORGANISATION,
          MembershipApplicationWorkflow.DEFAULT_EXPIRY, new ApplicationIndex(applicationStore)), applicationStore, CLOCK);
      memberships = WorkflowEngine.of(new MembershipWorkflow(ORGANISATION), membershipStore, CLOCK);
      pledges = WorkflowEngine.of(new PledgeWorkflow(ORGANISATION), pledgeStore, CLOCK);
    }

    List<WorkflowStore<?>> stores() {
      return List.of(applicationStore, membershipStore, pledgeStore);
    }
  }

  private static <I, E> Outcome.Accepted<I, E> accepted(Outcome<I, E> outcome) {
    assertThat(outcome).as("accepted").isInstanceOf(Outcome.Accepted.class);
    return (Outcome.Accepted<I, E>) outcome;
  }

  /** The member applies, is approved and pays, gets the membership, pledges; gives the membership's id. */
  private static String everything(Host host) {
    Member member = WorkflowStoreErasureContract.person(ID);
    accepted(host.applications.issue("app-1", Request.of(new ApplicationCommand.Create(member,
        WorkflowStoreErasureContract.TYPE.id(), "form-7c1e"), MEMBER).withIdempotencyKey("k-create")));
    accepted(host.applications.issue("app-1", Request.of(new ApplicationCommand.Submit(), MEMBER)));
    accepted(host.applications.issue("app-1", Request.of(new ApplicationCommand.StartReview(), OFFICER)));
    accepted(host.applications.issue("app-1", Request.of(new ApplicationCommand.Approve(), OFFICER)
        .withComment("References checked.")));
    accepted(host.applications.issue("app-1", Request.of(new ApplicationCommand.RecordPayment(
        PaymentReference.of("pay-1", Money.of("35", "EUR"), LocalDate.of(2026, 3, 2))), PAYMENTS)
        .withIdempotencyKey("k-pay")));
    Membership membership = host.applications.load("app-1").membership().orElseThrow();
    accepted(host.memberships.issue(membership.id().value(), Request.of(new MembershipCommand.Open(membership),
        PAYMENTS).withIdempotencyKey("k-open")));
    Pledge pledge = Pledge.builder().id(PledgeId.of("pledge-1")).campaign(CAMPAIGN.id()).donor(Donor.member(ID))
        .total(Money.of("300", "EUR")).installmentCount(3).frequency(Frequency.monthly())
        .startDate(LocalDate.of(2026, 4, 1)).tribute(Tribute.of(Tribute.Kind.IN_MEMORY_OF, PERSONAL.get(9))).build();
    accepted(host.pledges.issue("pledge-1", Request.of(new PledgeCommand.Record(pledge), TREASURER)
        .withIdempotencyKey("k-pledge")));
    return membership.id().value();
  }

  private static List<String> personalFound(HikariDataSource pool) throws SQLException {
    List<String> texts = StoredTexts.every(pool);
    return PERSONAL.stream().filter(p -> texts.stream().anyMatch(t -> t.contains(p))).toList();
  }

  /** The audit trail: the columns as stored, and each event's command and state as read. */
  private static List<String> auditTrail(HikariDataSource pool, Host host) throws SQLException {
    List<String> trail = new ArrayList<>(List.of(SchemaTest.query(pool, "SELECT global_position, workflow, "
        + "instance_id, version, event_type, type_version, actor, occurred_at, idempotency_key FROM irrt_events "
        + "ORDER BY global_position").split("; ")));
    for (WorkflowStore<?> store : host.stores()) {
      for (StoredEvent<?> s : store.read(0, 1000)) {
        EventHeader h = ((WorkflowEvent) s.event()).header();
        trail.add(s.position() + " " + h.actor() + " " + h.command() + " " + h.state() + " " + h.at() + " "
            + h.comment() + " " + h.idempotencyKey());
      }
    }
    return trail;
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void afterTheHostErasesTheMemberNoColumnHoldsTheirStringsTheTrailIsTheSameAndTheWorkflowsGoOn(Databases db)
      throws SQLException {
    String url = db.create();
    try (HikariDataSource pool = Databases.pool(url, 4); HikariDataSource other = Databases.pool(url, 2)) {
      Host host = new Host(pool, db.dialect());
      String ms = everything(host);
      assertThat(personalFound(pool)).as("the scan finds what it looks for").containsExactlyElementsOf(PERSONAL);
      Host elsewhere = new Host(other, db.dialect());
      assertThat(elsewhere.applications.load("app-1").applicant()).as("built on another host before the erasure")
          .contains(WorkflowStoreErasureContract.person(ID));
      List<String> before = auditTrail(pool, host);

      MemberId pseudonym = host.applications.erase(DataSubject.member(ID)).orElseThrow();
      host.memberships.forgetInstances();
      host.pledges.forgetInstances();
      elsewhere.applications.forgetInstances();
      accepted(host.memberships.issue(ms, Request.of(new MembershipCommand.Erase(pseudonym,
          "Erasure request 2026-41."), OFFICER)));

      assertThat(personalFound(pool)).isEmpty();
      assertThat(SchemaTest.query(pool, "SELECT COUNT(*) FROM irrt_subjects")).isEqualTo("0");
      assertThat(SchemaTest.query(pool, "SELECT COUNT(*) FROM irrt_personal_data")).isEqualTo("0");
      List<String> after = auditTrail(pool, host);
      assertThat(after).hasSize(before.size() + 2).containsAll(before);
      assertThat(after).contains("9 membership " + ms + " 2 MembershipErased 1 officer-lee 2026-04-01 15:00:00+00 null",
          "9 officer-lee ERASE ERASED 2026-04-01T15:00:00Z Optional.empty Optional.empty");
      assertThat(before).contains("4 officer-lee APPROVE APPROVED 2026-04-01T15:00:00Z Optional[References checked.] "
          + "Optional.empty");

      assertThat(host.applications.load("app-1").state()).isEqualTo(ApplicationState.ACTIVE);
      assertThat(host.applications.load("app-1").applicant().orElseThrow().id()).isEqualTo(pseudonym);
      assertThat(elsewhere.applications.load("app-1").applicant().orElseThrow().id()).isEqualTo(pseudonym);
      assertThat(elsewhere.pledges.load("pledge-1").pledge().orElseThrow().donor()).isEqualTo(Donor.member(pseudonym));
      assertThat(host.memberships.load(ms).state()).isEqualTo(MembershipState.ERASED);
      assertThat(host.memberships.load(ms).membership().orElseThrow().memberId()).isEqualTo(pseudonym);
      accepted(elsewhere.pledges.issue("pledge-1", Request.of(new PledgeCommand.RecordPayment(
          PledgePayment.of("pp-1", Money.of("100", "EUR"), LocalDate.of(2026, 4, 1))), PAYMENTS)));
      assertThat(host.pledges.load("pledge-1").pledge().orElseThrow().received()).isEqualTo(Money.of("100", "EUR"));
      assertThat(personalFound(pool)).isEmpty();
    }
  }
}
