package org.irrt.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A thread-safe {@link WorkflowStore} in memory, for tests, examples and small hosts. Appends to one
 * instance are atomic and checked against the expected version; instances are independent.
 *
 * @param <E> the event type
 */
public final class InMemoryWorkflowStore<E> implements WorkflowStore<E> {
  private final ConcurrentMap<String, List<E>> instances = new ConcurrentHashMap<>();

  /** Creates an empty store. */
  public InMemoryWorkflowStore() {}

  @Override
  public List<E> load(String instanceId) {
    return instances.getOrDefault(instanceId, List.of());
  }

  @Override
  public long append(String instanceId, long expectedVersion, List<E> events) {
    List<E> result = instances.compute(instanceId, (id, current) -> {
      List<E> existing = current == null ? List.of() : current;
      if (existing.size() != expectedVersion) {
        throw new ConcurrencyException(id, expectedVersion, existing.size());
      }
      List<E> next = new ArrayList<>(existing.size() + events.size());
      next.addAll(existing);
      next.addAll(events);
      return List.copyOf(next);
    });
    return result.size();
  }

  @Override
  public Set<String> instanceIds() {
    return Set.copyOf(instances.keySet());
  }
}
