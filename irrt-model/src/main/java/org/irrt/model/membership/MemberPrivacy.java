package org.irrt.model.membership;

import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import org.irrt.model.common.EmailAddress;
import org.irrt.model.common.PersonName;
import org.irrt.model.member.Consent;
import org.irrt.model.member.Member;

/**
 * Privacy operations on a member (GDPR Articles 15 and 17; DOMAIN.md section 2).
 *
 * <p>{@link #export} gathers everything held about a member. {@link #erase} pseudonymises the
 * person and keeps the facts: the member keeps its id, country, category and language, so
 * memberships, payments, audit trails and aggregate counts that refer to it stay consistent, while
 * name, e-mail, phone, postal address and affiliation are replaced or removed and every consent is
 * withdrawn. Erasing twice changes nothing more.
 */
public final class MemberPrivacy {
  private MemberPrivacy() {}

  /**
   * Everything held about a member.
   *
   * @param member the member
   * @param memberships all memberships; those of other members are left out
   * @param at when the export is made
   * @return the export
   */
  public static MemberDataExport export(Member member, Collection<Membership> memberships, Instant at) {
    Objects.requireNonNull(member, "member");
    return ImmutableMemberDataExport.builder()
        .exportedAt(at)
        .member(member)
        .memberships(memberships.stream().filter(m -> m.memberId().equals(member.id())).toList())
        .build();
  }

  /**
   * The member with the person's data erased.
   *
   * @param member the member
   * @param at when the erasure happens
   * @return the pseudonymised member (the same one if already erased)
   */
  public static Member erase(Member member, Instant at) {
    if (member.isErased()) {
      return member;
    }
    return Member.builder().from(member)
        .name(PersonName.mononym("Former member " + member.id().value()))
        .email(EmailAddress.of("erased-" + member.id().value() + "@erased.invalid"))
        .phone(java.util.Optional.empty())
        .postalAddress(java.util.Optional.empty())
        .affiliation(java.util.Optional.empty())
        .consent(Consent.none())
        .erasedAt(at)
        .build();
  }
}
