package org.irrt.workflow.membership;

import java.util.Objects;
import org.irrt.model.member.Member;
import org.irrt.model.membership.MembershipType;
import org.irrt.model.membership.PaymentReference;

/** The commands of the membership application workflow. */
public sealed interface ApplicationCommand {
  /**
   * The command's kind, the key of the table.
   *
   * @return the kind
   */
  Kind kind();

  /** The kinds of commands. */
  enum Kind { CREATE, SUBMIT, START_REVIEW, REQUEST_INFORMATION, RESUBMIT, APPROVE, AUTO_APPROVE, REJECT,
    WITHDRAW, RECORD_PAYMENT, EXPIRE, ACTIVATE }

  /**
   * Starts an application (a draft) for a person and a membership type.
   *
   * @param applicant the person, as they will be a member
   * @param type the membership type applied for
   * @param clientToken the form's token: the same token twice yields one application
   */
  record Create(Member applicant, MembershipType type, String clientToken) implements ApplicationCommand {
    /** Checks the parts. */
    public Create {
      Objects.requireNonNull(applicant, "applicant");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(clientToken, "clientToken");
    }

    @Override
    public Kind kind() {
      return Kind.CREATE;
    }
  }

  /** Submits the draft. */
  record Submit() implements ApplicationCommand {
    @Override
    public Kind kind() {
      return Kind.SUBMIT;
    }
  }

  /** An officer starts the review. */
  record StartReview() implements ApplicationCommand {
    @Override
    public Kind kind() {
      return Kind.START_REVIEW;
    }
  }

  /**
   * An officer asks the applicant for more information.
   *
   * @param reason what is needed; missing or blank, the command is refused ({@code reasonGiven})
   */
  record RequestInformation(String reason) implements ApplicationCommand {
    @Override
    public Kind kind() {
      return Kind.REQUEST_INFORMATION;
    }
  }

  /** The applicant answers a request for information. */
  record Resubmit() implements ApplicationCommand {
    @Override
    public Kind kind() {
      return Kind.RESUBMIT;
    }
  }

  /** An officer approves. */
  record Approve() implements ApplicationCommand {
    @Override
    public Kind kind() {
      return Kind.APPROVE;
    }
  }

  /** The system approves a type that needs no approval. */
  record AutoApprove() implements ApplicationCommand {
    @Override
    public Kind kind() {
      return Kind.AUTO_APPROVE;
    }
  }

  /**
   * An officer rejects.
   *
   * @param reason why; missing or blank, the command is refused ({@code reasonGiven})
   */
  record Reject(String reason) implements ApplicationCommand {
    @Override
    public Kind kind() {
      return Kind.REJECT;
    }
  }

  /** The applicant withdraws. */
  record Withdraw() implements ApplicationCommand {
    @Override
    public Kind kind() {
      return Kind.WITHDRAW;
    }
  }

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

    @Override
    public Kind kind() {
      return Kind.RECORD_PAYMENT;
    }
  }

  /** The system expires an application the applicant left unanswered. */
  record Expire() implements ApplicationCommand {
    @Override
    public Kind kind() {
      return Kind.EXPIRE;
    }
  }

  /** The system activates the membership. */
  record Activate() implements ApplicationCommand {
    @Override
    public Kind kind() {
      return Kind.ACTIVATE;
    }
  }
}
