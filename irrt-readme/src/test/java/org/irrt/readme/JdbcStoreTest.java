package org.irrt.readme;

// README: jdbc-store
import java.time.Clock;
import javax.sql.DataSource;
import org.irrt.jackson3.IrrtJson;
import org.irrt.store.jdbc.Dialect;
import org.irrt.store.jdbc.EventCodec;
import org.irrt.store.jdbc.JdbcWorkflowStore;
import org.irrt.store.jdbc.Schema;
import org.irrt.workflow.WorkflowEngine;
import org.irrt.workflow.membership.ApplicationEvent;
import org.irrt.workflow.membership.ApplicationIndex;
import org.irrt.workflow.membership.MembershipApplicationWorkflow;
// END README

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
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
import org.irrt.workflow.membership.ApplicationCommand;
import org.irrt.workflow.membership.ApplicationState;
import org.junit.jupiter.api.Test;

/** README, "Storing workflows in a database": the store wired on a host's DataSource (H2 here). */
class JdbcStoreTest {
  private final JdbcDataSource h2 = new JdbcDataSource();

  private DataSource pool() {
    h2.setURL("jdbc:h2:mem:readme-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    return h2;
  }

  @Test
  void theStoreKeepsAnApplicationsEventsInTheHostsDatabase() throws SQLException {
    MembershipType type = MembershipType.builder().id(MembershipTypeId.of("international")).name("International")
        .category(MemberCategory.INTERNATIONAL).fee(Money.of("35.00", "EUR")).duration(MembershipDuration.years(1))
        .periodType(PeriodType.ROLLING).approvalRequired(true).build(); // an officer approves
    var organisation = Organisation.in(ZoneId.of("America/Chicago")).withMembershipTypes(List.of(type));

    // README: jdbc-store
    DataSource dataSource = pool();                               // your pool (HikariCP, the server's)
    Schema.apply(dataSource, Dialect.H2);                         // Dialect.POSTGRESQL; or your Flyway, below
    var store = JdbcWorkflowStore.of(dataSource, Dialect.H2, "membership-application",
        EventCodec.of(ApplicationEvent.class, IrrtJson::write, IrrtJson::read).build());
    var engine = WorkflowEngine.of(
        new MembershipApplicationWorkflow(organisation, MembershipApplicationWorkflow.DEFAULT_EXPIRY,
            new ApplicationIndex(store)), store, Clock.system(organisation.zone()));
    // END README

    Member member = Member.builder().id(MemberId.of("m-1")).name(PersonName.of("Ana María", "García"))
        .email(EmailAddress.of("ana@example.org")).country(CountryCode.of("CO")).preferredLanguage("es")
        .category(MemberCategory.INTERNATIONAL).build();
    String id = MembershipApplicationWorkflow.applicationId("form-1");
    Actor applicant = Actor.of("m-1", Role.APPLICANT);
    engine.issue(id, Request.of(new ApplicationCommand.Create(member, type.id(), "form-1"), applicant));
    engine.issue(id, Request.of(new ApplicationCommand.Submit(), applicant));

    assertThat(engine.load(id).state()).isEqualTo(ApplicationState.SUBMITTED);
    List<String> rows = new ArrayList<>();
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT workflow, instance_id, version, event_type, actor FROM irrt_events "
            + "ORDER BY global_position")) {
      while (r.next()) {
        rows.add(String.join(" ", r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5)));
      }
    }
    assertThat(rows).containsExactly(
        "membership-application " + id + " 1 ApplicationCreated m-1",
        "membership-application " + id + " 2 ApplicationSubmitted m-1");
  }
}
