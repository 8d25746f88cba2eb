package org.irrt.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.irrt.store.jdbc.testing.Databases;
import org.irrt.workflow.Outcome;
import org.irrt.workflow.Refusal;
import org.irrt.workflow.StoredEvent;
import org.irrt.workflow.WorkflowStore;
import org.irrt.workflow.membership.ApplicationEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Several hosts at once: each "host" is a store and an engine on a connection pool of its own, all on
 * one database. The rule across instances (one open application per person and type) holds because
 * each host decides and appends under the database's append lock, not because of anything it caches;
 * listeners resume from their durable checkpoints when a host restarts.
 */
class SeveralHostsTest {
  /** What the store holds about applications, rebuilt from every event in global order. */
  record Rebuilt(Set<String> created, int withdrawn, Set<String> open, int violations, long lastPosition) {}

  static Rebuilt rebuild(WorkflowStore<ApplicationEvent> store) {
    Set<String> created = new HashSet<>();
    int withdrawn = 0;
    int violations = 0;
    Map<String, String> openByPerson = new HashMap<>();
    Map<String, String> personOf = new HashMap<>();
    long position = 0;
    List<StoredEvent<ApplicationEvent>> batch;
    while (!(batch = store.read(position, 500)).isEmpty()) {
      for (StoredEvent<ApplicationEvent> e : batch) {
        assertThat(e.position()).as("positions only grow").isGreaterThan(position);
        position = e.position();
        if (e.event() instanceof ApplicationEvent.ApplicationCreated c) {
          assertThat(created.add(e.instanceId())).as("created once: " + e.instanceId()).isTrue();
          String person = c.applicant().id().value() + "/" + c.type().id().value();
          if (openByPerson.containsKey(person)) {
            violations++;
          }
          openByPerson.put(person, e.instanceId());
          personOf.put(e.instanceId(), person);
        } else if (e.event() instanceof ApplicationEvent.ApplicationWithdrawn) {
          withdrawn++;
          openByPerson.remove(personOf.get(e.instanceId()), e.instanceId());
        }
      }
    }
    return new Rebuilt(created, withdrawn, new HashSet<>(openByPerson.values()), violations, position);
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void oneOpenApplicationPerPersonAndTypeHoldsWhenFourHostsRace(Databases db) throws Exception {
    String url = db.create();
    int hosts = 4;
    int threads = 3;
    int perThread = 20;
    List<HikariDataSource> pools = new ArrayList<>();
    List<Applications> engines = new ArrayList<>();
    for (int h = 0; h < hosts; h++) {
      HikariDataSource pool = Databases.pool(url, threads);
      pools.add(pool);
      engines.add(new Applications(pool, db.dialect()));
    }
    Set<String> accepted = Collections.synchronizedSet(new HashSet<>());
    List<String> withdrawn = Collections.synchronizedList(new ArrayList<>());
    List<String> refusals = Collections.synchronizedList(new ArrayList<>());
    ExecutorService executor = Executors.newFixedThreadPool(hosts * threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> futures = new ArrayList<>();
    try {
      for (int h = 0; h < hosts; h++) {
        for (int t = 0; t < threads; t++) {
          Applications host = engines.get(h);
          String name = "h" + h + "-t" + t;
          Random random = new Random(31L * h + t);
          futures.add(executor.submit(() -> {
            start.await();
            Map<String, Integer> mine = new HashMap<>();
            for (int i = 0; i < perThread; i++) {
              if (!mine.isEmpty() && random.nextInt(10) < 4) {
                String id = mine.keySet().iterator().next();
                assertThat(host.engine.issue(id, Applications.withdraw(mine.remove(id)))).isInstanceOf(Outcome.Accepted.class);
                withdrawn.add(id);
              } else {
                int person = random.nextInt(4);
                String id = "app-" + name + "-" + i;
                var outcome = host.engine.issue(id, Applications.create(person, id));
                if (outcome instanceof Outcome.Accepted) {
                  accepted.add(id);
                  mine.put(id, person);
                } else {
                  ((Outcome.Refused<?, ?>) outcome).reasons().stream().map(Refusal::code).forEach(refusals::add);
                }
              }
            }
            return null;
          }));
        }
      }
      start.countDown();
      for (Future<?> f : futures) {
        f.get(120, TimeUnit.SECONDS);
      }
    } finally {
      executor.shutdownNow();
    }
    Rebuilt rebuilt = rebuild(engines.get(0).store);
    assertThat(rebuilt.violations()).as("two open applications of one person and type").isZero();
    assertThat(rebuilt.created()).as("0 lost, 0 doubled").isEqualTo(accepted);
    assertThat(rebuilt.withdrawn()).isEqualTo(withdrawn.size());
    assertThat(refusals).as("the rule refused some creations, and nothing else was refused").isNotEmpty()
        .containsOnly("org.irrt.workflow.membership.openApplication");
    pools.forEach(HikariDataSource::close);
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void aHostThatRestartsResumesItsListenerWhereItStopped(Databases db) {
    String url = db.create();
    List<String> heard = Collections.synchronizedList(new ArrayList<>());
    try (HikariDataSource first = Databases.pool(url, 2)) {
      Applications host = new Applications(first, db.dialect());
      host.engine.listen("welcome", (id, events) -> events.forEach(e -> {
        if (e instanceof ApplicationEvent.ApplicationCreated) {
          heard.add(id);
        }
      }));
      for (int n = 0; n < 3; n++) {
        host.engine.issue("app-" + n, Applications.create(n, "app-" + n));
      }
    }
    assertThat(heard).containsExactly("app-0", "app-1", "app-2");
    try (HikariDataSource other = Databases.pool(url, 2)) { // another host, without the listener
      Applications host = new Applications(other, db.dialect());
      for (int n = 3; n < 5; n++) {
        host.engine.issue("app-" + n, Applications.create(n, "app-" + n));
      }
    }
    heard.clear();
    List<String> counted = new ArrayList<>();
    try (HikariDataSource restarted = Databases.pool(url, 2)) {
      Applications host = new Applications(restarted, db.dialect());
      host.engine.listen("welcome", (id, events) -> events.forEach(e -> {
        if (e instanceof ApplicationEvent.ApplicationCreated) {
          heard.add(id);
        }
      }));
      host.engine.listen("count", (id, events) -> counted.add(id));
      assertThat(host.engine.deliver()).isEmpty();
      assertThat(heard).as("resumed at its checkpoint").containsExactly("app-3", "app-4");
      assertThat(counted).as("a new listener starts from the first event").containsExactly("app-0", "app-1", "app-2",
          "app-3", "app-4");
      assertThat(host.store.checkpoint("welcome")).isEqualTo(5);
    }
  }
}
