package org.irrt.model.membership;

import java.util.List;
import java.util.Objects;
import org.irrt.model.member.Member;
import org.irrt.model.member.MemberId;

/**
 * The outcome of {@link MemberPrivacy#erase}: the pseudonymised member and the id it had before,
 * so that every record keyed by the former id can be re-keyed to the pseudonym. The library's own
 * records are re-keyed by {@link #rekey(Membership)} and {@link #applyTo(MembershipRegister)}; a
 * host re-keys its own (payments, audit entries, workflow streams) with {@link #formerId()} and
 * {@link #pseudonym()}, and then keeps the former id nowhere.
 *
 * @param formerId the member's id before the erasure
 * @param member the erased member, whose id is the pseudonym
 */
public record MemberErasure(MemberId formerId, Member member) {
  /**
   * Checks the parts.
   *
   * @throws NullPointerException when an argument is null
   */
  public MemberErasure {
    Objects.requireNonNull(formerId, "formerId");
    Objects.requireNonNull(member, "member");
  }

  /**
   * The member's new id.
   *
   * @return the pseudonym ({@link #formerId()} itself when the member had been erased before)
   */
  public MemberId pseudonym() {
    return member.id();
  }

  /**
   * A membership re-keyed to the pseudonym when it was the erased member's.
   *
   * @param membership any membership
   * @return the membership with {@code memberId} replaced, or the same one when it is another
   *     member's
   * @throws NullPointerException when {@code membership} is null
   */
  public Membership rekey(Membership membership) {
    Objects.requireNonNull(membership, "membership");
    return membership.memberId().equals(formerId) ? ImmutableMembership.copyOf(membership).withMemberId(pseudonym())
        : membership;
  }

  /**
   * A register with the member replaced by the erased one and its memberships re-keyed.
   *
   * @param register a register holding the member
   * @return the register after the erasure (the same one when it holds no record of the member)
   * @throws NullPointerException when {@code register} is null
   */
  public MembershipRegister applyTo(MembershipRegister register) {
    Objects.requireNonNull(register, "register");
    if (register.member(formerId).isEmpty()) {
      return register;
    }
    List<Member> members = register.members().stream().map(m -> m.id().equals(formerId) ? member : m).toList();
    List<Membership> memberships = register.memberships().stream().map(this::rekey).toList();
    return MembershipRegister.builder().from(register).members(members).memberships(memberships).build();
  }
}
