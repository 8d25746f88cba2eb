package org.irrt.model.membership;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import org.immutables.value.Value;
import org.irrt.model.contribution.Contribution;
import org.irrt.model.internal.Validators;
import org.irrt.model.member.Member;
import org.irrt.model.pledge.Pledge;

/**
 * Everything the library holds about one member, for a subject-access request (GDPR Article 15;
 * DOMAIN.md section 2, "export everything held about a member"): the member record, every
 * membership with its payments, the pledges the member made with their payments, and the blog posts
 * the member wrote with every revision and the editorial comments on them. Write it with {@code
 * IrrtJson.write}.
 */
@Value.Immutable
public abstract class MemberDataExport implements WithMemberDataExport {
  MemberDataExport() {}

  /**
   * When the export was made.
   *
   * @return the instant
   */
  @NotNull
  @com.fasterxml.jackson.annotation.JsonFormat(shape = com.fasterxml.jackson.annotation.JsonFormat.Shape.STRING)
  public abstract Instant exportedAt();

  /**
   * The member record.
   *
   * @return the member
   */
  @NotNull
  public abstract Member member();

  /**
   * The member's memberships.
   *
   * @return the memberships
   */
  public abstract List<@NotNull Membership> memberships();

  /**
   * The pledges the member made (the donor is the member), with their payments. An export written
   * before pledges were exported reads as none.
   *
   * @return the pledges
   */
  public abstract List<@NotNull Pledge> pledges();

  /**
   * The blog posts the member wrote (the author is the member), with every revision and the
   * editorial comments on them. An export written before posts were exported reads as none.
   *
   * @return the posts' contributions
   */
  public abstract List<@NotNull Contribution> contributions();

  @Value.Check
  MemberDataExport check() {
    return Validators.check(this, (e, rules) -> {
      for (int i = 0; i < e.memberships().size(); i++) {
        Membership m = e.memberships().get(i);
        rules.require(m == null || e.member() == null || m.memberId().equals(e.member().id()),
            "memberships[" + i + "].memberId", "org.irrt.model.MemberDataExport.otherMember");
      }
      for (int i = 0; i < e.pledges().size(); i++) {
        Pledge p = e.pledges().get(i);
        rules.require(p == null || e.member() == null || p.donor().member().equals(java.util.Optional.of(e.member().id())),
            "pledges[" + i + "].donor", "org.irrt.model.MemberDataExport.otherMember");
      }
      for (int i = 0; i < e.contributions().size(); i++) {
        Contribution c = e.contributions().get(i);
        rules.require(c == null || e.member() == null || c.author().equals(e.member().id()),
            "contributions[" + i + "].author", "org.irrt.model.MemberDataExport.otherMember");
      }
    });
  }
}
