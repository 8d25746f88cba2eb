package org.irrt.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.irrt.model.common.Money;
import org.irrt.model.member.MemberId;
import org.irrt.model.pledge.Campaign;
import org.irrt.model.pledge.CampaignId;
import org.irrt.model.pledge.Donor;
import org.irrt.model.pledge.Frequency;
import org.irrt.model.pledge.Pledge;
import org.irrt.model.pledge.PledgeId;
import org.irrt.model.pledge.PledgePayment;
import org.irrt.workflow.pledge.PledgeCase;
import org.irrt.workflow.pledge.PledgeCommand;
import org.irrt.workflow.pledge.PledgeEvent;
import org.irrt.workflow.pledge.PledgeWorkflow;
import org.junit.jupiter.api.Test;

/**
 * Many threads issue keyed and unkeyed commands against two instances through the in-memory store,
 * each keyed request sent twice (a retry) and half of them by another thread too: the engine
 * decides again whatever lost a race, so exactly the intended payments are in the history, none
 * lost, none twice, and the listener heard each once.
 */
class ConcurrencyTest {
  static final Campaign CAMPAIGN = Campaign.builder().id(CampaignId.of("sixty-for-sixty")).name("Sixty for sixty")
      .goal(Money.of("1000000", "EUR")).startDate(LocalDate.of(2026, 1, 1)).fund("IRRT endowment").build();
  static final Organisation ORGANISATION = Organisation.in(ZoneId.of("UTC")).withCampaigns(List.of(CAMPAIGN));

  static Pledge pledge(String id) {
    return Pledge.builder().id(PledgeId.of(id)).campaign(CAMPAIGN.id()).donor(Donor.member(MemberId.of("ana")))
        .total(Money.of("1000000", "EUR")).installmentCount(12).frequency(Frequency.monthly())
        .startDate(LocalDate.of(2026, 1, 10)).build();
  }

  static final Actor OFFICER = Actor.of("treasurer", Role.FUNDRAISING_OFFICER);
  static final Actor PAYMENTS = Actor.of("payments", Role.SYSTEM);

  // repeated: a key indexed after its events became visible was refused as a payment given twice in
  // 1 run of 60 (none of 300 since withKey reads under the append's lock)
  @org.junit.jupiter.api.RepeatedTest(25)
  void keyedAndUnkeyedCommandsFromManyThreadsLoseNothingAndRecordNothingTwice() throws Exception {
    var store = new InMemoryWorkflowStore<PledgeEvent>();
    var engine = WorkflowEngine.of(new PledgeWorkflow(ORGANISATION), store,
        java.time.Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneId.of("UTC")));
    List<String> heard = Collections.synchronizedList(new ArrayList<>());
    engine.listen("heard", (id, events) -> events.forEach(e -> {
      if (e instanceof PledgeEvent.PaymentReceived p) {
        heard.add(id + "/" + p.payment().paymentId());
      }
    }));
    for (String id : List.of("p1", "p2")) {
      assertThat(engine.issue(id, Request.of(new PledgeCommand.Record(pledge(id)), OFFICER)))
          .isInstanceOf(Outcome.Accepted.class);
    }

    int threads = 8;
    int perThread = 30;
    AtomicInteger replays = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      futures.add(pool.submit(() -> {
        start.await();
        for (int i = 0; i < perThread; i++) {
          String instance = i % 2 == 0 ? "p1" : "p2";
          // every third payment is sent without a key; the others with one, twice, and half of those
          // by the next thread as well
          boolean keyed = i % 3 != 0;
          for (int owner : keyed && i % 2 == 0 ? new int[] {thread, (thread + 1) % threads} : new int[] {thread}) {
            var pay = new PledgeCommand.RecordPayment(PledgePayment.of("pay-" + owner + "-" + i, Money.of("1", "EUR"),
                LocalDate.of(2026, 3, 2)));
            Request<PledgeCommand> request = Request.of(pay, PAYMENTS);
            int sends = keyed ? 2 : 1;
            for (int s = 0; s < sends; s++) {
              Outcome<PledgeCase, PledgeEvent> o = engine.issue(instance,
                  keyed ? request.withIdempotencyKey("k-" + owner + "-" + i) : request);
              if (o instanceof Outcome.Accepted<PledgeCase, PledgeEvent> a && a.replayed()) {
                replays.incrementAndGet();
              }
              if (owner == thread && s == 0 && !keyed) {
                assertThat(o).isInstanceOf(Outcome.Accepted.class);
              }
            }
          }
        }
        return null;
      }));
    }
    start.countDown();
    for (Future<?> f : futures) {
      f.get(120, TimeUnit.SECONDS);
    }
    pool.shutdown();

    Set<String> paid = new HashSet<>();
    for (String id : List.of("p1", "p2")) {
      for (PledgeEvent e : engine.history(id)) {
        if (e instanceof PledgeEvent.PaymentReceived p) {
          assertThat(paid.add(id + "/" + p.payment().paymentId())).as("recorded once: " + p.payment().paymentId()).isTrue();
        }
      }
      assertThat(engine.workflow().replay(id, engine.history(id))).isEqualTo(engine.load(id));
    }
    assertThat(paid).hasSize(threads * perThread);
    assertThat(engine.history("p1")).hasSize(1 + threads * perThread / 2);
    assertThat(engine.load("p1").pledge().orElseThrow().payments()).hasSize(threads * perThread / 2);
    int keyedSends = 0;
    for (int i = 0; i < perThread; i++) {
      if (i % 3 != 0) {
        keyedSends += (i % 2 == 0 ? 4 : 2) * threads;
      }
    }
    int keyedPayments = 0;
    for (int i = 0; i < perThread; i++) {
      keyedPayments += i % 3 != 0 ? threads : 0;
    }
    assertThat(replays.get()).as("every keyed send after the first was a replay").isEqualTo(keyedSends - keyedPayments);
    assertThat(heard).hasSize(threads * perThread).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(paid);
  }
}
