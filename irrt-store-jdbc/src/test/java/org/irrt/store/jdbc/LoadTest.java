package org.irrt.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.irrt.store.jdbc.testing.Databases;
import org.irrt.workflow.Outcome;
import org.irrt.workflow.StoredEvent;
import org.irrt.workflow.WorkflowEngine;
import org.irrt.workflow.membership.ApplicationEvent;
import org.irrt.workflow.pledge.PledgeCase;
import org.irrt.workflow.pledge.PledgeCommand;
import org.irrt.workflow.pledge.PledgeEvent;
import org.junit.jupiter.api.Test;

/**
 * Load: 4 hosts (each a pool of 8 connections, an application engine and a pledge engine, each with
 * a listener keeping a projection) × 8 threads × mixed commands on one PostgreSQL: applications
 * created and withdrawn under the one-open-application rule, payments into four shared pledges, every
 * keyed command sent twice. Afterwards: 0 lost, 0 doubled, 0 rule violations, and every host's
 * projection equal to a rebuild from the events. Prints the figures.
 */
class LoadTest {
  static final int HOSTS = 4;
  static final int THREADS = 8;
  static final int PER_THREAD = 30;

  /** One host: its pool, engines and projections. */
  static final class Host {
    final HikariDataSource pool;
    final Applications applications;
    final WorkflowEngine<PledgeCase, PledgeCommand, PledgeEvent> pledges;
    final Set<String> open = ConcurrentHashMap.newKeySet();
    final Set<String> paid = ConcurrentHashMap.newKeySet();

    Host(String url, int h) {
      pool = Databases.pool(url, THREADS);
      applications = new Applications(pool, Databases.POSTGRESQL.dialect());
      pledges = Pledges.engine(Pledges.store(pool, Databases.POSTGRESQL.dialect()));
      applications.engine.listen("open-" + h, (id, events) -> events.forEach(e -> {
        if (e instanceof ApplicationEvent.ApplicationCreated) {
          open.add(id);
        } else if (e instanceof ApplicationEvent.ApplicationWithdrawn) {
          open.remove(id);
        }
      }));
      pledges.listen("paid-" + h, (id, events) -> events.forEach(e -> {
        if (e instanceof PledgeEvent.PaymentReceived p) {
          paid.add(id + "/" + p.payment().paymentId());
        }
      }));
    }
  }

  @Test
  void fourHostsOfEightThreadsLoseNothingDoubleNothingAndBreakNoRule() throws Exception {
    Databases.POSTGRESQL.assumeAvailable();
    String url = Databases.POSTGRESQL.create();
    List<Host> hosts = new ArrayList<>();
    for (int h = 0; h < HOSTS; h++) {
      hosts.add(new Host(url, h));
    }
    for (int p = 0; p < 4; p++) {
      assertThat(hosts.get(0).pledges.issue("pledge-" + p, Pledges.record("pledge-" + p))).isInstanceOf(Outcome.Accepted.class);
    }
    Set<String> created = ConcurrentHashMap.newKeySet();
    Set<String> payments = ConcurrentHashMap.newKeySet();
    AtomicInteger withdrawn = new AtomicInteger();
    AtomicInteger replayed = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    List<long[]> latencies = Collections.synchronizedList(new ArrayList<>());
    ExecutorService executor = Executors.newFixedThreadPool(HOSTS * THREADS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> futures = new ArrayList<>();
    for (int h = 0; h < HOSTS; h++) {
      for (int t = 0; t < THREADS; t++) {
        Host host = hosts.get(h);
        String name = "h" + h + "-t" + t;
        Random random = new Random(97L * h + t);
        futures.add(executor.submit(() -> {
          long[] times = new long[PER_THREAD * 2];
          int n = 0;
          Map<String, Integer> mine = new HashMap<>();
          start.await();
          for (int i = 0; i < PER_THREAD; i++) {
            int kind = random.nextInt(10);
            if (kind < 4) {
              int person = random.nextInt(12);
              String id = "app-" + name + "-" + i;
              for (int send = 0; send < 2; send++) {
                long t0 = System.nanoTime();
                var o = host.applications.engine.issue(id, Applications.create(person, id));
                times[n++] = System.nanoTime() - t0;
                if (o instanceof Outcome.Accepted<?, ?> a) {
                  if (a.replayed()) {
                    replayed.incrementAndGet();
                  } else {
                    assertThat(created.add(id)).isTrue();
                    mine.put(id, person);
                  }
                } else {
                  refused.incrementAndGet();
                }
              }
            } else if (kind < 6 && !mine.isEmpty()) {
              String id = mine.keySet().iterator().next();
              long t0 = System.nanoTime();
              var o = host.applications.engine.issue(id, Applications.withdraw(mine.remove(id)));
              times[n++] = System.nanoTime() - t0;
              assertThat(o).isInstanceOf(Outcome.Accepted.class);
              withdrawn.incrementAndGet();
            } else {
              String pledge = "pledge-" + random.nextInt(4);
              String payment = "pay-" + name + "-" + i;
              for (int send = 0; send < 2; send++) {
                long t0 = System.nanoTime();
                var o = host.pledges.issue(pledge, Pledges.pay(payment, payment));
                times[n++] = System.nanoTime() - t0;
                assertThat(o).isInstanceOf(Outcome.Accepted.class);
                if (((Outcome.Accepted<?, ?>) o).replayed()) {
                  replayed.incrementAndGet();
                } else {
                  assertThat(payments.add(pledge + "/" + payment)).isTrue();
                }
              }
            }
          }
          latencies.add(Arrays.copyOf(times, n));
          return null;
        }));
      }
    }
    long began = System.nanoTime();
    start.countDown();
    for (Future<?> f : futures) {
      f.get(300, TimeUnit.SECONDS);
    }
    double seconds = (System.nanoTime() - began) / 1e9;
    executor.shutdown();

    var rebuilt = SeveralHostsTest.rebuild(hosts.get(0).applications.store);
    assertThat(rebuilt.violations()).as("rule violations").isZero();
    assertThat(rebuilt.created()).as("applications: 0 lost, 0 doubled").isEqualTo(created);
    assertThat(rebuilt.withdrawn()).isEqualTo(withdrawn.get());
    Set<String> paidInStore = new HashSet<>();
    for (StoredEvent<PledgeEvent> e : readAll(hosts.get(0))) {
      if (e.event() instanceof PledgeEvent.PaymentReceived p) {
        assertThat(paidInStore.add(e.instanceId() + "/" + p.payment().paymentId())).as("paid once").isTrue();
      }
    }
    assertThat(paidInStore).as("payments: 0 lost, 0 doubled").isEqualTo(payments);
    for (Host host : hosts) {
      assertThat(host.applications.engine.deliver()).isEmpty();
      assertThat(host.pledges.deliver()).isEmpty();
      assertThat(host.open).as("a host's projection equals the rebuild").isEqualTo(rebuilt.open());
      assertThat(host.paid).as("a host's projection equals the rebuild").isEqualTo(paidInStore);
    }
    long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    System.out.printf(Locale.ROOT, "load: %d commands (%d applications created, %d withdrawn, %d payments, %d replayed, "
        + "%d refused by the rule) by %d hosts x %d threads on PostgreSQL in %.1f s: %.0f commands/s; latency p50 %.1f ms, "
        + "p99 %.1f ms, max %.1f ms; 0 lost, 0 doubled, 0 rule violations%n", all.length, created.size(), withdrawn.get(),
        payments.size(), replayed.get(), refused.get(), HOSTS, THREADS, seconds, all.length / seconds,
        all[all.length / 2] / 1e6, all[(int) (all.length * 0.99)] / 1e6, all[all.length - 1] / 1e6);
    hosts.forEach(h -> h.pool.close());
  }

  private static List<StoredEvent<PledgeEvent>> readAll(Host host) {
    var store = Pledges.store(host.pool, Databases.POSTGRESQL.dialect());
    List<StoredEvent<PledgeEvent>> all = new ArrayList<>();
    List<StoredEvent<PledgeEvent>> batch;
    while (!(batch = store.read(all.isEmpty() ? 0 : all.get(all.size() - 1).position(), 1000)).isEmpty()) {
      all.addAll(batch);
    }
    return all;
  }
}
