package org.irrt.model.pledge;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;
import org.immutables.value.Value;
import org.irrt.model.common.CurrencyMismatchException;
import org.irrt.model.common.InvalidValueException;
import org.irrt.model.common.Money;
import org.irrt.model.common.PaymentReversal;
import org.irrt.model.common.Violation;
import org.irrt.model.internal.Messages;
import org.irrt.model.internal.Rules;
import org.irrt.model.internal.Validators;

/**
 * A pledge to a campaign: a donor promises a total in one currency, paid in installments at a
 * frequency from a start date (CiviCRM CiviPledge, Salesforce NPSP; DOMAIN.md section 4). The
 * currency is one in use on the start date ({@link Money#inUse}): a pledge in DEM starting in 2026 is
 * refused, one in HRK starting in 2022 is kept, as it was made.
 *
 * <p>Schedule ({@link #schedule()}): the total is split exactly in the currency's minor units, each
 * installment the total divided by the count rounded to the nearest minor unit, the last taking the remainder
 * ({@link Money#split}); dates from {@link Frequency#dueDate}.
 *
 * <p>Payments ({@link #installments()}): each payment, in the order received (by the day it was
 * received, payments of one day in the order recorded, so a payment entered late with an earlier
 * date is applied where it belongs and the installments never depend on typing order), goes to the oldest
 * pending installment. Paid in full or more, it completes it and the excess is paid toward the next
 * pending installments in order (completing those it covers); paid short, an installment other than
 * the last is completed at what was paid and the difference is added to the next pending one, while
 * the last waits until paid in full. A completed installment's amount always equals what was paid
 * toward it: no residue is left on a paid one. What is paid beyond every installment is a {@link
 * #credit()}. Payments are idempotent by payment id. Money is neither lost nor created: the
 * installments' amounts always sum to the total, and the payments to what was paid toward
 * installments plus the credit.
 *
 * <p>Reversals ({@link #reverse}): a payment refunded, bounced or charged back stays on record and
 * a {@link PaymentReversal} is recorded against its id, with its own date and reason. From that day
 * on the payment no longer counts: the installments are those of applying, by the same rules, the
 * payments that still count, as if the reversed one had never come; so an installment it completed
 * is owed again (and falls overdue once its due date has passed), {@link #received()} goes down, and
 * a completed pledge is open again (civicrm-core PR #19289, dev/core#2206; Salesforce NPSP issue
 * #4617). Later payments may then complete other installments than before: each payment still goes
 * to the oldest pending one. A closed pledge takes reversals too: the money was not kept, whatever
 * became of the promise.
 *
 * <p>Status ({@link #status}): at an instant in the organisation's zone, by the CiviCRM rules, from
 * the pledge as it stood that day ({@link #asOf}): a payment, reversal, cancellation or write-off
 * dated later changes nothing before its day, for statuses, overdue installments and reminders alike.
 *
 * <p>Lifecycle: recorded open; payments are applied ({@link #pay}) until every installment is
 * completed, and a reversed payment ({@link #reverse}) opens it again; or it is cancelled at the donor's wish ({@link #cancelledOn}) or written off by the
 * organisation ({@link #writtenOffOn}). A cancelled or written-off pledge is closed: it takes no new
 * payment, no reminder goes out, and campaign progress counts what it received, no more.
 *
 * <p>Cost: the installments are not held; the pledge keeps its payments, and statuses, overdue
 * amounts and reminders are computed from them in time that grows with the payments (and the
 * logarithm of the installment count), so a campaign file costs memory and time in proportion to
 * its size.
 */
@Value.Immutable
public abstract class Pledge implements WithPledge {
  /** The longest schedule: the last installment falls due at most this many years after the start. */
  public static final int MAX_SCHEDULE_YEARS = 50;

  Pledge() {}

  /**
   * A builder; {@code build()} validates.
   *
   * @return a new builder
   */
  public static ImmutablePledge.Builder builder() {
    return ImmutablePledge.builder();
  }

  /**
   * The id.
   *
   * @return the id
   */
  @NotNull
  public abstract PledgeId id();

  /**
   * The campaign.
   *
   * @return its id
   */
  @NotNull
  public abstract CampaignId campaign();

  /**
   * Who pledged.
   *
   * @return the donor
   */
  @NotNull
  public abstract Donor donor();

  /**
   * The total promised.
   *
   * @return a positive amount
   */
  @NotNull
  public abstract Money total();

  /**
   * How many installments: each is at least one minor unit of the currency, so a total of 0.02 USD
   * is paid in at most 2 (no installment of 0.00 that could only fall overdue), and the last falls
   * due at most {@value #MAX_SCHEDULE_YEARS} years after the start date: 600 monthly installments
   * fit, 600 installments every ten years do not, and a schedule that would run past the calendar's
   * last year is refused the same way instead of failing when its dates are computed. Installments
   * cost nothing until they are read ({@link #installments()} is a view made from the payments).
   *
   * @return 1 to 600, not more than the total in minor units
   */
  @Min(1)
  @Max(600)
  public abstract int installmentCount();

  /**
   * How often installments fall due.
   *
   * @return the frequency
   */
  @NotNull
  public abstract Frequency frequency();

  /**
   * The first installment's due date.
   *
   * @return the start date, in the organisation's zone
   */
  @NotNull
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract LocalDate startDate();

  /**
   * In honour or memory of someone.
   *
   * @return the tribute, or empty
   */
  public abstract Optional<Tribute> tribute();

  /**
   * Whether the donor's name is kept out of public lists.
   *
   * @return {@code false} unless set
   */
  @Value.Default
  public boolean anonymous() {
    return false;
  }

  /**
   * When the pledge was acknowledged to the donor.
   *
   * @return the date, or empty
   */
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract Optional<LocalDate> acknowledgedOn();

  /**
   * When the pledge was cancelled; a cancelled pledge stays cancelled.
   *
   * @return the date, or empty
   */
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract Optional<LocalDate> cancelledOn();

  /**
   * When the organisation wrote off the rest of the pledge as uncollectable (the donor did not
   * cancel): what was received stays received, nothing more is expected, no reminder goes out, and
   * campaign progress no longer counts the rest as pledged, outstanding or overdue. Salesforce
   * NPSP's "written off" payments; CiviCRM has no such status and cancels instead. A pledge is not
   * both cancelled and written off.
   *
   * @return the date, or empty
   */
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract Optional<LocalDate> writtenOffOn();

  /**
   * Whether the pledge was cancelled or written off: nothing more is expected.
   *
   * @return whether it is closed
   */
  @com.fasterxml.jackson.annotation.JsonIgnore
  public final boolean isClosed() {
    return cancelledOn().isPresent() || writtenOffOn().isPresent();
  }

  /**
   * Payments received, in order; ids unique.
   *
   * @return the payments
   */
  public abstract List<@NotNull PledgePayment> payments();

  /**
   * The payments taken back (refunded, bounced, charged back), in the order recorded: each names a
   * payment of {@link #payments()}, at most one per payment, dated no earlier than the payment was
   * received. The payments stay in {@link #payments()} for the audit trail; from the day of its
   * reversal a payment no longer counts. Files written before reversals existed read as none.
   *
   * @return the reversals
   */
  public abstract List<@NotNull PaymentReversal> reversals();

  /**
   * The reversal recorded against a payment.
   *
   * @param paymentId the payment's id
   * @return the reversal, or empty when the payment was not reversed (or is unknown)
   */
  public final Optional<PaymentReversal> reversalOf(String paymentId) {
    Objects.requireNonNull(paymentId, "paymentId");
    return reversals().stream().filter(r -> r.paymentId().equals(paymentId)).findFirst();
  }

  /**
   * The payments that count: those received and not reversed, in order. Every day rule reads them
   * from the pledge as it stood that day ({@link #asOf}), so a reversal counts from its date on.
   *
   * @return the payments that count (a read-only list)
   */
  public final List<PledgePayment> countedPayments() {
    if (reversals().isEmpty()) {
      return payments();
    }
    Set<String> reversed = new HashSet<>();
    reversals().forEach(r -> reversed.add(r.paymentId()));
    return payments().stream().filter(p -> !reversed.contains(p.paymentId())).toList();
  }

  /**
   * The installments as scheduled, before any payment.
   *
   * @return one per period, amounts summing exactly to the total
   */
  public final List<Installment> schedule() {
    List<Money> parts = total().split(installmentCount());
    List<Installment> out = new ArrayList<>(parts.size());
    Money zero = Money.zero(total().currency());
    LocalDate[] due = frequency().dueDates(startDate(), parts.size());
    for (int k = 0; k < parts.size(); k++) {
      out.add(new Installment(k + 1, due[k], parts.get(k), zero, false, Optional.empty()));
    }
    return out;
  }

  /**
   * The installments after the payments received (see the class documentation for the rules).
   *
   * <p>A read-only view computed from the payments when asked, not held: each installment is made
   * when it is read, so a pledge costs memory for its payments, not for its installments.
   *
   * @return the installments, one per period
   */
  public final List<Installment> installments() {
    return new Rows(this, ledger(), 0, installmentCount());
  }

  /**
   * What was paid beyond the total.
   *
   * @return the credit, zero when none
   */
  public final Money credit() {
    return ledger().credit;
  }

  /**
   * The total received and kept.
   *
   * @return the sum of the {@linkplain #countedPayments() payments that count}: a reversed payment
   *     is not received (read {@code asOf(day).received()} for a past day)
   */
  public final Money received() {
    Money sum = Money.zero(total().currency());
    for (PledgePayment p : countedPayments()) {
      sum = sum.plus(p.amount());
    }
    return sum;
  }

  /**
   * The pledge with a payment applied, once per payment id.
   *
   * <p>A pledge that was cancelled or written off takes no new payment, whatever the payment's
   * date: nothing more is expected of it (the pledge workflow has no row for a payment in those
   * states either). That is a refusal, not a programming error: an {@link InvalidValueException}
   * with one violation at {@code payments[n]}, {@code n} the place the payment would have taken
   * ({@code org.irrt.model.Pledge.closed}). A payment whose id is already recorded returns this
   * pledge, closed or not, since it is not a new payment; so does one whose id was recorded and then
   * {@linkplain #reverse reversed}: money paid again comes under a new payment id.
   *
   * @param payment the payment, in the pledge's currency
   * @return the pledge with the payment, or this one when the id is already recorded
   * @throws CurrencyMismatchException when the payment is in another currency
   * @throws InvalidValueException when the pledge is cancelled or written off
   */
  public final Pledge pay(PledgePayment payment) {
    Objects.requireNonNull(payment, "payment");
    if (payments().stream().anyMatch(p -> p.paymentId().equals(payment.paymentId()))) {
      return this;
    }
    if (!payment.amount().currency().equals(total().currency())) {
      throw new CurrencyMismatchException(total().currency(), payment.amount().currency());
    }
    if (isClosed()) {
      boolean cancelled = cancelledOn().isPresent();
      throw new InvalidValueException("Pledge", List.of(Messages.violation("payments[" + payments().size() + "]",
          "org.irrt.model.Pledge.closed", cancelled ? 0 : 1,
          (cancelled ? cancelledOn() : writtenOffOn()).orElseThrow().toString())));
    }
    return builder().from(this).addPayments(payment).build();
  }

  /**
   * The pledge with a payment taken back: the payment stays on record and the reversal is recorded
   * against its id ({@link #reversals()}); from the reversal's day on the payment no longer counts
   * (see the class documentation). A closed pledge takes reversals too. Recording the same reversal
   * again returns this pledge.
   *
   * @param reversal the reversal
   * @return the pledge with the reversal, or this one when exactly this reversal is recorded
   * @throws InvalidValueException with the violations of {@link #checkReversal}: the payment is
   *     unknown, already reversed, or was received after the reversal's day
   */
  public final Pledge reverse(PaymentReversal reversal) {
    Objects.requireNonNull(reversal, "reversal");
    if (reversals().contains(reversal)) {
      return this;
    }
    List<Violation> problems = checkReversal(reversal);
    if (!problems.isEmpty()) {
      throw new InvalidValueException("Pledge", problems);
    }
    return builder().from(this).addReversals(reversal).build();
  }

  /**
   * Every reason {@link #reverse} would refuse a reversal, as values: the payment is not one of this
   * pledge's ({@code org.irrt.model.PaymentReversal.unknownPayment}), it is already reversed ({@code
   * org.irrt.model.PaymentReversal.alreadyReversed}), or the reversal is dated before the payment
   * was received ({@code org.irrt.model.PaymentReversal.beforePayment}); each at {@code
   * reversals[n].paymentId} or {@code reversals[n].reversedOn}, {@code n} the place the reversal
   * would take.
   *
   * @param reversal the reversal
   * @return the violations; empty when the reversal may be recorded
   */
  public final List<Violation> checkReversal(PaymentReversal reversal) {
    Objects.requireNonNull(reversal, "reversal");
    Map<String, PledgePayment> byId = new HashMap<>();
    payments().forEach(p -> byId.putIfAbsent(p.paymentId(), p));
    Map<String, PaymentReversal> earlier = new HashMap<>();
    reversals().forEach(r -> earlier.putIfAbsent(r.paymentId(), r));
    return reversalProblems("reversals[" + reversals().size() + "]", reversal, byId.get(reversal.paymentId()),
        earlier.get(reversal.paymentId()));
  }

  /** The reasons a reversal at {@code path} cannot stand, given its payment and an earlier reversal of it. */
  static List<Violation> reversalProblems(String path, PaymentReversal r, PledgePayment payment,
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

  /**
   * The status of each installment at an instant.
   *
   * @param at the instant
   * @param zone the organisation's zone
   * @return the statuses, one per installment, counting only payments received by that day
   */
  public final List<InstallmentStatus> installmentStatuses(Instant at, ZoneId zone) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(zone, "zone");
    LocalDate today = LocalDate.ofInstant(at, zone);
    Pledge then = asOf(today);
    Ledger ledger = then.ledger();
    int n = installmentCount();
    InstallmentStatus[] out = new InstallmentStatus[n];
    InstallmentStatus closed = then.cancelledOn().isPresent() ? InstallmentStatus.CANCELLED
        : then.writtenOffOn().isPresent() ? InstallmentStatus.WRITTEN_OFF : null;
    int overdueEnd = closed == null ? firstDueOnOrAfter(today, ledger.completed) : ledger.completed;
    for (int k = 0; k < n; k++) {
      out[k] = k < ledger.completed ? InstallmentStatus.COMPLETED : closed != null ? closed
          : k < overdueEnd ? InstallmentStatus.OVERDUE : InstallmentStatus.PENDING;
    }
    return List.of(out);
  }

  /**
   * The pledge's status at an instant.
   *
   * @param at the instant
   * @param zone the organisation's zone
   * @return the status
   */
  public final PledgeStatus status(Instant at, ZoneId zone) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(zone, "zone");
    LocalDate today = LocalDate.ofInstant(at, zone);
    Pledge then = asOf(today);
    if (then.cancelledOn().isPresent()) {
      return PledgeStatus.CANCELLED;
    }
    if (then.writtenOffOn().isPresent()) {
      return PledgeStatus.WRITTEN_OFF;
    }
    int completed = then.ledger().completed;
    if (completed < installmentCount() && dueDate(completed).isBefore(today)) {
      return PledgeStatus.OVERDUE; // the oldest unpaid installment is overdue, so some is
    }
    if (completed == installmentCount()) {
      return PledgeStatus.COMPLETED;
    }
    return then.countedPayments().isEmpty() ? PledgeStatus.PENDING : PledgeStatus.IN_PROGRESS;
  }

  /**
   * The installments overdue at an instant: unpaid, their due date passed in the organisation's
   * zone, counting only payments received by that day; none when the pledge was cancelled or
   * written off by then. They are always consecutive: the oldest unpaid installments.
   *
   * @param at the instant
   * @param zone the organisation's zone
   * @return the overdue installments, oldest first (a read-only view)
   */
  public final List<Installment> overdueInstallments(Instant at, ZoneId zone) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(zone, "zone");
    LocalDate today = LocalDate.ofInstant(at, zone);
    Pledge then = asOf(today);
    if (then.isClosed()) {
      return List.of();
    }
    Ledger ledger = then.ledger();
    return new Rows(then, ledger, ledger.completed, firstDueOnOrAfter(today, ledger.completed));
  }

  /**
   * What is overdue at an instant: the sum of what is still owed on the {@link #overdueInstallments}.
   *
   * @param at the instant
   * @param zone the organisation's zone
   * @return the amount, zero when nothing is overdue
   */
  public final Money overdueAmount(Instant at, ZoneId zone) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(zone, "zone");
    return asOf(LocalDate.ofInstant(at, zone)).overdueOn(LocalDate.ofInstant(at, zone));
  }

  /** What is overdue on a day, from this pledge as it stands (the caller took {@link #asOf} the day). */
  final Money overdueOn(LocalDate today) {
    Money zero = Money.zero(total().currency());
    if (isClosed()) {
      return zero;
    }
    Ledger ledger = ledger();
    int c = ledger.completed;
    int end = firstDueOnOrAfter(today, c);
    if (end <= c) {
      return zero;
    }
    Money sum = ledger.amount.minus(ledger.paid); // the oldest unpaid one, perhaps partly paid
    int untouched = end - c - 1; // the ones after it, each as scheduled
    if (untouched > 0) {
      boolean last = end == installmentCount();
      sum = sum.plus(ledger.each.times(last ? untouched - 1 : untouched));
      sum = last ? sum.plus(ledger.last) : sum;
    }
    return sum;
  }

  /**
   * The pledge as it stood at the end of a day: only the payments received by then, the reversals
   * dated by then, and the cancellation or write-off only if it came by then. Statuses, reminders
   * and campaign progress on a day use it, so a report for a past day never counts what came later,
   * and a reversal or cancellation dated in the future changes nothing before its day.
   *
   * @param day the day, in the organisation's zone
   * @return this pledge, or a copy without what came after the day
   */
  public final Pledge asOf(LocalDate day) {
    Objects.requireNonNull(day, "day");
    List<PledgePayment> kept = payments().stream().filter(x -> !x.receivedOn().isAfter(day)).toList();
    Optional<LocalDate> cancelled = cancelledOn().filter(c -> !c.isAfter(day));
    Optional<LocalDate> writtenOff = writtenOffOn().filter(w -> !w.isAfter(day));
    List<PaymentReversal> reversed = reversals().stream().filter(r -> !r.reversedOn().isAfter(day)).toList();
    if (kept.size() == payments().size() && reversed.size() == reversals().size() && cancelled.equals(cancelledOn())
        && writtenOff.equals(writtenOffOn())) {
      return this;
    }
    // a reversal is never dated before its payment, so the reversals kept name payments kept
    return ImmutablePledge.builder().from(this).payments(kept).reversals(reversed).cancelledOn(cancelled)
        .writtenOffOn(writtenOff).build();
  }

  /**
   * The installments a reminder is due for on a day: pending ones falling due a number of days
   * later, as the pledge stood that day ({@link #asOf}): payments received later do not count, and a
   * cancellation or write-off dated later does not stop the reminder, so reminders agree with
   * {@link #status} and {@link #installmentStatuses} on every day.
   *
   * @param day the day, in the organisation's zone
   * @param daysBefore how many days before the due date reminders go out
   * @return the installments (at most one: one falls due per period)
   */
  public final List<Installment> remindersDue(LocalDate day, int daysBefore) {
    Objects.requireNonNull(day, "day");
    Pledge then = asOf(day);
    if (then.isClosed()) {
      return List.of();
    }
    Ledger ledger = then.ledger();
    LocalDate target = day.plusDays(daysBefore);
    int k = firstDueOnOrAfter(target, ledger.completed);
    return k < installmentCount() && dueDate(k).equals(target) ? List.of(new Rows(then, ledger, k, k + 1).get(0))
        : List.of();
  }

  /** The due date of the installment at index {@code k} (from 0). */
  private LocalDate dueDate(int k) {
    return frequency().dueDate(startDate(), k);
  }

  /**
   * The first index from {@code from} whose due date is on or after {@code day}, or the count:
   * due dates rise strictly (one per period), so a binary search.
   */
  private int firstDueOnOrAfter(LocalDate day, int from) {
    int lo = from;
    int hi = installmentCount();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (dueDate(mid).isBefore(day)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * The installments after the payments, in a few numbers: installments at indexes below {@code
   * completed} are completed, in runs paid by one payment at one amount; the one at {@code
   * completed}, if any, is owed {@code amount} of which {@code paid} is paid; every later one is as
   * scheduled ({@code each}, the last {@code last}). Completed installments are always the first
   * ones, because every payment goes to the oldest pending installment and a difference only ever
   * moves onto the next one. Its size grows with the payments, not with the installments.
   */
  static final class Ledger {
    final int completed;
    final Money amount;
    final Money paid;
    final Money credit;
    final Money each;
    final Money last;
    final int[] runEnds;
    final Money[] runAmounts;
    final String[] runPaidBy;

    Ledger(int completed, Money amount, Money paid, Money credit, Money each, Money last, List<Object[]> runs) {
      this.completed = completed;
      this.amount = amount;
      this.paid = paid;
      this.credit = credit;
      this.each = each;
      this.last = last;
      this.runEnds = new int[runs.size()];
      this.runAmounts = new Money[runs.size()];
      this.runPaidBy = new String[runs.size()];
      for (int i = 0; i < runs.size(); i++) {
        runEnds[i] = (Integer) runs.get(i)[0];
        runAmounts[i] = (Money) runs.get(i)[1];
        runPaidBy[i] = (String) runs.get(i)[2];
      }
    }
  }

  /**
   * Applies the payments that count in the order received ({@link #inOrderReceived}) by the rules of the class documentation, in time and memory that
   * grow with the payments only: a payment completes the oldest pending installment, then pays whole
   * scheduled installments (counted by one division), then part of the next.
   */
  final Ledger ledger() {
    int n = installmentCount();
    List<Money> parts = total().split(n);
    Money each = parts.get(0);
    Money last = parts.get(n - 1);
    Money zero = Money.zero(total().currency());
    List<Object[]> runs = new ArrayList<>();
    int c = 0;
    Money amount = n == 1 ? last : each;
    Money paid = zero;
    Money credit = zero;
    for (PledgePayment p : inOrderReceived(countedPayments())) {
      Money pay = p.amount();
      if (c == n) {
        credit = credit.plus(pay);
        continue;
      }
      Money owed = amount.minus(paid);
      if (pay.compareTo(owed) >= 0) {
        runs.add(new Object[] {c + 1, amount, p.paymentId()});
        c++;
        Money left = pay.minus(owed); // paid toward the next installments in order
        if (c < n - 1 && !left.isZero()) {
          int full = wholeParts(left, each, n - 1 - c);
          if (full > 0) {
            c += full;
            runs.add(new Object[] {c, each, p.paymentId()});
            left = left.minus(each.times(full));
          }
        }
        if (c == n - 1 && !left.isZero() && left.compareTo(last) >= 0) {
          c++;
          runs.add(new Object[] {c, last, p.paymentId()});
          left = left.minus(last);
        }
        if (c < n) {
          amount = c == n - 1 ? last : each;
          paid = left; // part of the next one, or nothing
          left = zero;
        }
        credit = credit.plus(left);
      } else if (c == n - 1) {
        paid = paid.plus(pay); // the last installment waits until paid in full
      } else {
        // Under-payment: the installment is paid as it stands, the difference moves to the next one.
        runs.add(new Object[] {c + 1, paid.plus(pay), p.paymentId()});
        c++;
        amount = (c == n - 1 ? last : each).plus(owed.minus(pay));
        paid = zero;
      }
    }
    return new Ledger(c, amount, paid, credit, each, last, runs);
  }

  /**
   * The payments in the order received: by the day received, one day's in the order recorded (a
   * stable sort); the list itself when already so, as it nearly always is.
   */
  private static List<PledgePayment> inOrderReceived(List<PledgePayment> payments) {
    for (int i = 1; i < payments.size(); i++) {
      if (payments.get(i).receivedOn().isBefore(payments.get(i - 1).receivedOn())) {
        List<PledgePayment> sorted = new ArrayList<>(payments);
        sorted.sort(java.util.Comparator.comparing(PledgePayment::receivedOn));
        return sorted;
      }
    }
    return payments;
  }

  /** How many whole {@code each} fit in {@code left}, at most {@code most}. */
  private static int wholeParts(Money left, Money each, int most) {
    if (each.isZero() || left.compareTo(each.times(most)) >= 0) {
      return most;
    }
    return left.amount().divideToIntegralValue(each.amount()).intValueExact();
  }

  /** Installments {@code from} to {@code to} (exclusive) of a pledge after its payments, made when read. */
  private static final class Rows extends AbstractList<Installment> implements RandomAccess {
    private final Pledge pledge;
    private final Ledger ledger;
    private final int from;
    private final int to;

    Rows(Pledge pledge, Ledger ledger, int from, int to) {
      this.pledge = pledge;
      this.ledger = ledger;
      this.from = from;
      this.to = Math.max(from, to);
    }

    @Override
    public Installment get(int index) {
      int k = from + Objects.checkIndex(index, to - from);
      LocalDate due = pledge.dueDate(k);
      if (k < ledger.completed) {
        int run = Arrays.binarySearch(ledger.runEnds, k + 1);
        run = run >= 0 ? run : -run - 1; // the first run ending after k
        Money amount = ledger.runAmounts[run];
        return new Installment(k + 1, due, amount, amount, true, Optional.of(ledger.runPaidBy[run]));
      }
      if (k == ledger.completed) {
        return new Installment(k + 1, due, ledger.amount, ledger.paid, false, Optional.empty());
      }
      int n = pledge.installmentCount();
      return new Installment(k + 1, due, k == n - 1 ? ledger.last : ledger.each, Money.zero(ledger.each.currency()),
          false, Optional.empty());
    }

    @Override
    public int size() {
      return to - from;
    }
  }

  @Value.Check
  Pledge check() {
    return Validators.check(this, Pledge::rules);
  }

  /** Whether the last installment falls due at most MAX_SCHEDULE_YEARS after the start, within the calendar. */
  private static boolean scheduleFits(Pledge p) {
    try {
      return !p.frequency().dueDate(p.startDate(), p.installmentCount() - 1)
          .isAfter(p.startDate().plusYears(MAX_SCHEDULE_YEARS));
    } catch (java.time.DateTimeException e) {
      return false;
    }
  }

  private static void rules(Pledge p, Rules rules) {
    rules.require(p.total() == null || p.total().amount().signum() > 0, "total", "org.irrt.model.Pledge.positive");
    rules.require(p.total() == null || p.startDate() == null || Money.inUse(p.total().currency(), p.startDate()),
        "total.currency", "org.irrt.model.currencyNotInUse", p.total() == null ? "" : p.total().currency().getCurrencyCode(),
        String.valueOf(p.startDate()));
    rules.require(p.total() == null || p.total().amount().signum() <= 0 || p.installmentCount() < 1
        || p.total().amount().movePointRight(p.total().amount().scale()).compareTo(BigDecimal.valueOf(p.installmentCount())) >= 0,
        "", "org.irrt.model.Pledge.installmentTooSmall", p.installmentCount());
    rules.require(p.startDate() == null || p.frequency() == null || p.installmentCount() < 1
        || p.installmentCount() > 600 || scheduleFits(p), "installmentCount", "org.irrt.model.Pledge.scheduleTooLong",
        MAX_SCHEDULE_YEARS);
    rules.require(!(p.cancelledOn().isPresent() && p.writtenOffOn().isPresent()), "",
        "org.irrt.model.Pledge.cancelledAndWrittenOff");
    BigDecimal paid = BigDecimal.ZERO; // the payments must add up to an amount Money can hold
    for (PledgePayment pay : p.payments()) {
      paid = pay == null ? paid : paid.add(pay.amount().amount());
    }
    rules.require(paid.precision() - paid.scale() <= Money.MAX_DIGITS, "payments", "org.irrt.model.Pledge.paidTooMuch",
        Money.MAX_DIGITS);
    rules.unique("payments", p.payments(), PledgePayment::paymentId, "paymentId", "org.irrt.model.duplicateId");
    for (int i = 0; i < p.payments().size(); i++) {
      PledgePayment pay = p.payments().get(i);
      if (pay == null) {
        continue;
      }
      rules.require(p.total() == null || pay.amount().currency().equals(p.total().currency()),
          "payments[" + i + "].amount", "org.irrt.model.Pledge.currency");
    }
    Map<String, PledgePayment> byId = new HashMap<>();
    p.payments().forEach(pay -> {
      if (pay != null) {
        byId.putIfAbsent(pay.paymentId(), pay);
      }
    });
    Map<String, PaymentReversal> earlier = new HashMap<>();
    for (int i = 0; i < p.reversals().size(); i++) {
      PaymentReversal r = p.reversals().get(i);
      if (r != null) {
        rules.addAll("", reversalProblems("reversals[" + i + "]", r, byId.get(r.paymentId()), earlier.get(r.paymentId())));
        earlier.putIfAbsent(r.paymentId(), r);
      }
    }
  }
}
