package org.irrt.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.util.List;
import org.irrt.store.jdbc.testing.Databases;
import org.irrt.workflow.WorkflowStore;
import org.irrt.workflow.testing.WorkflowStoreErasureContract;
import org.irrt.workflow.membership.ApplicationEvent;
import org.irrt.workflow.pledge.PledgeEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The erasure contract of irrt-workflows ({@link WorkflowStoreErasureContract}, also run against the
 * in-memory store) on a database: the two stores are two workflows' stores on one new database (so
 * they share the subject and personal-data tables), and the texts scanned are every value of every
 * text and JSON column of every table ({@link StoredTexts}).
 */
abstract class ErasureContractOnDatabase extends WorkflowStoreErasureContract {
  private HikariDataSource pool;
  private WorkflowStore<ApplicationEvent> applications;
  private WorkflowStore<PledgeEvent> pledges;

  abstract Databases database();

  boolean jackson3() {
    return false;
  }

  private HikariDataSource pool() {
    if (pool == null) {
      pool = Databases.pool(database().create(), 4);
    }
    return pool;
  }

  @Override
  protected WorkflowStore<ApplicationEvent> applications() {
    if (applications == null) {
      applications = JdbcWorkflowStore.of(pool(), database().dialect(), "membership-application", jackson3()
          ? EventCodec.of(ApplicationEvent.class, org.irrt.jackson3.IrrtJson::write, org.irrt.jackson3.IrrtJson::read).build()
          : EventCodec.of(ApplicationEvent.class, org.irrt.jackson2.IrrtJson::write, org.irrt.jackson2.IrrtJson::read).build());
    }
    return applications;
  }

  @Override
  protected WorkflowStore<PledgeEvent> pledges() {
    if (pledges == null) {
      pledges = JdbcWorkflowStore.of(pool(), database().dialect(), "pledge", jackson3()
          ? EventCodec.of(PledgeEvent.class, org.irrt.jackson3.IrrtJson::write, org.irrt.jackson3.IrrtJson::read).build()
          : EventCodec.of(PledgeEvent.class, org.irrt.jackson2.IrrtJson::write, org.irrt.jackson2.IrrtJson::read).build());
    }
    return pledges;
  }

  @Override
  protected List<String> everyStoredText() {
    try {
      return StoredTexts.every(pool());
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void theScanReadsEveryTextAndJsonColumnOfEveryTableTheSchemaMade() throws SQLException {
    assertThat(StoredTexts.columns(pool()))
        .extracting(c -> (c.table() + "." + c.column()).toLowerCase(java.util.Locale.ROOT))
        .containsExactlyInAnyOrder("irrt_events.workflow", "irrt_events.instance_id", "irrt_events.event_type",
            "irrt_events.payload", "irrt_events.actor", "irrt_events.idempotency_key", "irrt_checkpoints.workflow",
            "irrt_checkpoints.subscriber", "irrt_subjects.subject_key", "irrt_subjects.pseudonym",
            "irrt_personal_data.subject_key", "irrt_personal_data.payload", "irrt_schema_history.description",
            "irrt_entries.kind", "irrt_entries.id", "irrt_entries.owner", "irrt_entries.payload");
  }

  @AfterEach
  void close() {
    if (pool != null) {
      pool.close();
    }
  }
}
