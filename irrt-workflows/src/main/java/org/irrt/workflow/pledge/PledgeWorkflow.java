package org.irrt.workflow.pledge;

import static org.irrt.workflow.pledge.PledgeCommand.Kind.CANCEL;
import static org.irrt.workflow.pledge.PledgeCommand.Kind.FULFIL;
import static org.irrt.workflow.pledge.PledgeCommand.Kind.RECORD;
import static org.irrt.workflow.pledge.PledgeCommand.Kind.RECORD_PAYMENT;
import static org.irrt.workflow.pledge.PledgeCommand.Kind.REVERSE_PAYMENT;
import static org.irrt.workflow.pledge.PledgeCommand.Kind.WRITE_OFF;
import static org.irrt.workflow.pledge.PledgeState.CANCELLED;
import static org.irrt.workflow.pledge.PledgeState.FULFILLED;
import static org.irrt.workflow.pledge.PledgeState.NONE;
import static org.irrt.workflow.pledge.PledgeState.PAYING;
import static org.irrt.workflow.pledge.PledgeState.PLEDGED;
import static org.irrt.workflow.pledge.PledgeState.WRITTEN_OFF;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.irrt.model.common.PaymentReversal;
import org.irrt.model.pledge.Installment;
import org.irrt.model.pledge.Pledge;
import org.irrt.workflow.EventHeader;
import org.irrt.workflow.Guard;
import org.irrt.workflow.Refusal;
import org.irrt.workflow.Role;
import org.irrt.workflow.Transition;
import org.irrt.workflow.Workflow;
import org.irrt.workflow.WorkflowDefinition;
import org.irrt.workflow.pledge.PledgeEvent.PaymentReceived;
import org.irrt.workflow.pledge.PledgeEvent.PaymentReversed;
import org.irrt.workflow.pledge.PledgeEvent.PledgeCancelled;
import org.irrt.workflow.pledge.PledgeEvent.PledgeFulfilled;
import org.irrt.workflow.pledge.PledgeEvent.PledgeRecorded;
import org.irrt.workflow.pledge.PledgeEvent.PledgeWrittenOff;

/**
 * The pledge workflow (CiviCRM CiviPledge, Salesforce NPSP): pledged, paying, fulfilled when every
 * installment is paid (by the system, in the same step as the payment that completes it), or
 * cancelled at the donor's wish, or written off. Payments are in the pledge's currency and recorded
 * once per payment id; cancellations and write-offs need a reason. Reminders fall due a number of
 * days before each pending installment ({@link #remindersDue}).
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
public final class PledgeWorkflow extends Workflow<PledgeCase, PledgeState, PledgeCommand.Kind, PledgeCommand, PledgeEvent> {
  private static final Set<Role> OFFICER = Set.of(Role.FUNDRAISING_OFFICER);
  private static final Set<Role> PAYERS = Set.of(Role.FUNDRAISING_OFFICER, Role.SYSTEM);

  private final WorkflowDefinition<PledgeState, PledgeCommand.Kind, PledgeCase, PledgeCommand> definition =
      WorkflowDefinition.<PledgeState, PledgeCommand.Kind, PledgeCase, PledgeCommand>builder("pledge", PledgeState.class, NONE)
          .on(NONE, RECORD, PLEDGED, OFFICER, Guard.of("noPaymentsYet", (c, cmd, a, at) -> Refusal.when(
              !((PledgeCommand.Record) cmd).pledge().payments().isEmpty(), "noPaymentsYet",
              "org.irrt.workflow.pledge.paymentsOnRecord")), Guard.of("openPledge", (c, cmd, a, at) -> {
                Pledge p = ((PledgeCommand.Record) cmd).pledge();
                return Refusal.when(p.isClosed() || !p.id().value().equals(c.id()), "openPledge",
                    "org.irrt.workflow.pledge.notOpen", c.id());
              }))
          .on(PLEDGED, RECORD_PAYMENT, PAYING, PAYERS, paymentValid())
          .on(PAYING, RECORD_PAYMENT, PAYING, PAYERS, paymentValid())
          .automatic(PAYING, FULFIL, FULFILLED, Guard.of("allPaid", (c, cmd, a, at) -> Refusal.when(
              !c.pledge().orElseThrow().installments().stream().allMatch(Installment::completed), "allPaid",
              "org.irrt.workflow.pledge.notAllPaid")))
          .on(Set.of(PLEDGED, PAYING), CANCEL, CANCELLED, OFFICER, reasonGiven(), Guard.of("cancelDate",
              (c, cmd, a, at) -> {
                LocalDate on = ((PledgeCommand.Cancel) cmd).on();
                return Refusal.when(on == null || on.isAfter(latestToday(at)), "cancelDate",
                    "org.irrt.workflow.pledge.cancelDate");
              }))
          .on(Set.of(PLEDGED, PAYING), WRITE_OFF, WRITTEN_OFF, OFFICER, reasonGiven(), Guard.of("writeOffDate",
              (c, cmd, a, at) -> {
                LocalDate on = ((PledgeCommand.WriteOff) cmd).on();
                return Refusal.when(on == null || on.isAfter(latestToday(at)), "writeOffDate",
                    "org.irrt.workflow.pledge.writeOffDate");
              }))
          .on(Set.of(PAYING, FULFILLED), REVERSE_PAYMENT, PAYING, PAYERS, reversalValid())
          .on(CANCELLED, REVERSE_PAYMENT, CANCELLED, PAYERS, reversalValid())
          .on(WRITTEN_OFF, REVERSE_PAYMENT, WRITTEN_OFF, PAYERS, reversalValid())
          .build();

  /** Creates the workflow. */
  public PledgeWorkflow() {}

  /** The latest date anywhere at an instant (UTC+14): a later date has not begun in any zone. */
  private static LocalDate latestToday(java.time.Instant at) {
    return at.atOffset(java.time.ZoneOffset.ofHours(14)).toLocalDate();
  }

  private static Guard<PledgeCase, PledgeCommand> paymentValid() {
    return Guard.of("paymentValid", (c, cmd, a, at) -> {
      Pledge p = c.pledge().orElseThrow();
      var payment = ((PledgeCommand.RecordPayment) cmd).payment();
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
  }

  /**
   * A reversal names a payment of the pledge not reversed before, and is dated neither before the
   * payment was received nor on a day that has not begun anywhere (UTC+14); every reason is given.
   */
  private static Guard<PledgeCase, PledgeCommand> reversalValid() {
    return Guard.ofAll("reversalValid", (c, cmd, a, at) -> {
      Pledge p = c.pledge().orElseThrow();
      PaymentReversal r = ((PledgeCommand.ReversePayment) cmd).reversal();
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
  }

  private static Guard<PledgeCase, PledgeCommand> reasonGiven() {
    return Guard.of("reasonGiven", (c, cmd, a, at) -> {
      String reason = cmd instanceof PledgeCommand.Cancel x ? x.reason() : ((PledgeCommand.WriteOff) cmd).reason();
      return Refusal.ofReason("reasonGiven", reason);
    });
  }

  /**
   * A reminder due for an installment.
   *
   * @param pledge the pledge
   * @param installment the installment falling due
   */
  public record Reminder(Pledge pledge, Installment installment) {
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
   * The reminders due on a day: every pending installment of an open pledge falling due {@code
   * daysBefore} days later, decided by the pledge as it stood that day ({@link Pledge#remindersDue}),
   * not by the workflow's state now: a cancellation or write-off dated after the day (it may be
   * dated up to the day that has begun at UTC+14) changes nothing before its date, as for the
   * pledge's statuses. A fulfilled pledge has no pending installment.
   *
   * @param cases pledges in their workflow
   * @param day the day, in the organisation's zone
   * @param daysBefore how many days ahead
   * @return the reminders, by pledge then installment
   */
  public static List<Reminder> remindersDue(Collection<PledgeCase> cases, LocalDate day, int daysBefore) {
    Objects.requireNonNull(cases, "cases");
    Objects.requireNonNull(day, "day");
    List<Reminder> out = new ArrayList<>();
    for (PledgeCase c : cases) {
      if (c.pledge().isPresent()) {
        c.pledge().get().remindersDue(day, daysBefore).forEach(i -> out.add(new Reminder(c.pledge().get(), i)));
      }
    }
    return out;
  }

  @Override
  public WorkflowDefinition<PledgeState, PledgeCommand.Kind, PledgeCase, PledgeCommand> definition() {
    return definition;
  }

  @Override
  public PledgeCase initial(String id) {
    Objects.requireNonNull(id, "id");
    return new PledgeCase(id, NONE, Optional.empty());
  }

  @Override
  public PledgeState state(PledgeCase instance) {
    Objects.requireNonNull(instance, "instance");
    return instance.state();
  }

  @Override
  public PledgeCommand.Kind kind(PledgeCommand command) {
    Objects.requireNonNull(command, "command");
    return command.kind();
  }

  @Override
  protected PledgeCommand automaticCommand(PledgeCommand.Kind kind, PledgeCase instance) {
    return new PledgeCommand.Fulfil();
  }

  @Override
  protected List<PledgeEvent> events(PledgeCase c, PledgeCommand command,
      Transition<PledgeState, PledgeCommand.Kind, PledgeCase, PledgeCommand> row, EventHeader h) {
    if (command instanceof PledgeCommand.Record r) {
      return List.of(new PledgeRecorded(h, r.pledge()));
    }
    if (command instanceof PledgeCommand.RecordPayment p) {
      return List.of(new PaymentReceived(h, p.payment()));
    }
    if (command instanceof PledgeCommand.Cancel x) {
      return List.of(new PledgeCancelled(h, x.on(), x.reason()));
    }
    if (command instanceof PledgeCommand.WriteOff w) {
      return List.of(new PledgeWrittenOff(h, w.on(), w.reason()));
    }
    if (command instanceof PledgeCommand.ReversePayment r) {
      return List.of(new PaymentReversed(h, r.reversal()));
    }
    return List.of(new PledgeFulfilled(h));
  }

  @Override
  public PledgeCase evolve(PledgeCase c, PledgeEvent event) {
    Objects.requireNonNull(c, "c");
    Objects.requireNonNull(event, "event");
    if (event instanceof PledgeRecorded e) {
      return new PledgeCase(c.id(), PLEDGED, Optional.of(e.pledge()));
    }
    if (event instanceof PaymentReceived e) {
      return new PledgeCase(c.id(), PAYING, Optional.of(c.pledge().orElseThrow().pay(e.payment())));
    }
    if (event instanceof PledgeCancelled e) {
      return new PledgeCase(c.id(), CANCELLED, Optional.of(c.pledge().orElseThrow().withCancelledOn(e.on())));
    }
    if (event instanceof PledgeWrittenOff e) {
      return new PledgeCase(c.id(), WRITTEN_OFF, Optional.of(c.pledge().orElseThrow().withWrittenOffOn(e.on())));
    }
    if (event instanceof PaymentReversed e) {
      PledgeState next = c.state() == CANCELLED || c.state() == WRITTEN_OFF ? c.state() : PAYING;
      return new PledgeCase(c.id(), next, Optional.of(c.pledge().orElseThrow().reverse(e.reversal())));
    }
    return new PledgeCase(c.id(), FULFILLED, c.pledge());
  }
}
