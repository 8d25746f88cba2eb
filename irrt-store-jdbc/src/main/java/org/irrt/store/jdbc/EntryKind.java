package org.irrt.store.jdbc;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.irrt.model.member.Member;
import org.irrt.model.member.MemberId;
import org.irrt.model.membership.Membership;
import org.irrt.model.membership.MembershipId;
import org.irrt.model.membership.MembershipType;
import org.irrt.model.membership.MembershipTypeId;
import org.irrt.model.pledge.Campaign;
import org.irrt.model.pledge.CampaignId;
import org.irrt.model.pledge.Pledge;
import org.irrt.model.pledge.PledgeId;
import org.irrt.model.roundtable.RoundTable;
import org.irrt.model.roundtable.RoundTableId;

/**
 * A kind of register entry that {@link JdbcRegisters} keeps, one row per entry in {@code
 * irrt_entries}: its name in the table, its value type, and how a value gives its typed id (and, for
 * a pledge, its owner, the campaign). The kinds are the constants below; the set is closed.
 *
 * @param <T> the value type, e.g. {@link Member}
 * @param <I> its id type, e.g. {@link MemberId}
 */
public final class EntryKind<T, I> {
  /** A membership type of the register, by {@link MembershipTypeId}. */
  public static final EntryKind<MembershipType, MembershipTypeId> MEMBERSHIP_TYPE = new EntryKind<>("membership-type",
      MembershipType.class, MembershipType::id, MembershipTypeId::value, t -> Optional.empty());
  /** A member of the register, by {@link MemberId}. */
  public static final EntryKind<Member, MemberId> MEMBER = new EntryKind<>("member", Member.class, Member::id,
      MemberId::value, m -> Optional.empty());
  /** A membership of the register, by {@link MembershipId}. */
  public static final EntryKind<Membership, MembershipId> MEMBERSHIP = new EntryKind<>("membership", Membership.class,
      Membership::id, MembershipId::value, m -> Optional.empty());
  /** A campaign, by {@link CampaignId}; its pledges are entries of their own. */
  public static final EntryKind<Campaign, CampaignId> CAMPAIGN = new EntryKind<>("campaign", Campaign.class,
      Campaign::id, CampaignId::value, c -> Optional.empty());
  /** A pledge, by {@link PledgeId}, owned by its campaign. */
  public static final EntryKind<Pledge, PledgeId> PLEDGE = new EntryKind<>("pledge", Pledge.class, Pledge::id,
      PledgeId::value, p -> Optional.of(p.campaign().value()));
  /** A round table's reference data, by {@link RoundTableId}: one entry, as it is one document. */
  public static final EntryKind<RoundTable, RoundTableId> ROUND_TABLE = new EntryKind<>("round-table",
      RoundTable.class, RoundTable::id, RoundTableId::value, r -> Optional.empty());

  private final String name;
  private final Class<T> type;
  private final Function<T, I> id;
  private final Function<I, String> text;
  private final Function<T, Optional<String>> owner;

  private EntryKind(String name, Class<T> type, Function<T, I> id, Function<I, String> text,
      Function<T, Optional<String>> owner) {
    this.name = name;
    this.type = type;
    this.id = id;
    this.text = text;
    this.owner = owner;
  }

  /**
   * The kind's name in the table's {@code kind} column.
   *
   * @return e.g. {@code member}
   */
  public String name() {
    return name;
  }

  /**
   * The value type.
   *
   * @return e.g. {@code Member.class}
   */
  public Class<T> type() {
    return type;
  }

  /**
   * A value's key: this kind and the value's id.
   *
   * @param value the value
   * @return its key
   */
  public JdbcRegisters.Key keyOf(T value) {
    Objects.requireNonNull(value, "value");
    return key(id.apply(value));
  }

  /**
   * The key of an id of this kind.
   *
   * @param entryId the id
   * @return the key
   */
  public JdbcRegisters.Key key(I entryId) {
    Objects.requireNonNull(entryId, "entryId");
    return new JdbcRegisters.Key(name, text.apply(entryId));
  }

  Optional<String> ownerOf(T value) {
    return owner.apply(value);
  }

  @Override
  public String toString() {
    return name;
  }
}
