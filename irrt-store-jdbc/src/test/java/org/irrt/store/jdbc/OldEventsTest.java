package org.irrt.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.irrt.store.jdbc.testing.Databases;
import org.irrt.workflow.ActorId;
import org.irrt.workflow.EventHeader;
import org.irrt.workflow.StoredEvent;
import org.irrt.workflow.WorkflowEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Old events still read: rows stored before {@code Greeted} gained its {@code language} (fixture
 * {@code fixtures/greeted-v1.sql}, type version 1) read through an upcaster registered in the codec,
 * which adds the field with the value old events meant; new rows are written at version 2.
 */
class OldEventsTest {
  /** The events of a small workflow whose first event gained a field in version 2. */
  sealed interface GreetingEvent extends WorkflowEvent {}

  /**
   * Version 2: {@code language} added (version 1 events were all English).
   *
   * @param header who, when
   * @param text the greeting
   * @param language its language, a BCP 47 tag
   */
  record Greeted(EventHeader header, String text, String language) implements GreetingEvent {
    Greeted {
      Objects.requireNonNull(header, "header");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(language, "language");
    }
  }

  /** @param header who, when */
  record Farewell(EventHeader header) implements GreetingEvent {}

  private static final ObjectMapper TREE = new ObjectMapper();

  /** Version 1 to 2: old greetings were English. */
  static String addLanguage(String json) {
    try {
      ObjectNode node = (ObjectNode) TREE.readTree(json);
      node.put("language", "en");
      return TREE.writeValueAsString(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static EventCodec.Builder<GreetingEvent> codec() {
    return EventCodec.of(GreetingEvent.class, org.irrt.jackson2.IrrtJson::write, org.irrt.jackson2.IrrtJson::read)
        .version(Greeted.class, 2);
  }

  static void loadFixture(HikariDataSource pool) throws SQLException {
    String fixture;
    try (var in = OldEventsTest.class.getResourceAsStream("fixtures/greeted-v1.sql")) {
      fixture = new String(Objects.requireNonNull(in, "fixture").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
      for (String statement : Schema.statements(fixture)) {
        s.execute(statement);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void anEventStoredBeforeAFieldWasAddedReadsThroughItsUpcaster(Databases db) throws SQLException {
    try (HikariDataSource pool = Databases.pool(db.create(), 2)) {
      loadFixture(pool);
      var store = JdbcWorkflowStore.of(pool, db.dialect(), "greeting",
          codec().upcaster(Greeted.class, 1, OldEventsTest::addLanguage).build());
      List<GreetingEvent> events = store.load("g-1");
      assertThat(events).hasSize(2);
      assertThat(events.get(0)).isInstanceOfSatisfying(Greeted.class, g -> {
        assertThat(g.text()).isEqualTo("Hello");
        assertThat(g.language()).isEqualTo("en");
        assertThat(g.header().at()).isEqualTo(Instant.parse("2025-05-01T10:00:00Z"));
        assertThat(g.header().idempotencyKey()).contains("k-1");
      });
      assertThat(events.get(1)).isInstanceOf(Farewell.class);
      assertThat(store.withKey("g-1", "k-1")).extracting(StoredEvent::version).containsExactly(1L);

      Greeted today = new Greeted(new EventHeader(ActorId.of("li"), "GREET", "GREETED", Instant.parse("2026-03-02T10:00:00Z"),
          Optional.empty(), Optional.empty(), ""), "你好", "zh");
      store.append("g-2", 0, List.of(today));
      assertThat(store.load("g-2")).containsExactly(today);
      assertThat(SchemaTest.query(pool, "SELECT event_type, type_version FROM irrt_events ORDER BY global_position"))
          .isEqualTo("Greeted 1; Farewell 1; Greeted 2");
      assertThat(store.read(0, 10)).extracting(StoredEvent::position).containsExactly(1L, 2L, 3L);

      var withoutUpcaster = JdbcWorkflowStore.of(pool, db.dialect(), "greeting",
          codec().upcaster(Greeted.class, 1, json -> json).build());
      assertThatThrownBy(() -> withoutUpcaster.load("g-1")).isInstanceOfSatisfying(StoreException.class,
          e -> assertThat(e).hasMessage("decode failed: the event at position 1 (greeting g-1 version 1): Greeted at version 1 "
              + "cannot be read"));
    }
  }
}
