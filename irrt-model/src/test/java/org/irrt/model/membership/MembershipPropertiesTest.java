package org.irrt.model.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.List;
import org.irrt.model.common.Money;
import org.irrt.model.member.MemberCategory;
import org.irrt.model.member.MemberId;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Date rules over 1900-2200, every month end and February 29 included (fixed seed). */
class MembershipPropertiesTest {
  private static final long SEED = 4_2026_11_29L;
  private static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
  private static final LocalDate LAST = LocalDate.of(2200, 12, 31);

  /** Any day of 1900-2200, with month ends and February 29 drawn often. */
  static Gen<LocalDate> days() {
    Gen<LocalDate> any = integers().between(0, (int) (LAST.toEpochDay() - FIRST.toEpochDay())).map(FIRST::plusDays);
    Gen<LocalDate> monthEnds = integers().between(0, 301 * 12 - 1).map(i -> YearMonth.of(1900, 1).plusMonths(i).atEndOfMonth());
    Gen<LocalDate> leapDays = integers().between(0, 73).map(i -> 1904 + 4 * i)
        .map(y -> LocalDate.of(y % 100 == 0 && y % 400 != 0 ? y - 4 : y, 2, 29));
    return Generate.frequency(
        org.quicktheories.api.Pair.of(3, any), org.quicktheories.api.Pair.of(2, monthEnds),
        org.quicktheories.api.Pair.of(1, leapDays));
  }

  static Gen<MembershipDuration> durations() {
    return Generate.pick(List.of(DurationUnit.DAYS, DurationUnit.MONTHS, DurationUnit.YEARS))
        .zip(integers().between(1, 36), MembershipDuration::of);
  }

  static MembershipType type(MembershipDuration duration) {
    return MembershipType.builder().id(MembershipTypeId.of("t")).name("T").category(MemberCategory.REGULAR)
        .fee(Money.of("10", "USD")).duration(duration).periodType(PeriodType.ROLLING).build();
  }

  @Test
  void endDatesNeverOverflowIntoTheNextMonth() {
    qt().withFixedSeed(SEED).withExamples(5000).forAll(days(), integers().between(1, 120)).checkAssert((start, months) -> {
      LocalDate end = MembershipDuration.months(months).endOf(start).orElseThrow();
      YearMonth target = YearMonth.from(start).plusMonths(months);
      assertThat(end).isAfterOrEqualTo(start);
      assertThat(end).isBeforeOrEqualTo(target.atEndOfMonth());
      assertThat(YearMonth.from(end)).isIn(target, target.minusMonths(1));
      if (start.getDayOfMonth() <= target.lengthOfMonth()) {
        assertThat(end.plusDays(1)).isEqualTo(target.atDay(start.getDayOfMonth()));
      } else {
        assertThat(end).isEqualTo(target.atEndOfMonth());
      }
    });
  }

  @Test
  void continuousRenewalsMakeContiguousPeriods() {
    qt().withFixedSeed(SEED).withExamples(1500).forAll(days(), durations(), integers().between(1, 6))
        .checkAssert((join, duration, renewals) -> {
          MembershipType type = type(duration);
          Membership m = Membership.join(MembershipId.of("m"), MemberId.of("x"), type, join);
          for (int i = 0; i < renewals; i++) {
            LocalDate oldEnd = m.endDate().orElseThrow();
            m = m.renew(type, PaymentReference.of("p" + i, Money.of("10", "USD"), oldEnd), StatusRules.defaults());
            LocalDate nextStart = oldEnd.plusDays(1);
            assertThat(m.startDate()).isEqualTo(join);
            assertThat(m.endDate()).isEqualTo(duration.endOf(nextStart));
            assertThat(m.endDate().orElseThrow()).isAfter(oldEnd);
          }
        });
  }

  @Test
  void renewalIsIdempotentByPaymentId() {
    qt().withFixedSeed(SEED).withExamples(1000).forAll(days(), durations(), integers().between(-400, 800))
        .checkAssert((join, duration, paidAfter) -> {
          MembershipType type = type(duration);
          Membership m = Membership.join(MembershipId.of("m"), MemberId.of("x"), type, join);
          PaymentReference p = PaymentReference.of("same", Money.of("10", "USD"), join.plusDays(paidAfter));
          Membership once = m.renew(type, p, StatusRules.defaults());
          assertThat(once.renew(type, p, StatusRules.defaults())).isEqualTo(once);
          assertThat(once.payments()).hasSize(1);
        });
  }

  @Test
  void currentGraceAndExpiredPartitionTimeFromTheStartDate() {
    StatusRules rules = StatusRules.defaults();
    List<StatusRule> windows = rules.rules().subList(1, 4); // Current, Grace, Expired
    qt().withFixedSeed(SEED).withExamples(3000).forAll(days(), durations(), integers().between(-5, 900))
        .checkAssert((join, duration, offset) -> {
          Membership m = Membership.join(MembershipId.of("m"), MemberId.of("x"), type(duration), join);
          LocalDate day = m.startDate().plusDays(offset);
          long containing = windows.stream().filter(w -> w.contains(day, m)).count();
          MembershipStatus status = rules.statusOf(m, day);
          if (day.isBefore(m.startDate())) {
            assertThat(containing).isZero();
            assertThat(status).isEqualTo(MembershipStatus.NOT_STARTED);
          } else {
            assertThat(containing).isEqualTo(1);
            assertThat(status).isIn(MembershipStatus.NEW, MembershipStatus.CURRENT, MembershipStatus.GRACE,
                MembershipStatus.EXPIRED);
          }
        });
  }

  @Test
  void statusNeverGoesBackwardsAsDaysPass() {
    StatusRules rules = StatusRules.defaults();
    List<MembershipStatus> order = List.of(MembershipStatus.NOT_STARTED, MembershipStatus.NEW, MembershipStatus.CURRENT,
        MembershipStatus.GRACE, MembershipStatus.EXPIRED);
    qt().withFixedSeed(SEED).withExamples(300).forAll(days(), durations()).checkAssert((join, duration) -> {
      Membership m = Membership.join(MembershipId.of("m"), MemberId.of("x"), type(duration), join);
      int previous = 0;
      for (LocalDate day = join.minusDays(2); day.isBefore(m.endDate().orElseThrow().plusMonths(2)); day = day.plusDays(3)) {
        int now = order.indexOf(rules.statusOf(m, day));
        assertThat(now).isGreaterThanOrEqualTo(previous);
        previous = now;
      }
    });
  }

  @Test
  void fixedPeriodsAlwaysContainTheJoinDay() {
    Gen<MonthDay> monthDays = integers().between(1, 365).map(i -> MonthDay.from(LocalDate.ofYearDay(2023, i)));
    qt().withFixedSeed(SEED).withExamples(2000).forAll(days(), monthDays, monthDays).checkAssert((join, start, rollover) -> {
      MembershipType type = MembershipType.builder().from(type(MembershipDuration.years(1))).periodType(PeriodType.FIXED)
          .fixedPeriodStart(start).rolloverDay(rollover).build();
      MembershipPeriod p = type.periodForJoining(join);
      assertThat(p.start()).isBeforeOrEqualTo(join);
      assertThat(p.end().orElseThrow()).isAfterOrEqualTo(join);
      assertThat(MonthDay.from(p.start())).isEqualTo(start);
    });
  }

  @Test
  void fixedPeriodsOfMonthsAlsoContainTheJoinDay() {
    Gen<MonthDay> monthDays = integers().between(1, 365).map(i -> MonthDay.from(LocalDate.ofYearDay(2023, i)));
    qt().withFixedSeed(SEED).withExamples(3000).forAll(days(), monthDays, monthDays, integers().between(1, 24))
        .checkAssert((join, start, rollover, months) -> {
          MembershipType type = MembershipType.builder().from(type(MembershipDuration.months(months)))
              .periodType(PeriodType.FIXED).fixedPeriodStart(start).rolloverDay(rollover).build();
          MembershipPeriod p = type.periodForJoining(join);
          assertThat(p.start()).isBeforeOrEqualTo(join);
          assertThat(p.end().orElseThrow()).isAfterOrEqualTo(join);
          assertThat(p.start()).isAfter(join.minusYears(1).minusDays(1));
        });
  }
}
