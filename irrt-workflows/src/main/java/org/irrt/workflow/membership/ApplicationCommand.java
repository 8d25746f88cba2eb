package org.irrt.workflow.membership;

import java.util.Objects;
import org.irrt.model.member.Member;
import org.irrt.model.membership.MembershipTypeId;
import org.irrt.model.membership.PaymentReference;
import org.irrt.workflow.OpaqueId;

/**
 * The commands of the membership application workflow, one record per command; the table keys its
 * rows by the record's type. A command carries what its caller may decide and nothing more: the
 * membership type is named by id, and its fee, gates and visibility come from the host's {@link
 * org.irrt.workflow.Organisation}.
 */
public sealed interface ApplicationCommand {
  /**
   * Starts an application (a draft) for a person and a membership type the organisation offers.
   *
   * @param applicant the person, as they will be a member
   * @param type the id of the membership type applied for
   * @param clientToken the form's token: the same token twice yields one application; an {@link
   *     OpaqueId} (1 to 200 ASCII letters, digits and {@code - _ . : ~ + / = @}), as it also serves
   *     as the request's idempotency key
   */
  record Create(Member applicant, MembershipTypeId type, String clientToken) implements ApplicationCommand {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException when a part is null
     * @throws org.irrt.model.common.InvalidValueException when the token breaks {@link OpaqueId}'s
     *     rule (at {@code clientToken}; an empty, huge or control-laden token is never stored)
     */
    public Create {
      Objects.requireNonNull(applicant, "applicant");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(clientToken, "clientToken");
      OpaqueId.require("ApplicationCommand.Create", "clientToken", clientToken);
    }
  }

  /**
   * The applicant changes the application's data (a draft, or while information is requested). It
   * carries the revision it was based on: a change based on an older revision is refused ({@code
   * basedOnCurrent}) and never applied over the newer data.
   *
   * @param applicant the person's data, as changed (the same person: the id does not change)
   * @param basedOnRevision the revision of the application the applicant's page showed
   */
  record Amend(Member applicant, int basedOnRevision) implements ApplicationCommand {
    /** Checks the parts. */
    public Amend {
      Objects.requireNonNull(applicant, "applicant");
    }
  }

  /** Submits the draft. */
  record Submit() implements ApplicationCommand {}

  /** An officer starts the review. */
  record StartReview() implements ApplicationCommand {}

  /**
   * An officer asks the applicant for more information.
   *
   * @param reason what is needed; missing or blank, the command is refused ({@code reasonGiven})
   */
  record RequestInformation(String reason) implements ApplicationCommand {
    /** Keeps the text in Unicode NFC (DOMAIN.md section 6); a missing one is refused by the guard. */
    public RequestInformation {
      reason = org.irrt.model.common.TextRules.nfc(reason);
    }
  }

  /** The applicant answers a request for information. */
  record Resubmit() implements ApplicationCommand {}

  /** An officer approves. */
  record Approve() implements ApplicationCommand {}

  /** The system approves a type that needs no approval (an automatic row). */
  record AutoApprove() implements ApplicationCommand {}

  /**
   * An officer rejects.
   *
   * @param reason why; missing or blank, the command is refused ({@code reasonGiven})
   */
  record Reject(String reason) implements ApplicationCommand {
    /** Keeps the text in Unicode NFC (DOMAIN.md section 6); a missing one is refused by the guard. */
    public Reject {
      reason = org.irrt.model.common.TextRules.nfc(reason);
    }
  }

  /** The applicant withdraws. */
  record Withdraw() implements ApplicationCommand {}

  /**
   * A payment of the fee is recorded.
   *
   * @param payment the payment
   */
  record RecordPayment(PaymentReference payment) implements ApplicationCommand {
    /** Checks the payment. */
    public RecordPayment {
      Objects.requireNonNull(payment, "payment");
    }
  }

  /** The system expires an application the applicant left unanswered. */
  record Expire() implements ApplicationCommand {}

  /** The system activates the membership (an automatic row). */
  record Activate() implements ApplicationCommand {}
}
