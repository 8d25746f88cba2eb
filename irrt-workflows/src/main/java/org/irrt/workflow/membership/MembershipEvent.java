package org.irrt.workflow.membership;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.irrt.model.member.MemberId;
import org.irrt.model.membership.Membership;
import org.irrt.model.membership.PaymentReference;
import org.irrt.model.membership.StatusOverride;
import org.irrt.workflow.DataSubject;
import org.irrt.workflow.EventHeader;
import org.irrt.workflow.PersonalData;
import org.irrt.workflow.WorkflowEvent;

/**
 * The events of a membership, its audit trail: folded in order, they rebuild its history. Those
 * that hold the membership ({@link MembershipOpened}, {@link MembershipRenewed}) are {@link
 * PersonalData} of its member, whose id they hold: after erasure they read keyed by the pseudonym.
 */
public sealed interface MembershipEvent extends WorkflowEvent {
  /**
   * @param header who, when
   * @param membership the membership recorded
   */
  record MembershipOpened(EventHeader header, Membership membership)
      implements MembershipEvent, PersonalData<MembershipEvent> {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException when an argument is null
     */
    public MembershipOpened {
      Objects.requireNonNull(header, "header");
      Objects.requireNonNull(membership, "membership");
    }

    /** The member. */
    @Override
    public DataSubject dataSubject() {
      return DataSubject.member(membership.memberId());
    }

    /** The membership keyed by the pseudonym. */
    @Override
    public MembershipOpened erased(MemberId pseudonym) {
      Objects.requireNonNull(pseudonym, "pseudonym");
      return new MembershipOpened(header.withoutFingerprint(), membership.withMemberId(pseudonym));
    }
  }

  /**
   * @param header who, when
   * @param payment the payment
   * @param membership the membership after the renewal (its dates as the type's rules gave them then)
   */
  record MembershipRenewed(EventHeader header, PaymentReference payment, Membership membership)
      implements MembershipEvent, PersonalData<MembershipEvent> {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException when an argument is null
     */
    public MembershipRenewed {
      Objects.requireNonNull(header, "header");
      Objects.requireNonNull(payment, "payment");
      Objects.requireNonNull(membership, "membership");
    }

    /** The member. */
    @Override
    public DataSubject dataSubject() {
      return DataSubject.member(membership.memberId());
    }

    /** The membership keyed by the pseudonym. */
    @Override
    public MembershipRenewed erased(MemberId pseudonym) {
      Objects.requireNonNull(pseudonym, "pseudonym");
      return new MembershipRenewed(header.withoutFingerprint(), payment, membership.withMemberId(pseudonym));
    }
  }

  /**
   * @param header who, when
   * @param on the day the renewal was asked for
   */
  record RenewalRequested(EventHeader header, @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate on)
      implements MembershipEvent {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException when an argument is null
     */
    public RenewalRequested {
      Objects.requireNonNull(header, "header");
      Objects.requireNonNull(on, "on");
    }
  }

  /**
   * @param header who, when
   * @param status the status set by hand
   * @param until the first day the date rules decide again, if not for good
   * @param reason why
   */
  record StatusOverridden(EventHeader header, StatusOverride status, Optional<LocalDate> until, String reason)
      implements MembershipEvent {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException when an argument is null
     */
    public StatusOverridden {
      Objects.requireNonNull(header, "header");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(until, "until");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * @param header who, when
   * @param reason why
   */
  record OverrideRemoved(EventHeader header, String reason) implements MembershipEvent {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException when an argument is null
     */
    public OverrideRemoved {
      Objects.requireNonNull(header, "header");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * @param header who, when
   * @param reason why
   */
  record MembershipCancelled(EventHeader header, String reason) implements MembershipEvent {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException when an argument is null
     */
    public MembershipCancelled {
      Objects.requireNonNull(header, "header");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * @param header who, when
   * @param reason why
   */
  record MembershipReinstated(EventHeader header, String reason) implements MembershipEvent {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException when an argument is null
     */
    public MembershipReinstated {
      Objects.requireNonNull(header, "header");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * @param header who, when
   * @param pseudonym the member's pseudonym, the membership's member id from now on
   * @param reason why
   */
  record MembershipErased(EventHeader header, MemberId pseudonym, String reason) implements MembershipEvent {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException when an argument is null
     */
    public MembershipErased {
      Objects.requireNonNull(header, "header");
      Objects.requireNonNull(pseudonym, "pseudonym");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * @param header who, when
   * @param endDate the end date the reminder was about
   * @param daysFromEnd negative before the end date, positive after it
   */
  record ReminderRecorded(EventHeader header, @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate endDate,
      int daysFromEnd) implements MembershipEvent {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException when an argument is null
     */
    public ReminderRecorded {
      Objects.requireNonNull(header, "header");
      Objects.requireNonNull(endDate, "endDate");
    }
  }
}
