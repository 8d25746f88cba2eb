package org.irrt.workflow.membership;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.irrt.model.common.Money;
import org.irrt.model.member.Member;
import org.irrt.model.membership.Membership;
import org.irrt.model.membership.MembershipType;
import org.irrt.model.membership.PaymentReference;

/**
 * A membership application, as its events made it: the applicant, the type applied for, the state,
 * the payments, the last officer's reason, and the membership once active. Immutable.
 *
 * @param id the application's id
 * @param state the state
 * @param applicant the person, once created
 * @param type the membership type, once created
 * @param clientToken the form's token, once created
 * @param payments payments recorded
 * @param reason the last reason given by an officer (information requested, rejection)
 * @param lastChange when the state last changed
 * @param membership the membership, once active
 */
public record MembershipApplication(String id, ApplicationState state, Optional<Member> applicant,
    Optional<MembershipType> type, Optional<String> clientToken, List<PaymentReference> payments,
    Optional<String> reason, Optional<Instant> lastChange, Optional<Membership> membership) {

  /** Copies the payments. */
  public MembershipApplication {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(applicant, "applicant");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(clientToken, "clientToken");
    Objects.requireNonNull(payments, "payments");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(lastChange, "lastChange");
    Objects.requireNonNull(membership, "membership");
    payments = List.copyOf(payments);
  }

  static MembershipApplication empty(String id) {
    return new MembershipApplication(id, ApplicationState.NONE, Optional.empty(), Optional.empty(), Optional.empty(),
        List.of(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  MembershipApplication to(ApplicationState next, Instant at) {
    return new MembershipApplication(id, next, applicant, type, clientToken, payments, reason, Optional.of(at), membership);
  }

  MembershipApplication withReason(String text) {
    return new MembershipApplication(id, state, applicant, type, clientToken, payments, Optional.of(text), lastChange,
        membership);
  }

  MembershipApplication withPayment(PaymentReference p) {
    List<PaymentReference> all = new ArrayList<>(payments);
    all.add(p);
    return new MembershipApplication(id, state, applicant, type, clientToken, all, reason, lastChange, membership);
  }

  /**
   * The total paid, in the fee's currency.
   *
   * @return the sum of payments in the fee's currency (zero when none)
   */
  public Optional<Money> paid() {
    return type.map(t -> payments.stream().map(PaymentReference::amount)
        .filter(m -> m.currency().equals(t.fee().currency())).reduce(Money.zero(t.fee().currency()), Money::plus));
  }
}
