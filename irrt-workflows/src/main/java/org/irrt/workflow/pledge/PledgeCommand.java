package org.irrt.workflow.pledge;

import java.time.LocalDate;
import java.util.Objects;
import org.irrt.model.common.PaymentReversal;
import org.irrt.model.pledge.Pledge;
import org.irrt.model.pledge.PledgePayment;

/** The commands of the pledge workflow. */
public sealed interface PledgeCommand {
  /**
   * The kind, the key of the table.
   *
   * @return the kind
   */
  Kind kind();

  /** The kinds of commands. */
  enum Kind { RECORD, RECORD_PAYMENT, FULFIL, CANCEL, WRITE_OFF, REVERSE_PAYMENT }

  /**
   * Records a pledge.
   *
   * @param pledge the pledge, without payments
   */
  record Record(Pledge pledge) implements PledgeCommand {
    /** Checks the pledge. */
    public Record {
      Objects.requireNonNull(pledge, "pledge");
    }

    @Override
    public Kind kind() {
      return Kind.RECORD;
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

    @Override
    public Kind kind() {
      return Kind.RECORD_PAYMENT;
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

    @Override
    public Kind kind() {
      return Kind.REVERSE_PAYMENT;
    }
  }

  /** The system closes a pledge whose installments are all paid. */
  record Fulfil() implements PledgeCommand {
    @Override
    public Kind kind() {
      return Kind.FULFIL;
    }
  }

  /**
   * Cancels the pledge at the donor's wish.
   *
   * @param on the day
   * @param reason why
   */
  record Cancel(LocalDate on, String reason) implements PledgeCommand {
    @Override
    public Kind kind() {
      return Kind.CANCEL;
    }
  }

  /**
   * Writes the rest of the pledge off as uncollectable: the pledge's {@code writtenOffOn} is set.
   *
   * @param on the day, not after today anywhere
   * @param reason why
   */
  record WriteOff(LocalDate on, String reason) implements PledgeCommand {
    @Override
    public Kind kind() {
      return Kind.WRITE_OFF;
    }
  }
}
