package org.irrt.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.irrt.model.common.Money;
import org.irrt.model.common.PaymentReversal;
import org.irrt.model.common.ReversalReason;
import org.irrt.model.membership.Membership;
import org.irrt.model.membership.MembershipDuration;
import org.irrt.model.membership.MembershipType;
import org.irrt.model.membership.PaymentReference;
import org.irrt.model.membership.StatusRules;
import org.irrt.model.pledge.Pledge;
import org.irrt.model.pledge.PledgePayment;
import org.irrt.model.testing.Violations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 15 §5: the new attributes (a pledge's and a membership's {@code reversals}, a membership's
 * {@code renewals}, a type's {@code renewalWindow}) are optional, so files written before them still
 * read, and files written with them read back equal.
 */
@ParameterizedClass(name = "{0}")
@MethodSource("org.irrt.model.json.Bindings#all")
class ReversalAndRenewalJsonCompatibilityTest {
  @Parameter
  JsonBinding json;

  private static final String OLD_PLEDGE = """
      {"id": "pl-1", "campaign": "endowment", "donor": {"member": "m-1"}, "total": {"amount": 300, "currency": "EUR"},
       "installmentCount": 3, "frequency": {"interval": 1, "unit": "MONTHS"}, "startDate": "2027-01-10",
       "payments": [{"paymentId": "a", "amount": {"amount": 100, "currency": "EUR"}, "receivedOn": "2027-01-10"}]}
      """;

  private static final String OLD_MEMBERSHIP = """
      {"id": "ms-1", "memberId": "m-1", "typeId": "regular", "joinDate": "2025-07-01", "startDate": "2025-07-01",
       "endDate": "2027-06-30",
       "payments": [{"paymentId": "pay-1", "amount": {"amount": 35, "currency": "USD"}, "receivedOn": "2026-05-20"}]}
      """;

  private static final String OLD_TYPE = """
      {"id": "regular", "name": "Regular", "category": "REGULAR", "fee": {"amount": 35, "currency": "USD"},
       "duration": {"unit": "YEARS", "count": 1}, "periodType": "ROLLING"}
      """;

  @Test
  void filesWrittenBeforeReversalsRenewalsAndWindowsStillRead() {
    Pledge pledge = json.read(OLD_PLEDGE, Pledge.class);
    assertThat(pledge.reversals()).isEmpty();
    assertThat(pledge.received()).isEqualTo(Money.of("100", "EUR"));
    Membership membership = json.read(OLD_MEMBERSHIP, Membership.class);
    assertThat(membership.renewals()).isEmpty();
    assertThat(membership.reversals()).isEmpty();
    MembershipType type = json.read(OLD_TYPE, MembershipType.class);
    assertThat(type.renewalWindow()).isEmpty();
    // a renewal recorded before renewals were kept cannot be taken back: an officer decides
    assertThat(Violations.of(() -> membership.reverse(PaymentReversal.of("pay-1", LocalDate.parse("2026-06-01"),
        ReversalReason.REFUND)))).containsExactly("reversals[0].paymentId org.irrt.model.Membership.notARenewal");
  }

  @Test
  void reversalsRenewalsAndWindowsAreWrittenAndReadBackEqual() {
    Pledge pledge = json.read(OLD_PLEDGE, Pledge.class)
        .pay(PledgePayment.of("b", Money.of("100", "EUR"), LocalDate.parse("2027-02-10")))
        .reverse(PaymentReversal.of("b", LocalDate.parse("2027-02-20"), ReversalReason.CHARGEBACK));
    String pledgeJson = json.write(pledge);
    assertThat(pledgeJson).contains("\"reversedOn\": \"2027-02-20\"").contains("\"reason\": \"CHARGEBACK\"");
    assertThat(json.read(pledgeJson, Pledge.class)).isEqualTo(pledge);

    MembershipType type = json.read(OLD_TYPE, MembershipType.class).withRenewalWindow(MembershipDuration.years(1));
    String typeJson = json.write(type);
    assertThat(typeJson).contains("\"renewalWindow\"");
    assertThat(json.read(typeJson, MembershipType.class)).isEqualTo(type);

    Membership membership = json.read(OLD_MEMBERSHIP, Membership.class)
        .renew(type, PaymentReference.of("pay-2", Money.of("70", "USD"), LocalDate.parse("2027-07-01")), 2,
            StatusRules.defaults())
        .reverse(PaymentReversal.of("pay-2", LocalDate.parse("2027-07-05"), ReversalReason.BOUNCE));
    String membershipJson = json.write(membership);
    assertThat(membershipJson).contains("\"previousEndDate\": \"2027-06-30\"").contains("\"terms\": 2");
    assertThat(json.read(membershipJson, Membership.class)).isEqualTo(membership);
  }

  @Test
  void aReversalNamingNoPaymentIsReportedAtItsPathWhenRead() {
    String broken = OLD_PLEDGE.replace("}]}", "}], \"reversals\": [{\"paymentId\": \"zzz\", \"reversedOn\": \"2027-01-12\","
        + " \"reason\": \"BOUNCE\"}, {\"paymentId\": \"a\", \"reversedOn\": \"2027-01-09\", \"reason\": \"LOST\"}]}");
    assertThat(Violations.of(() -> json.read(broken, Pledge.class))).containsExactlyInAnyOrder(
        "reversals[0].paymentId org.irrt.model.PaymentReversal.unknownPayment",
        "reversals[1].reason org.irrt.model.json.enum",
        "reversals[1].reversedOn org.irrt.model.PaymentReversal.beforePayment");
  }
}
