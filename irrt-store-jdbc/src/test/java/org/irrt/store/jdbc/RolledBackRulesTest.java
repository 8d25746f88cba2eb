package org.irrt.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import org.irrt.store.jdbc.testing.Databases;
import org.irrt.workflow.Outcome;
import org.irrt.workflow.Refusal;
import org.irrt.workflow.WorkflowEngine;
import org.irrt.workflow.membership.ApplicationCommand;
import org.irrt.workflow.membership.ApplicationEvent;
import org.irrt.workflow.membership.ApplicationIndex;
import org.irrt.workflow.membership.MembershipApplication;
import org.irrt.workflow.membership.MembershipApplicationWorkflow;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Fault found by the adversary's pass on rules across instances: a view that reads the store before
 * it answers ({@code ApplicationIndex}, {@code RosterBook}) read, inside a host's transaction, the
 * events of that transaction's earlier commands; when the host rolled back, the view kept them (a
 * phantom open application refused the person's next one), and the positions given back were
 * handed out again to other events, which the view then skipped (a second open application for one
 * person was accepted). The view now checks that the store still holds the last event it applied
 * and, when it does not, reads the store again from the start.
 */
class RolledBackRulesTest {
  static WorkflowEngine<MembershipApplication, ApplicationCommand, ApplicationEvent> engine(JdbcWorkflowStore<ApplicationEvent> store) {
    return WorkflowEngine.of(new MembershipApplicationWorkflow(Applications.ORGANISATION,
        MembershipApplicationWorkflow.DEFAULT_EXPIRY, new ApplicationIndex(store)), store, Applications.CLOCK);
  }

  static EventCodec<ApplicationEvent> codec() {
    return EventCodec.of(ApplicationEvent.class, org.irrt.jackson2.IrrtJson::write, org.irrt.jackson2.IrrtJson::read).build();
  }

  static String refusals(Outcome<?, ?> outcome) {
    return outcome instanceof Outcome.Refused<?, ?> r
        ? String.join(",", r.reasons().stream().map(Refusal::code).toList()) : "accepted";
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void theOneOpenApplicationRuleForgetsWhatTheHostRolledBack(Databases db) throws SQLException {
    try (HikariDataSource pool = Databases.pool(db.create(), 4); Connection host = pool.getConnection()) {
      host.setAutoCommit(false);
      var store = JdbcWorkflowStore.inHostTransactions(Wrapped.hostTransaction(host), db.dialect(),
          "membership-application", codec());
      var engine = engine(store);
      assertThat(refusals(engine.issue("a-1", Applications.create(1, "t-1")))).isEqualTo("accepted");
      assertThat(refusals(engine.issue("a-2", Applications.create(2, "t-2")))).isEqualTo("accepted");
      host.rollback(); // neither application was made

      assertThat(refusals(engine.issue("a-3", Applications.create(1, "t-3"))))
          .as("person 1 has no open application: the rolled-back one is not one").isEqualTo("accepted");
      host.commit();
      var other = new Applications(pool, db.dialect()); // another server on the same database
      assertThat(refusals(other.engine.issue("a-4", Applications.create(3, "t-4")))).isEqualTo("accepted");
      assertThat(refusals(engine.issue("a-5", Applications.create(3, "t-5"))))
          .as("person 3 has an open application at a position the rolled-back one had taken")
          .isEqualTo("org.irrt.workflow.membership.openApplication");
      assertThat(refusals(engine.issue("a-6", Applications.create(1, "t-6"))))
          .isEqualTo("org.irrt.workflow.membership.openApplication");
      host.commit();
    }
  }
}
