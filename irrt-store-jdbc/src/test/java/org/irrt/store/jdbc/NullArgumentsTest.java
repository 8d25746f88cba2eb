package org.irrt.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.irrt.model.testing.NullArgumentTester;
import org.irrt.workflow.testing.NoteEvent;
import org.junit.jupiter.api.Test;

/** Every public constructor and method of the store refuses null with an exception naming the argument. */
class NullArgumentsTest {
  @Test
  void everyPublicMethodRefusesNullNamingTheArgument() {
    DataSource dataSource = org.irrt.store.jdbc.testing.Databases.pool(
        org.irrt.store.jdbc.testing.Databases.H2_MEMORY.create(), 1);
    EventCodec<NoteEvent> codec = EventCodec.of(NoteEvent.class, org.irrt.jackson2.IrrtJson::write,
        org.irrt.jackson2.IrrtJson::read).build();
    NullArgumentTester tester = new NullArgumentTester()
        .sample(DataSource.class, dataSource)
        .sample(Dialect.class, Dialect.H2)
        .sample(EventCodec.class, codec)
        .sample(EventCodec.JsonWriter.class, (EventCodec.JsonWriter) org.irrt.jackson2.IrrtJson::write)
        .sample(EventCodec.JsonReader.class, (EventCodec.JsonReader) org.irrt.jackson2.IrrtJson::read)
        .sample(Class.class, NoteEvent.Noted.class)
        .fresh(EventCodec.Builder.class, () -> EventCodec.of(NoteEvent.class, org.irrt.jackson2.IrrtJson::write,
            org.irrt.jackson2.IrrtJson::read))
        .fresh(JdbcWorkflowStore.class, () -> JdbcWorkflowStore.of(dataSource, Dialect.H2, "note", codec));
    assertThat(tester.problems("org.irrt.store.jdbc")).isEmpty();
    assertThat(tester.nullsPassed()).isGreaterThan(20);
    ((com.zaxxer.hikari.HikariDataSource) dataSource).close();
  }
}
