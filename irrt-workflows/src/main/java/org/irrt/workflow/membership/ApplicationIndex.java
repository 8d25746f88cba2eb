package org.irrt.workflow.membership;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.irrt.model.member.MemberId;
import org.irrt.model.membership.MembershipTypeId;
import org.irrt.workflow.EventListener;

/**
 * Which membership applications are open, by person and type: a projection of committed events,
 * thread-safe. Register it as a listener of the engine and give it to the workflow for the
 * one-open-application rule. (A JDBC host keeps the same rule with a unique index on open rows.)
 */
public final class ApplicationIndex implements EventListener<ApplicationEvent>,
    MembershipApplicationWorkflow.OpenApplications {
  private record Key(MemberId member, MembershipTypeId type) {}

  private final Map<Key, String> open = new ConcurrentHashMap<>();
  private final Map<String, Key> keys = new ConcurrentHashMap<>();

  /** Creates an empty index. */
  public ApplicationIndex() {}

  @Override
  public void committed(String instanceId, List<ApplicationEvent> events) {
    Objects.requireNonNull(instanceId, "instanceId");
    Objects.requireNonNull(events, "events");
    for (ApplicationEvent e : events) {
      if (e instanceof ApplicationEvent.ApplicationCreated created) {
        Key key = new Key(created.applicant().id(), created.type().id());
        open.put(key, instanceId);
        keys.put(instanceId, key);
      } else if (e instanceof ApplicationEvent.ApplicationRejected || e instanceof ApplicationEvent.ApplicationWithdrawn
          || e instanceof ApplicationEvent.ApplicationExpired || e instanceof ApplicationEvent.MembershipActivated) {
        Key key = keys.remove(instanceId);
        if (key != null) {
          open.remove(key, instanceId);
        }
      }
    }
  }

  @Override
  public Optional<String> openFor(MemberId memberId, MembershipTypeId type, String exceptId) {
    Objects.requireNonNull(memberId, "memberId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(exceptId, "exceptId");
    return Optional.ofNullable(open.get(new Key(memberId, type))).filter(id -> !id.equals(exceptId));
  }
}
