package org.irrt.readme;

// README: memberships
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.irrt.model.common.CountryCode;
import org.irrt.model.common.EmailAddress;
import org.irrt.model.common.Money;
import org.irrt.model.common.PaymentReversal;
import org.irrt.model.common.PersonName;
import org.irrt.model.common.ReversalReason;
import org.irrt.model.member.Member;
import org.irrt.model.member.MemberCategory;
import org.irrt.model.member.MemberId;
import org.irrt.model.membership.Membership;
import org.irrt.model.membership.MembershipDuration;
import org.irrt.model.membership.MembershipId;
import org.irrt.model.membership.MembershipStatus;
import org.irrt.model.membership.MembershipType;
import org.irrt.model.membership.MembershipTypeId;
import org.irrt.model.membership.PaymentReference;
import org.irrt.model.membership.PeriodType;
import org.irrt.model.membership.StatusRules;
// END README

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** README, "A short tour of the API": a member, a membership type, money and a membership's life. */
class MembershipsTest {
  @Test
  void aMembershipJoinsRenewsForTwoTermsAndLosesTheBouncedRenewal() {
    // README: memberships
    ZoneId zone = ZoneId.of("America/Chicago");                  // the organisation's time zone
    Clock clock = Clock.fixed(Instant.parse("2026-03-02T15:00:00Z"), zone); // Clock.system(zone) in production
    Member member = Member.builder()
        .id(MemberId.of("m-1"))
        .name(PersonName.of("Ana María", "García"))
        .email(EmailAddress.of("ana@example.org"))
        .country(CountryCode.of("CO"))                           // ISO 3166
        .preferredLanguage("es")                                 // BCP 47
        .category(MemberCategory.INTERNATIONAL)
        .build();
    MembershipType type = MembershipType.builder()
        .id(MembershipTypeId.of("international"))
        .name("International")
        .category(MemberCategory.INTERNATIONAL)
        .fee(Money.of("35.00", "EUR"))                           // exact, in the currency's minor units
        .duration(MembershipDuration.years(1))
        .periodType(PeriodType.ROLLING)                          // a year from the day one joins
        .build();

    Money pledged = Money.parse("1.000,00", Currency.getInstance("EUR"), Locale.GERMANY); // 1000.00 EUR
    List<Money> installments = pledged.split(3);                 // 333.33, 333.33, 333.34: exact
    boolean kuna = Money.inUse(Currency.getInstance("HRK"), LocalDate.of(2026, 3, 2)); // false (CLDR): a pledge
                                                                 // or campaign in HRK starting then is refused

    Membership m = Membership.join(MembershipId.of("ms-1"), member.id(), type, LocalDate.of(2026, 1, 31));
    MembershipStatus s = m.status(Instant.now(clock), zone);     // NEW; later CURRENT, GRACE, EXPIRED...
    LocalDate paidOn = LocalDate.now(clock);                     // 2026-03-02 in Chicago
    StatusRules rules = StatusRules.defaults();                  // CiviCRM's status rules
    m = m.renew(type, PaymentReference.of("pay-9", type.fee(), paidOn), rules);              // once per payment id
    m = m.renew(type, PaymentReference.of("pay-10", type.fee().times(2), paidOn), 2, rules); // two terms at once
    m = m.reverse(PaymentReversal.of("pay-10", paidOn.plusDays(5), ReversalReason.BOUNCE));  // pay-10 bounced
    LocalDate end = m.endDate().orElseThrow();                   // 2028-01-30: pay-10's two terms taken back
    // END README

    assertThat(pledged.amount()).isEqualByComparingTo("1000.00");
    assertThat(kuna).isFalse();
    assertThat(installments).extracting(Money::toString).containsExactly("333.33 EUR", "333.33 EUR", "333.34 EUR");
    assertThat(s).isEqualTo(MembershipStatus.NEW);
    assertThat(paidOn).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(end).as("a year from 2026-01-31, one more by pay-9; pay-10's two taken back")
        .isEqualTo(LocalDate.of(2028, 1, 30));
    assertThat(m.hasPayment("pay-10")).isTrue();
    assertThat(m.reversals()).extracting(PaymentReversal::paymentId).containsExactly("pay-10");
  }
}
