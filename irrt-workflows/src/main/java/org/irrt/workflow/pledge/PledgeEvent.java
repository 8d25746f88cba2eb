package org.irrt.workflow.pledge;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.LocalDate;
import java.util.Objects;
import org.irrt.model.common.PaymentReversal;
import org.irrt.model.pledge.Pledge;
import org.irrt.model.pledge.PledgePayment;
import org.irrt.model.member.MemberId;
import org.irrt.model.pledge.Donor;
import org.irrt.model.pledge.Tribute;
import org.irrt.workflow.DataSubject;
import org.irrt.workflow.EventHeader;
import org.irrt.workflow.PersonalData;
import org.irrt.workflow.WorkflowEvent;

/**
 * The events of a pledge, its audit trail. {@link PledgeRecorded} holds the donor (a member's id or
 * an outside donor's name) and any honoree's name: it is {@link PersonalData} of the donor.
 */
public sealed interface PledgeEvent extends WorkflowEvent {
  /**
   * @param header who, when
   * @param pledge the pledge recorded
   */
  record PledgeRecorded(EventHeader header, Pledge pledge) implements PledgeEvent, PersonalData<PledgeEvent> {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException when an argument is null
     */
    public PledgeRecorded {
      Objects.requireNonNull(header, "header");
      Objects.requireNonNull(pledge, "pledge");
    }

    /** The donor: the member, or for an outside donor the pledge's ({@link DataSubject#outsideDonor}). */
    @Override
    public DataSubject dataSubject() {
      return pledge.donor().member().map(DataSubject::member)
          .orElseGet(() -> DataSubject.outsideDonor(pledge.id()));
    }

    /**
     * The pledge with a member donor's id replaced by the pseudonym, an outside donor named {@code
     * Former donor <pseudonym>}, and an honoree named {@code Name erased}; amounts, dates, schedule
     * and payments unchanged.
     */
    @Override
    public PledgeRecorded erased(MemberId pseudonym) {
      Objects.requireNonNull(pseudonym, "pseudonym");
      Donor donor = pledge.donor().member().isPresent() ? Donor.member(pseudonym)
          : Donor.outside("Former donor " + pseudonym.value());
      Pledge erased = Pledge.builder().from(pledge).donor(donor)
          .tribute(pledge.tribute().map(t -> Tribute.of(t.kind(), "Name erased"))).build();
      return new PledgeRecorded(header.withoutFingerprint(), erased);
    }
  }

  /**
   * @param header who, when
   * @param payment the payment
   */
  record PaymentReceived(EventHeader header, PledgePayment payment) implements PledgeEvent {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException when an argument is null
     */
    public PaymentReceived {
      Objects.requireNonNull(header, "header");
      Objects.requireNonNull(payment, "payment");
    }
  }

  /**
   * A payment was taken back; it stays on record and stops counting from the reversal's day.
   *
   * @param header who, when
   * @param reversal the reversal
   */
  record PaymentReversed(EventHeader header, PaymentReversal reversal) implements PledgeEvent {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException when an argument is null
     */
    public PaymentReversed {
      Objects.requireNonNull(header, "header");
      Objects.requireNonNull(reversal, "reversal");
    }
  }

  /** @param header who (the system), when */
  record PledgeFulfilled(EventHeader header) implements PledgeEvent {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException when an argument is null
     */
    public PledgeFulfilled {
      Objects.requireNonNull(header, "header");
    }
  }

  /**
   * @param header who, when
   * @param on the day cancelled
   * @param reason why
   */
  record PledgeCancelled(EventHeader header, @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate on,
      String reason) implements PledgeEvent {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException when an argument is null
     */
    public PledgeCancelled {
      Objects.requireNonNull(header, "header");
      Objects.requireNonNull(on, "on");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * @param header who, when
   * @param on the day written off
   * @param reason why
   */
  record PledgeWrittenOff(EventHeader header, @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate on,
      String reason) implements PledgeEvent {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException when an argument is null
     */
    public PledgeWrittenOff {
      Objects.requireNonNull(header, "header");
      Objects.requireNonNull(on, "on");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * A reminder was sent for an installment.
   *
   * @param header who, when
   * @param installment the installment's number
   * @param step 0 before the due date, 1 and up while overdue
   */
  record ReminderSent(EventHeader header, int installment, int step) implements PledgeEvent {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException when an argument is null
     */
    public ReminderSent {
      Objects.requireNonNull(header, "header");
    }
  }
}
