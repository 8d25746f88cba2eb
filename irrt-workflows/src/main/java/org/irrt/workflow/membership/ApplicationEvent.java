package org.irrt.workflow.membership;

import java.util.Objects;
import org.irrt.model.member.Member;
import org.irrt.model.member.MemberId;
import org.irrt.model.membership.MemberPrivacy;
import org.irrt.model.membership.Membership;
import org.irrt.model.membership.MembershipType;
import org.irrt.model.membership.PaymentReference;
import org.irrt.workflow.DataSubject;
import org.irrt.workflow.EventHeader;
import org.irrt.workflow.PersonalData;
import org.irrt.workflow.WorkflowEvent;

/**
 * The events of a membership application, its audit trail. Those that hold the applicant's data
 * ({@link ApplicationCreated}, {@link ApplicationAmended}, {@link MembershipActivated}) are {@link
 * PersonalData}, kept apart by the store and erased on request.
 */
public sealed interface ApplicationEvent extends WorkflowEvent {
  /**
   * A draft was started.
   *
   * @param header who, when
   * @param applicant the person
   * @param type the membership type, as the organisation configured it when the draft was started
   * @param clientToken the form's token
   */
  record ApplicationCreated(EventHeader header, Member applicant, MembershipType type, String clientToken)
      implements ApplicationEvent, PersonalData<ApplicationEvent> {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException when an argument is null
     */
    public ApplicationCreated {
      Objects.requireNonNull(header, "header");
      Objects.requireNonNull(applicant, "applicant");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(clientToken, "clientToken");
    }

    /** The applicant. */
    @Override
    public DataSubject dataSubject() {
      return DataSubject.member(applicant.id());
    }

    /** The applicant erased, as {@link MemberPrivacy#erase(Member, MemberId, java.time.Instant)} does. */
    @Override
    public ApplicationCreated erased(MemberId pseudonym) {
      Objects.requireNonNull(pseudonym, "pseudonym");
      return new ApplicationCreated(header.withoutFingerprint(), erase(applicant, pseudonym, header), type, clientToken);
    }
  }

  /**
   * The applicant changed the application's data.
   *
   * @param header who, when
   * @param applicant the person's data as changed
   */
  record ApplicationAmended(EventHeader header, Member applicant)
      implements ApplicationEvent, PersonalData<ApplicationEvent> {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException when an argument is null
     */
    public ApplicationAmended {
      Objects.requireNonNull(header, "header");
      Objects.requireNonNull(applicant, "applicant");
    }

    /** The applicant. */
    @Override
    public DataSubject dataSubject() {
      return DataSubject.member(applicant.id());
    }

    /** The applicant erased, as {@link MemberPrivacy#erase(Member, MemberId, java.time.Instant)} does. */
    @Override
    public ApplicationAmended erased(MemberId pseudonym) {
      Objects.requireNonNull(pseudonym, "pseudonym");
      return new ApplicationAmended(header.withoutFingerprint(), erase(applicant, pseudonym, header));
    }
  }

  /** @param header who, when */
  record ApplicationSubmitted(EventHeader header) implements ApplicationEvent {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException when an argument is null
     */
    public ApplicationSubmitted {
      Objects.requireNonNull(header, "header");
    }
  }

  /** @param header who, when */
  record ReviewStarted(EventHeader header) implements ApplicationEvent {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException when an argument is null
     */
    public ReviewStarted {
      Objects.requireNonNull(header, "header");
    }
  }

  /**
   * @param header who, when
   * @param reason what is needed
   */
  record InformationRequested(EventHeader header, String reason) implements ApplicationEvent {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException when an argument is null
     */
    public InformationRequested {
      Objects.requireNonNull(header, "header");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** @param header who, when */
  record ApplicationResubmitted(EventHeader header) implements ApplicationEvent {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException when an argument is null
     */
    public ApplicationResubmitted {
      Objects.requireNonNull(header, "header");
    }
  }

  /** @param header who (an officer, or the system when the type needs no approval), when */
  record ApplicationApproved(EventHeader header) implements ApplicationEvent {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException when an argument is null
     */
    public ApplicationApproved {
      Objects.requireNonNull(header, "header");
    }
  }

  /**
   * @param header who, when
   * @param reason why
   */
  record ApplicationRejected(EventHeader header, String reason) implements ApplicationEvent {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException when an argument is null
     */
    public ApplicationRejected {
      Objects.requireNonNull(header, "header");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** @param header who, when */
  record ApplicationWithdrawn(EventHeader header) implements ApplicationEvent {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException when an argument is null
     */
    public ApplicationWithdrawn {
      Objects.requireNonNull(header, "header");
    }
  }

  /**
   * @param header who, when
   * @param payment the payment
   */
  record PaymentRecorded(EventHeader header, PaymentReference payment) implements ApplicationEvent {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException when an argument is null
     */
    public PaymentRecorded {
      Objects.requireNonNull(header, "header");
      Objects.requireNonNull(payment, "payment");
    }
  }

  /** @param header who (the system), when */
  record ApplicationExpired(EventHeader header) implements ApplicationEvent {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException when an argument is null
     */
    public ApplicationExpired {
      Objects.requireNonNull(header, "header");
    }
  }

  /**
   * The membership exists.
   *
   * @param header who (the system), when
   * @param membership the new membership, with its dates from the type's rules
   */
  record MembershipActivated(EventHeader header, Membership membership)
      implements ApplicationEvent, PersonalData<ApplicationEvent> {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException when an argument is null
     */
    public MembershipActivated {
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
    public MembershipActivated erased(MemberId pseudonym) {
      Objects.requireNonNull(pseudonym, "pseudonym");
      return new MembershipActivated(header.withoutFingerprint(), membership.withMemberId(pseudonym));
    }
  }

  /**
   * The applicant as an erased form holds them: erased at the event's own instant, when the store
   * set the personal data apart (the erasure's own instant is the {@code MembershipErased} event's).
   */
  private static Member erase(Member applicant, MemberId pseudonym, EventHeader header) {
    return MemberPrivacy.erase(applicant, pseudonym, header.at()).member();
  }
}
