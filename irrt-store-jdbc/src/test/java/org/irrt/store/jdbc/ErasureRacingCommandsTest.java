package org.irrt.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.irrt.model.member.MemberId;
import org.irrt.model.pledge.Donor;
import org.irrt.model.pledge.Pledge;
import org.irrt.store.jdbc.testing.Databases;
import org.irrt.workflow.DataSubject;
import org.irrt.workflow.Outcome;
import org.irrt.workflow.Request;
import org.irrt.workflow.WorkflowEngine;
import org.irrt.workflow.pledge.PledgeCase;
import org.irrt.workflow.pledge.PledgeCommand;
import org.irrt.workflow.pledge.PledgeEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A person's erasure through one host racing, on other hosts (each an engine and a store on a pool
 * of its own), a payment into their pledge and a new pledge of theirs. Each goes through (no
 * deadlock, no exception: the erasure and the appends take the one append lock, in one order); the
 * pledge recorded before is erased for every host once each has forgotten its built instances, the
 * payment is kept, and the new pledge is erased when it was appended before the erasure, or kept
 * in full under a new pseudonym (the data came with a command after the erasure) otherwise.
 */
class ErasureRacingCommandsTest {
  static final int ROUNDS = 10;

  static Request<PledgeCommand> record(String pledge, String member) {
    Pledge p = Pledge.builder().from(Pledges.pledge(pledge)).donor(Donor.member(MemberId.of(member))).build();
    return Request.of(new PledgeCommand.Record(p), Pledges.OFFICER);
  }

  static Optional<MemberId> donor(WorkflowEngine<PledgeCase, PledgeCommand, PledgeEvent> engine, String pledge) {
    return engine.load(pledge).pledge().orElseThrow().donor().member();
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void anErasureRacingAPaymentAndANewPledgeOfThePersonLeavesNothingOfThemBehindIt(Databases db) throws Exception {
    String url = db.create();
    List<HikariDataSource> pools = new ArrayList<>();
    List<WorkflowEngine<PledgeCase, PledgeCommand, PledgeEvent>> hosts = new ArrayList<>();
    ExecutorService executor = Executors.newFixedThreadPool(3);
    Map<String, Integer> newPledges = new HashMap<>();
    try {
      for (int h = 0; h < 3; h++) {
        pools.add(Databases.pool(url, 2));
        hosts.add(Pledges.engine(Pledges.store(pools.get(h), db.dialect())));
      }
      for (int r = 0; r < ROUNDS; r++) {
        String member = "m-donor-" + r;
        String first = "p-" + r;
        String second = "q-" + r;
        String payment = "pay-" + r;
        for (var host : hosts) { // every host has the first pledge built, with the donor's id
          host.issue(first, record(first, member));
          assertThat(donor(host, first)).contains(MemberId.of(member));
        }
        CyclicBarrier barrier = new CyclicBarrier(3);
        Future<Optional<MemberId>> erased = executor.submit(() -> {
          barrier.await();
          return hosts.get(0).erase(DataSubject.member(MemberId.of(member)));
        });
        Future<Outcome<PledgeCase, PledgeEvent>> paid = executor.submit(() -> {
          barrier.await();
          return hosts.get(1).issue(first, Pledges.pay(payment, payment));
        });
        Future<Outcome<PledgeCase, PledgeEvent>> recorded = executor.submit(() -> {
          barrier.await();
          return hosts.get(2).issue(second, record(second, member));
        });
        MemberId pseudonym = erased.get(60, TimeUnit.SECONDS).orElseThrow();
        assertThat(paid.get(60, TimeUnit.SECONDS)).isInstanceOf(Outcome.Accepted.class);
        assertThat(recorded.get(60, TimeUnit.SECONDS)).isInstanceOf(Outcome.Accepted.class);
        hosts.forEach(WorkflowEngine::forgetInstances); // what a host does on every server after an erasure
        for (var host : hosts) {
          assertThat(donor(host, first)).as("round " + r).contains(pseudonym);
          assertThat(host.load(first).pledge().orElseThrow().payments()).hasSize(1);
        }
        MemberId secondDonor = donor(hosts.get(0), second).orElseThrow();
        if (secondDonor.equals(pseudonym)) {
          newPledges.merge("erased", 1, Integer::sum);
        } else {
          assertThat(secondDonor).as("round " + r).isEqualTo(MemberId.of(member));
          newPledges.merge("kept", 1, Integer::sum);
          // the person's new data is kept under a new pseudonym, which a second erasure clears
          MemberId again = hosts.get(1).erase(DataSubject.member(MemberId.of(member))).orElseThrow();
          assertThat(again).isNotEqualTo(pseudonym);
          hosts.forEach(WorkflowEngine::forgetInstances);
          assertThat(donor(hosts.get(2), second)).contains(again);
        }
      }
    } finally {
      executor.shutdownNow();
      pools.forEach(HikariDataSource::close);
    }
    System.out.println("erasure racing a new pledge, " + db + ": " + newPledges);
    assertThat(newPledges.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(ROUNDS);
  }
}
