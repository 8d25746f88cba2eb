package org.irrt.model.membership;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import org.immutables.value.Value;
import org.irrt.model.internal.Validators;
import org.irrt.model.member.Member;

/**
 * Everything the library holds about one member, for a subject-access request (GDPR Article 15):
 * the member record and every membership with its payments. Write it with {@code IrrtJson.write}.
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

  @Value.Check
  MemberDataExport check() {
    return Validators.check(this, (e, rules) -> {
      for (int i = 0; i < e.memberships().size(); i++) {
        Membership m = e.memberships().get(i);
        rules.require(m == null || e.member() == null || m.memberId().equals(e.member().id()),
            "memberships[" + i + "].memberId", "org.irrt.model.MemberDataExport.otherMember");
      }
    });
  }
}
