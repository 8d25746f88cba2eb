package org.irrt.store.jdbc;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import javax.sql.DataSource;
import org.irrt.model.common.CountryCode;
import org.irrt.model.common.EmailAddress;
import org.irrt.model.common.Money;
import org.irrt.model.common.PersonName;
import org.irrt.model.member.Member;
import org.irrt.model.member.MemberCategory;
import org.irrt.model.member.MemberId;
import org.irrt.model.membership.MembershipDuration;
import org.irrt.model.membership.MembershipType;
import org.irrt.model.membership.MembershipTypeId;
import org.irrt.model.membership.PeriodType;
import org.irrt.workflow.Actor;
import org.irrt.workflow.Organisation;
import org.irrt.workflow.Request;
import org.irrt.workflow.Role;
import org.irrt.workflow.WorkflowEngine;
import org.irrt.workflow.membership.ApplicationCommand;
import org.irrt.workflow.membership.ApplicationEvent;
import org.irrt.workflow.membership.ApplicationIndex;
import org.irrt.workflow.membership.MembershipApplication;
import org.irrt.workflow.membership.MembershipApplicationWorkflow;

/** Membership applications on a database: one host's store, index and engine. */
final class Applications {
  static final MembershipType INTL = MembershipType.builder().id(MembershipTypeId.of("intl")).name("International")
      .category(MemberCategory.INTERNATIONAL).fee(Money.of("35", "EUR")).duration(MembershipDuration.years(1))
      .periodType(PeriodType.ROLLING).approvalRequired(true).paymentRequired(true).build();
  static final Organisation ORGANISATION = Organisation.in(ZoneId.of("America/Chicago"))
      .withMembershipTypes(List.of(INTL));
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T15:00:00Z"), ZoneId.of("UTC"));

  final JdbcWorkflowStore<ApplicationEvent> store;
  final WorkflowEngine<MembershipApplication, ApplicationCommand, ApplicationEvent> engine;

  Applications(DataSource dataSource, Dialect dialect) {
    store = JdbcWorkflowStore.of(dataSource, dialect, "membership-application",
        EventCodec.of(ApplicationEvent.class, org.irrt.jackson2.IrrtJson::write, org.irrt.jackson2.IrrtJson::read)
            .build());
    engine = WorkflowEngine.of(new MembershipApplicationWorkflow(ORGANISATION, MembershipApplicationWorkflow.DEFAULT_EXPIRY,
        new ApplicationIndex(store)), store, CLOCK);
  }

  static Member member(int n) {
    String id = "m-" + n;
    return Member.builder().id(MemberId.of(id)).name(PersonName.of("Ana " + n, "García"))
        .email(EmailAddress.of(id + "@example.org")).country(CountryCode.of("CO")).preferredLanguage("es")
        .category(MemberCategory.INTERNATIONAL).build();
  }

  static Actor applicant(int n) {
    return Actor.of("m-" + n, Role.APPLICANT);
  }

  static Request<ApplicationCommand> create(int n, String token) {
    return Request.<ApplicationCommand>of(new ApplicationCommand.Create(member(n), INTL.id(), token), applicant(n))
        .withIdempotencyKey(token);
  }

  static Request<ApplicationCommand> withdraw(int n) {
    return Request.of(new ApplicationCommand.Withdraw(), applicant(n));
  }
}
