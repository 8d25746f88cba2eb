package org.irrt.model.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.TreeSet;
import org.irrt.model.common.Money;
import org.irrt.model.member.MemberId;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: {@code Pledge.remindersDue(day, ...)} asked whether the pledge was closed without the
 * day, so a cancellation or write-off dated later stopped reminders before its date while the
 * statuses of those days still showed the installment pending. Reminders, statuses, overdue
 * installments and amounts now all read the pledge as it stood on the day, and agree on every day.
 */
class FutureDatedClosingRegressionTest {
  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

  static Pledge pledge(int count, String start) {
    return Pledge.builder().id(PledgeId.of("p")).campaign(CampaignId.of("c")).donor(Donor.member(MemberId.of("m")))
        .total(Money.of("600", "USD")).installmentCount(count).frequency(Frequency.monthly())
        .startDate(LocalDate.parse(start)).build();
  }

  static Instant endOf(LocalDate day) {
    return day.plusDays(1).atStartOfDay(CHICAGO).toInstant().minusSeconds(1);
  }

  @Test
  void aCancellationDatedLaterStopsNoReminderBeforeItsDay() {
    Pledge p = pledge(6, "2027-01-10").withCancelledOn(LocalDate.parse("2027-03-05"));
    LocalDate before = LocalDate.parse("2027-03-03"); // seven days before the third installment
    assertThat(p.status(endOf(before), CHICAGO)).isEqualTo(PledgeStatus.OVERDUE);
    assertThat(p.installmentStatuses(endOf(before), CHICAGO)).containsExactly(InstallmentStatus.OVERDUE,
        InstallmentStatus.OVERDUE, InstallmentStatus.PENDING, InstallmentStatus.PENDING, InstallmentStatus.PENDING,
        InstallmentStatus.PENDING);
    assertThat(p.remindersDue(before, 7)).extracting(Installment::number, i -> i.dueDate().toString())
        .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "2027-03-10"));
    assertThat(p.overdueInstallments(endOf(before), CHICAGO)).extracting(Installment::number).containsExactly(1, 2);
    assertThat(p.overdueAmount(endOf(before), CHICAGO)).isEqualTo(Money.of("200", "USD"));
    LocalDate after = LocalDate.parse("2027-03-05");
    assertThat(p.status(endOf(after), CHICAGO)).isEqualTo(PledgeStatus.CANCELLED);
    assertThat(p.remindersDue(after, 5)).isEmpty();
    assertThat(p.overdueInstallments(endOf(after), CHICAGO)).isEmpty();
    assertThat(p.overdueAmount(endOf(after), CHICAGO)).isEqualTo(Money.of("0", "USD"));
    Pledge writtenOff = pledge(6, "2027-01-10").withWrittenOffOn(LocalDate.parse("2027-03-05"));
    assertThat(writtenOff.remindersDue(before, 7)).extracting(Installment::number).containsExactly(3);
    assertThat(writtenOff.remindersDue(after, 5)).isEmpty();
  }

  @Test
  void aPaymentDatedLaterDoesNotSilenceTheReminderOfTheDayEither() {
    Pledge p = pledge(6, "2027-01-10");
    for (int i = 0; i < 3; i++) {
      p = p.pay(PledgePayment.of("pay-" + i, Money.of("100", "USD"), LocalDate.parse("2027-03-20")));
    }
    assertThat(p.remindersDue(LocalDate.parse("2027-03-03"), 7)).extracting(Installment::number).containsExactly(3);
    assertThat(p.remindersDue(LocalDate.parse("2027-04-03"), 7)).extracting(Installment::number).containsExactly(4);
    assertThat(p.remindersDue(LocalDate.parse("2027-03-20"), 21)).extracting(Installment::number).containsExactly(4);
  }

  @Test
  void remindersStatusesAndOverdueAmountsAgreeOnEveryDay() {
    qt().withFixedSeed(150L).withExamples(400)
        .forAll(integers().between(1, 24), lists().of(longs().between(1, 90_000L)).ofSizeBetween(0, 8),
            integers().between(-1, 2), integers().between(-40, 800))
        .checkAssert((count, payments, closing, closingOffset) -> {
          LocalDate start = LocalDate.parse("2027-01-31");
          Pledge p = pledge(count, start.toString());
          for (int i = 0; i < payments.size(); i++) {
            LocalDate received = start.plusDays(payments.get(i) % 700 - 20);
            p = p.pay(PledgePayment.of("pay-" + i, Money.of(BigDecimal.valueOf(payments.get(i), 2), Currency.getInstance("USD")),
                received));
          }
          LocalDate closedOn = start.plusDays(closingOffset);
          p = closing == 1 ? p.withCancelledOn(closedOn) : closing == 2 ? p.withWrittenOffOn(closedOn) : p;
          for (LocalDate day : interestingDays(p)) {
            check(p, day);
          }
        });
  }

  /** Every due date and the days around it, around each payment and the closing, and some between. */
  private static TreeSet<LocalDate> interestingDays(Pledge p) {
    TreeSet<LocalDate> days = new TreeSet<>();
    List<LocalDate> marks = new ArrayList<>();
    p.schedule().forEach(i -> marks.add(i.dueDate()));
    p.payments().forEach(x -> marks.add(x.receivedOn()));
    p.cancelledOn().ifPresent(marks::add);
    p.writtenOffOn().ifPresent(marks::add);
    for (LocalDate m : marks) {
      for (int d : new int[] {-8, -7, -6, -1, 0, 1}) {
        days.add(m.plusDays(d));
      }
    }
    return days;
  }

  private static void check(Pledge p, LocalDate day) {
    Instant at = endOf(day);
    Pledge then = p.asOf(day);
    PledgeStatus status = p.status(at, CHICAGO);
    List<InstallmentStatus> statuses = p.installmentStatuses(at, CHICAGO);
    List<Installment> overdue = p.overdueInstallments(at, CHICAGO);
    String where = day + " " + p;
    if (then.cancelledOn().isPresent() || then.writtenOffOn().isPresent()) {
      assertThat(status).as(where).isEqualTo(then.cancelledOn().isPresent() ? PledgeStatus.CANCELLED : PledgeStatus.WRITTEN_OFF);
      assertThat(overdue).as(where).isEmpty();
      assertThat(p.overdueAmount(at, CHICAGO).isZero()).as(where).isTrue();
      for (int k : new int[] {0, 1, 7}) {
        assertThat(p.remindersDue(day, k)).as(where).isEmpty();
      }
      return;
    }
    RowByRow rows = RowByRow.of(p, day);
    assertThat(statuses).as(where).isEqualTo(rows.statuses(day));
    PledgeStatus expected = statuses.contains(InstallmentStatus.OVERDUE) ? PledgeStatus.OVERDUE
        : statuses.stream().allMatch(s -> s == InstallmentStatus.COMPLETED) ? PledgeStatus.COMPLETED
        : then.payments().isEmpty() ? PledgeStatus.PENDING : PledgeStatus.IN_PROGRESS;
    assertThat(status).as(where).isEqualTo(expected);
    List<Installment> late = new ArrayList<>();
    Money owed = Money.zero(p.total().currency());
    for (int i = 0; i < statuses.size(); i++) {
      if (statuses.get(i) == InstallmentStatus.OVERDUE) {
        late.add(rows.rows.get(i));
        owed = owed.plus(rows.rows.get(i).outstanding());
      }
    }
    assertThat(overdue).as(where).isEqualTo(late);
    assertThat(p.overdueAmount(at, CHICAGO)).as(where).isEqualTo(owed);
    for (int k : new int[] {0, 1, 7}) {
      List<Installment> expectedReminders = new ArrayList<>();
      for (int i = 0; i < statuses.size(); i++) {
        if (statuses.get(i) == InstallmentStatus.PENDING && rows.rows.get(i).dueDate().equals(day.plusDays(k))) {
          expectedReminders.add(rows.rows.get(i));
        }
      }
      assertThat(p.remindersDue(day, k)).as(where + " " + k).isEqualTo(expectedReminders);
    }
  }
}
