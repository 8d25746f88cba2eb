package org.irrt.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.irrt.store.jdbc.testing.Databases;
import org.irrt.workflow.Outcome;
import org.irrt.workflow.pledge.PledgeEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Fault found by the adversary's pass: when the database failed during the delivery to the
 * listeners that follows a command (reading a checkpoint, the events, or saving a checkpoint),
 * {@code issue} threw that {@code StoreException} although the command's events were committed; a
 * host that took it for a failed command and sent an unkeyed command again recorded it twice. The
 * command's outcome is now returned, the failure logged, and the next delivery catches up.
 */
class FailedDeliveryAfterCommandTest {
  @ParameterizedTest
  @EnumSource(Databases.class)
  void aDeliveryThatFailsAfterTheCommandIsNotTheCommandsFailure(Databases db) {
    try (HikariDataSource pool = Databases.pool(db.create(), 4)) {
      Wrapped.Faulty faulty = new Wrapped.Faulty(pool, c -> DroppedConnectionTest.kill(db, pool, c));
      var engine = Pledges.engine(Pledges.store(faulty, db.dialect()));
      List<String> heard = new CopyOnWriteArrayList<>();
      engine.listen("receipts", (id, events) -> events.forEach(e -> heard.add(id + " " + e.getClass().getSimpleName())));
      assertThat(engine.issue("p1", Pledges.record("p1"))).isInstanceOf(Outcome.Accepted.class);

      for (String point : List.of("SELECT last_position FROM irrt_checkpoints", "SELECT e.global_position")) {
        faulty.arm(point);
        assertThat(engine.issue("p1", Pledges.pay("pay-" + point.length(), null)))
            .as(point).isInstanceOf(Outcome.Accepted.class);
        assertThat(faulty.fired()).as(point).isTrue();
      }
      assertThat(engine.history("p1")).extracting(e -> e.getClass().getSimpleName())
          .containsExactly("PledgeRecorded", "PaymentReceived", "PaymentReceived");
      assertThat(heard).containsExactly("p1 PledgeRecorded");

      assertThat(engine.deliver()).isEmpty();
      assertThat(heard).containsExactly("p1 PledgeRecorded", "p1 PaymentReceived", "p1 PaymentReceived");
      assertThat(engine.history("p1")).hasSize(3);
    }
  }
}
