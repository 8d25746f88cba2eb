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
import java.util.function.IntFunction;
import org.irrt.store.jdbc.testing.Databases;
import org.irrt.workflow.StoredEvent;
import org.irrt.workflow.membership.ApplicationEvent;
import org.irrt.workflow.membership.MembershipApplicationWorkflow;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One membership application sent by four hosts at the same instant (each an engine and a store on
 * a pool of its own, as four servers behind a load balancer that a double click reached): with one
 * client token (DOMAIN.md 6: the same application sent twice with the same client token yields one
 * application; the id is the token's, {@link MembershipApplicationWorkflow#applicationId}) it is
 * created once and the other three get the first outcome again; with four tokens, one person's four
 * applications of one type make one open application and three refusals naming the rule.
 */
class ApplicationsAcrossHostsTest {
  static final int HOSTS = 4;
  static final int ROUNDS = 10;

  /** Each round, host h issues request(round, h) at once with the others; the outcomes counted. */
  static List<Map<String, Integer>> race(Databases db, RoundRequest request) throws Exception {
    String url = db.create();
    List<HikariDataSource> pools = new ArrayList<>();
    List<Applications> hosts = new ArrayList<>();
    ExecutorService executor = Executors.newFixedThreadPool(HOSTS);
    try {
      for (int h = 0; h < HOSTS; h++) {
        pools.add(Databases.pool(url, 2));
        hosts.add(new Applications(pools.get(h), db.dialect()));
      }
      List<Map<String, Integer>> results = new ArrayList<>();
      for (int r = 0; r < ROUNDS; r++) {
        CyclicBarrier barrier = new CyclicBarrier(HOSTS);
        List<Future<String>> futures = new ArrayList<>();
        IntFunction<Sent> round = request.of(r);
        for (int h = 0; h < HOSTS; h++) {
          var engine = hosts.get(h).engine;
          Sent sent = round.apply(h);
          futures.add(executor.submit(() -> {
            barrier.await();
            return PaymentsAcrossHostsTest.outcome(engine.issue(sent.id(), sent.token() == null
                ? Applications.create(sent.person(), sent.id()) : Applications.create(sent.person(), sent.token())));
          }));
        }
        Map<String, Integer> counted = new HashMap<>();
        for (Future<String> f : futures) {
          counted.merge(f.get(120, TimeUnit.SECONDS), 1, Integer::sum);
        }
        results.add(counted);
      }
      int created = 0;
      for (StoredEvent<ApplicationEvent> e : hosts.get(0).store.read(0, 10_000)) {
        created += e.event() instanceof ApplicationEvent.ApplicationCreated ? 1 : 0;
      }
      assertThat(created).as("one application made per round").isEqualTo(ROUNDS);
      return results;
    } finally {
      executor.shutdownNow();
      pools.forEach(HikariDataSource::close);
    }
  }

  /** What host h sends: the application's id, the person, the token (the id when null). */
  record Sent(String id, int person, String token) {}

  /** The requests of a round. */
  interface RoundRequest {
    IntFunction<Sent> of(int round);
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void oneFormSentWithOneTokenByFourHostsAtOnceMakesOneApplication(Databases db) throws Exception {
    assertThat(race(db, round -> h -> {
      String token = "token-" + round;
      return new Sent(MembershipApplicationWorkflow.applicationId(token), round, token);
    })).containsOnly(Map.of("accepted", 1, "replayed", 3));
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void onePersonsFourApplicationsOfOneTypeByFourHostsAtOnceMakeOneOpenApplication(Databases db) throws Exception {
    assertThat(race(db, round -> h -> new Sent("app-" + round + "-" + h, round, null)))
        .containsOnly(Map.of("accepted", 1, "org.irrt.workflow.membership.openApplication", 3));
  }
}
