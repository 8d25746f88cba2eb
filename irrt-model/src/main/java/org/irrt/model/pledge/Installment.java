package org.irrt.model.pledge;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.irrt.model.common.Money;

/**
 * One installment of a pledge after the payments received: its due date, the amount due (the
 * scheduled share adjusted by differences moved from earlier installments), what was paid, and
 * whether it is completed. A completed installment's amount equals what was paid toward it: no
 * residue stays on a paid installment.
 *
 * @param number 1 for the first
 * @param dueDate when it falls due, in the organisation's zone
 * @param amount the amount due now (equal to {@code paid} once completed)
 * @param paid the amount paid toward it
 * @param completed whether it is paid
 * @param paidBy the payment that completed it, if any
 */
public record Installment(int number, LocalDate dueDate, Money amount, Money paid, boolean completed,
    Optional<String> paidBy) {
  /**
   * Checks the parts.
   *
   * @throws NullPointerException when an argument is null
   */
  public Installment {
    Objects.requireNonNull(dueDate, "dueDate");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(paid, "paid");
    Objects.requireNonNull(paidBy, "paidBy");
  }

  /**
   * The amount still owed.
   *
   * @return {@code amount - paid}: zero when completed
   */
  public Money outstanding() {
    return amount.minus(paid);
  }
}
