package org.irrt.workflow.membership;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.irrt.model.member.MemberId;
import org.irrt.model.membership.MembershipTypeId;
import org.irrt.workflow.StoreProjection;
import org.irrt.workflow.WorkflowStore;

/**
 * Which membership applications are open, by person and type, read from the store itself before
 * every answer: the one-open-application rule is decided against the store's own data, never
 * against a cache fed by listeners that may lag or have failed. Thread-safe. (A JDBC host may keep
 * the same rule with a unique index on open rows.)
 */
public final class ApplicationIndex extends StoreProjection<ApplicationEvent>
    implements MembershipApplicationWorkflow.OpenApplications {
  private record Key(MemberId member, MembershipTypeId type) {}

  private final Map<Key, String> open = new HashMap<>();
  private final Map<String, Key> keys = new HashMap<>();

  /**
   * An index of the applications in a store.
   *
   * @param store the store of the membership application workflow
   */
  public ApplicationIndex(WorkflowStore<ApplicationEvent> store) {
    super(store);
  }

  @Override
  protected void apply(String instanceId, ApplicationEvent e) {
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

  @Override
  protected void clear() {
    open.clear();
    keys.clear();
  }

  @Override
  public Optional<String> openFor(MemberId memberId, MembershipTypeId type, String exceptId) {
    Objects.requireNonNull(memberId, "memberId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(exceptId, "exceptId");
    return answer(() -> Optional.ofNullable(open.get(new Key(memberId, type))).filter(id -> !id.equals(exceptId)));
  }
}
