package org.irrt.model.membership;

import jakarta.validation.constraints.NotNull;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.immutables.value.Value;
import org.irrt.model.internal.Rules;
import org.irrt.model.internal.Validators;
import org.irrt.model.member.Member;
import org.irrt.model.member.MemberId;

/**
 * The membership types, members and memberships of an organisation, as one document: what a host
 * exports from its portal or imports into it. Rules: ids unique per list; every membership names a
 * member and a type of the register.
 */
@Value.Immutable
public abstract class MembershipRegister implements WithMembershipRegister {
  MembershipRegister() {}

  /**
   * A builder; {@code build()} validates.
   *
   * @return a new builder
   */
  public static ImmutableMembershipRegister.Builder builder() {
    return ImmutableMembershipRegister.builder();
  }

  /**
   * The membership types.
   *
   * @return the types
   */
  public abstract List<@NotNull MembershipType> types();

  /**
   * The members.
   *
   * @return the members
   */
  public abstract List<@NotNull Member> members();

  /**
   * The memberships.
   *
   * @return the memberships
   */
  public abstract List<@NotNull Membership> memberships();

  /**
   * A member by id.
   *
   * @param id the id
   * @return the member, if present
   */
  public final Optional<Member> member(MemberId id) {
    Objects.requireNonNull(id, "id");
    return members().stream().filter(m -> m.id().equals(id)).findFirst();
  }

  /**
   * A membership type by id.
   *
   * @param id the id
   * @return the type, if present
   */
  public final Optional<MembershipType> type(MembershipTypeId id) {
    Objects.requireNonNull(id, "id");
    return types().stream().filter(t -> t.id().equals(id)).findFirst();
  }

  @Value.Check
  MembershipRegister check() {
    return Validators.check(this, MembershipRegister::rules);
  }

  private static void rules(MembershipRegister r, Rules rules) {
    unique(rules, "types", r.types(), MembershipType::id);
    unique(rules, "members", r.members(), Member::id);
    unique(rules, "memberships", r.memberships(), Membership::id);
    Set<Object> members = new HashSet<>();
    r.members().forEach(m -> members.add(m == null ? null : m.id()));
    java.util.Map<Object, MembershipType> types = new java.util.HashMap<>();
    r.types().forEach(t -> types.putIfAbsent(t == null ? null : t.id(), t));
    for (int i = 0; i < r.memberships().size(); i++) {
      Membership m = r.memberships().get(i);
      if (m != null) {
        // a missing id is reported as required where it is read, not also as naming no one
        rules.require(m.memberId() == null || members.contains(m.memberId()), "memberships[" + i + "].memberId",
            "org.irrt.model.MembershipRegister.unknownMember");
        MembershipType type = types.get(m.typeId());
        rules.require(m.typeId() == null || type != null, "memberships[" + i + "].typeId",
            "org.irrt.model.MembershipRegister.unknownType");
        if (type != null && type.duration() != null) {
          rules.require(type.duration().isLifetime() == m.endDate().isEmpty(), "memberships[" + i + "].endDate",
              type.duration().isLifetime() ? "org.irrt.model.MembershipRegister.lifetimeEnds"
                  : "org.irrt.model.MembershipRegister.endRequired");
        }
      }
    }
  }

  private static <T> void unique(Rules rules, String path, List<T> items, Function<T, ?> id) {
    rules.unique(path, items, id, "id", "org.irrt.model.duplicateId");
  }
}
