package org.irrt.model.pledge;

import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.irrt.model.common.ValidText;
import org.irrt.model.internal.Text;
import org.irrt.model.internal.Validators;
import org.irrt.model.member.MemberId;

/**
 * Who pledged: a member (by id) or an outside donor (a person or organisation, by name). Exactly one
 * of the two. The outside donor's name is personal data: redacted in {@code toString()}.
 */
@Value.Immutable
public abstract class Donor implements WithDonor {
  Donor() {}

  /**
   * A member.
   *
   * @param member the member's id
   * @return the donor
   */
  public static Donor member(MemberId member) {
    return ImmutableDonor.builder().member(member).build();
  }

  /**
   * An outside donor.
   *
   * @param name the person's or organisation's name
   * @return the donor
   */
  public static Donor outside(String name) {
    Objects.requireNonNull(name, "name");
    return ImmutableDonor.builder().name(name).build();
  }

  /**
   * The member who pledged.
   *
   * @return the id, or empty for an outside donor
   */
  public abstract Optional<MemberId> member();

  /**
   * The outside donor's name.
   *
   * @return the name, or empty for a member
   */
  @Value.Redacted
  public abstract Optional<@ValidText String> name();

  /**
   * A key that tells donors apart, for counting.
   *
   * @return {@code member:ID} or {@code name:NAME}
   */
  public final String key() {
    return member().map(m -> "member:" + m.value()).orElseGet(() -> "name:" + name().orElse(""));
  }

  @Value.Check
  Donor check() {
    if (!Text.allNfc(name())) {
      return ImmutableDonor.builder().from(this).name(Text.nfc(name())).build();
    }
    return Validators.check(this, (d, rules) -> rules.require(d.member().isPresent() != d.name().isPresent(),
        "", "org.irrt.model.Donor.exactlyOne"));
  }
}
