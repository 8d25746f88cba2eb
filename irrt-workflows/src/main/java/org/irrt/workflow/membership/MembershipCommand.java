package org.irrt.workflow.membership;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.irrt.model.member.MemberId;
import org.irrt.model.membership.Membership;
import org.irrt.model.membership.PaymentReference;
import org.irrt.model.membership.StatusOverride;
import org.jspecify.annotations.Nullable;

/**
 * The commands of the membership workflow, one record per command: every change to a membership
 * after it exists, so that each leaves an entry with its actor, instant and reason.
 */
public sealed interface MembershipCommand {
  /**
   * Records a membership: one an application activated, or one held before the workflows ran.
   *
   * @param membership the membership; its id is the instance's
   */
  record Open(Membership membership) implements MembershipCommand {
    /** Checks the membership. */
    public Open {
      Objects.requireNonNull(membership, "membership");
    }
  }

  /**
   * A paid renewal, applied once per payment ({@link Membership#renew}, with the type the
   * organisation configured).
   *
   * @param payment the payment
   */
  record Renew(PaymentReference payment) implements MembershipCommand {
    /** Checks the payment. */
    public Renew {
      Objects.requireNonNull(payment, "payment");
    }
  }

  /**
   * A renewal asked for and not yet paid; no date changes.
   *
   * @param on the day it was asked for
   */
  record RequestRenewal(LocalDate on) implements MembershipCommand {
    /** Checks the day. */
    public RequestRenewal {
      Objects.requireNonNull(on, "on");
    }
  }

  /**
   * An officer sets a status by hand, SUSPENDED or DECEASED, for good or until a day.
   *
   * @param status the status
   * @param until the first day the date rules decide again, if not for good
   * @param reason why; missing or blank, the command is refused ({@code reasonGiven})
   */
  record OverrideStatus(StatusOverride status, Optional<LocalDate> until, @Nullable String reason) implements MembershipCommand {
    /** Checks the parts; keeps the reason in Unicode NFC (DOMAIN.md section 6). */
    public OverrideStatus {
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(until, "until");
      reason = org.irrt.model.common.TextRules.nfc(reason);
    }
  }

  /**
   * An officer removes the status set by hand: the date rules decide again.
   *
   * @param reason why; missing or blank, the command is refused ({@code reasonGiven})
   */
  record RemoveOverride(String reason) implements MembershipCommand {
    /** Keeps the text in Unicode NFC (DOMAIN.md section 6); a missing one is refused by the guard. */
    public RemoveOverride {
      reason = org.irrt.model.common.TextRules.nfc(reason);
    }
  }

  /**
   * An officer cancels the membership (status CANCELLED from now).
   *
   * @param reason why; missing or blank, the command is refused ({@code reasonGiven})
   */
  record Cancel(String reason) implements MembershipCommand {
    /** Keeps the text in Unicode NFC (DOMAIN.md section 6); a missing one is refused by the guard. */
    public Cancel {
      reason = org.irrt.model.common.TextRules.nfc(reason);
    }
  }

  /**
   * An officer reinstates a cancelled membership.
   *
   * @param reason why; missing or blank, the command is refused ({@code reasonGiven})
   */
  record Reinstate(String reason) implements MembershipCommand {
    /** Keeps the text in Unicode NFC (DOMAIN.md section 6); a missing one is refused by the guard. */
    public Reinstate {
      reason = org.irrt.model.common.TextRules.nfc(reason);
    }
  }

  /**
   * The member's data is erased ({@link org.irrt.model.membership.MemberPrivacy#erase}): the
   * membership is re-keyed to the pseudonym and nothing more is recorded on it.
   *
   * @param pseudonym the member's pseudonym, from the erasure
   * @param reason why (e.g. the request's reference); missing or blank, the command is refused
   */
  record Erase(MemberId pseudonym, @Nullable String reason) implements MembershipCommand {
    /** Checks the pseudonym; keeps the reason in Unicode NFC (DOMAIN.md section 6). */
    public Erase {
      Objects.requireNonNull(pseudonym, "pseudonym");
      reason = org.irrt.model.common.TextRules.nfc(reason);
    }
  }

  /**
   * Records that a renewal reminder was sent, so that it is not sent again ({@link
   * MembershipWorkflow#remindersDue}).
   *
   * @param endDate the end date the reminder was about
   * @param daysFromEnd negative before the end date, positive after it, as the reminder said
   */
  record RecordReminderSent(LocalDate endDate, int daysFromEnd) implements MembershipCommand {
    /** Checks the day. */
    public RecordReminderSent {
      Objects.requireNonNull(endDate, "endDate");
    }
  }
}
