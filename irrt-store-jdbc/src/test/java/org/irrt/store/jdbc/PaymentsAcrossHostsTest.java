package org.irrt.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Collections;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;
import org.irrt.store.jdbc.testing.Databases;
import org.irrt.workflow.Outcome;
import org.irrt.workflow.Refusal;
import org.irrt.workflow.Request;
import org.irrt.workflow.StoredEvent;
import org.irrt.workflow.WorkflowEngine;
import org.irrt.workflow.pledge.PledgeCase;
import org.irrt.workflow.pledge.PledgeCommand;
import org.irrt.workflow.pledge.PledgeEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Payments into one pledge sent at the same instant by four hosts (each an engine and a store on a
 * pool of its own, as four servers): one payment sent with one idempotency key by all four is
 * recorded once and the other three get the first outcome again (the replays race the original);
 * sent without a key, the others are refused as paid twice (a value, never an exception); four
 * different payments are all recorded (no update lost). A reader following the store while the
 * hosts append sees every position once, in order, with nothing appearing behind what it read; a
 * listener of each host hears every payment once, and a listener name that every host registers
 * (one checkpoint shared by the servers) misses none.
 */
class PaymentsAcrossHostsTest {
  static final int HOSTS = 4;
  static final int ROUNDS = 10;

  static String outcome(Outcome<?, ?> o) {
    if (o instanceof Outcome.Accepted<?, ?> a) {
      return a.replayed() ? "replayed" : "accepted";
    }
    return String.join(",", ((Outcome.Refused<?, ?>) o).reasons().stream().map(Refusal::code).toList());
  }

  /** Four hosts on a new database, with pledge p recorded. */
  record Hosts(List<HikariDataSource> pools, List<WorkflowEngine<PledgeCase, PledgeCommand, PledgeEvent>> engines,
      ExecutorService executor) implements AutoCloseable {
    static Hosts on(Databases db) {
      String url = db.create();
      List<HikariDataSource> pools = new ArrayList<>();
      List<WorkflowEngine<PledgeCase, PledgeCommand, PledgeEvent>> engines = new ArrayList<>();
      for (int h = 0; h < HOSTS; h++) {
        pools.add(Databases.pool(url, 2));
        engines.add(Pledges.engine(Pledges.store(pools.get(h), db.dialect())));
      }
      assertThat(engines.get(0).issue("p", Pledges.record("p"))).isInstanceOf(Outcome.Accepted.class);
      return new Hosts(pools, engines, Executors.newFixedThreadPool(HOSTS + 1));
    }

    /** Each host issues its request to pledge p at once; what each outcome was, counted. */
    Map<String, Integer> race(IntFunction<Request<PledgeCommand>> request) throws Exception {
      CyclicBarrier barrier = new CyclicBarrier(HOSTS);
      List<Future<String>> futures = new ArrayList<>();
      for (int h = 0; h < HOSTS; h++) {
        var engine = engines.get(h);
        var r = request.apply(h);
        futures.add(executor.submit(() -> {
          barrier.await();
          return outcome(engine.issue("p", r));
        }));
      }
      Map<String, Integer> counted = new HashMap<>();
      for (Future<String> f : futures) {
        counted.merge(f.get(120, TimeUnit.SECONDS), 1, Integer::sum);
      }
      return counted;
    }

    List<String> paymentIds() {
      return engines.get(0).load("p").pledge().orElseThrow().payments().stream().map(x -> x.paymentId()).toList();
    }

    @Override
    public void close() {
      executor.shutdownNow();
      pools.forEach(HikariDataSource::close);
    }
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void onePaymentSentWithOneKeyByFourHostsAtOnceIsRecordedOnceAndReplayedThrice(Databases db) throws Exception {
    try (Hosts hosts = Hosts.on(db)) {
      List<String> expected = new ArrayList<>();
      for (int r = 0; r < ROUNDS; r++) {
        String payment = "pay-" + r;
        assertThat(hosts.race(h -> Pledges.pay(payment, "key-" + payment))).as("round " + r)
            .isEqualTo(Map.of("accepted", 1, "replayed", 3));
        expected.add(payment);
      }
      assertThat(hosts.paymentIds()).isEqualTo(expected);
      assertThat(hosts.engines().get(3).version("p")).isEqualTo(1 + ROUNDS);
    }
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void onePaymentSentWithoutAKeyByFourHostsAtOnceIsRecordedOnceAndRefusedAsPaidTwice(Databases db) throws Exception {
    try (Hosts hosts = Hosts.on(db)) {
      for (int r = 0; r < ROUNDS; r++) {
        String payment = "pay-" + r;
        assertThat(hosts.race(h -> Pledges.pay(payment, null))).as("round " + r)
            .isEqualTo(Map.of("accepted", 1, "org.irrt.workflow.membership.paymentTwice", 3));
      }
      assertThat(hosts.paymentIds()).hasSize(ROUNDS).doesNotHaveDuplicates();
    }
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void aKeyedPaymentRacingTheSamePaymentUnkeyedIsRecordedOnce(Databases db) throws Exception {
    try (Hosts hosts = Hosts.on(db)) {
      for (int r = 0; r < ROUNDS; r++) {
        String payment = "pay-" + r;
        Map<String, Integer> counted = hosts.race(h -> Pledges.pay(payment, h % 2 == 0 ? "key-" + payment : null));
        assertThat(counted.get("accepted")).as("round " + r + ": " + counted).isEqualTo(1);
        assertThat(counted.keySet()).as("round " + r).isSubsetOf("accepted", "replayed",
            "org.irrt.workflow.membership.paymentTwice");
      }
      assertThat(hosts.paymentIds()).hasSize(ROUNDS).doesNotHaveDuplicates();
    }
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void fourDifferentPaymentsAtOnceAreAllRecordedAndAReaderSeesEveryPositionOnceInOrder(Databases db) throws Exception {
    try (Hosts hosts = Hosts.on(db)) {
      var reader = Pledges.store(hosts.pools().get(0), db.dialect());
      AtomicBoolean done = new AtomicBoolean();
      Callable<List<Long>> follow = () -> {
        List<Long> seen = new ArrayList<>();
        long position = 0;
        while (true) {
          boolean last = done.get();
          List<StoredEvent<PledgeEvent>> batch = reader.read(position, 7);
          for (StoredEvent<PledgeEvent> e : batch) {
            assertThat(e.position()).as("the next position, nothing behind or skipped").isEqualTo(position + 1);
            position = e.position();
            seen.add(position);
          }
          if (last && batch.isEmpty()) {
            return seen;
          }
        }
      };
      Future<List<Long>> following = hosts.executor().submit(follow);
      for (int r = 0; r < ROUNDS * 3; r++) {
        int round = r;
        assertThat(hosts.race(h -> Pledges.pay("pay-" + round + "-" + h, null))).as("round " + r)
            .isEqualTo(Map.of("accepted", HOSTS));
      }
      done.set(true);
      List<Long> seen = following.get(120, TimeUnit.SECONDS);
      assertThat(seen).hasSize(1 + ROUNDS * 3 * HOSTS).first().isEqualTo(1L);
      assertThat(hosts.paymentIds()).hasSize(ROUNDS * 3 * HOSTS).doesNotHaveDuplicates();
    }
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void eachHostsListenerHearsEveryPaymentOnceAndOneNameSharedByTheHostsMissesNone(Databases db) throws Exception {
    try (Hosts hosts = Hosts.on(db)) {
      List<List<String>> own = new ArrayList<>();
      List<String> shared = Collections.synchronizedList(new ArrayList<>());
      for (int h = 0; h < HOSTS; h++) {
        List<String> heard = Collections.synchronizedList(new ArrayList<>());
        own.add(heard);
        hosts.engines().get(h).listen("host-" + h, (id, events) -> events.forEach(e -> {
          if (e instanceof PledgeEvent.PaymentReceived p) {
            heard.add(p.payment().paymentId());
          }
        })).listen("mail", (id, events) -> events.forEach(e -> {
          if (e instanceof PledgeEvent.PaymentReceived p) {
            shared.add(p.payment().paymentId());
          }
        }));
      }
      List<String> paid = new ArrayList<>();
      for (int r = 0; r < ROUNDS * 3; r++) {
        int round = r;
        assertThat(hosts.race(h -> Pledges.pay("pay-" + round + "-" + h, null))).isEqualTo(Map.of("accepted", HOSTS));
        for (int h = 0; h < HOSTS; h++) {
          paid.add("pay-" + r + "-" + h);
        }
      }
      for (int h = 0; h < HOSTS; h++) {
        assertThat(hosts.engines().get(h).deliver()).isEmpty();
      }
      for (int h = 0; h < HOSTS; h++) {
        assertThat(own.get(h)).as("host " + h + " heard each payment once").hasSameSizeAs(paid)
            .containsExactlyInAnyOrderElementsOf(paid);
      }
      assertThat(shared).as("the shared name: at least once, none missed").containsAll(paid);
      System.out.println("one listener name on " + HOSTS + " hosts, " + db + ": " + paid.size() + " payments heard "
          + shared.size() + " times");
    }
  }
}
