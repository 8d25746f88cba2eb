package org.irrt.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.irrt.store.jdbc.testing.Databases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Fault: a stored row that cannot be read (a payload edited by hand into invalid JSON or an invalid
 * value, an event type no codec knows) made {@code load} throw a {@link StoreException} that named
 * only the event type, not where the row is, so an operator could not find it; the failure must name
 * the global position, workflow, instance and version, and no message in its cause chain may hold
 * the person's data that the row holds.
 */
class BrokenStoredEventTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "invalid JSON | UPDATE irrt_personal_data SET payload = '{\"header\": {broken \"m-1@example.org\" \"Ana 1\"' | ApplicationCreated at version 1 cannot be read",
      "an invalid e-mail | UPDATE irrt_personal_data SET payload = REPLACE(payload, '\"m-1@example.org\"', '\"Ana 1 García at example\"') | ApplicationCreated at version 1 cannot be read",
      "an unknown type | UPDATE irrt_events SET event_type = 'Bogus' | unknown event type Bogus"})
  void aRowThatCannotBeReadIsNamedByPositionAndInstanceWithoutThePersonsData(String what, String edit, String why)
      throws SQLException {
    try (HikariDataSource ds = Databases.pool(Databases.H2_MEMORY.create(), 2)) {
      Applications host = new Applications(ds, Dialect.H2);
      host.engine.issue("app-1", Applications.create(1, "form-1"));
      try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(edit)) {
        assertThat(s.executeUpdate()).isEqualTo(1);
      }
      for (Runnable read : new Runnable[] {() -> host.store.load("app-1"), () -> host.store.read(0, 10),
          () -> host.store.withKey("app-1", "form-1")}) {
        StoreException e = catchThrowableOfType(StoreException.class, read::run);
        assertThat(e.operation()).isEqualTo("decode");
        assertThat(e.getMessage()).isEqualTo("decode failed: the event at position 1 (membership-application app-1 version 1): "
            + why);
        for (Throwable t = e; t != null; t = t.getCause()) {
          assertThat(String.valueOf(t.getMessage())).as(t.getClass().getName()).doesNotContain("example").doesNotContain("Ana 1")
              .doesNotContain("García");
        }
      }
    }
  }
}
