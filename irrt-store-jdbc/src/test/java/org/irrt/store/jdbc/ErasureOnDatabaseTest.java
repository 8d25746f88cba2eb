package org.irrt.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.irrt.workflow.testing.WorkflowStoreErasureContract.AT;
import static org.irrt.workflow.testing.WorkflowStoreErasureContract.ID;
import static org.irrt.workflow.testing.WorkflowStoreErasureContract.TYPE;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.irrt.model.member.MemberId;
import org.irrt.store.jdbc.testing.Databases;
import org.irrt.workflow.ActorId;
import org.irrt.workflow.DataSubject;
import org.irrt.workflow.EventHeader;
import org.irrt.workflow.membership.ApplicationEvent;
import org.irrt.workflow.membership.ApplicationEvent.ApplicationCreated;
import org.irrt.workflow.testing.WorkflowStoreErasureContract;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What the JDBC store adds to the erasure contract: a subject's pseudonym is handed out once even
 * when several hosts append its first data at the same moment (under the append lock, the subject's
 * key unique), and erasure takes part in the host's transaction like an append.
 */
class ErasureOnDatabaseTest {
  static JdbcWorkflowStore<ApplicationEvent> store(DataSource dataSource, Dialect dialect, String workflow,
      boolean host) {
    EventCodec<ApplicationEvent> codec =
        EventCodec.of(ApplicationEvent.class, org.irrt.jackson2.IrrtJson::write, org.irrt.jackson2.IrrtJson::read).build();
    return host ? JdbcWorkflowStore.inHostTransactions(dataSource, dialect, workflow, codec)
        : JdbcWorkflowStore.of(dataSource, dialect, workflow, codec);
  }

  static ApplicationCreated created(String token) {
    return new ApplicationCreated(new EventHeader(ActorId.of(ID), "CREATE", "DRAFT", AT, Optional.empty(),
        Optional.empty(), ""), WorkflowStoreErasureContract.person(ID), TYPE, token);
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void hostsAppendingAPersonsFirstDataAtOnceGiveThemOnePseudonym(Databases db) throws Exception {
    String url = db.create();
    int hosts = 2;
    int threads = 4;
    List<HikariDataSource> pools = new ArrayList<>();
    ExecutorService executor = Executors.newFixedThreadPool(hosts * threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> done = new ArrayList<>();
      List<JdbcWorkflowStore<ApplicationEvent>> stores = new ArrayList<>();
      for (int h = 0; h < hosts; h++) {
        HikariDataSource pool = Databases.pool(url, threads);
        pools.add(pool);
        for (int t = 0; t < threads; t++) {
          // two workflows' stores per host, sharing the tables
          JdbcWorkflowStore<ApplicationEvent> store = store(pool, db.dialect(), "workflow-" + (t % 2), false);
          stores.add(store);
          String instance = "app-" + h + "-" + t;
          done.add(executor.submit(() -> {
            start.await();
            return store.append(instance, 0, List.of(created(instance)));
          }));
        }
      }
      start.countDown();
      for (Future<?> f : done) {
        f.get(60, TimeUnit.SECONDS);
      }
      HikariDataSource pool = pools.get(0);
      String pseudonym = SchemaTest.query(pool, "SELECT pseudonym FROM irrt_subjects");
      assertThat(pseudonym).matches("erased-[0-9]{25}");
      assertThat(SchemaTest.query(pool, "SELECT COUNT(*) FROM irrt_personal_data")).isEqualTo("8");
      assertThat(SchemaTest.query(pool, "SELECT COUNT(*) FROM irrt_events")).isEqualTo("8");
      assertThat(StoredTexts.every(pool).stream().filter(t -> t.contains("erased-")).toList())
          .as("every erased form and the subject's row name the one pseudonym").hasSize(9)
          .allMatch(t -> t.contains(pseudonym));

      assertThat(stores.get(5).erase(DataSubject.member(ID))).contains(MemberId.of(pseudonym));

      for (int i = 0; i < stores.size(); i++) {
        ApplicationCreated read = (ApplicationCreated) stores.get(i).load("app-" + i / threads + "-" + i % threads).get(0);
        assertThat(read.applicant().id().value()).isEqualTo(pseudonym);
      }
    } finally {
      executor.shutdownNow();
      pools.forEach(HikariDataSource::close);
    }
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void anErasureInTheHostsTransactionCommitsAndRollsBackWithIt(Databases db) throws SQLException {
    try (HikariDataSource pool = Databases.pool(db.create(), 4)) {
      var own = store(pool, db.dialect(), "membership-application", false);
      own.append("app-1", 0, List.of(created("t-1")));
      try (Connection host = pool.getConnection()) {
        host.setAutoCommit(false);
        var store = store(Wrapped.hostTransaction(host), db.dialect(), "membership-application", true);

        MemberId pseudonym = store.erase(DataSubject.member(ID)).orElseThrow();
        assertThat(store.load("app-1")).as("the host's transaction sees its erasure")
            .containsExactly(created("t-1").erased(pseudonym));
        host.rollback();
        assertThat(own.load("app-1")).containsExactly(created("t-1"));

        assertThat(store.erase(DataSubject.member(ID))).contains(pseudonym);
        assertThat(own.load("app-1")).as("not committed yet").containsExactly(created("t-1"));
        host.commit();
        assertThat(own.load("app-1")).containsExactly(created("t-1").erased(pseudonym));
        assertThat(SchemaTest.query(pool, "SELECT COUNT(*) FROM irrt_subjects")).isEqualTo("0");
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void anErasureInHostModeOutsideATransactionIsRefusedAndErasesNothing(Databases db) throws SQLException {
    try (HikariDataSource pool = Databases.pool(db.create(), 2); Connection host = pool.getConnection()) {
      var own = store(pool, db.dialect(), "membership-application", false);
      own.append("app-1", 0, List.of(created("t-1")));
      var store = store(Wrapped.hostTransaction(host), db.dialect(), "membership-application", true);

      assertThatThrownBy(() -> store.erase(DataSubject.member(ID))).isInstanceOf(IllegalStateException.class)
          .hasMessage("erase needs the host's transaction, and the connection is in auto-commit mode");

      assertThat(own.load("app-1")).containsExactly(created("t-1"));
    }
  }
}
