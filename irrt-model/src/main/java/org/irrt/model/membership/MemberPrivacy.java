package org.irrt.model.membership;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.irrt.model.common.EmailAddress;
import org.irrt.model.common.PersonName;
import org.irrt.model.contribution.Contribution;
import org.irrt.model.member.Consent;
import org.irrt.model.member.Member;
import org.irrt.model.member.MemberId;
import org.irrt.model.pledge.Pledge;

/**
 * Privacy operations on a member (GDPR Articles 15 and 17; DOMAIN.md section 2).
 *
 * <p>{@link #export} gathers everything held about a member. {@link #erase} pseudonymises the
 * person and keeps the facts: the member keeps its country, category and language, so memberships,
 * payments, audit trails and aggregate counts stay consistent, while name, e-mail, phone, postal
 * address and affiliation are replaced or removed and every consent is withdrawn.
 *
 * <p>The id is replaced too, by a pseudonym ({@code erased-} and 25 random digits): a host may
 * have made ids from names ({@code maria-garcia}), and an id is copied into every record that refers
 * to the member, so keeping it would keep the person. The {@link MemberErasure} returned says which
 * id became which, re-keys the library's own records ({@link MemberErasure#rekey(Membership)}, {@link
 * MemberErasure#applyTo(MembershipRegister)}), and the host re-keys its own with the same mapping,
 * then forgets the former id. Erasing twice changes nothing more.
 */
public final class MemberPrivacy {
  private static final SecureRandom RANDOM = new SecureRandom();

  private MemberPrivacy() {}

  /**
   * Everything held about a member.
   *
   * @param member the member
   * @param memberships all memberships; those of other members are left out
   * @param at when the export is made
   * @return the export
   * @throws NullPointerException when an argument is null
   */
  public static MemberDataExport export(Member member, Collection<Membership> memberships, Instant at) {
    return export(member, memberships, List.of(), List.of(), at);
  }

  /**
   * Everything held about a member: the member record, the memberships, the pledges the member made
   * and the blog posts the member wrote. Pass all of each (for example every pledge of the pledge
   * workflow's instances, every post's contribution): those of others are left out.
   *
   * @param member the member
   * @param memberships all memberships; those of other members are left out
   * @param pledges all pledges; those of other donors (and of donors who are no member) are left out
   * @param contributions all blog contributions; those of other authors are left out
   * @param at when the export is made
   * @return the export
   * @throws NullPointerException when an argument is null
   */
  public static MemberDataExport export(Member member, Collection<Membership> memberships, Collection<Pledge> pledges,
      Collection<Contribution> contributions, Instant at) {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(memberships, "memberships");
    Objects.requireNonNull(pledges, "pledges");
    Objects.requireNonNull(contributions, "contributions");
    Objects.requireNonNull(at, "at");
    return ImmutableMemberDataExport.builder()
        .exportedAt(at)
        .member(member)
        .memberships(memberships.stream().filter(m -> m.memberId().equals(member.id())).toList())
        .pledges(pledges.stream().filter(p -> p.donor().member().equals(Optional.of(member.id()))).toList())
        .contributions(contributions.stream().filter(c -> c.author().equals(member.id())).toList())
        .build();
  }

  /**
   * Erases the person's data, replacing the id by a new random pseudonym ({@link #newPseudonym()}).
   *
   * @param member the member
   * @param at when the erasure happens
   * @return the pseudonymised member and the mapping from its former id (the same member, and an
   *     unchanged id, when it was erased already)
   * @throws NullPointerException when an argument is null
   */
  public static MemberErasure erase(Member member, Instant at) {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(at, "at");
    if (member.isErased()) {
      return new MemberErasure(member.id(), member);
    }
    return erase(member, newPseudonym(), at);
  }

  /**
   * A new random pseudonym: {@code erased-} and 25 digits, 80 random bits from {@link SecureRandom}
   * (nothing of the person, and no chance of meeting another member's id in practice). A workflow
   * store hands one out per data subject when it first holds the subject's personal data, so that
   * the same pseudonym stands for the person in the history and, after erasure, in the register.
   *
   * @return the pseudonym, a valid member id
   */
  public static MemberId newPseudonym() {
    return MemberId.of("erased-" + String.format(Locale.ROOT, "%025d", new BigInteger(80, RANDOM)));
  }

  /**
   * Erases the person's data, replacing the id by a pseudonym the host chose (from its own
   * sequence, say). The pseudonym must say nothing of the person; the former id may be passed when
   * the host knows its ids never carry personal data ({@code m-000123}).
   *
   * @param member the member
   * @param pseudonym the member's new id
   * @param at when the erasure happens
   * @return the pseudonymised member, named {@code Former member <pseudonym>} with the address
   *     {@code <pseudonym>@erased.invalid}, and the mapping from its former id (the same member,
   *     unchanged, when it was erased already)
   * @throws NullPointerException when an argument is null
   */
  public static MemberErasure erase(Member member, MemberId pseudonym, Instant at) {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(pseudonym, "pseudonym");
    Objects.requireNonNull(at, "at");
    if (member.isErased()) {
      return new MemberErasure(member.id(), member);
    }
    Member erased = Member.builder().from(member)
        .id(pseudonym)
        .name(PersonName.mononym("Former member " + pseudonym.value()))
        .email(EmailAddress.of(pseudonym.value() + "@erased.invalid"))
        .phone(Optional.empty())
        .postalAddress(Optional.empty())
        .affiliation(Optional.empty())
        .consent(Consent.none())
        .erasedAt(at)
        .build();
    return new MemberErasure(member.id(), erased);
  }
}
