package org.irrt.workflow.pledge;

import static org.irrt.workflow.pledge.PledgeState.CANCELLED;
import static org.irrt.workflow.pledge.PledgeState.FULFILLED;
import static org.irrt.workflow.pledge.PledgeState.NONE;
import static org.irrt.workflow.pledge.PledgeState.PAYING;
import static org.irrt.workflow.pledge.PledgeState.PLEDGED;
import static org.irrt.workflow.pledge.PledgeState.WRITTEN_OFF;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.irrt.model.common.PaymentReversal;
import org.irrt.model.pledge.Installment;
import org.irrt.model.pledge.Pledge;
import org.irrt.workflow.Guard;
import org.irrt.workflow.Organisation;
import org.irrt.workflow.Refusal;
import org.irrt.workflow.Role;
import org.irrt.workflow.Workflow;
import org.irrt.workflow.WorkflowDefinition;
import org.irrt.workflow.pledge.PledgeCommand.Cancel;
import org.irrt.workflow.pledge.PledgeCommand.Fulfil;
import org.irrt.workflow.pledge.PledgeCommand.Record;
import org.irrt.workflow.pledge.PledgeCommand.RecordPayment;
import org.irrt.workflow.pledge.PledgeCommand.RecordReminderSent;
import org.irrt.workflow.pledge.PledgeCommand.ReversePayment;
import org.irrt.workflow.pledge.PledgeCommand.WriteOff;
import org.irrt.workflow.pledge.PledgeEvent.PaymentReceived;
import org.irrt.workflow.pledge.PledgeEvent.PaymentReversed;
import org.irrt.workflow.pledge.PledgeEvent.PledgeCancelled;
import org.irrt.workflow.pledge.PledgeEvent.PledgeFulfilled;
import org.irrt.workflow.pledge.PledgeEvent.PledgeRecorded;
import org.irrt.workflow.pledge.PledgeEvent.PledgeWrittenOff;
import org.irrt.workflow.pledge.PledgeEvent.ReminderSent;

/**
 * The pledge workflow (CiviCRM CiviPledge, Salesforce NPSP): pledged, paying, fulfilled when every
 * installment is paid (by the system, in the same step as the payment that completes it), or
 * cancelled at the donor's wish, or written off. A pledge is recorded for one of the organisation's
 * campaigns; payments are in the pledge's currency and recorded once per payment id; cancellations
 * and write-offs need a reason. Reminders follow a {@link Reminders} policy: one before each
 * installment falls due and, while it is overdue, more at an interval; each is due until it is
 * recorded as sent ({@link #remindersDue}), so a day on which the host's job did not run loses none,
 * and a reminder recorded as sent is never due again.
 *
 * <p>A payment refunded, bounced or charged back is recorded as a reversal ({@link
 * PledgeCommand.ReversePayment}, by the payment system or a fundraising officer): the payment stays
 * on record and stops counting from the reversal's day ({@link Pledge#reverse}), so a fulfilled
 * pledge is open again: {@code FULFILLED} to {@code PAYING} (civicrm-core PR #19289, dev/core#2206;
 * Salesforce NPSP issue #4617). Whether it is overdue is the pledge's status at an instant ({@link
 * Pledge#status}), not a state: the workflow has no clock of its own. If what still counts pays every
 * installment (an overpayment), the pledge is fulfilled again in the same step. A cancelled or
 * written-off pledge takes reversals too and stays closed. A reversal is refused with its reason when
 * the payment is not one of the pledge's, is already reversed, was received after the reversal's
 * day, or the day has not begun anywhere.
 */
public final class PledgeWorkflow extends Workflow<PledgeCase, PledgeState, PledgeCommand, PledgeEvent> {
  private static final Set<Role> OFFICER = Set.of(Role.FUNDRAISING_OFFICER);
  private static final Set<Role> PAYERS = Set.of(Role.FUNDRAISING_OFFICER, Role.SYSTEM);

  private final Organisation organisation;
  private final WorkflowDefinition<PledgeState, PledgeCase, PledgeCommand, PledgeEvent> definition;

  /**
   * Creates the workflow.
   *
   * @param organisation the organisation: its campaigns
   */
  public PledgeWorkflow(Organisation organisation) {
    this.organisation = Objects.requireNonNull(organisation, "organisation");
    this.definition = WorkflowDefinition.<PledgeState, PledgeCase, PledgeCommand, PledgeEvent>builder("pledge",
            PledgeState.class, NONE)
        .on(NONE, Record.class, PLEDGED).by(OFFICER).when(NO_PAYMENTS_YET, OPEN_PLEDGE, knownCampaign())
        .emits((c, cmd, h) -> new PledgeRecorded(h, cmd.pledge()))
        .on(Set.of(PLEDGED, PAYING), RecordPayment.class, PAYING).by(PAYERS).when(PAYMENT_VALID)
        .emits((c, cmd, h) -> new PaymentReceived(h, cmd.payment()))
        .on(Set.of(PAYING, FULFILLED), ReversePayment.class, PAYING).by(PAYERS).when(REVERSAL_VALID)
        .emits((c, cmd, h) -> new PaymentReversed(h, cmd.reversal()))
        .on(CANCELLED, ReversePayment.class, CANCELLED).by(PAYERS).when(REVERSAL_VALID)
        .emits((c, cmd, h) -> new PaymentReversed(h, cmd.reversal()))
        .on(WRITTEN_OFF, ReversePayment.class, WRITTEN_OFF).by(PAYERS).when(REVERSAL_VALID)
        .emits((c, cmd, h) -> new PaymentReversed(h, cmd.reversal()))
        .automatic(PAYING, new Fulfil(), FULFILLED).when(ALL_PAID).emits((c, cmd, h) -> new PledgeFulfilled(h))
        .on(Set.of(PLEDGED, PAYING), Cancel.class, CANCELLED).by(OFFICER)
        .when(reasonGiven(Cancel::reason), dated("cancelDate", Cancel::on))
        .emits((c, cmd, h) -> new PledgeCancelled(h, cmd.on(), cmd.reason()))
        .on(Set.of(PLEDGED, PAYING), WriteOff.class, WRITTEN_OFF).by(OFFICER)
        .when(reasonGiven(WriteOff::reason), dated("writeOffDate", WriteOff::on))
        .emits((c, cmd, h) -> new PledgeWrittenOff(h, cmd.on(), cmd.reason()))
        .on(PLEDGED, RecordReminderSent.class, PLEDGED).by(PAYERS).when(REMINDER_NEW)
        .emits((c, cmd, h) -> new ReminderSent(h, cmd.installment(), cmd.step()))
        .on(PAYING, RecordReminderSent.class, PAYING).by(PAYERS).when(REMINDER_NEW)
        .emits((c, cmd, h) -> new ReminderSent(h, cmd.installment(), cmd.step()))
        .build();
  }

  /** The latest date anywhere at an instant (UTC+14): a later date has not begun in any zone. */
  private static LocalDate latestToday(Instant at) {
    return at.atOffset(ZoneOffset.ofHours(14)).toLocalDate();
  }

  private static final Guard<PledgeCase, Record> NO_PAYMENTS_YET = Guard.of("noPaymentsYet", (c, cmd, a, at) ->
      Refusal.when(!cmd.pledge().payments().isEmpty(), "noPaymentsYet", "org.irrt.workflow.pledge.paymentsOnRecord"));

  private static final Guard<PledgeCase, Record> OPEN_PLEDGE = Guard.of("openPledge", (c, cmd, a, at) -> {
    Pledge p = cmd.pledge();
    return Refusal.when(p.isClosed() || !p.id().value().equals(c.id()), "openPledge", "org.irrt.workflow.pledge.notOpen",
        c.id());
  });

  /** The pledge's campaign is one the organisation runs. */
  private Guard<PledgeCase, Record> knownCampaign() {
    return Guard.of("knownCampaign", (c, cmd, a, at) -> Refusal.when(
        organisation.campaign(cmd.pledge().campaign()).isEmpty(), "knownCampaign",
        "org.irrt.workflow.pledge.unknownCampaign", cmd.pledge().campaign().value()));
  }

  private static final Guard<PledgeCase, Object> ALL_PAID = Guard.of("allPaid", (c, cmd, a, at) -> Refusal.when(
      !c.pledge().orElseThrow().installments().stream().allMatch(Installment::completed), "allPaid",
      "org.irrt.workflow.pledge.notAllPaid"));

  private static final Guard<PledgeCase, RecordPayment> PAYMENT_VALID = Guard.of("paymentValid", (c, cmd, a, at) -> {
    Pledge p = c.pledge().orElseThrow();
    var payment = cmd.payment();
    if (!payment.amount().currency().equals(p.total().currency())) {
      return Optional.of(new Refusal("paymentValid", "org.irrt.workflow.membership.paymentCurrency",
          p.total().currency().getCurrencyCode()));
    }
    if (payment.receivedOn().isAfter(latestToday(at))) {
      return Optional.of(new Refusal("paymentValid", "org.irrt.workflow.membership.paymentFuture",
          payment.receivedOn().toString()));
    }
    return Refusal.when(p.payments().stream().anyMatch(x -> x.paymentId().equals(payment.paymentId())), "paymentValid",
        "org.irrt.workflow.membership.paymentTwice");
  });

  /**
   * A reversal names a payment of the pledge not reversed before, and is dated neither before the
   * payment was received nor on a day that has not begun anywhere (UTC+14); every reason is given.
   */
  private static final Guard<PledgeCase, ReversePayment> REVERSAL_VALID = Guard.ofAll("reversalValid",
      (c, cmd, a, at) -> {
        Pledge p = c.pledge().orElseThrow();
        PaymentReversal r = cmd.reversal();
        List<Refusal> out = new ArrayList<>(2);
        if (r.reversedOn().isAfter(latestToday(at))) {
          out.add(new Refusal("reversalValid", "org.irrt.workflow.pledge.reversalFuture", r.reversedOn().toString()));
        }
        Optional<org.irrt.model.pledge.PledgePayment> payment = p.payments().stream()
            .filter(x -> x.paymentId().equals(r.paymentId())).findFirst();
        if (payment.isEmpty()) {
          out.add(new Refusal("reversalValid", "org.irrt.workflow.pledge.unknownPayment", r.paymentId()));
          return out;
        }
        p.reversalOf(r.paymentId()).ifPresent(earlier -> out.add(new Refusal("reversalValid",
            "org.irrt.workflow.pledge.alreadyReversed", r.paymentId(), earlier.reversedOn().toString())));
        if (r.reversedOn().isBefore(payment.get().receivedOn())) {
          out.add(new Refusal("reversalValid", "org.irrt.workflow.pledge.reversalBeforePayment",
              payment.get().receivedOn().toString()));
        }
        return out;
      });

  /** A reminder is recorded once, for an installment of the pledge. */
  private static final Guard<PledgeCase, RecordReminderSent> REMINDER_NEW = Guard.of("reminderNew", (c, cmd, a, at) -> {
    int count = c.pledge().orElseThrow().installmentCount();
    boolean known = cmd.installment() >= 1 && cmd.installment() <= count && cmd.step() >= 0;
    boolean sent = c.remindersSent().contains(new PledgeCase.SentReminder(cmd.installment(), cmd.step()));
    return Refusal.when(!known || sent, "reminderNew", "org.irrt.workflow.pledge.reminderRecorded",
        cmd.installment(), cmd.step());
  });

  private static <K> Guard<PledgeCase, K> reasonGiven(Function<K, String> reason) {
    return Guard.of("reasonGiven", (c, cmd, a, at) -> Refusal.ofReason("reasonGiven", reason.apply(cmd)));
  }

  /** A cancellation or write-off has its day, not after today anywhere. */
  private static <K> Guard<PledgeCase, K> dated(String rule, Function<K, LocalDate> day) {
    return Guard.of(rule, (c, cmd, a, at) -> {
      LocalDate on = day.apply(cmd);
      return Refusal.when(on == null || on.isAfter(latestToday(at)), rule, "org.irrt.workflow.pledge." + rule);
    });
  }

  /**
   * When pledge reminders go out: {@code daysBefore} days before an installment falls due, and while
   * it is overdue, every {@code overdueEvery} days after its due date, at most {@code overdueCount}
   * times (CiviCRM CiviPledge sends a reminder a number of days before each payment and repeats it
   * for overdue payments).
   *
   * @param daysBefore days before the due date, 0 to 366
   * @param overdueEvery days between reminders of an overdue installment, 1 to 366
   * @param overdueCount how many reminders of an overdue installment, 0 to 12
   */
  public record Reminders(int daysBefore, int overdueEvery, int overdueCount) {
    /**
     * Checks the numbers.
     *
     * @throws IllegalArgumentException when a number is out of its range
     */
    public Reminders {
      if (daysBefore < 0 || daysBefore > 366 || overdueEvery < 1 || overdueEvery > 366 || overdueCount < 0
          || overdueCount > 12) {
        throw new IllegalArgumentException("daysBefore 0 to 366, overdueEvery 1 to 366, overdueCount 0 to 12");
      }
    }

    /** The first day of a reminder step of an installment. */
    LocalDate from(Installment i, int step) {
      return step == 0 ? i.dueDate().minusDays(daysBefore) : i.dueDate().plusDays((long) step * overdueEvery);
    }
  }

  /**
   * A reminder due for an installment.
   *
   * @param pledge the pledge
   * @param installment the installment, as it stood on the day
   * @param step 0 before the due date, 1 and up while overdue: what to record as sent
   */
  public record Reminder(Pledge pledge, Installment installment, int step) {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException when an argument is null
     */
    public Reminder {
      Objects.requireNonNull(pledge, "pledge");
      Objects.requireNonNull(installment, "installment");
    }
  }

  /**
   * The reminders due on a day. For each unpaid installment of an open pledge, as the pledge stood
   * that day ({@link Pledge#asOf}, so that a cancellation dated later changes nothing before its
   * date): the latest step whose first day has come, unless it or a later one is recorded as sent.
   * A step is due from its first day until it is sent or the next step begins: a job that did not
   * run on the first day sends it on the next, and an older unsent step gives way to the newer one,
   * so a donor never gets two reminders for one installment at once.
   *
   * @param cases pledges in their workflow
   * @param day the day, in the organisation's zone
   * @param policy when reminders go out
   * @return the reminders, by pledge then installment
   */
  public static List<Reminder> remindersDue(Collection<PledgeCase> cases, LocalDate day, Reminders policy) {
    Objects.requireNonNull(cases, "cases");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(policy, "policy");
    List<Reminder> out = new ArrayList<>();
    for (PledgeCase c : cases) {
      if (c.pledge().isEmpty()) {
        continue;
      }
      Pledge then = c.pledge().get().asOf(day);
      if (then.isClosed()) {
        continue;
      }
      for (Installment i : then.installments()) {
        if (i.completed()) {
          continue;
        }
        int step = -1;
        for (int s = 0; s <= policy.overdueCount() && !policy.from(i, s).isAfter(day); s++) {
          step = s;
        }
        int latest = step;
        boolean sent = c.remindersSent().stream()
            .anyMatch(r -> r.installment() == i.number() && r.step() >= latest);
        if (step >= 0 && !sent) {
          out.add(new Reminder(c.pledge().get(), i, step));
        }
      }
    }
    return out;
  }

  @Override
  public WorkflowDefinition<PledgeState, PledgeCase, PledgeCommand, PledgeEvent> definition() {
    return definition;
  }

  @Override
  public PledgeCase initial(String id) {
    Objects.requireNonNull(id, "id");
    return new PledgeCase(id, NONE, Optional.empty(), List.of());
  }

  @Override
  protected PledgeCase apply(PledgeCase c, PledgeEvent event, PledgeState state) {
    if (event instanceof PledgeRecorded e) {
      return new PledgeCase(c.id(), state, Optional.of(e.pledge()), c.remindersSent());
    }
    Pledge p = c.pledge().orElseThrow();
    if (event instanceof PaymentReceived e) {
      return new PledgeCase(c.id(), state, Optional.of(p.pay(e.payment())), c.remindersSent());
    }
    if (event instanceof PledgeCancelled e) {
      return new PledgeCase(c.id(), state, Optional.of(p.withCancelledOn(e.on())), c.remindersSent());
    }
    if (event instanceof PledgeWrittenOff e) {
      return new PledgeCase(c.id(), state, Optional.of(p.withWrittenOffOn(e.on())), c.remindersSent());
    }
    if (event instanceof PaymentReversed e) {
      return new PledgeCase(c.id(), state, Optional.of(p.reverse(e.reversal())), c.remindersSent());
    }
    if (event instanceof ReminderSent e) {
      List<PledgeCase.SentReminder> sent = new ArrayList<>(c.remindersSent());
      sent.add(new PledgeCase.SentReminder(e.installment(), e.step()));
      return new PledgeCase(c.id(), state, c.pledge(), sent);
    }
    return new PledgeCase(c.id(), state, c.pledge(), c.remindersSent()); // fulfilled
  }
}
