package org.irrt.workflow.pledge;

import java.time.LocalDate;
import java.util.Objects;
import org.irrt.model.common.PaymentReversal;
import org.irrt.model.pledge.Pledge;
import org.irrt.model.pledge.PledgePayment;

/** The commands of the pledge workflow, one record per command; the table keys its rows by the record's type. */
public sealed interface PledgeCommand {
  /**
   * Records a pledge to one of the organisation's campaigns (named by id in the pledge).
   *
   * @param pledge the pledge, without payments
   */
  record Record(Pledge pledge) implements PledgeCommand {
    /** Checks the pledge. */
    public Record {
      Objects.requireNonNull(pledge, "pledge");
    }
  }

  /**
   * Records a payment.
   *
   * @param payment the payment
   */
  record RecordPayment(PledgePayment payment) implements PledgeCommand {
    /** Checks the payment. */
    public RecordPayment {
      Objects.requireNonNull(payment, "payment");
    }
  }

  /**
   * Records that a payment was taken back (refunded, bounced, charged back): the payment stays on
   * record and stops counting from the reversal's day ({@link Pledge#reverse}); a fulfilled pledge
   * is open again.
   *
   * @param reversal the reversal, against the id of a payment of this pledge
   */
  record ReversePayment(PaymentReversal reversal) implements PledgeCommand {
    /** Checks the reversal. */
    public ReversePayment {
      Objects.requireNonNull(reversal, "reversal");
    }
  }

  /** The system closes a pledge whose installments are all paid (an automatic row). */
  record Fulfil() implements PledgeCommand {}

  /**
   * Cancels the pledge at the donor's wish.
   *
   * @param on the day
   * @param reason why
   */
  record Cancel(LocalDate on, String reason) implements PledgeCommand {}

  /**
   * Writes the rest of the pledge off as uncollectable: the pledge's {@code writtenOffOn} is set.
   *
   * @param on the day, not after today anywhere
   * @param reason why
   */
  record WriteOff(LocalDate on, String reason) implements PledgeCommand {}

  /**
   * Records that a reminder was sent, so that it is not sent again ({@link PledgeWorkflow#remindersDue}).
   *
   * @param installment the installment's number, from 1
   * @param step 0 for the reminder before the due date, 1 and up for the reminders while overdue
   */
  record RecordReminderSent(int installment, int step) implements PledgeCommand {}
}
