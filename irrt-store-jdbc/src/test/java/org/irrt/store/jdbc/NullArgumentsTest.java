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
        .sample(HostTransaction.class, HostTransaction.UNMANAGED)
        .sample(EventCodec.class, codec)
        .sample(EventCodec.JsonWriter.class, (EventCodec.JsonWriter) org.irrt.jackson2.IrrtJson::write)
        .sample(EventCodec.JsonReader.class, (EventCodec.JsonReader) org.irrt.jackson2.IrrtJson::read)
        .sample(Class.class, NoteEvent.Noted.class)
        .fresh(EventCodec.Builder.class, () -> EventCodec.of(NoteEvent.class, org.irrt.jackson2.IrrtJson::write,
            org.irrt.jackson2.IrrtJson::read))
        .fresh(JdbcWorkflowStore.class, () -> JdbcWorkflowStore.of(dataSource, Dialect.H2, "note", codec))
        .sample(EntryKind.class, EntryKind.MEMBER)
        .sample(org.irrt.model.membership.MembershipRegister.class, org.irrt.model.membership.MembershipRegister.builder()
            .build())
        .sample(org.irrt.model.pledge.Campaign.class, Pledges.CAMPAIGN)
        .sample(org.irrt.model.pledge.CampaignId.class, Pledges.CAMPAIGN.id())
        .sample(JdbcRegisters.CampaignPledges.class, new JdbcRegisters.CampaignPledges(Pledges.CAMPAIGN,
            java.util.List.of()))
        .sample(JdbcRegisters.Snapshot.class, new JdbcRegisters.Snapshot<>(
            new JdbcRegisters.CampaignPledges(Pledges.CAMPAIGN, java.util.List.of()), java.util.Map.of()))
        .fresh(JdbcRegisters.class, () -> JdbcRegisters.of(dataSource, Dialect.H2,
            java.time.Clock.systemUTC(), org.irrt.jackson2.IrrtJson::write, org.irrt.jackson2.IrrtJson::read));
    assertThat(tester.problems("org.irrt.store.jdbc")).isEmpty();
    assertThat(tester.nullsPassed()).isGreaterThan(20);
    ((com.zaxxer.hikari.HikariDataSource) dataSource).close();
  }
}
