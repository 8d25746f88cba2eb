package org.irrt.model.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.irrt.model.common.Money;
import org.irrt.model.member.MemberCategory;
import org.irrt.model.member.MemberId;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * DOMAIN.md section 2 checked against independent oracles, a few plain lines each written from the
 * rule's text, over generated dates 1900-2200 (fixed seed): period ends with month-end clamping,
 * rolling and fixed periods with a rollover day, the default status windows with their inclusive
 * ends, overrides with and without an until date, evaluation by instant and zone, and renewal in
 * every status with its idempotency by payment id.
 */
class MembershipOracleTest {
  private static final long SEED = 2_2026_12_07L;
  private static final List<ZoneId> ZONES = List.of("Pacific/Kiritimati", "Pacific/Pago_Pago", "America/Chicago", "UTC")
      .stream().map(ZoneId::of).toList();

  static Gen<LocalDate> days() {
    return MembershipPropertiesTest.days();
  }

  static Gen<MembershipDuration> durations() {
    return Generate.pick(List.of(DurationUnit.DAYS, DurationUnit.MONTHS, DurationUnit.YEARS))
        .zip(integers().between(1, 36), MembershipDuration::of);
  }

  /** Oracle: start + duration - 1 day, where a month or year added to a day its month lacks gives that month's last day. */
  static LocalDate oracleEnd(LocalDate start, MembershipDuration d) {
    if (d.unit() == DurationUnit.DAYS) {
      return start.plusDays(d.count() - 1L);
    }
    LocalDate same = start.plusMonths(d.unit() == DurationUnit.YEARS ? 12L * d.count() : d.count()); // clamps
    return same.getDayOfMonth() == start.getDayOfMonth() ? same.minusDays(1) : same;
  }

  /** Oracle: the default status rules in order, their ends inclusive, read from DOMAIN.md section 2. */
  static MembershipStatus oracleStatus(Membership m, LocalDate day) {
    if (m.statusOverride().isPresent() && (m.statusOverrideEndDate().isEmpty() || day.isBefore(m.statusOverrideEndDate().get()))) {
      return MembershipStatus.valueOf(m.statusOverride().get().name());
    }
    if (m.pending()) {
      return MembershipStatus.PENDING;
    }
    if (m.endDate().isEmpty()) {
      return day.isBefore(m.startDate()) ? MembershipStatus.NOT_STARTED : MembershipStatus.CURRENT;
    }
    LocalDate end = m.endDate().get();
    if (!day.isBefore(m.joinDate()) && !day.isAfter(m.joinDate().plusMonths(3)) && !day.isAfter(end)) {
      return MembershipStatus.NEW;
    }
    if (!day.isBefore(m.startDate()) && !day.isAfter(end)) {
      return MembershipStatus.CURRENT;
    }
    if (day.isAfter(end) && !day.isAfter(end.plusMonths(1))) {
      return MembershipStatus.GRACE;
    }
    return day.isAfter(end) ? MembershipStatus.EXPIRED : MembershipStatus.NOT_STARTED;
  }

  static MembershipType rolling(MembershipDuration d) {
    return MembershipType.builder().id(MembershipTypeId.of("t")).name("T").category(MemberCategory.REGULAR)
        .fee(Money.of("10", "USD")).duration(d).periodType(PeriodType.ROLLING).build();
  }

  static MembershipType fixed(MonthDay start, Optional<MonthDay> rollover) {
    return MembershipType.builder().id(MembershipTypeId.of("t")).name("T").category(MemberCategory.REGULAR)
        .fee(Money.of("10", "USD")).duration(MembershipDuration.years(1)).periodType(PeriodType.FIXED)
        .fixedPeriodStart(start).rolloverDay(rollover).build();
  }

  static Membership join(MembershipType t, LocalDate day) {
    return Membership.join(MembershipId.of("m"), MemberId.of("a"), t, day);
  }

  @Test
  void periodEndsAreStartPlusDurationLessADayClampedToTheMonthsLastDay() {
    qt().withFixedSeed(SEED).withExamples(6000).forAll(days(), durations()).checkAssert((start, d) ->
        assertThat(d.endOf(start)).contains(oracleEnd(start, d)));
  }

  @Test
  void pinnedPeriodEndsAcrossMonthEndsAndLeapDays() {
    Object[][] table = {
        {"2026-01-31", MembershipDuration.months(1), "2026-02-28"},
        {"2028-01-31", MembershipDuration.months(1), "2028-02-29"},
        {"2028-01-29", MembershipDuration.months(1), "2028-02-28"},
        {"2027-01-29", MembershipDuration.months(1), "2027-02-28"},
        {"2026-08-31", MembershipDuration.months(6), "2027-02-28"},
        {"2024-02-29", MembershipDuration.years(1), "2025-02-28"},
        {"2024-02-29", MembershipDuration.years(4), "2028-02-28"},
        {"2023-02-28", MembershipDuration.years(1), "2024-02-27"},
        {"2024-02-28", MembershipDuration.months(12), "2025-02-27"},
        {"2026-03-01", MembershipDuration.days(1), "2026-03-01"},
        {"2028-02-01", MembershipDuration.days(29), "2028-02-29"},
        {"2026-12-31", MembershipDuration.days(365), "2027-12-30"},
    };
    for (Object[] row : table) {
      assertThat(((MembershipDuration) row[1]).endOf(LocalDate.parse((String) row[0])))
          .as("%s + %s", row[0], row[1]).contains(LocalDate.parse((String) row[2]));
    }
  }

  @Test
  void rollingPeriodsStartOnTheJoinDay() {
    qt().withFixedSeed(SEED).withExamples(3000).forAll(days(), durations()).checkAssert((joinDay, d) -> {
      Membership m = join(rolling(d), joinDay);
      assertThat(m.startDate()).isEqualTo(joinDay);
      assertThat(m.endDate()).contains(oracleEnd(joinDay, d));
    });
  }

  @Test
  void fixedYearlyPeriodsStartOnTheLastFixedDayAndJoiningOnOrAfterTheRolloverPushesTheEndAYear() {
    Gen<MonthDay> monthDays = integers().between(0, 364).map(i -> MonthDay.from(LocalDate.of(2027, 1, 1).plusDays(i)));
    qt().withFixedSeed(SEED).withExamples(6000).forAll(days(), monthDays, monthDays, integers().between(0, 1))
        .checkAssert((joinDay, startDay, rolloverDay, withRollover) -> {
          Optional<MonthDay> rollover = withRollover == 1 ? Optional.of(rolloverDay) : Optional.empty();
          Membership m = join(fixed(startDay, rollover), joinDay);
          LocalDate start = startDay.atYear(joinDay.getYear());
          start = start.isAfter(joinDay) ? start.minusYears(1) : start;
          LocalDate end = start.plusYears(1).minusDays(1);
          if (rollover.isPresent()) {
            LocalDate r = rolloverDay.atYear(start.getYear());
            r = r.isBefore(start) ? rolloverDay.atYear(start.getYear() + 1) : r;
            end = !joinDay.isBefore(r) ? start.plusYears(2).minusDays(1) : end;
          }
          assertThat(m.startDate()).isEqualTo(start);
          assertThat(m.endDate()).contains(end);
        });
  }

  @Test
  void pinnedFixedPeriodsAroundTheRolloverDayFromSeptember1AndJanuary1() {
    MembershipType ala = fixed(MonthDay.of(9, 1), Optional.of(MonthDay.of(6, 1)));
    Object[][] table = {
        {ala, "2026-05-31", "2025-09-01", "2026-08-31"},
        {ala, "2026-06-01", "2025-09-01", "2027-08-31"},
        {ala, "2026-06-02", "2025-09-01", "2027-08-31"},
        {ala, "2026-08-31", "2025-09-01", "2027-08-31"},
        {ala, "2026-09-01", "2026-09-01", "2027-08-31"},
        {fixed(MonthDay.of(1, 1), Optional.of(MonthDay.of(10, 1))), "2026-09-30", "2026-01-01", "2026-12-31"},
        {fixed(MonthDay.of(1, 1), Optional.of(MonthDay.of(10, 1))), "2026-10-01", "2026-01-01", "2027-12-31"},
        {fixed(MonthDay.of(1, 1), Optional.of(MonthDay.of(10, 1))), "2026-12-31", "2026-01-01", "2027-12-31"},
        {fixed(MonthDay.of(1, 1), Optional.of(MonthDay.of(10, 1))), "2027-01-01", "2027-01-01", "2027-12-31"},
        {fixed(MonthDay.of(1, 1), Optional.empty()), "2028-02-29", "2028-01-01", "2028-12-31"},
    };
    for (Object[] row : table) {
      Membership m = join((MembershipType) row[0], LocalDate.parse((String) row[1]));
      assertThat(m.startDate()).as("start, joined %s", row[1]).isEqualTo(LocalDate.parse((String) row[2]));
      assertThat(m.endDate()).as("end, joined %s", row[1]).contains(LocalDate.parse((String) row[3]));
    }
  }

  @Test
  void theStatusIsTheFirstDefaultRuleWhoseInclusiveWindowHoldsTheDay() {
    qt().withFixedSeed(SEED).withExamples(8000)
        .forAll(days(), durations(), integers().between(-40, 1300), integers().between(0, 4))
        .checkAssert((joinDay, d, offset, variant) -> {
          Membership m = join(rolling(variant == 4 ? MembershipDuration.lifetime() : d), joinDay);
          if (variant == 1) {
            m = m.withStatusOverride(StatusOverride.SUSPENDED);
          } else if (variant == 2) {
            m = m.withStatusOverride(StatusOverride.CANCELLED).withStatusOverrideEndDate(joinDay.plusDays(30));
          } else if (variant == 3) {
            m = m.withPending(true);
          }
          LocalDate day = joinDay.plusDays(offset);
          assertThat(StatusRules.defaults().statusOf(m, day)).as("on %s", day).isEqualTo(oracleStatus(m, day));
        });
  }

  @Test
  void pinnedStatusBoundariesOnBothSidesOfEachInclusiveEnd() {
    Membership m = join(rolling(MembershipDuration.years(1)), LocalDate.parse("2026-11-30"));
    Object[][] table = {
        {"2026-11-29", MembershipStatus.NOT_STARTED},
        {"2026-11-30", MembershipStatus.NEW},
        {"2027-02-27", MembershipStatus.NEW},
        {"2027-02-28", MembershipStatus.NEW}, // join + 3 months, clamped, inclusive
        {"2027-03-01", MembershipStatus.CURRENT},
        {"2027-11-29", MembershipStatus.CURRENT},
        {"2027-11-30", MembershipStatus.GRACE},
        {"2027-12-29", MembershipStatus.GRACE}, // end + 1 month, inclusive
        {"2027-12-30", MembershipStatus.EXPIRED},
    };
    for (Object[] row : table) {
      assertThat(StatusRules.defaults().statusOf(m, LocalDate.parse((String) row[0]))).as("on %s", row[0])
          .isEqualTo(row[1]);
    }
    Membership until = m.withStatusOverride(StatusOverride.SUSPENDED).withStatusOverrideEndDate(LocalDate.parse("2027-05-01"));
    assertThat(StatusRules.defaults().statusOf(until, LocalDate.parse("2027-04-30"))).isEqualTo(MembershipStatus.SUSPENDED);
    assertThat(StatusRules.defaults().statusOf(until, LocalDate.parse("2027-05-01"))).isEqualTo(MembershipStatus.CURRENT);
    assertThat(StatusRules.defaults().statusOf(m.withStatusOverride(StatusOverride.DECEASED), LocalDate.parse("2099-01-01")))
        .isEqualTo(MembershipStatus.DECEASED);
  }

  @Test
  void anInstantIsReadAsTheDayItIsInTheOrganisationsZoneNearMidnight() {
    qt().withFixedSeed(SEED).withExamples(4000)
        .forAll(days(), integers().between(0, 3), integers().between(-60, 400), integers().between(-26 * 60, 26 * 60))
        .checkAssert((joinDay, zi, dayOffset, minutes) -> {
          ZoneId zone = ZONES.get(zi);
          Membership m = join(rolling(MembershipDuration.years(1)), joinDay);
          LocalDate near = List.of(joinDay, m.endDate().orElseThrow(), m.endDate().orElseThrow().plusMonths(1),
              joinDay.plusMonths(3)).get(Math.floorMod(dayOffset, 4));
          Instant at = near.atStartOfDay(zone).toInstant().plusSeconds(60L * minutes);
          assertThat(m.status(at, zone)).isEqualTo(oracleStatus(m, LocalDate.ofInstant(at, zone)));
        });
  }

  @Test
  void pinnedInstantsAroundMidnightInKiritimatiPagoPagoAndChicagoAcrossDaylightSaving() {
    Membership m = join(rolling(MembershipDuration.years(1)), LocalDate.parse("2026-03-08"));
    // the end is 2027-03-07; Grace from 2027-03-08 (a Sunday on which Chicago springs forward)
    Instant beforeMidnightUtc = Instant.parse("2027-03-08T05:59:59Z"); // 2027-03-07 23:59:59 CST
    assertThat(m.status(beforeMidnightUtc, ZoneId.of("America/Chicago"))).isEqualTo(MembershipStatus.CURRENT);
    assertThat(m.status(Instant.parse("2027-03-08T06:00:00Z"), ZoneId.of("America/Chicago"))).isEqualTo(MembershipStatus.GRACE);
    // Kiritimati is UTC+14: 10:00 UTC on the end date is already the next day there
    assertThat(m.status(Instant.parse("2027-03-07T09:59:59Z"), ZoneId.of("Pacific/Kiritimati"))).isEqualTo(MembershipStatus.CURRENT);
    assertThat(m.status(Instant.parse("2027-03-07T10:00:00Z"), ZoneId.of("Pacific/Kiritimati"))).isEqualTo(MembershipStatus.GRACE);
    // Pago Pago is UTC-11: 10:59 UTC on the day after the end is still the end date there
    assertThat(m.status(Instant.parse("2027-03-08T10:59:59Z"), ZoneId.of("Pacific/Pago_Pago"))).isEqualTo(MembershipStatus.CURRENT);
    assertThat(m.status(Instant.parse("2027-03-08T11:00:00Z"), ZoneId.of("Pacific/Pago_Pago"))).isEqualTo(MembershipStatus.GRACE);
    // Grace ends 2027-04-07 inclusive; Chicago is on CDT (UTC-5) by then
    assertThat(m.status(Instant.parse("2027-04-08T04:59:59Z"), ZoneId.of("America/Chicago"))).isEqualTo(MembershipStatus.GRACE);
    assertThat(m.status(Instant.parse("2027-04-08T05:00:00Z"), ZoneId.of("America/Chicago"))).isEqualTo(MembershipStatus.EXPIRED);
  }

  @Test
  void aRenewalExtendsFromTheOldEndWhileItCountsStartsAfreshOnceExpiredAndAppliesOncePerPayment() {
    qt().withFixedSeed(SEED).withExamples(5000)
        .forAll(days(), durations(), integers().between(-10, 1500), integers().between(1, 3))
        .checkAssert((joinDay, d, paidOffset, terms) -> {
          MembershipType t = rolling(d);
          Membership m = join(t, joinDay);
          LocalDate paidOn = joinDay.plusDays(paidOffset);
          PaymentReference pay = PaymentReference.of("pay-1", Money.of("30", "USD"), paidOn);
          LocalDate end = m.endDate().orElseThrow();
          boolean counts = !paidOn.isAfter(end.plusMonths(1)); // New, Current or Grace (or before the start)
          LocalDate start = counts ? joinDay : paidOn;
          LocalDate newEnd = counts ? end : oracleEnd(paidOn, d);
          for (int i = counts ? 0 : 1; i < terms; i++) {
            newEnd = oracleEnd(newEnd.plusDays(1), d); // the next period: old end + 1 day for one duration
          }
          Membership renewed = m.renew(t, pay, terms, StatusRules.defaults());
          assertThat(renewed.joinDate()).isEqualTo(joinDay);
          assertThat(renewed.startDate()).isEqualTo(start);
          assertThat(renewed.endDate()).contains(newEnd);
          assertThat(renewed.renew(t, pay, terms, StatusRules.defaults())).isEqualTo(renewed);
          assertThat(renewed.renew(t, PaymentReference.of("pay-1", Money.of("90", "USD"), paidOn.plusDays(400)), 3,
              StatusRules.defaults())).as("the same payment id again changes nothing").isEqualTo(renewed);
        });
  }
}
