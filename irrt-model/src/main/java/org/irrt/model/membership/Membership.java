package org.irrt.model.membership;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.irrt.model.common.InvalidValueException;
import org.irrt.model.common.PaymentReversal;
import org.irrt.model.common.Violation;
import org.irrt.model.internal.Messages;
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
 * the end extended by one duration from the old end for each term paid; after it expired, the
 * payment day starts a new period, extended by the further terms. The type's {@linkplain
 * MembershipType#renewalWindow() renewal window} may refuse a renewal paid too early. Each renewal
 * is recorded ({@link #renewals()}), so that {@link #reverse} can take the last one back when its
 * payment is refunded, bounced or charged back. Status is never stored: {@link #status(Instant,
 * ZoneId)} derives it.
 *
 * <p>Refusals are values: {@link #checkRenewal} and {@link #checkReversal} list every reason as
 * {@link Violation}s with their paths, and {@link #renew} and {@link #reverse} throw an {@link
 * InvalidValueException} with the same list.
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
   * What each paid renewal did, oldest first: one per payment that renewed the membership through
   * {@link #renew}, each naming a payment of {@link #payments()}. A payment recorded otherwise (the
   * joining fee of an application) has none. Files written before renewals were recorded read as
   * none: their renewals cannot be taken back by {@link #reverse}.
   *
   * @return the renewals
   */
  public abstract List<@NotNull Renewal> renewals();

  /**
   * The payments taken back (refunded, bounced, charged back), in the order recorded: each names a
   * payment of {@link #payments()}, at most one per payment, dated no earlier than the payment. The
   * payments stay recorded for the audit trail (and a reversed payment's id is never applied again).
   * Files written before reversals existed read as none.
   *
   * @return the reversals
   */
  public abstract List<@NotNull PaymentReversal> reversals();

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
   * Applies a paid renewal for one term, once per payment id: {@code renew(type, payment, 1, rules)}.
   *
   * @param type the membership's type
   * @param payment the payment; at least the type's fee, in its currency
   * @param rules the status rules that decide whether the membership still counts on the payment day
   * @return the renewed membership, or this one when the payment is already recorded
   * @throws InvalidValueException with the violations of {@link #checkRenewal}
   */
  public final Membership renew(MembershipType type, PaymentReference payment, StatusRules rules) {
    return renew(type, payment, 1, rules);
  }

  /**
   * Applies a paid renewal for a number of terms, once per payment id (replaying the same payment
   * changes nothing, whatever the terms).
   *
   * <p>While the membership still counts on the payment day (New, Current, Grace by {@code rules}),
   * or the payment comes before its start, the start is kept and the end extended by exactly {@code
   * terms} durations, as {@code terms} renewals of one term paid one after another would (civicrm-core
   * PR #18618, dev/membership#28: a renewal for several terms must extend by that many terms, once):
   * an annual membership ending 2026-06-30 renewed for 2 terms on 2026-06-01 ends 2028-06-30. After
   * it expired, the payment day starts a new period by the type's rules ({@link
   * MembershipType#periodForJoining}) and the further terms extend it: expired on 2024-12-31, renewed
   * for 2 terms on 2026-03-01, it runs 2026-03-01 to 2028-02-29. A lifetime membership is renewed
   * for one term and its dates do not change. The renewal clears a {@linkplain #renewalRequestedOn()
   * pending request}, ends {@linkplain #pending() pending}, and is recorded in {@link #renewals()}.
   *
   * @param type the membership's type
   * @param payment the payment; at least {@code terms} times the type's fee, in its currency
   * @param terms how many durations the payment pays for, 1 to {@value Renewal#MAX_TERMS}
   * @param rules the status rules that decide whether the membership still counts on the payment day
   * @return the renewed membership, or this one when the payment is already recorded
   * @throws InvalidValueException with the violations of {@link #checkRenewal}
   */
  public final Membership renew(MembershipType type, PaymentReference payment, int terms, StatusRules rules) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(payment, "payment");
    Objects.requireNonNull(rules, "rules");
    if (hasPayment(payment.paymentId())) {
      return this;
    }
    List<Violation> problems = checkRenewal(type, payment, terms, rules);
    if (!problems.isEmpty()) {
      throw new InvalidValueException("Renewal", problems);
    }
    LocalDate start = startDate();
    Optional<LocalDate> end = endDate();
    if (end.isPresent()) {
      LocalDate paidOn = payment.receivedOn();
      int extensions = terms;
      if (!extendsCurrentPeriod(paidOn, rules)) {
        MembershipPeriod period = type.periodForJoining(paidOn);
        start = period.start();
        end = period.end();
        extensions = terms - 1;
      }
      for (int i = 0; i < extensions && end.isPresent(); i++) {
        end = type.extend(end.get());
      }
    }
    Renewal renewal = Renewal.builder().paymentId(payment.paymentId()).terms(terms).previousStartDate(startDate())
        .previousEndDate(endDate()).previouslyPending(pending()).previousRenewalRequestedOn(renewalRequestedOn())
        .startDate(start).endDate(end).build();
    return builder().from(this).addPayments(payment).addRenewals(renewal).renewalRequestedOn(Optional.empty())
        .pending(false).startDate(start).endDate(end).build();
  }

  /** Whether a renewal paid on a day extends the current period rather than starting a new one. */
  private boolean extendsCurrentPeriod(LocalDate paidOn, StatusRules rules) {
    return endDate().isPresent() && (rules.statusOf(this, paidOn).countsAsMembership() || paidOn.isBefore(startDate()));
  }

  /**
   * Every reason {@link #renew} would refuse a renewal, as values (empty when the payment is already
   * recorded: a replay is no new renewal):
   *
   * <ul>
   *   <li>{@code typeId}: the type is not this membership's ({@code org.irrt.model.Membership.otherType});
   *   <li>{@code terms}: not 1 to {@value Renewal#MAX_TERMS} ({@code org.irrt.model.Membership.terms}),
   *       or more than one for a lifetime type ({@code org.irrt.model.Membership.lifetimeTerms});
   *   <li>{@code payment.amount}: in another currency than the fee ({@code
   *       org.irrt.model.Membership.paymentCurrency}), or below the fee ({@code
   *       org.irrt.model.Membership.belowFee}) or below the fee times the terms ({@code
   *       org.irrt.model.Membership.belowFeeForTerms});
   *   <li>{@code payment.receivedOn}: paid before the payment of the last renewal in force ({@code
   *       org.irrt.model.Membership.beforeLaterRenewal}, naming that payment and its day): a renewal
   *       entered late with an earlier date would otherwise give dates that depend on the order of
   *       entry (paid in grace, it extends the period; entered after a renewal that started a new
   *       period, it extended that one instead); reverse the later one, then record both in the order
   *       paid. Else, paid before the type's renewal window opens for a membership that still counts
   *       ({@code org.irrt.model.Membership.renewalNotOpen}, naming the opening day: {@link
   *       #renewalOpensOn}).
   * </ul>
   *
   * @param type the membership's type
   * @param payment the payment
   * @param terms how many durations it pays for
   * @param rules the status rules that decide whether the membership still counts on the payment day
   * @return the violations, each with its path
   */
  public final List<Violation> checkRenewal(MembershipType type, PaymentReference payment, int terms,
      StatusRules rules) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(payment, "payment");
    Objects.requireNonNull(rules, "rules");
    if (hasPayment(payment.paymentId())) {
      return List.of();
    }
    List<Violation> out = new ArrayList<>(2);
    if (!type.id().equals(typeId())) {
      out.add(Messages.violation("typeId", "org.irrt.model.Membership.otherType"));
    }
    boolean termsValid = terms >= 1 && terms <= Renewal.MAX_TERMS;
    if (!termsValid) {
      out.add(Messages.violation("terms", "org.irrt.model.Membership.terms", Renewal.MAX_TERMS));
    } else if (terms > 1 && type.duration().isLifetime()) {
      out.add(Messages.violation("terms", "org.irrt.model.Membership.lifetimeTerms"));
    }
    boolean sameCurrency = payment.amount().currency().equals(type.fee().currency());
    if (!sameCurrency) {
      out.add(Messages.violation("payment.amount", "org.irrt.model.Membership.paymentCurrency"));
    } else if (termsValid && payment.amount().compareTo(type.fee().times(terms)) < 0) {
      out.add(terms == 1 ? Messages.violation("payment.amount", "org.irrt.model.Membership.belowFee")
          : Messages.violation("payment.amount", "org.irrt.model.Membership.belowFeeForTerms", terms));
    }
    Optional<PaymentReference> later = lastRenewalPayment().filter(last -> payment.receivedOn().isBefore(last.receivedOn()));
    if (later.isPresent()) {
      out.add(Messages.violation("payment.receivedOn", "org.irrt.model.Membership.beforeLaterRenewal",
          later.get().paymentId(), later.get().receivedOn().toString()));
    } else if (extendsCurrentPeriod(payment.receivedOn(), rules)) {
      Optional<LocalDate> opens = type.renewalOpensOn(endDate().orElseThrow());
      if (opens.isPresent() && payment.receivedOn().isBefore(opens.get())) {
        out.add(Messages.violation("payment.receivedOn", "org.irrt.model.Membership.renewalNotOpen",
            opens.get().toString()));
      }
    }
    return out;
  }

  /**
   * The first day a renewal may be paid under the type's {@linkplain MembershipType#renewalWindow()
   * renewal window}, for a host to show ("renewals open on ...") in place of a renewal link: the
   * window's opening before the current end date. A renewal paid after the membership stopped
   * counting is not limited by the window, whatever this says.
   *
   * @param type the membership's type
   * @return the day, or empty when the type has no window or the membership no end
   */
  public final Optional<LocalDate> renewalOpensOn(MembershipType type) {
    Objects.requireNonNull(type, "type");
    return endDate().flatMap(type::renewalOpensOn);
  }

  /**
   * Takes back the renewal a reversed payment paid for (refunded, bounced or charged back): the
   * dates, the pending flag and the pending renewal request go back to what they were before it
   * ({@link Renewal}); the payment and the renewal stay recorded and the reversal is added to {@link
   * #reversals()}. Recording the same reversal again returns this membership.
   *
   * <p>Decided (ours): a membership is not kept on money that was taken back, but only the last
   * renewal still in force can be taken back, since every later one extended the dates it gave; a
   * later renewal is reversed first, or an officer decides by hand (a {@linkplain #statusOverride()
   * status override} such as Suspended). A payment that renewed nothing (an application's joining
   * fee, or a renewal recorded before renewals were kept) is refused too: what to do with the
   * membership is an officer's decision. Membership status has no history: the dates change at once,
   * not from the reversal's day. Sources: civicrm-core PR #19289 (dev/core#2206) and Salesforce NPSP
   * issue #4617, where a refunded payment kept counting until fixed.
   *
   * @param reversal the reversal
   * @return the membership with the renewal taken back, or this one when exactly this reversal is recorded
   * @throws InvalidValueException with the violations of {@link #checkReversal}
   */
  public final Membership reverse(PaymentReversal reversal) {
    Objects.requireNonNull(reversal, "reversal");
    if (reversals().contains(reversal)) {
      return this;
    }
    List<Violation> problems = checkReversal(reversal);
    if (!problems.isEmpty()) {
      throw new InvalidValueException("Reversal", problems);
    }
    Renewal r = renewalOf(reversal.paymentId()).orElseThrow();
    return builder().from(this).addReversals(reversal).startDate(r.previousStartDate()).endDate(r.previousEndDate())
        .pending(r.previouslyPending()).renewalRequestedOn(r.previousRenewalRequestedOn()).build();
  }

  /**
   * Every reason {@link #reverse} would refuse a reversal, as values, each at {@code
   * reversals[n].paymentId} or {@code reversals[n].reversedOn} ({@code n} the place the reversal
   * would take); empty when exactly this reversal is recorded:
   *
   * <ul>
   *   <li>the payment is not recorded on this membership ({@code org.irrt.model.PaymentReversal.unknownPayment});
   *   <li>it is already reversed ({@code org.irrt.model.PaymentReversal.alreadyReversed});
   *   <li>the reversal is dated before the payment was received ({@code org.irrt.model.PaymentReversal.beforePayment});
   *   <li>the payment renewed nothing that was recorded ({@code org.irrt.model.Membership.notARenewal});
   *   <li>a later renewal, still in force, was paid by another payment, named ({@code
   *       org.irrt.model.Membership.laterRenewal});
   *   <li>the dates are no longer those the renewal gave: they were changed by hand since ({@code
   *       org.irrt.model.Membership.changedSinceRenewal}).
   * </ul>
   *
   * @param reversal the reversal
   * @return the violations
   */
  public final List<Violation> checkReversal(PaymentReversal reversal) {
    Objects.requireNonNull(reversal, "reversal");
    if (reversals().contains(reversal)) {
      return List.of();
    }
    String path = "reversals[" + reversals().size() + "]";
    Optional<PaymentReference> payment = payments().stream()
        .filter(p -> p.paymentId().equals(reversal.paymentId())).findFirst();
    Optional<PaymentReversal> earlier = reversals().stream()
        .filter(r -> r.paymentId().equals(reversal.paymentId())).findFirst();
    List<Violation> out = new ArrayList<>(reversalProblems(path, reversal, payment.orElse(null), earlier.orElse(null)));
    if (payment.isEmpty() || earlier.isPresent()) {
      return out;
    }
    Optional<Renewal> renewal = renewalOf(reversal.paymentId());
    if (renewal.isEmpty()) {
      out.add(Messages.violation(path + ".paymentId", "org.irrt.model.Membership.notARenewal"));
      return out;
    }
    Renewal last = lastRenewalInForce();
    if (last != renewal.get()) {
      out.add(Messages.violation(path + ".paymentId", "org.irrt.model.Membership.laterRenewal", last.paymentId()));
    } else if (!startDate().equals(last.startDate()) || !endDate().equals(last.endDate())) {
      out.add(Messages.violation(path + ".paymentId", "org.irrt.model.Membership.changedSinceRenewal"));
    }
    return out;
  }

  /**
   * The payment of the last renewal in force (recorded and not reversed): a renewal paid before its
   * day is refused ({@link #checkRenewal}), and only this renewal may be reversed ({@link
   * #checkReversal}).
   *
   * @return the payment; empty when no renewal is in force
   */
  public final Optional<PaymentReference> lastRenewalPayment() {
    Renewal last = lastRenewalInForce();
    return last == null ? Optional.empty()
        : payments().stream().filter(p -> p.paymentId().equals(last.paymentId())).findFirst();
  }

  /** The last renewal recorded and not reversed; {@code null} when none. */
  private Renewal lastRenewalInForce() {
    Set<String> reversed = new HashSet<>();
    reversals().forEach(r -> reversed.add(r.paymentId()));
    Renewal last = null;
    for (Renewal r : renewals()) {
      if (!reversed.contains(r.paymentId())) {
        last = r;
      }
    }
    return last;
  }

  private Optional<Renewal> renewalOf(String paymentId) {
    return renewals().stream().filter(r -> r.paymentId().equals(paymentId)).findFirst();
  }

  /** The reasons a reversal at {@code path} cannot stand, given its payment and an earlier reversal of it. */
  private static List<Violation> reversalProblems(String path, PaymentReversal r, PaymentReference payment,
      PaymentReversal earlier) {
    if (payment == null) {
      return List.of(Messages.violation(path + ".paymentId", "org.irrt.model.PaymentReversal.unknownPayment"));
    }
    List<Violation> out = new ArrayList<>(2);
    if (earlier != null) {
      out.add(Messages.violation(path + ".paymentId", "org.irrt.model.PaymentReversal.alreadyReversed",
          earlier.reversedOn().toString()));
    }
    if (r.reversedOn().isBefore(payment.receivedOn())) {
      out.add(Messages.violation(path + ".reversedOn", "org.irrt.model.PaymentReversal.beforePayment",
          payment.receivedOn().toString()));
    }
    return out;
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
    rules.unique("payments", m.payments(), PaymentReference::paymentId, "paymentId", "org.irrt.model.duplicateId");
    Map<String, PaymentReference> byId = new HashMap<>();
    for (PaymentReference p : m.payments()) {
      if (p != null) {
        byId.putIfAbsent(p.paymentId(), p);
      }
    }
    rules.unique("renewals", m.renewals(), Renewal::paymentId, "paymentId", "org.irrt.model.duplicateId");
    for (int i = 0; i < m.renewals().size(); i++) {
      Renewal r = m.renewals().get(i);
      if (r != null) {
        rules.require(byId.containsKey(r.paymentId()), "renewals[" + i + "].paymentId",
            "org.irrt.model.PaymentReversal.unknownPayment");
      }
    }
    Map<String, PaymentReversal> earlier = new HashMap<>();
    for (int i = 0; i < m.reversals().size(); i++) {
      PaymentReversal r = m.reversals().get(i);
      if (r != null) {
        rules.addAll("", reversalProblems("reversals[" + i + "]", r, byId.get(r.paymentId()), earlier.get(r.paymentId())));
        earlier.putIfAbsent(r.paymentId(), r);
      }
    }
  }

}
