package org.irrt.workflow.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.irrt.workflow.testing.NoteEvent.keyed;
import static org.irrt.workflow.testing.NoteEvent.note;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.irrt.model.common.Money;
import org.irrt.model.member.MemberId;
import org.irrt.model.pledge.Campaign;
import org.irrt.model.pledge.CampaignId;
import org.irrt.model.pledge.Donor;
import org.irrt.model.pledge.Frequency;
import org.irrt.model.pledge.Pledge;
import org.irrt.model.pledge.PledgeId;
import org.irrt.model.pledge.PledgePayment;
import org.irrt.workflow.Actor;
import org.irrt.workflow.ConcurrencyException;
import org.irrt.workflow.Organisation;
import org.irrt.workflow.Outcome;
import org.irrt.workflow.Request;
import org.irrt.workflow.Role;
import org.irrt.workflow.StoredEvent;
import org.irrt.workflow.WorkflowEngine;
import org.irrt.workflow.WorkflowEvent;
import org.irrt.workflow.WorkflowStore;
import org.irrt.workflow.pledge.PledgeCase;
import org.irrt.workflow.pledge.PledgeCommand;
import org.irrt.workflow.pledge.PledgeEvent;
import org.irrt.workflow.pledge.PledgeWorkflow;
import org.junit.jupiter.api.Test;

/**
 * What every {@link WorkflowStore} promises (its Javadoc): versions checked, appends all or nothing,
 * global positions in order without gaps, keys by index per instance, checkpoints, exclusive work, and
 * an engine over it that loses nothing and records nothing twice under many threads. Run against the
 * in-memory store here and against every database in irrt-store-jdbc: a subclass gives a new, empty
 * store per call.
 */
public abstract class WorkflowStoreContract {
  /**
   * A new, empty store.
   *
   * @param eventType the sealed event interface (a database store needs it for its codec)
   * @param <E> the event type
   * @return the store
   */
  protected abstract <E extends WorkflowEvent> WorkflowStore<E> newStore(Class<E> eventType);

  private static List<String> texts(List<? extends NoteEvent> notes) {
    return notes.stream().map(n -> ((NoteEvent.Noted) n).text()).toList();
  }

  private static List<NoteEvent> notes(String... texts) {
    return Arrays.stream(texts).map(t -> (NoteEvent) note(t)).toList();
  }

  @Test
  void eventsReadBackInTheOrderAppendedAndLoadAfterAVersionGivesTheRest() {
    WorkflowStore<NoteEvent> store = newStore(NoteEvent.class);
    assertThat(store.append("i", 0, notes("a", "b"))).isEqualTo(2);
    assertThat(store.append("i", 2, notes("c"))).isEqualTo(3);
    assertThat(texts(store.load("i"))).containsExactly("a", "b", "c");
    assertThat(texts(store.load("i", 1))).containsExactly("b", "c");
    assertThat(store.load("i", 3)).isEmpty();
    assertThat(store.load("i", 7)).isEmpty();
    assertThat(store.load("unknown")).isEmpty();
    assertThat(store.load("i")).isEqualTo(notes("a", "b", "c"));
    assertThatThrownBy(() -> store.load("i", -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aStaleVersionIsRefusedAndWritesNothing() {
    WorkflowStore<NoteEvent> store = newStore(NoteEvent.class);
    store.append("i", 0, notes("a", "b"));
    for (long stale : new long[] {0, 1, 3}) {
      assertThatThrownBy(() -> store.append("i", stale, notes("x", "y")))
          .isInstanceOfSatisfying(ConcurrencyException.class, e -> {
            assertThat(e.instanceId()).isEqualTo("i");
            assertThat(e.expectedVersion()).isEqualTo(stale);
            assertThat(e.actualVersion()).isEqualTo(2);
          });
    }
    assertThatThrownBy(() -> store.append("new", 1, notes("x"))).isInstanceOf(ConcurrencyException.class);
    assertThat(texts(store.load("i"))).containsExactly("a", "b");
    assertThat(store.load("new")).isEmpty();
    assertThat(store.instanceIds()).containsExactly("i");
    store.append("i", 2, notes("c"));
    assertThat(store.read(0, 100)).extracting(StoredEvent::position).containsExactly(1L, 2L, 3L);
  }

  @Test
  void aNullEventIsRefusedAndWritesNothing() {
    WorkflowStore<NoteEvent> store = newStore(NoteEvent.class);
    assertThatThrownBy(() -> store.append("i", 0, Arrays.asList(note("a"), null))).isInstanceOf(NullPointerException.class);
    assertThat(store.load("i")).isEmpty();
    store.append("i", 0, notes("a"));
    assertThatThrownBy(() -> store.append("i", 1, Arrays.asList(note("c"), null))).isInstanceOf(NullPointerException.class);
    store.append("i", 1, notes("d"));
    assertThat(texts(store.load("i"))).containsExactly("a", "d");
    assertThat(store.read(0, 100)).extracting(StoredEvent::position).containsExactly(1L, 2L);
  }

  @Test
  void anEmptyAppendAtTheRightVersionReturnsItAndAtAnotherIsStale() {
    WorkflowStore<NoteEvent> store = newStore(NoteEvent.class);
    assertThat(store.append("i", 0, List.of())).isZero();
    store.append("i", 0, notes("a"));
    assertThat(store.append("i", 1, List.of())).isEqualTo(1);
    assertThatThrownBy(() -> store.append("i", 0, List.of())).isInstanceOf(ConcurrencyException.class);
    assertThat(texts(store.load("i"))).containsExactly("a");
  }

  @Test
  void everyEventHasTheNextGlobalPositionAndItsVersionInItsInstance() {
    WorkflowStore<NoteEvent> store = newStore(NoteEvent.class);
    store.append("a", 0, notes("a1", "a2"));
    store.append("b", 0, notes("b1"));
    store.append("a", 2, notes("a3"));
    assertThat(store.read(0, 10)).extracting(e -> e.position() + " " + e.instanceId() + " " + e.version() + " "
        + ((NoteEvent.Noted) e.event()).text()).containsExactly("1 a 1 a1", "2 a 2 a2", "3 b 1 b1", "4 a 3 a3");
    assertThat(store.read(1, 2)).extracting(StoredEvent::position).containsExactly(2L, 3L);
    assertThat(store.read(4, 10)).isEmpty();
    assertThat(store.instanceIds()).containsExactlyInAnyOrder("a", "b");
    assertThatThrownBy(() -> store.read(-1, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.read(0, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theEventsOfAKeyAreFoundPerInstance() {
    WorkflowStore<NoteEvent> store = newStore(NoteEvent.class);
    store.append("a", 0, List.of(keyed("a1", "k1"), keyed("a2", "k1")));
    store.append("a", 2, List.of(keyed("a3", "k2")));
    store.append("a", 3, List.of(note("a4")));
    store.append("b", 0, List.of(keyed("b1", "k1")));
    assertThat(store.withKey("a", "k1")).extracting(e -> ((NoteEvent.Noted) e.event()).text() + "@" + e.version()
        + "#" + e.position()).containsExactly("a1@1#1", "a2@2#2");
    assertThat(store.withKey("a", "k2")).extracting(e -> ((NoteEvent.Noted) e.event()).text()).containsExactly("a3");
    assertThat(store.withKey("b", "k1")).extracting(e -> e.instanceId() + "/" + ((NoteEvent.Noted) e.event()).text())
        .containsExactly("b/b1");
    assertThat(store.withKey("b", "k2")).isEmpty();
    assertThat(store.withKey("c", "k1")).isEmpty();
  }

  @Test
  void aCheckpointIsZeroUntilSavedAndCanBeSetBack() {
    WorkflowStore<NoteEvent> store = newStore(NoteEvent.class);
    assertThat(store.checkpoint("mail")).isZero();
    store.saveCheckpoint("mail", 7);
    store.saveCheckpoint("index", 3);
    assertThat(store.checkpoint("mail")).isEqualTo(7);
    store.saveCheckpoint("mail", 9);
    assertThat(store.checkpoint("mail")).isEqualTo(9);
    store.saveCheckpoint("mail", 0);
    assertThat(store.checkpoint("mail")).isZero();
    assertThat(store.checkpoint("index")).isEqualTo(3);
    assertThatThrownBy(() -> store.saveCheckpoint("mail", -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void exclusiveWorkSeesItsOwnAppendsAndGivesItsValue() {
    WorkflowStore<NoteEvent> store = newStore(NoteEvent.class);
    store.append("i", 0, notes("a"));
    String seen = store.exclusively(() -> {
      long version = store.load("i").size();
      store.append("i", version, notes("b"));
      return texts(store.load("i")) + " " + store.read(0, 10).size() + " " + store.exclusively(() -> "nested");
    });
    assertThat(seen).isEqualTo("[a, b] 2 nested");
    assertThat(texts(store.load("i"))).containsExactly("a", "b");
  }

  @Test
  void workflowEventsWithModelValuesReadBackEqual() {
    WorkflowStore<PledgeEvent> store = newStore(PledgeEvent.class);
    var engine = WorkflowEngine.of(new PledgeWorkflow(ORGANISATION), store, CLOCK);
    engine.issue("p1", Request.of(new PledgeCommand.Record(pledge("p1")), OFFICER));
    engine.issue("p1", Request.of(new PledgeCommand.RecordPayment(PledgePayment.of("pay-1", Money.of("250.50", "EUR"),
        LocalDate.of(2026, 3, 2))), PAYMENTS).withIdempotencyKey("k-1"));
    List<PledgeEvent> history = store.load("p1");
    assertThat(history).hasSize(2);
    assertThat(history.get(0)).isInstanceOfSatisfying(PledgeEvent.PledgeRecorded.class,
        r -> assertThat(r.pledge()).isEqualTo(pledge("p1")));
    assertThat(history.get(1)).isInstanceOfSatisfying(PledgeEvent.PaymentReceived.class, r -> {
      assertThat(r.payment().amount()).isEqualTo(Money.of("250.50", "EUR"));
      assertThat(r.header().idempotencyKey()).contains("k-1");
      assertThat(r.header().at()).isEqualTo(CLOCK.instant());
    });
    assertThat(engine.workflow().replay("p1", history)).isEqualTo(engine.load("p1"));
  }

  static final Campaign CAMPAIGN = Campaign.builder().id(CampaignId.of("sixty-for-sixty")).name("Sixty for sixty")
      .goal(Money.of("1000000", "EUR")).startDate(LocalDate.of(2026, 1, 1)).fund("IRRT endowment").build();
  static final Organisation ORGANISATION = Organisation.in(ZoneId.of("UTC")).withCampaigns(List.of(CAMPAIGN));
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneId.of("UTC"));
  static final Actor OFFICER = Actor.of("treasurer", Role.FUNDRAISING_OFFICER);
  static final Actor PAYMENTS = Actor.of("payments", Role.SYSTEM);

  static Pledge pledge(String id) {
    return Pledge.builder().id(PledgeId.of(id)).campaign(CAMPAIGN.id()).donor(Donor.member(MemberId.of("ana")))
        .total(Money.of("1000000", "EUR")).installmentCount(12).frequency(Frequency.monthly())
        .startDate(LocalDate.of(2026, 1, 10)).build();
  }

  /**
   * Threads pay into two pledges through one engine, each keyed payment sent twice and some by two
   * threads: exactly the intended payments are stored, once each, and the listener heard each once.
   */
  @Test
  void manyThreadsThroughOneEngineLoseNothingAndRecordNothingTwice() throws Exception {
    WorkflowStore<PledgeEvent> store = newStore(PledgeEvent.class);
    var engine = WorkflowEngine.of(new PledgeWorkflow(ORGANISATION), store, CLOCK);
    List<String> heard = Collections.synchronizedList(new ArrayList<>());
    engine.listen("heard", (id, events) -> events.forEach(e -> {
      if (e instanceof PledgeEvent.PaymentReceived p) {
        heard.add(id + "/" + p.payment().paymentId());
      }
    }));
    for (String id : List.of("p1", "p2")) {
      assertThat(engine.issue(id, Request.of(new PledgeCommand.Record(pledge(id)), OFFICER))).isInstanceOf(Outcome.Accepted.class);
    }
    int threads = 4;
    int perThread = 12;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      futures.add(pool.submit(() -> {
        start.await();
        for (int i = 0; i < perThread; i++) {
          String instance = i % 2 == 0 ? "p1" : "p2";
          boolean keyed = i % 3 != 0;
          for (int owner : keyed && i % 2 == 0 ? new int[] {thread, (thread + 1) % threads} : new int[] {thread}) {
            Request<PledgeCommand> request = Request.of(new PledgeCommand.RecordPayment(PledgePayment.of(
                "pay-" + owner + "-" + i, Money.of("1", "EUR"), LocalDate.of(2026, 3, 2))), PAYMENTS);
            for (int s = 0; s < (keyed ? 2 : 1); s++) {
              Outcome<PledgeCase, PledgeEvent> o = engine.issue(instance,
                  keyed ? request.withIdempotencyKey("k-" + owner + "-" + i) : request);
              assertThat(o).isInstanceOf(Outcome.Accepted.class);
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
      for (PledgeEvent e : store.load(id)) {
        if (e instanceof PledgeEvent.PaymentReceived p) {
          assertThat(paid.add(id + "/" + p.payment().paymentId())).as("recorded once: " + p.payment().paymentId()).isTrue();
        }
      }
      assertThat(engine.workflow().replay(id, store.load(id))).isEqualTo(engine.load(id));
    }
    assertThat(paid).hasSize(threads * perThread);
    assertThat(store.read(0, 10_000)).extracting(StoredEvent::position)
        .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, 2 + threads * perThread).boxed().toList());
    engine.deliver();
    assertThat(heard).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(paid);
  }
}
