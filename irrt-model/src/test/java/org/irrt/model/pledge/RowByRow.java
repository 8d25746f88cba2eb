package org.irrt.model.pledge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.irrt.model.common.Money;

/**
 * The payment rules of {@link Pledge}'s class documentation applied the plain way, one installment
 * row at a time over the whole schedule, and the statuses read from those rows: the reference the
 * pledge's own computation, which never makes the rows, is checked against.
 */
final class RowByRow {
  final List<Installment> rows;
  final Money credit;

  private RowByRow(List<Installment> rows, Money credit) {
    this.rows = rows;
    this.credit = credit;
  }

  /** The rows after the payments of the pledge as it stood at the end of a day. */
  static RowByRow of(Pledge pledge, LocalDate day) {
    return of(pledge.asOf(day));
  }

  /** The rows after all the pledge's payments. */
  static RowByRow of(Pledge pledge) {
    List<Installment> rows = new ArrayList<>(pledge.schedule());
    Money credit = Money.zero(pledge.total().currency());
    List<PledgePayment> received = new ArrayList<>(pledge.payments()); // in the order received: by day, stable
    received.sort(java.util.Comparator.comparing(PledgePayment::receivedOn));
    for (PledgePayment p : received) {
      int i = firstPending(rows, 0);
      if (i < 0) {
        credit = credit.plus(p.amount());
        continue;
      }
      Installment row = rows.get(i);
      Money owed = row.amount().minus(row.paid());
      if (p.amount().compareTo(owed) >= 0) {
        rows.set(i, settled(row, row.amount(), p.paymentId()));
        Money left = p.amount().minus(owed);
        for (int j = firstPending(rows, 0); j >= 0 && !left.isZero(); j = firstPending(rows, j + 1)) {
          Installment r = rows.get(j);
          Money due = r.amount().minus(r.paid());
          if (left.compareTo(due) >= 0) {
            rows.set(j, settled(r, r.amount(), p.paymentId()));
            left = left.minus(due);
          } else {
            rows.set(j, new Installment(r.number(), r.dueDate(), r.amount(), r.paid().plus(left), false, Optional.empty()));
            left = left.minus(left);
          }
        }
        credit = credit.plus(left);
      } else if (firstPending(rows, i + 1) < 0) {
        rows.set(i, new Installment(row.number(), row.dueDate(), row.amount(), row.paid().plus(p.amount()), false,
            Optional.empty()));
      } else {
        rows.set(i, settled(row, row.paid().plus(p.amount()), p.paymentId()));
        int next = firstPending(rows, i + 1);
        Installment n = rows.get(next);
        rows.set(next, new Installment(n.number(), n.dueDate(), n.amount().plus(owed.minus(p.amount())), n.paid(), false,
            Optional.empty()));
      }
    }
    return new RowByRow(rows, credit);
  }

  /** The status of each row on a day, for a pledge open that day: completed, overdue or pending. */
  List<InstallmentStatus> statuses(LocalDate day) {
    return rows.stream().map(r -> r.completed() ? InstallmentStatus.COMPLETED
        : r.dueDate().isBefore(day) ? InstallmentStatus.OVERDUE : InstallmentStatus.PENDING).toList();
  }

  private static Installment settled(Installment row, Money amount, String paymentId) {
    return new Installment(row.number(), row.dueDate(), amount, amount, true, Optional.of(paymentId));
  }

  private static int firstPending(List<Installment> rows, int from) {
    for (int i = from; i < rows.size(); i++) {
      if (!rows.get(i).completed()) {
        return i;
      }
    }
    return -1;
  }
}
