package org.irrt.model.pledge;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.irrt.model.common.CurrencyMismatchException;
import org.irrt.model.common.Money;
import org.irrt.model.internal.Rules;
import org.irrt.model.internal.Validators;

/**
 * A pledge to a campaign: a donor promises a total in one currency, paid in installments at a
 * frequency from a start date (CiviCRM CiviPledge, Salesforce NPSP; DOMAIN.md section 4).
 *
 * <p>Schedule ({@link #schedule()}): the total is split exactly in the currency's minor units, each
 * installment the total divided by the count rounded down, the last taking the remainder
 * ({@link Money#split}); dates from {@link Frequency#dueDate}.
 *
 * <p>Payments ({@link #installments()}): each payment, in the order received, goes to the oldest
 * pending installment. Paid in full or more, it completes it and the excess is paid toward the next
 * pending installments in order (completing those it covers); paid short, an installment other than
 * the last is completed at what was paid and the difference is added to the next pending one, while
 * the last waits until paid in full. A completed installment's amount always equals what was paid
 * toward it: no residue is left on a paid one. What is paid beyond every installment is a {@link
 * #credit()}. Payments are idempotent by payment id. Money is neither lost nor created: the
 * installments' amounts always sum to the total, and the payments to what was paid toward
 * installments plus the credit.
 *
 * <p>Status ({@link #status}): at an instant in the organisation's zone, by the CiviCRM rules.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutablePledge.class)
public abstract class Pledge implements WithPledge {
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
   * is paid in at most 2 (no installment of 0.00 that could only fall overdue).
   *
   * @return 1 to 600, and not more than the total in minor units
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
   * @return the installments
   */
  public final List<Installment> installments() {
    return ledger().installments;
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
   * The total received.
   *
   * @return the sum of the payments
   */
  public final Money received() {
    return payments().stream().map(PledgePayment::amount).reduce(Money.zero(total().currency()), Money::plus);
  }

  /**
   * The pledge with a payment applied, once per payment id.
   *
   * @param payment the payment, in the pledge's currency
   * @return the pledge with the payment, or this one when the id is already recorded
   * @throws CurrencyMismatchException when the payment is in another currency
   */
  public final Pledge pay(PledgePayment payment) {
    if (payments().stream().anyMatch(p -> p.paymentId().equals(payment.paymentId()))) {
      return this;
    }
    if (!payment.amount().currency().equals(total().currency())) {
      throw new CurrencyMismatchException(total().currency(), payment.amount().currency());
    }
    return builder().from(this).addPayments(payment).build();
  }

  /**
   * The status of each installment at an instant.
   *
   * @param at the instant
   * @param zone the organisation's zone
   * @return the statuses, one per installment, counting only payments received by that day
   */
  public final List<InstallmentStatus> installmentStatuses(Instant at, ZoneId zone) {
    LocalDate today = LocalDate.ofInstant(at, zone);
    Pledge then = asOf(today);
    List<InstallmentStatus> out = new ArrayList<>();
    for (Installment i : then.installments()) {
      if (i.completed()) {
        out.add(InstallmentStatus.COMPLETED);
      } else if (then.cancelledOn().isPresent()) {
        out.add(InstallmentStatus.CANCELLED);
      } else if (then.writtenOffOn().isPresent()) {
        out.add(InstallmentStatus.WRITTEN_OFF);
      } else {
        out.add(i.dueDate().isBefore(today) ? InstallmentStatus.OVERDUE : InstallmentStatus.PENDING);
      }
    }
    return out;
  }

  /**
   * The pledge's status at an instant.
   *
   * @param at the instant
   * @param zone the organisation's zone
   * @return the status
   */
  public final PledgeStatus status(Instant at, ZoneId zone) {
    Pledge then = asOf(LocalDate.ofInstant(at, zone));
    if (then.cancelledOn().isPresent()) {
      return PledgeStatus.CANCELLED;
    }
    if (then.writtenOffOn().isPresent()) {
      return PledgeStatus.WRITTEN_OFF;
    }
    List<InstallmentStatus> statuses = installmentStatuses(at, zone);
    if (statuses.contains(InstallmentStatus.OVERDUE)) {
      return PledgeStatus.OVERDUE;
    }
    if (statuses.stream().allMatch(s -> s == InstallmentStatus.COMPLETED)) {
      return PledgeStatus.COMPLETED;
    }
    return then.payments().isEmpty() ? PledgeStatus.PENDING : PledgeStatus.IN_PROGRESS;
  }

  /**
   * The pledge as it stood at the end of a day: only the payments received by then, and the
   * cancellation or write-off only if it came by then. Statuses and campaign progress at an instant use it, so a
   * report for a past day never counts what came later.
   *
   * @param day the day, in the organisation's zone
   * @return this pledge, or a copy without what came after the day
   */
  public final Pledge asOf(LocalDate day) {
    List<PledgePayment> kept = payments().stream().filter(x -> !x.receivedOn().isAfter(day)).toList();
    Optional<LocalDate> cancelled = cancelledOn().filter(c -> !c.isAfter(day));
    Optional<LocalDate> writtenOff = writtenOffOn().filter(w -> !w.isAfter(day));
    if (kept.size() == payments().size() && cancelled.equals(cancelledOn()) && writtenOff.equals(writtenOffOn())) {
      return this;
    }
    return ImmutablePledge.builder().from(this).payments(kept).cancelledOn(cancelled).writtenOffOn(writtenOff).build();
  }

  /**
   * The installments a reminder is due for on a day: pending ones falling due a number of days later.
   *
   * @param day the day, in the organisation's zone
   * @param daysBefore how many days before the due date reminders go out
   * @return the installments
   */
  public final List<Installment> remindersDue(LocalDate day, int daysBefore) {
    if (isClosed()) {
      return List.of();
    }
    return installments().stream().filter(i -> !i.completed() && i.dueDate().equals(day.plusDays(daysBefore))).toList();
  }

  record Ledger(List<Installment> installments, Money credit) {}

  @Value.Lazy
  Ledger ledger() {
    List<Installment> rows = new ArrayList<>(schedule());
    Money credit = Money.zero(total().currency());
    for (PledgePayment p : payments()) {
      int i = firstPending(rows);
      if (i < 0) {
        credit = credit.plus(p.amount());
        continue;
      }
      Installment row = rows.get(i);
      Money owed = row.amount().minus(row.paid());
      if (p.amount().compareTo(owed) >= 0) {
        rows.set(i, settled(row, row.amount(), p.paymentId()));
        credit = credit.plus(distribute(rows, p.amount().minus(owed), p.paymentId()));
      } else if (nextPending(rows, i) < 0) {
        rows.set(i, new Installment(row.number(), row.dueDate(), row.amount(), row.paid().plus(p.amount()), false,
            Optional.empty())); // the last installment waits until paid in full
      } else {
        // Under-payment: the installment is paid as it stands, the difference moves to the next one.
        Money paid = row.paid().plus(p.amount());
        rows.set(i, settled(row, paid, p.paymentId()));
        int next = nextPending(rows, i);
        Installment n = rows.get(next);
        rows.set(next, new Installment(n.number(), n.dueDate(), n.amount().plus(owed.minus(p.amount())), n.paid(), false,
            Optional.empty()));
      }
    }
    return new Ledger(List.copyOf(rows), credit);
  }

  private static Installment settled(Installment row, Money amount, String paymentId) {
    return new Installment(row.number(), row.dueDate(), amount, amount, true, Optional.of(paymentId));
  }

  /** Pays an over-payment toward the next pending installments in order; returns what is left over. */
  private static Money distribute(List<Installment> rows, Money excess, String paymentId) {
    Money left = excess;
    for (int j = firstPending(rows); j >= 0 && !left.isZero(); j = nextPending(rows, j)) {
      Installment row = rows.get(j);
      Money owed = row.amount().minus(row.paid());
      if (left.compareTo(owed) >= 0) {
        rows.set(j, settled(row, row.amount(), paymentId));
        left = left.minus(owed);
      } else {
        rows.set(j, new Installment(row.number(), row.dueDate(), row.amount(), row.paid().plus(left), false,
            Optional.empty()));
        left = left.minus(left);
      }
    }
    return left;
  }

  private static int firstPending(List<Installment> rows) {
    for (int i = 0; i < rows.size(); i++) {
      if (!rows.get(i).completed()) {
        return i;
      }
    }
    return -1;
  }

  private static int nextPending(List<Installment> rows, int after) {
    for (int i = after + 1; i < rows.size(); i++) {
      if (!rows.get(i).completed()) {
        return i;
      }
    }
    return -1;
  }

  @Value.Check
  Pledge check() {
    return Validators.check(this, Pledge::rules);
  }

  private static void rules(Pledge p, Rules rules) {
    rules.require(p.total() == null || p.total().amount().signum() > 0, "total", "org.irrt.model.Pledge.positive");
    rules.require(p.total() == null || p.total().amount().signum() <= 0 || p.installmentCount() < 1
        || p.total().amount().movePointRight(p.total().amount().scale()).compareTo(BigDecimal.valueOf(p.installmentCount())) >= 0,
        "", "org.irrt.model.Pledge.installmentTooSmall", p.installmentCount());
    rules.require(!(p.cancelledOn().isPresent() && p.writtenOffOn().isPresent()), "",
        "org.irrt.model.Pledge.cancelledAndWrittenOff");
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < p.payments().size(); i++) {
      PledgePayment pay = p.payments().get(i);
      if (pay == null) {
        continue;
      }
      rules.require(ids.add(pay.paymentId()), "payments[" + i + "].paymentId", "org.irrt.model.duplicateId");
      rules.require(p.total() == null || pay.amount().currency().equals(p.total().currency()),
          "payments[" + i + "].amount", "org.irrt.model.Pledge.currency");
    }
  }
}
