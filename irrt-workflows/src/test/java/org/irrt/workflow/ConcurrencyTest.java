package org.irrt.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.irrt.model.common.CountryCode;
import org.irrt.model.common.EmailAddress;
import org.irrt.model.common.Money;
import org.irrt.model.common.PersonName;
import org.irrt.model.member.Member;
import org.irrt.model.member.MemberCategory;
import org.irrt.model.member.MemberId;
import org.irrt.model.membership.MembershipDuration;
import org.irrt.model.membership.MembershipType;
import org.irrt.model.membership.MembershipTypeId;
import org.irrt.model.membership.PaymentReference;
import org.irrt.model.membership.PeriodType;
import org.irrt.workflow.membership.ApplicationCommand;
import org.irrt.workflow.membership.ApplicationEvent;
import org.irrt.workflow.membership.ApplicationIndex;
import org.irrt.workflow.membership.MembershipApplicationWorkflow;
import org.junit.jupiter.api.Test;

/**
 * Many threads issue commands against one instance through the in-memory store: stale writes fail
 * with a concurrency exception and are retried; exactly the successful commands are in the history,
 * none lost, none twice.
 */
class ConcurrencyTest {
  @Test
  void concurrentCommandsOnOneInstanceLoseNothingAndRecordNothingTwice() throws Exception {
    var index = new ApplicationIndex();
    var workflow = new MembershipApplicationWorkflow(ZoneId.of("UTC"), MembershipApplicationWorkflow.DEFAULT_EXPIRY, index);
    var store = new InMemoryWorkflowStore<ApplicationEvent>();
    var engine = new WorkflowEngine<>(workflow, store, java.time.Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneId.of("UTC")));
    List<String> heard = java.util.Collections.synchronizedList(new ArrayList<>());
    engine.listen((id, events) -> events.forEach(e -> heard.add(e.getClass().getSimpleName())));
    Member ana = Member.builder().id(MemberId.of("ana")).name(PersonName.of("Ana", "García"))
        .email(EmailAddress.of("ana@example.org")).country(CountryCode.of("CO")).preferredLanguage("es")
        .category(MemberCategory.INTERNATIONAL).build();
    MembershipType type = MembershipType.builder().id(MembershipTypeId.of("t")).name("T")
        .category(MemberCategory.INTERNATIONAL).fee(Money.of("1000000", "EUR")).duration(MembershipDuration.years(1))
        .periodType(PeriodType.ROLLING).approvalRequired(true).paymentRequired(true).build();
    Actor applicant = Actor.of("ana", Role.APPLICANT);
    engine.issue("app", Request.of(new ApplicationCommand.Create(ana, type, "t"), applicant));
    engine.issue("app", Request.of(new ApplicationCommand.Submit(), applicant));

    int threads = 8;
    int perThread = 25;
    AtomicInteger conflicts = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      futures.add(pool.submit(() -> {
        start.await();
        for (int i = 0; i < perThread; i++) {
          var pay = new ApplicationCommand.RecordPayment(PaymentReference.of("pay-" + thread + "-" + i,
              Money.of("1", "EUR"), LocalDate.of(2026, 3, 2)));
          while (true) {
            try {
              Outcome<?, ?> o = engine.issue("app", Request.of(pay, Actor.of("payments", Role.SYSTEM)).withIdempotencyKey("k-" + thread + "-" + i));
              assertThat(o).isInstanceOf(Outcome.Accepted.class);
              break;
            } catch (ConcurrencyException e) {
              conflicts.incrementAndGet();
            }
          }
        }
        return null;
      }));
    }
    start.countDown();
    for (Future<?> f : futures) {
      f.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();

    List<ApplicationEvent> history = engine.history("app");
    Set<String> paid = new HashSet<>();
    for (ApplicationEvent e : history) {
      if (e instanceof ApplicationEvent.PaymentRecorded p) {
        assertThat(paid.add(p.payment().paymentId())).as("recorded once: " + p.payment().paymentId()).isTrue();
      }
    }
    assertThat(paid).hasSize(threads * perThread);
    assertThat(history).hasSize(2 + threads * perThread);
    assertThat(engine.load("app").payments()).hasSize(threads * perThread);
    assertThat(heard.stream().filter("PaymentRecorded"::equals).count()).isEqualTo(threads * perThread);
  }
}
