package org.irrt.spring.boot;

import java.util.Objects;
import javax.sql.DataSource;
import org.irrt.store.jdbc.Dialect;
import org.irrt.store.jdbc.EventCodec;
import org.irrt.store.jdbc.HostTransaction;
import org.irrt.store.jdbc.JdbcWorkflowStore;
import org.irrt.workflow.InMemoryWorkflowStore;
import org.irrt.workflow.WorkflowEvent;
import org.irrt.workflow.WorkflowStore;
import org.irrt.workflow.committee.VolunteerEvent;
import org.irrt.workflow.contribution.PostEvent;
import org.irrt.workflow.membership.ApplicationEvent;
import org.irrt.workflow.membership.MembershipEvent;
import org.irrt.workflow.pledge.PledgeEvent;
import org.jspecify.annotations.Nullable;

/**
 * The stores of irrt's five workflows. The auto-configuration makes them {@linkplain #jdbc JDBC
 * stores} on the host's {@code DataSource}, one per workflow under the workflow's name in shared
 * tables, or {@linkplain #inMemory in memory} when the host has none; a host that wants another
 * arrangement defines its own bean of this type. In both, the five stores share their personal data
 * (one erasure reaches them all: {@link IrrtErasure}).
 *
 * @param applications membership applications ({@code membership-application})
 * @param memberships memberships ({@code membership})
 * @param volunteering committee volunteer forms ({@code committee-volunteering})
 * @param posts blog contributions ({@code contribution})
 * @param pledges pledges ({@code pledge})
 */
public record IrrtStores(WorkflowStore<ApplicationEvent> applications, WorkflowStore<MembershipEvent> memberships,
    WorkflowStore<VolunteerEvent> volunteering, WorkflowStore<PostEvent> posts, WorkflowStore<PledgeEvent> pledges) {

  /**
   * Checks the parts.
   *
   * @throws NullPointerException when a store is null
   */
  public IrrtStores {
    Objects.requireNonNull(applications, "applications");
    Objects.requireNonNull(memberships, "memberships");
    Objects.requireNonNull(volunteering, "volunteering");
    Objects.requireNonNull(posts, "posts");
    Objects.requireNonNull(pledges, "pledges");
  }

  /**
   * Five stores in memory, sharing their personal data ({@link
   * InMemoryWorkflowStore#sharingPersonalDataWith}): for tests and demonstrations; nothing survives
   * the process.
   *
   * @return the stores
   */
  public static IrrtStores inMemory() {
    InMemoryWorkflowStore<ApplicationEvent> applications = new InMemoryWorkflowStore<>();
    return new IrrtStores(applications, InMemoryWorkflowStore.sharingPersonalDataWith(applications),
        InMemoryWorkflowStore.sharingPersonalDataWith(applications),
        InMemoryWorkflowStore.sharingPersonalDataWith(applications),
        InMemoryWorkflowStore.sharingPersonalDataWith(applications));
  }

  /**
   * One {@link JdbcWorkflowStore} per workflow on the host's data source, each under its workflow's
   * name ({@code membership-application}, {@code membership}, {@code committee-volunteering}, {@code
   * contribution}, {@code pledge}: the names of the workflows' definitions): the stores share the
   * tables, and each sees only its own instances, keys and checkpoints, while the personal data
   * ({@code irrt_subjects}, {@code irrt_personal_data}) is one for all. Each commits its own appends
   * ({@link JdbcWorkflowStore#of}). The schema must be applied ({@code Schema.apply} or the host's
   * Flyway).
   *
   * @param dataSource the host's data source
   * @param dialect its dialect
   * @param writer the JSON adapter's writer, e.g. {@code org.irrt.jackson3.IrrtJson::write}
   * @param reader the JSON adapter's reader, e.g. {@code org.irrt.jackson3.IrrtJson::read}
   * @return the stores
   */
  public static IrrtStores jdbc(DataSource dataSource, Dialect dialect, EventCodec.JsonWriter writer,
      EventCodec.JsonReader reader) {
    return jdbc(dataSource, dialect, writer, reader, null);
  }

  /**
   * The same stores, taking part in the host's transactions ({@link
   * JdbcWorkflowStore#inHostTransactions}): a command's events are committed or rolled back with the
   * host's own rows, so every command must be issued inside the host's transaction (an append
   * outside one is refused); reads need none.
   *
   * @param dataSource a data source whose connections are the host's transaction's (Spring's {@code
   *     TransactionAwareDataSourceProxy} around the host's)
   * @param dialect its dialect
   * @param writer the JSON adapter's writer
   * @param reader the JSON adapter's reader
   * @return the stores
   */
  public static IrrtStores jdbcInHostTransactions(DataSource dataSource, Dialect dialect,
      EventCodec.JsonWriter writer, EventCodec.JsonReader reader) {
    return jdbcInHostTransactions(dataSource, dialect, writer, reader, HostTransaction.UNMANAGED);
  }

  /**
   * The same stores in the host's transactions, told by its transaction manager when a transaction
   * commits (the engines' listeners are called then, never for one rolled back) and refusing a
   * command that would wait for ever for a suspended transaction of the same thread ({@link
   * HostTransaction}). The auto-configuration passes Spring's.
   *
   * @param dataSource a data source whose connections are the host's transaction's
   * @param dialect its dialect
   * @param writer the JSON adapter's writer
   * @param reader the JSON adapter's reader
   * @param host what the host's transaction manager says
   * @return the stores
   */
  public static IrrtStores jdbcInHostTransactions(DataSource dataSource, Dialect dialect,
      EventCodec.JsonWriter writer, EventCodec.JsonReader reader, HostTransaction host) {
    Objects.requireNonNull(host, "host");
    return jdbc(dataSource, dialect, writer, reader, host);
  }

  private static IrrtStores jdbc(DataSource dataSource, Dialect dialect, EventCodec.JsonWriter writer,
      EventCodec.JsonReader reader, @Nullable HostTransaction host) {
    Objects.requireNonNull(dataSource, "dataSource");
    Objects.requireNonNull(dialect, "dialect");
    Objects.requireNonNull(writer, "writer");
    Objects.requireNonNull(reader, "reader");
    return new IrrtStores(
        jdbc(dataSource, dialect, "membership-application", ApplicationEvent.class, writer, reader, host),
        jdbc(dataSource, dialect, "membership", MembershipEvent.class, writer, reader, host),
        jdbc(dataSource, dialect, "committee-volunteering", VolunteerEvent.class, writer, reader, host),
        jdbc(dataSource, dialect, "contribution", PostEvent.class, writer, reader, host),
        jdbc(dataSource, dialect, "pledge", PledgeEvent.class, writer, reader, host));
  }

  private static <E extends WorkflowEvent> WorkflowStore<E> jdbc(DataSource dataSource, Dialect dialect,
      String workflow, Class<E> events, EventCodec.JsonWriter writer, EventCodec.JsonReader reader,
      @Nullable HostTransaction host) {
    EventCodec<E> codec = EventCodec.of(events, writer, reader).build();
    return host != null ? JdbcWorkflowStore.inHostTransactions(dataSource, dialect, workflow, codec, host)
        : JdbcWorkflowStore.of(dataSource, dialect, workflow, codec);
  }
}
