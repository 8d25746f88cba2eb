package org.irrt.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irrt.workflow.testing.WorkflowStoreErasureContract.ID;
import static org.irrt.workflow.testing.WorkflowStoreErasureContract.PERSONAL;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.irrt.model.common.Money;
import org.irrt.model.member.MemberId;
import org.irrt.model.pledge.Campaign;
import org.irrt.model.pledge.CampaignId;
import org.irrt.model.pledge.Donor;
import org.irrt.model.pledge.Frequency;
import org.irrt.model.pledge.Pledge;
import org.irrt.model.pledge.PledgeId;
import org.irrt.model.pledge.Tribute;
import org.irrt.workflow.Actor;
import org.irrt.workflow.DataSubject;
import org.irrt.workflow.Organisation;
import org.irrt.workflow.Outcome;
import org.irrt.workflow.Request;
import org.irrt.workflow.Role;
import org.irrt.workflow.StoreProjection;
import org.irrt.workflow.WorkflowEngine;
import org.irrt.workflow.membership.ApplicationCommand;
import org.irrt.workflow.membership.ApplicationEvent;
import org.irrt.workflow.membership.MembershipApplication;
import org.irrt.workflow.pledge.PledgeCase;
import org.irrt.workflow.pledge.PledgeCommand;
import org.irrt.workflow.pledge.PledgeEvent;
import org.irrt.workflow.testing.WorkflowStoreErasureContract;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@link IrrtErasure}: a member who applied and pledged (in memory of a relative, a name that is
 * personal data too) asks to be erased; one call leaves no full form in any workflow's history and
 * no engine holding one it built before, on the JDBC store and in memory.
 */
class IrrtErasureTest {
  private static final Campaign CAMPAIGN = Campaign.builder().id(CampaignId.of("sixty-for-sixty"))
      .name("Sixty for sixty").goal(Money.of("1000", "EUR")).startDate(LocalDate.of(2026, 1, 1))
      .fund("IRRT endowment").build();
  private static final Actor APPLICANT = Actor.of(ID.value(), Role.APPLICANT);
  private static final Actor TREASURER = Actor.of("treasurer", Role.FUNDRAISING_OFFICER);

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(IrrtAutoConfiguration.class)).withUserConfiguration(Host.class);

  @Configuration(proxyBeanMethods = false)
  static class Host {
    @Bean
    Clock hostClock() {
      return Clock.fixed(Instant.parse("2026-04-01T15:00:00Z"), ZoneOffset.UTC);
    }

    @Bean
    Organisation hostOrganisation() {
      return Organisation.in(ZoneId.of("America/Chicago")).withMembershipTypes(List.of(WorkflowStoreErasureContract.TYPE))
          .withCampaigns(List.of(CAMPAIGN));
    }
  }

  @Test
  void oneErasureOnTheJdbcStoresLeavesNoFullFormInAnyHistoryNorInAnyEngine() {
    DataSource ds = IrrtAutoConfigurationTest.h2();
    runner.withBean(DataSource.class, () -> ds).run(context -> {
      MemberId pseudonym = applyPledgeAndErase(context);
      assertThat(IrrtAutoConfigurationTest.count(ds, "SELECT COUNT(*) FROM irrt_personal_data")).isZero();
      assertThat(IrrtAutoConfigurationTest.count(ds, "SELECT COUNT(*) FROM irrt_subjects")).isZero();
      assertThat(IrrtAutoConfigurationTest.count(ds, "SELECT COUNT(*) FROM irrt_events WHERE "
          + "CAST(payload AS VARCHAR) LIKE '%" + pseudonym.value() + "%'")).isEqualTo(2); // the erased forms
      for (String personal : PERSONAL) {
        assertThat(IrrtAutoConfigurationTest.count(ds, "SELECT COUNT(*) FROM irrt_events WHERE "
            + "CAST(payload AS VARCHAR) LIKE '%" + personal + "%'")).as(personal).isZero();
      }
    });
  }

  @Test
  void oneErasureInMemoryReachesEveryWorkflowAndEveryEngine() {
    runner.run(context -> {
      assertThat(context.getBean(IrrtStores.class).applications().getClass().getSimpleName())
          .isEqualTo("InMemoryWorkflowStore");
      applyPledgeAndErase(context);
    });
  }

  /** A host's own view over the applications' store: the applicants' member ids it applied. */
  static final class Applicants extends StoreProjection<ApplicationEvent> {
    private final Set<MemberId> ids = new LinkedHashSet<>();

    Applicants(IrrtStores stores) {
      super(stores.applications());
    }

    @Override
    protected void apply(String instanceId, ApplicationEvent event) {
      if (event instanceof ApplicationEvent.ApplicationCreated created) {
        ids.add(created.applicant().id());
      }
    }

    @Override
    protected void clear() {
      ids.clear();
    }

    synchronized Set<MemberId> ids() {
      catchUp();
      return Set.copyOf(ids);
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class HostView {
    @Bean
    Applicants applicants(IrrtStores stores) {
      return new Applicants(stores);
    }
  }

  @Test
  void anErasureMakesTheHostsOwnViewsStartOverSoTheyHoldThePseudonymAndForgetInstancesDoesItOnAnotherServer() {
    runner.withUserConfiguration(HostView.class).run(context -> {
      @SuppressWarnings("unchecked")
      WorkflowEngine<MembershipApplication, ApplicationCommand, ApplicationEvent> applications =
          context.getBean("irrtApplicationEngine", WorkflowEngine.class);
      MemberId other = MemberId.of("m-000777");
      assertThat(applications.issue("app-1", Request.of(new ApplicationCommand.Create(
          WorkflowStoreErasureContract.person(ID), WorkflowStoreErasureContract.TYPE.id(), "form-1"), APPLICANT)))
          .isInstanceOf(Outcome.Accepted.class);
      // another application after it: the erased event is not the last one the view applied
      assertThat(applications.issue("app-2", Request.of(new ApplicationCommand.Create(
          WorkflowStoreErasureContract.person(other), WorkflowStoreErasureContract.TYPE.id(), "form-2"),
          Actor.of(other.value(), Role.APPLICANT)))).isInstanceOf(Outcome.Accepted.class);
      Applicants view = context.getBean(Applicants.class);
      assertThat(view.ids()).containsExactlyInAnyOrder(ID, other);

      MemberId pseudonym = context.getBean(IrrtErasure.class).erase(DataSubject.member(ID)).orElseThrow();

      assertThat(view.position()).isZero(); // before: 2, the view kept the erased member's id
      assertThat(view.ids()).containsExactlyInAnyOrder(pseudonym, other);
      assertThat(view.position()).isEqualTo(2);
      context.getBean(IrrtErasure.class).forgetInstances(); // as another server does when told
      assertThat(view.position()).isZero();
      assertThat(view.ids()).containsExactlyInAnyOrder(pseudonym, other);
    });
  }

  @Test
  void anErasureOfSomeoneNoStoreHoldsGivesNoPseudonym() {
    runner.run(context -> assertThat(context.getBean(IrrtErasure.class).erase(DataSubject.member(ID))).isEmpty());
  }

  /** The story through the context's engines, the erasure, and what every engine then gives. */
  @SuppressWarnings("unchecked")
  private static MemberId applyPledgeAndErase(ApplicationContext context) {
    WorkflowEngine<MembershipApplication, ApplicationCommand, ApplicationEvent> applications =
        context.getBean("irrtApplicationEngine", WorkflowEngine.class);
    WorkflowEngine<PledgeCase, PledgeCommand, PledgeEvent> pledges =
        context.getBean("irrtPledgeEngine", WorkflowEngine.class);
    assertThat(applications.issue("app-1", Request.of(new ApplicationCommand.Create(
        WorkflowStoreErasureContract.person(ID), WorkflowStoreErasureContract.TYPE.id(), "form-7c1e"), APPLICANT)))
        .isInstanceOf(Outcome.Accepted.class);
    Pledge pledge = Pledge.builder().id(PledgeId.of("pledge-1")).campaign(CAMPAIGN.id()).donor(Donor.member(ID))
        .total(Money.of("300", "EUR")).installmentCount(3).frequency(Frequency.monthly())
        .startDate(LocalDate.of(2026, 4, 1)).tribute(Tribute.of(Tribute.Kind.IN_MEMORY_OF, PERSONAL.get(9))).build();
    assertThat(pledges.issue("pledge-1", Request.of(new PledgeCommand.Record(pledge), TREASURER)))
        .isInstanceOf(Outcome.Accepted.class);
    // both engines have built their instance with the full forms
    assertThat(applications.load("app-1").applicant().orElseThrow().id()).isEqualTo(ID);
    assertThat(pledges.load("pledge-1").pledge().orElseThrow().donor()).isEqualTo(Donor.member(ID));

    MemberId pseudonym = context.getBean(IrrtErasure.class).erase(DataSubject.member(ID)).orElseThrow();

    assertThat(pseudonym.value()).startsWith("erased-");
    assertThat(applications.load("app-1").applicant().orElseThrow().id()).isEqualTo(pseudonym);
    assertThat(applications.load("app-1").applicant().orElseThrow().name().displayName())
        .isEqualTo("Former member " + pseudonym.value());
    assertThat(pledges.load("pledge-1").pledge().orElseThrow().donor()).isEqualTo(Donor.member(pseudonym));
    assertThat(pledges.load("pledge-1").pledge().orElseThrow().tribute())
        .contains(Tribute.of(Tribute.Kind.IN_MEMORY_OF, "Name erased"));
    return pseudonym;
  }
}
