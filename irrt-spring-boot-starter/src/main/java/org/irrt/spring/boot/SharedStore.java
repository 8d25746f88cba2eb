package org.irrt.spring.boot;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.irrt.store.jdbc.EventCodec;
import org.irrt.workflow.StoredEvent;
import org.irrt.workflow.WorkflowEvent;
import org.irrt.workflow.WorkflowStore;

/**
 * One workflow's part of a store shared by several workflows (one {@code irrt_events} table on the
 * host's data source): its instance ids and subscriber names carry the workflow's prefix ({@code
 * membership-application/app-1f...}), so instances of two workflows never meet, and reads keep only
 * the workflow's own events. Appends, keys, checkpoints and exclusive work are the shared store's.
 *
 * <p>Reads filter in Java, after the shared store has decoded every row (the JDBC store has no
 * column saying which workflow an event belongs to); a listener or a {@code StoreProjection} of one
 * workflow therefore reads the others' events after its own last one again on each call, which costs
 * time only when one workflow writes far more than another.
 */
final class SharedStore<E extends WorkflowEvent> implements WorkflowStore<E> {
  private static final int BATCH = 1024;
  private final WorkflowStore<WorkflowEvent> shared;
  private final Class<E> type;
  private final String prefix;

  SharedStore(WorkflowStore<WorkflowEvent> shared, Class<E> type, String name) {
    this.shared = Objects.requireNonNull(shared, "shared");
    this.type = Objects.requireNonNull(type, "type");
    this.prefix = Objects.requireNonNull(name, "name") + "/";
  }

  @Override
  public List<E> load(String instanceId) {
    return cast(shared.load(prefix + instanceId));
  }

  @Override
  public List<E> load(String instanceId, long afterVersion) {
    return cast(shared.load(prefix + instanceId, afterVersion));
  }

  private List<E> cast(List<WorkflowEvent> events) {
    List<E> mine = new ArrayList<>(events.size());
    for (WorkflowEvent e : events) {
      mine.add(type.cast(e));
    }
    return List.copyOf(mine);
  }

  @Override
  public long append(String instanceId, long expectedVersion, List<E> events) {
    return shared.append(prefix + instanceId, expectedVersion, List.copyOf(events));
  }

  @Override
  public List<StoredEvent<E>> withKey(String instanceId, String idempotencyKey) {
    return mine(shared.withKey(prefix + instanceId, idempotencyKey));
  }

  @Override
  public List<StoredEvent<E>> read(long afterPosition, int limit) {
    long position = afterPosition;
    while (true) {
      List<StoredEvent<WorkflowEvent>> next = shared.read(position, Math.max(limit, BATCH));
      if (next.isEmpty()) {
        return List.of();
      }
      List<StoredEvent<E>> mine = mine(next);
      if (!mine.isEmpty()) {
        return mine.size() > limit ? List.copyOf(mine.subList(0, limit)) : mine;
      }
      position = next.get(next.size() - 1).position();
    }
  }

  private List<StoredEvent<E>> mine(List<StoredEvent<WorkflowEvent>> events) {
    List<StoredEvent<E>> mine = new ArrayList<>();
    for (StoredEvent<WorkflowEvent> s : events) {
      if (s.instanceId().startsWith(prefix) && type.isInstance(s.event())) {
        mine.add(new StoredEvent<>(s.position(), s.instanceId().substring(prefix.length()), s.version(),
            type.cast(s.event())));
      }
    }
    return List.copyOf(mine);
  }

  @Override
  public long checkpoint(String subscriber) {
    return shared.checkpoint(prefix + subscriber);
  }

  @Override
  public void saveCheckpoint(String subscriber, long position) {
    shared.saveCheckpoint(prefix + subscriber, position);
  }

  @Override
  public <T> T exclusively(Supplier<T> work) {
    return shared.exclusively(work);
  }

  @Override
  public Set<String> instanceIds() {
    Set<String> ids = new HashSet<>();
    for (String id : shared.instanceIds()) {
      if (id.startsWith(prefix)) {
        ids.add(id.substring(prefix.length()));
      }
    }
    return Set.copyOf(ids);
  }

  /**
   * The codec of a shared store: each workflow's sealed codec, its type names prefixed with the
   * workflow's name ({@code membership-application/ReviewStarted}), as two workflows have records
   * of the same simple name.
   */
  static final class Codec implements EventCodec<WorkflowEvent> {
    private final Map<String, EventCodec<? extends WorkflowEvent>> byName;
    private final Map<Class<?>, String> names;

    Codec(Map<String, EventCodec<? extends WorkflowEvent>> byName, Map<Class<?>, String> names) {
      this.byName = Map.copyOf(byName);
      this.names = Map.copyOf(names);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Encoded encode(WorkflowEvent event) {
      for (Map.Entry<Class<?>, String> e : names.entrySet()) {
        if (e.getKey().isInstance(event)) {
          EventCodec<WorkflowEvent> codec = (EventCodec<WorkflowEvent>) byName.get(e.getValue());
          Encoded encoded = codec.encode(event);
          return new Encoded(e.getValue() + "/" + encoded.type(), encoded.typeVersion(), encoded.payload());
        }
      }
      throw new IllegalArgumentException(event.getClass().getName() + " is not an event of irrt's workflows");
    }

    @Override
    public WorkflowEvent decode(String type, int typeVersion, String payload) {
      int slash = type.indexOf('/');
      EventCodec<? extends WorkflowEvent> codec = slash < 0 ? null : byName.get(type.substring(0, slash));
      if (codec == null) {
        throw new IllegalArgumentException("unknown event type " + type);
      }
      return codec.decode(type.substring(slash + 1), typeVersion, payload);
    }
  }
}
