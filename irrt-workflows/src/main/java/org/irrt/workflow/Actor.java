package org.irrt.workflow;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Someone issuing a command: an id and the roles held. The host authenticates; the workflows
 * authorise by role and, where a rule says so, by ownership (an applicant acts on own applications).
 *
 * @param id who
 * @param roles the roles held
 */
public record Actor(ActorId id, Set<Role> roles) {
  /** The system actor, for sweeps and automatic steps. */
  public static final Actor SYSTEM = new Actor(ActorId.SYSTEM, Set.of(Role.SYSTEM));

  /**
   * Copies the roles.
   *
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when the id is {@code system} with roles other than {@link
   *     Role#SYSTEM} alone: the audit trail's "by system" means the system itself (a payment
   *     gateway or other integration holding the SYSTEM role takes its own id, e.g. {@code payments})
   */
  public Actor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(roles, "roles");
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    if (id.equals(ActorId.SYSTEM) && !roles.equals(Set.of(Role.SYSTEM))) {
      throw new IllegalArgumentException("the actor id 'system' is reserved for the system itself");
    }
  }

  /**
   * An actor.
   *
   * @param id the slug
   * @param roles the roles
   * @return the actor
   */
  public static Actor of(String id, Role... roles) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(roles, "roles");
    return new Actor(ActorId.of(id), Set.of(roles));
  }

  /**
   * Whether the actor holds any of the roles.
   *
   * @param allowed roles
   * @return whether one is held
   */
  public boolean holdsAny(Set<Role> allowed) {
    Objects.requireNonNull(allowed, "allowed");
    for (Role role : roles) {
      if (allowed.contains(role)) {
        return true;
      }
    }
    return false;
  }
}
