package org.irrt.workflow;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Map;
import org.irrt.model.committee.Committee;
import org.irrt.model.committee.CommitteeId;
import org.irrt.model.membership.MembershipType;
import org.irrt.model.membership.MembershipTypeId;
import org.irrt.model.pledge.Campaign;
import org.irrt.model.pledge.CampaignId;
import org.irrt.model.roundtable.RoundTable;

/**
 * What the host configured about its organisation, read-only, given to the workflows: its time zone,
 * the membership types it offers (each with its fee, gates, visibility and member category), its
 * committees (the round table's), and its fundraising campaigns. Commands name these by id; the
 * workflows take the data from here, so a caller never supplies (or forges) a membership type's
 * gates, a committee's rules or a campaign. Immutable; equal when its parts are.
 */
public final class Organisation {
  private final ZoneId zone;
  private final List<MembershipType> membershipTypes;
  private final Optional<RoundTable> roundTable;
  private final List<Campaign> campaigns;
  private final Map<MembershipTypeId, MembershipType> typesById = new HashMap<>();
  private final Map<CampaignId, Campaign> campaignsById = new HashMap<>();

  /**
   * An organisation.
   *
   * @param zone the organisation's time zone (dates of joining, payments, terms are local dates there)
   * @param membershipTypes the membership types, ids unique
   * @param roundTable the round table whose committees appointments are made to, if the host has one
   * @param campaigns the fundraising campaigns, ids unique
   * @throws NullPointerException when a part or an element is null
   * @throws IllegalArgumentException when two types or two campaigns share an id
   */
  public Organisation(ZoneId zone, List<MembershipType> membershipTypes, Optional<RoundTable> roundTable,
      List<Campaign> campaigns) {
    this.zone = Objects.requireNonNull(zone, "zone");
    this.membershipTypes = List.copyOf(Objects.requireNonNull(membershipTypes, "membershipTypes"));
    this.roundTable = Objects.requireNonNull(roundTable, "roundTable");
    this.campaigns = List.copyOf(Objects.requireNonNull(campaigns, "campaigns"));
    for (MembershipType t : this.membershipTypes) {
      if (typesById.put(t.id(), t) != null) {
        throw new IllegalArgumentException("two membership types have the id " + t.id().value());
      }
    }
    for (Campaign c : this.campaigns) {
      if (campaignsById.put(c.id(), c) != null) {
        throw new IllegalArgumentException("two campaigns have the id " + c.id().value());
      }
    }
  }

  /**
   * An organisation with nothing configured but its zone.
   *
   * @param zone the time zone
   * @return the organisation
   */
  public static Organisation in(ZoneId zone) {
    return new Organisation(zone, List.of(), Optional.empty(), List.of());
  }

  /**
   * The same organisation offering these membership types.
   *
   * @param membershipTypes the types
   * @return a new organisation
   */
  public Organisation withMembershipTypes(List<MembershipType> membershipTypes) {
    return new Organisation(zone, membershipTypes, roundTable, campaigns);
  }

  /**
   * The same organisation with a round table's committees.
   *
   * @param table the round table
   * @return a new organisation
   */
  public Organisation withRoundTable(RoundTable table) {
    Objects.requireNonNull(table, "table");
    return new Organisation(zone, membershipTypes, Optional.of(table), campaigns);
  }

  /**
   * The same organisation running these campaigns.
   *
   * @param campaigns the campaigns
   * @return a new organisation
   */
  public Organisation withCampaigns(List<Campaign> campaigns) {
    return new Organisation(zone, membershipTypes, roundTable, campaigns);
  }

  /**
   * The time zone.
   *
   * @return the zone
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * The membership types, in the order given.
   *
   * @return the types
   */
  public List<MembershipType> membershipTypes() {
    return membershipTypes;
  }

  /**
   * The round table.
   *
   * @return the round table, or empty
   */
  public Optional<RoundTable> roundTable() {
    return roundTable;
  }

  /**
   * The campaigns, in the order given.
   *
   * @return the campaigns
   */
  public List<Campaign> campaigns() {
    return campaigns;
  }

  /**
   * A membership type by id.
   *
   * @param id the id
   * @return the type, or empty when none is configured
   */
  public Optional<MembershipType> membershipType(MembershipTypeId id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(typesById.get(id));
  }

  /**
   * A committee by id.
   *
   * @param id the id
   * @return the committee, or empty when the round table has none such (or there is no round table)
   */
  public Optional<Committee> committee(CommitteeId id) {
    Objects.requireNonNull(id, "id");
    return roundTable.flatMap(rt -> rt.committee(id));
  }

  /**
   * A campaign by id.
   *
   * @param id the id
   * @return the campaign, or empty when none is configured
   */
  public Optional<Campaign> campaign(CampaignId id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(campaignsById.get(id));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Organisation other && other.zone.equals(zone) && other.membershipTypes.equals(membershipTypes)
        && other.roundTable.equals(roundTable) && other.campaigns.equals(campaigns);
  }

  @Override
  public int hashCode() {
    return Objects.hash(zone, membershipTypes, roundTable, campaigns);
  }

  /** Returns the zone and the ids configured (no personal data). */
  @Override
  public String toString() {
    return "Organisation[" + zone + ", types " + typesById.keySet() + ", campaigns " + campaignsById.keySet() + "]";
  }
}
