package org.irrt.spring.boot;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.irrt.store.jdbc.Dialect;
import org.irrt.store.jdbc.EventCodec;
import org.irrt.store.jdbc.JdbcWorkflowStore;
import org.irrt.workflow.InMemoryWorkflowStore;
import org.irrt.workflow.WorkflowEvent;
import org.irrt.workflow.WorkflowStore;
import org.irrt.workflow.committee.VolunteerEvent;
import org.irrt.workflow.contribution.PostEvent;
import org.irrt.workflow.membership.ApplicationEvent;
import org.irrt.workflow.membership.MembershipEvent;
import org.irrt.workflow.pledge.PledgeEvent;

/**
 * The stores of irrt's five workflows. The auto-configuration makes them {@linkplain #jdbc one JDBC
 * store} on the host's {@code DataSource}, or {@linkplain #inMemory in memory} when the host has
 * none; a host that wants another arrangement defines its own bean of this type.
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
   * Five stores in memory: for tests and demonstrations; nothing survives the process.
   *
   * @return the stores
   */
  public static IrrtStores inMemory() {
    return new IrrtStores(new InMemoryWorkflowStore<>(), new InMemoryWorkflowStore<>(), new InMemoryWorkflowStore<>(),
        new InMemoryWorkflowStore<>(), new InMemoryWorkflowStore<>());
  }

  /**
   * The five workflows in one JDBC store (one {@code irrt_events} table): each workflow's instance
   * ids and subscriber names are prefixed with its name, and its event types too (two workflows have
   * events of the same simple name), e.g. {@code membership-application/ApplicationCreated}. The
   * schema must be applied ({@code Schema.apply} or the host's Flyway).
   *
   * @param dataSource the host's data source
   * @param dialect its dialect
   * @param writer the JSON adapter's writer, e.g. {@code org.irrt.jackson3.IrrtJson::write}
   * @param reader the JSON adapter's reader, e.g. {@code org.irrt.jackson3.IrrtJson::read}
   * @return the stores
   */
  public static IrrtStores jdbc(DataSource dataSource, Dialect dialect, EventCodec.JsonWriter writer,
      EventCodec.JsonReader reader) {
    Objects.requireNonNull(dataSource, "dataSource");
    Objects.requireNonNull(dialect, "dialect");
    Map<String, EventCodec<? extends WorkflowEvent>> codecs = new LinkedHashMap<>();
    Map<Class<?>, String> names = new LinkedHashMap<>();
    add(codecs, names, "membership-application", ApplicationEvent.class, writer, reader);
    add(codecs, names, "membership", MembershipEvent.class, writer, reader);
    add(codecs, names, "committee-volunteering", VolunteerEvent.class, writer, reader);
    add(codecs, names, "contribution", PostEvent.class, writer, reader);
    add(codecs, names, "pledge", PledgeEvent.class, writer, reader);
    WorkflowStore<WorkflowEvent> shared = JdbcWorkflowStore.of(dataSource, dialect, new SharedStore.Codec(codecs, names));
    return new IrrtStores(new SharedStore<>(shared, ApplicationEvent.class, "membership-application"),
        new SharedStore<>(shared, MembershipEvent.class, "membership"),
        new SharedStore<>(shared, VolunteerEvent.class, "committee-volunteering"),
        new SharedStore<>(shared, PostEvent.class, "contribution"),
        new SharedStore<>(shared, PledgeEvent.class, "pledge"));
  }

  private static <E extends WorkflowEvent> void add(Map<String, EventCodec<? extends WorkflowEvent>> codecs,
      Map<Class<?>, String> names, String name, Class<E> type, EventCodec.JsonWriter writer,
      EventCodec.JsonReader reader) {
    codecs.put(name, EventCodec.of(type, writer, reader).build());
    names.put(type, name);
  }
}
