package org.irrt.model.membership;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.irrt.model.internal.Rules;
import org.irrt.model.internal.Validators;
import org.irrt.model.member.MemberId;

/**
 * A member's membership of one type: the three dates, a manual status override, whether it awaits
 * approval or payment, a pending renewal, and the payments recorded on it.
 *
 * <p>Dates (CiviCRM CiviMember): the <b>join date</b> is the first day ever and never changes; the
 * <b>start date</b> begins the current continuous period; the <b>end date</b> is its last day,
 * inclusive, absent for a lifetime membership. All are local dates in the organisation's time zone.
 *
 * <p>Lifecycle: {@link #join} computes the first period from the type; {@link #requestRenewal}
 * marks a renewal asked for but not paid, changing no date; {@link #renew} applies a paid renewal
 * once per payment id: while the membership still counts (New, Current, Grace) the start is kept and
 * the end extended by one duration from the old end; after it expired, the payment day starts a new
 * period. Status is never stored: {@link #status(Instant, ZoneId)} derives it.
 */
@Value.Immutable
public abstract class Membership implements WithMembership {
  Membership() {}

  /**
   * A builder; {@code build()} validates.
   *
   * @return a new builder
   */
  public static ImmutableMembership.Builder builder() {
    return ImmutableMembership.builder();
  }

  /**
   * A new membership of a member who joins on a day, with the first period computed from the type.
   * It is {@linkplain #pending() pending} when the type requires approval or payment first.
   *
   * @param id the membership's id
   * @param member the member
   * @param type the membership type
   * @param joinDate the join date, in the organisation's time zone
   * @return the membership
   */
  public static Membership join(MembershipId id, MemberId member, MembershipType type, LocalDate joinDate) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(joinDate, "joinDate");
    MembershipPeriod period = type.periodForJoining(joinDate);
    return builder().id(id).memberId(member).typeId(type.id()).joinDate(joinDate)
        .startDate(period.start()).endDate(period.end())
        .pending(type.approvalRequired() || type.paymentRequired())
        .build();
  }

  /**
   * The id.
   *
   * @return the id
   */
  @NotNull
  public abstract MembershipId id();

  /**
   * The member.
   *
   * @return the member's id
   */
  @NotNull
  public abstract MemberId memberId();

  /**
   * The membership type.
   *
   * @return the type's id
   */
  @NotNull
  public abstract MembershipTypeId typeId();

  /**
   * The first day ever; never changes.
   *
   * @return the join date
   */
  @NotNull
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract LocalDate joinDate();

  /**
   * The first day of the current continuous period.
   *
   * @return the start date
   */
  @NotNull
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract LocalDate startDate();

  /**
   * The last day of the current period, inclusive.
   *
   * @return the end date, or empty for a lifetime membership
   */
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract Optional<LocalDate> endDate();

  /**
   * A status set by hand, which wins over every date rule until {@link #statusOverrideEndDate()}.
   *
   * @return the override, or empty
   */
  public abstract Optional<StatusOverride> statusOverride();

  /**
   * The first day on which the date rules apply again after a {@linkplain #statusOverride() status
   * override}: the override holds on the days before it and no longer from that day on (CiviCRM's
   * "Override until selected date", {@code status_override_end_date}: its daily job clears an
   * override whose end date is today or past, {@code
   * CRM_Member_BAO_Membership::processOverriddenUntilDateMembership}). Empty: the override holds
   * until it is removed by hand. Only with an override; files written before it existed read as empty.
   *
   * @return the day, or empty
   */
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract Optional<LocalDate> statusOverrideEndDate();

  /**
   * The status override in force on a day: {@link #statusOverride()} on the days before {@link
   * #statusOverrideEndDate()}, none from that day on.
   *
   * @param day the day, in the organisation's time zone
   * @return the override, or empty when the date rules decide
   */
  public final Optional<StatusOverride> statusOverrideOn(LocalDate day) {
    Objects.requireNonNull(day, "day");
    if (statusOverrideEndDate().isPresent() && !day.isBefore(statusOverrideEndDate().get())) {
      return Optional.empty();
    }
    return statusOverride();
  }

  /**
   * Whether the membership awaits approval or payment before it activates.
   *
   * @return {@code false} unless set
   */
  @Value.Default
  public boolean pending() {
    return false;
  }

  /**
   * The day a renewal was asked for and not yet paid. A pending renewal changes no date.
   *
   * @return the day, or empty
   */
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract Optional<LocalDate> renewalRequestedOn();

  /**
   * The payments recorded, oldest first; ids are unique.
   *
   * @return the payments
   */
  public abstract List<@NotNull PaymentReference> payments();

  /**
   * The status at an instant with the default rules.
   *
   * @param at the instant
   * @param zone the organisation's time zone
   * @return the status
   */
  public final MembershipStatus status(Instant at, ZoneId zone) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(zone, "zone");
    return StatusRules.defaults().statusOf(this, at, zone);
  }

  /**
   * Whether a payment with this id is already recorded.
   *
   * @param paymentId the payment system's id
   * @return whether it is
   */
  public final boolean hasPayment(String paymentId) {
    Objects.requireNonNull(paymentId, "paymentId");
    return payments().stream().anyMatch(p -> p.paymentId().equals(paymentId));
  }

  /**
   * Marks a renewal as asked for and not yet paid; no date changes.
   *
   * @param on the day it was asked for
   * @return the membership with the request recorded (this one if already requested)
   */
  public final Membership requestRenewal(LocalDate on) {
    Objects.requireNonNull(on, "on");
    return renewalRequestedOn().isPresent() ? this : ImmutableMembership.copyOf(this).withRenewalRequestedOn(on);
  }

  /**
   * Applies a paid renewal, once per payment id (replaying the same payment changes nothing).
   *
   * @param type the membership's type
   * @param payment the payment; at least the type's fee, in its currency
   * @param rules the status rules that decide whether the membership still counts on the payment day
   * @return the renewed membership, or this one when the payment is already recorded
   * @throws org.irrt.model.common.InvalidValueException when the type is not this membership's, or the payment is in
   *     another currency or below the fee
   */
  public final Membership renew(MembershipType type, PaymentReference payment, StatusRules rules) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(payment, "payment");
    Objects.requireNonNull(rules, "rules");
    if (hasPayment(payment.paymentId())) {
      return this;
    }
    Rules problems = new Rules();
    problems.require(type.id().equals(typeId()), "typeId", "org.irrt.model.Membership.otherType");
    boolean sameCurrency = payment.amount().currency().equals(type.fee().currency());
    problems.require(sameCurrency, "payment.amount", "org.irrt.model.Membership.paymentCurrency");
    problems.require(!sameCurrency || payment.amount().compareTo(type.fee()) >= 0, "payment.amount",
        "org.irrt.model.Membership.belowFee");
    problems.throwIfAny("Renewal");
    ImmutableMembership.Builder next = builder().from(this).addPayments(payment).renewalRequestedOn(Optional.empty())
        .pending(false);
    if (endDate().isEmpty()) {
      return next.build(); // lifetime: nothing to extend
    }
    LocalDate paidOn = payment.receivedOn();
    if (rules.statusOf(this, paidOn).countsAsMembership() || paidOn.isBefore(startDate())) {
      next.endDate(type.extend(endDate().get()));
    } else {
      MembershipPeriod period = type.periodForJoining(paidOn);
      next.startDate(period.start()).endDate(period.end());
    }
    return next.build();
  }

  @Value.Check
  Membership check() {
    return Validators.check(this, Membership::rules);
  }

  private static void rules(Membership m, Rules rules) {
    if (m.startDate() != null && m.endDate().isPresent()) {
      rules.require(!m.endDate().get().isBefore(m.startDate()), "", "org.irrt.model.Membership.endBeforeStart");
    }
    rules.require(m.statusOverrideEndDate().isEmpty() || m.statusOverride().isPresent(), "statusOverrideEndDate",
        "org.irrt.model.Membership.overrideEndWithoutOverride");
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < m.payments().size(); i++) {
      PaymentReference p = m.payments().get(i);
      rules.require(p == null || ids.add(p.paymentId()), "payments[" + i + "].paymentId", "org.irrt.model.duplicateId");
    }
  }

}
