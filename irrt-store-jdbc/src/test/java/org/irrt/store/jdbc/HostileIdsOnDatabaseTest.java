package org.irrt.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import org.irrt.model.common.InvalidValueException;
import org.irrt.store.jdbc.testing.Databases;
import org.irrt.workflow.membership.ApplicationCommand;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Fault found by the adversary's pass, on the databases themselves: an instance id holding a NUL
 * was a {@code StoreException} on PostgreSQL for every read and write (SQLState 22021), an id of 2
 * million characters failed the append there (54000) and was stored whole on H2, and a client
 * token holding a NUL failed the append (22P05). Each is now refused at its path before the
 * database is asked, and nothing is written.
 */
class HostileIdsOnDatabaseTest {
  @ParameterizedTest
  @EnumSource(Databases.class)
  void aHostileInstanceIdOrTokenIsRefusedBeforeTheDatabaseIsAsked(Databases db) throws Exception {
    try (HikariDataSource pool = Databases.pool(db.create(), 2)) {
      var host = new Applications(pool, db.dialect());
      for (String id : List.of("app-\u0000", "a".repeat(3000), "a".repeat(2_000_000))) {
        assertThat(host.engine.version(id)).isZero();
        assertThat(host.engine.history(id)).isEmpty();
        assertThatThrownBy(() -> host.engine.issue(id, Applications.create(1, "t-1")))
            .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                .extracting(v -> v.path()).containsExactly("instanceId"));
      }
      assertThatThrownBy(() -> new ApplicationCommand.Create(Applications.member(1), Applications.INTL.id(), "t\u0000"))
          .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
              .extracting(v -> v.path()).containsExactly("clientToken"));
      assertThat(SchemaTest.query(pool, "SELECT COUNT(*) FROM irrt_events")).isEqualTo("0");
    }
  }
}
