package org.irrt.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.irrt.model.member.MemberId;
import org.irrt.store.jdbc.testing.Databases;
import org.irrt.workflow.WorkflowEngine;
import org.irrt.workflow.membership.ApplicationCommand;
import org.irrt.workflow.membership.ApplicationEvent;
import org.irrt.workflow.membership.ApplicationIndex;
import org.irrt.workflow.membership.MembershipApplication;
import org.irrt.workflow.membership.MembershipApplicationWorkflow;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Adversary's pass on one host's view ({@link ApplicationIndex}, reading the store outside its
 * monitor) asked by many threads at once: commands racing for one person's one open application,
 * host queries outside {@code exclusively}, and erasures' start-overs, on each database. Each round
 * makes exactly one open application (held: 6 commands a round, 15 rounds, 2 readers, 1 starter-over).
 */
class OneViewManyThreadsTest {
  @ParameterizedTest
  @EnumSource(Databases.class)
  void commandsQueriesAndStartOversOnOneViewKeepOneOpenApplicationPerPerson(Databases db) throws Exception {
    String url = db.create();
    int commands = 6;
    try (HikariDataSource pool = Databases.pool(url, 3)) {
      var store = JdbcWorkflowStore.of(pool, db.dialect(), "membership-application",
          EventCodec.of(ApplicationEvent.class, org.irrt.jackson2.IrrtJson::write, org.irrt.jackson2.IrrtJson::read).build());
      ApplicationIndex index = new ApplicationIndex(store);
      WorkflowEngine<MembershipApplication, ApplicationCommand, ApplicationEvent> engine = WorkflowEngine.of(
          new MembershipApplicationWorkflow(Applications.ORGANISATION, MembershipApplicationWorkflow.DEFAULT_EXPIRY, index),
          store, Applications.CLOCK);
      ExecutorService executor = Executors.newFixedThreadPool(commands + 3);
      AtomicBoolean running = new AtomicBoolean(true);
      AtomicBoolean firstMade = new AtomicBoolean();
      try {
        List<Future<Integer>> background = new ArrayList<>();
        for (int b = 0; b < 3; b++) {
          boolean starter = b == 0;
          background.add(executor.submit(() -> {
            int wrong = 0;
            while (running.get()) {
              if (starter) {
                index.startOver();
              } else {
                boolean made = firstMade.get(); // once made, m-0's application stays open in every answer
                wrong += index.openFor(MemberId.of("m-0"), Applications.INTL.id(), "none").isPresent() || !made ? 0 : 1;
              }
            }
            return wrong;
          }));
        }
        for (int r = 0; r < 15; r++) {
          CyclicBarrier barrier = new CyclicBarrier(commands);
          List<Future<String>> futures = new ArrayList<>();
          for (int c = 0; c < commands; c++) {
            int person = r;
            String id = "app-" + r + "-" + c;
            futures.add(executor.submit(() -> {
              barrier.await();
              return PaymentsAcrossHostsTest.outcome(engine.issue(id, Applications.create(person, id)));
            }));
          }
          Map<String, Integer> counted = new HashMap<>();
          for (Future<String> f : futures) {
            counted.merge(f.get(120, TimeUnit.SECONDS), 1, Integer::sum);
          }
          assertThat(counted).as("round %d", r)
              .isEqualTo(Map.of("accepted", 1, "org.irrt.workflow.membership.openApplication", commands - 1));
          assertThat(index.openFor(MemberId.of("m-" + r), Applications.INTL.id(), "none")).isPresent();
          firstMade.set(true);
        }
        running.set(false);
        for (Future<Integer> f : background) {
          assertThat(f.get(120, TimeUnit.SECONDS)).isZero();
        }
      } finally {
        running.set(false);
        executor.shutdownNow();
      }
    }
  }
}
