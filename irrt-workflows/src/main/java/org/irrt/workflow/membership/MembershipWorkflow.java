package org.irrt.workflow.membership;

import static org.irrt.workflow.membership.MembershipState.CANCELLED;
import static org.irrt.workflow.membership.MembershipState.ERASED;
import static org.irrt.workflow.membership.MembershipState.HELD;
import static org.irrt.workflow.membership.MembershipState.NONE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.irrt.model.membership.Membership;
import org.irrt.model.membership.MembershipStatus;
import org.irrt.model.membership.MembershipType;
import org.irrt.model.membership.PaymentReference;
import org.irrt.model.membership.ReminderPolicy;
import org.irrt.model.membership.StatusOverride;
import org.irrt.model.membership.StatusRules;
import org.irrt.workflow.Guard;
import org.irrt.workflow.Organisation;
import org.irrt.workflow.Refusal;
import org.irrt.workflow.Role;
import org.irrt.workflow.Workflow;
import org.irrt.workflow.WorkflowDefinition;
import org.irrt.workflow.membership.MembershipCommand.Cancel;
import org.irrt.workflow.membership.MembershipCommand.Erase;
import org.irrt.workflow.membership.MembershipCommand.Open;
import org.irrt.workflow.membership.MembershipCommand.OverrideStatus;
import org.irrt.workflow.membership.MembershipCommand.RecordReminderSent;
import org.irrt.workflow.membership.MembershipCommand.Reinstate;
import org.irrt.workflow.membership.MembershipCommand.RemoveOverride;
import org.irrt.workflow.membership.MembershipCommand.Renew;
import org.irrt.workflow.membership.MembershipCommand.RequestRenewal;
import org.irrt.workflow.membership.MembershipEvent.MembershipCancelled;
import org.irrt.workflow.membership.MembershipEvent.MembershipErased;
import org.irrt.workflow.membership.MembershipEvent.MembershipOpened;
import org.irrt.workflow.membership.MembershipEvent.MembershipReinstated;
import org.irrt.workflow.membership.MembershipEvent.MembershipRenewed;
import org.irrt.workflow.membership.MembershipEvent.OverrideRemoved;
import org.irrt.workflow.membership.MembershipEvent.ReminderRecorded;
import org.irrt.workflow.membership.MembershipEvent.RenewalRequested;
import org.irrt.workflow.membership.MembershipEvent.StatusOverridden;

/**
 * A membership's life once it exists: renewals, renewal requests, statuses set by hand (CiviCRM's
 * status override), cancellation and reinstatement, erasure of the member's data, and renewal
 * reminders sent. Every change is a command through the table, so each leaves an event with its
 * actor, instant and (where an officer decides) reason, and the membership's whole history rebuilds
 * from its events, like every workflow's.
 *
 * <p>Renewals use the membership type the organisation configured ({@link Membership#renew}: once
 * per payment id, the fee at least, in its currency), and the event keeps the membership as renewed,
 * so a later change of the type's configuration never rewrites history. Reminders follow the host's
 * {@link ReminderPolicy}; each is due until it is recorded as sent ({@link #remindersDue}).
 */
public final class MembershipWorkflow extends Workflow<MembershipCase, MembershipState, MembershipCommand,
    MembershipEvent> {
  private static final Set<Role> OFFICER = Set.of(Role.MEMBERSHIP_OFFICER);
  private static final Set<Role> OFFICER_OR_SYSTEM = Set.of(Role.MEMBERSHIP_OFFICER, Role.SYSTEM);

  private final Organisation organisation;
  private final StatusRules rules;
  private final WorkflowDefinition<MembershipState, MembershipCase, MembershipCommand, MembershipEvent> definition;

  /**
   * Creates the workflow with the default status rules.
   *
   * @param organisation the organisation: its time zone and membership types
   */
  public MembershipWorkflow(Organisation organisation) {
    this(organisation, StatusRules.defaults());
  }

  /**
   * Creates the workflow.
   *
   * @param organisation the organisation: its time zone and membership types
   * @param rules the status rules (whether a membership still counts when renewed; grace reminders)
   */
  public MembershipWorkflow(Organisation organisation, StatusRules rules) {
    this.organisation = Objects.requireNonNull(organisation, "organisation");
    this.rules = Objects.requireNonNull(rules, "rules");
    this.definition = WorkflowDefinition.<MembershipState, MembershipCase, MembershipCommand, MembershipEvent>builder(
            "membership", MembershipState.class, NONE)
        .on(NONE, Open.class, HELD).by(OFFICER_OR_SYSTEM).when(THIS_MEMBERSHIP, knownType())
        .emits((m, c, h) -> new MembershipOpened(h, c.membership()))
        .on(HELD, Renew.class, HELD).by(OFFICER_OR_SYSTEM).when(renewal())
        .emits((m, c, h) -> new MembershipRenewed(h, c.payment(), renewed(m, c)))
        .on(HELD, RequestRenewal.class, HELD).by(OFFICER_OR_SYSTEM).when(NOT_LIFETIME)
        .emits((m, c, h) -> new RenewalRequested(h, c.on()))
        .on(HELD, OverrideStatus.class, HELD).by(OFFICER).when(reasonGiven(OverrideStatus::reason), OVERRIDE_KIND)
        .emits((m, c, h) -> new StatusOverridden(h, c.status(), c.until(), c.reason()))
        .on(HELD, RemoveOverride.class, HELD).by(OFFICER).when(reasonGiven(RemoveOverride::reason), HAS_OVERRIDE)
        .emits((m, c, h) -> new OverrideRemoved(h, c.reason()))
        .on(HELD, Cancel.class, CANCELLED).by(OFFICER).when(reasonGiven(Cancel::reason))
        .emits((m, c, h) -> new MembershipCancelled(h, c.reason()))
        .on(CANCELLED, Reinstate.class, HELD).by(OFFICER).when(reasonGiven(Reinstate::reason))
        .emits((m, c, h) -> new MembershipReinstated(h, c.reason()))
        .on(Set.of(HELD, CANCELLED), Erase.class, ERASED).by(Role.MEMBERSHIP_OFFICER, Role.ADMINISTRATOR)
        .when(reasonGiven(Erase::reason)).emits((m, c, h) -> new MembershipErased(h, c.pseudonym(), c.reason()))
        .on(HELD, RecordReminderSent.class, HELD).by(OFFICER_OR_SYSTEM).when(NOT_LIFETIME, REMINDER_NEW)
        .emits((m, c, h) -> new ReminderRecorded(h, c.endDate(), c.daysFromEnd()))
        .build();
  }

  private static final Guard<MembershipCase, Open> THIS_MEMBERSHIP = Guard.of("thisMembership", (m, c, a, at) ->
      Refusal.when(!c.membership().id().value().equals(m.id()), "thisMembership",
          "org.irrt.workflow.membership.otherMembership", m.id()));

  private Guard<MembershipCase, Open> knownType() {
    return Guard.of("membershipType", (m, c, a, at) -> Refusal.when(
        organisation.membershipType(c.membership().typeId()).isEmpty(), "membershipType",
        "org.irrt.workflow.membership.unknownType", c.membership().typeId().value()));
  }

  private static final Guard<MembershipCase, Object> NOT_LIFETIME = Guard.of("notLifetime", (m, c, a, at) ->
      Refusal.when(m.membership().orElseThrow().endDate().isEmpty(), "notLifetime",
          "org.irrt.workflow.membership.lifetime"));

  private static final Guard<MembershipCase, OverrideStatus> OVERRIDE_KIND = Guard.of("overrideKind",
      (m, c, a, at) -> Refusal.when(c.status() == StatusOverride.CANCELLED, "overrideKind",
          "org.irrt.workflow.membership.overrideKind"));

  private static final Guard<MembershipCase, Object> HAS_OVERRIDE = Guard.of("hasOverride", (m, c, a, at) ->
      Refusal.when(m.membership().orElseThrow().statusOverride().isEmpty(), "hasOverride",
          "org.irrt.workflow.membership.noOverride"));

  private static final Guard<MembershipCase, RecordReminderSent> REMINDER_NEW = Guard.of("reminderNew",
      (m, c, a, at) -> Refusal.when(m.remindersSent().contains(new MembershipCase.SentReminder(c.endDate(),
          c.daysFromEnd())), "reminderNew", "org.irrt.workflow.membership.reminderRecorded", c.endDate().toString(),
          c.daysFromEnd()));

  private static <K> Guard<MembershipCase, K> reasonGiven(Function<K, String> reason) {
    return Guard.of("reasonGiven", (m, c, a, at) -> Refusal.ofReason("reasonGiven", reason.apply(c)));
  }

  /**
   * A renewal pays at least the fee of the configured type, in its currency, received no later than
   * today in the organisation's zone, once, and not before the type's {@linkplain
   * MembershipType#renewalWindow() renewal window} opens while the membership still counts ({@link
   * Membership#checkRenewal}: refused naming the opening day, where the model's renewal would have
   * thrown its violation out of the command); a lifetime membership has nothing to renew.
   */
  private Guard<MembershipCase, Renew> renewal() {
    return Guard.of("paymentValid", (m, c, a, at) -> {
      Membership held = m.membership().orElseThrow();
      Optional<MembershipType> type = organisation.membershipType(held.typeId());
      var p = c.payment();
      if (type.isEmpty()) {
        return Optional.of(new Refusal("paymentValid", "org.irrt.workflow.membership.unknownType",
            held.typeId().value()));
      }
      if (held.endDate().isEmpty()) {
        return Optional.of(new Refusal("paymentValid", "org.irrt.workflow.membership.lifetime"));
      }
      if (!p.amount().currency().equals(type.get().fee().currency())) {
        return Optional.of(new Refusal("paymentValid", "org.irrt.workflow.membership.paymentCurrency",
            type.get().fee().currency().getCurrencyCode()));
      }
      if (p.amount().compareTo(type.get().fee()) < 0) {
        return Optional.of(new Refusal("paymentValid", "org.irrt.workflow.membership.belowFee",
            type.get().fee().amount().toPlainString() + " " + type.get().fee().currency().getCurrencyCode()));
      }
      if (p.receivedOn().isAfter(at.atZone(organisation.zone()).toLocalDate())) {
        return Optional.of(new Refusal("paymentValid", "org.irrt.workflow.membership.paymentFuture",
            p.receivedOn().toString()));
      }
      if (held.hasPayment(p.paymentId())) {
        return Optional.of(new Refusal("paymentValid", "org.irrt.workflow.membership.paymentTwice"));
      }
      Optional<PaymentReference> later =
          held.lastRenewalPayment().filter(last -> p.receivedOn().isBefore(last.receivedOn()));
      if (later.isPresent()) { // entered late with an earlier date: the dates would depend on the order of entry
        return Optional.of(new Refusal("paymentValid", "org.irrt.workflow.membership.beforeLaterRenewal",
            later.get().paymentId(), later.get().receivedOn().toString()));
      }
      boolean notOpen = held.checkRenewal(type.get(), p, 1, rules).stream()
          .anyMatch(v -> v.code().equals("org.irrt.model.Membership.renewalNotOpen"));
      return Refusal.when(notOpen, "paymentValid", "org.irrt.workflow.membership.renewalNotOpen",
          held.renewalOpensOn(type.get()).map(LocalDate::toString).orElse(""));
    });
  }

  private Membership renewed(MembershipCase m, Renew c) {
    Membership held = m.membership().orElseThrow();
    return held.renew(organisation.membershipType(held.typeId()).orElseThrow(), c.payment(), rules);
  }

  /**
   * The renewal reminders due on a day, under a policy: for each held membership with an end date,
   * not overridden and not pending that day, the latest of the policy's days ({@code daysBeforeEnd}
   * before the end date while the membership counts, {@code daysAfterEnd} after it while in grace)
   * that has come, unless it or a later one is recorded as sent for this end date. A reminder is due
   * from its day until it is sent or the next one's day comes: a job that did not run on the day
   * sends it the next time, and an older unsent reminder gives way to the newer one, so a member never
   * gets two at once. A renewal moves the end date, and the reminders start again for the new one.
   *
   * @param cases memberships in their workflow
   * @param day the day, in the organisation's time zone
   * @param policy the reminder days
   * @return the reminders, by end date then membership id; record each as sent ({@link RecordReminderSent})
   */
  public List<ReminderPolicy.Reminder> remindersDue(Collection<MembershipCase> cases, LocalDate day,
      ReminderPolicy policy) {
    Objects.requireNonNull(cases, "cases");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(policy, "policy");
    TreeSet<Integer> offsets = new TreeSet<>();
    policy.daysBeforeEnd().forEach(d -> offsets.add(-d));
    offsets.addAll(policy.daysAfterEnd());
    List<ReminderPolicy.Reminder> due = new ArrayList<>();
    for (MembershipCase c : cases) {
      if (c.state() != HELD || c.membership().isEmpty()) {
        continue;
      }
      Membership m = c.membership().get();
      if (m.endDate().isEmpty() || m.statusOverrideOn(day).isPresent() || m.pending()) {
        continue;
      }
      LocalDate end = m.endDate().get();
      long fromEnd = day.toEpochDay() - end.toEpochDay();
      Integer latest = offsets.floor((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, fromEnd)));
      if (latest == null) {
        continue;
      }
      MembershipStatus status = rules.statusOf(m, day);
      boolean counts = latest <= 0 ? status.countsAsMembership() : status == MembershipStatus.GRACE;
      boolean sent = c.remindersSent().stream().anyMatch(r -> r.endDate().equals(end) && r.daysFromEnd() >= latest);
      if (counts && !sent) {
        due.add(new ReminderPolicy.Reminder(m, latest));
      }
    }
    due.sort(Comparator.comparing((ReminderPolicy.Reminder r) -> r.membership().endDate().orElseThrow())
        .thenComparing(r -> r.membership().id().value()));
    return due;
  }

  @Override
  public WorkflowDefinition<MembershipState, MembershipCase, MembershipCommand, MembershipEvent> definition() {
    return definition;
  }

  @Override
  public MembershipCase initial(String id) {
    Objects.requireNonNull(id, "id");
    return new MembershipCase(id, NONE, Optional.empty(), List.of());
  }

  @Override
  protected MembershipCase apply(MembershipCase c, MembershipEvent event, MembershipState state) {
    if (event instanceof MembershipOpened e) {
      return new MembershipCase(c.id(), state, Optional.of(e.membership()), c.remindersSent());
    }
    if (event instanceof MembershipRenewed e) {
      return new MembershipCase(c.id(), state, Optional.of(e.membership()), c.remindersSent());
    }
    if (event instanceof ReminderRecorded e) {
      List<MembershipCase.SentReminder> sent = new ArrayList<>(c.remindersSent());
      sent.add(new MembershipCase.SentReminder(e.endDate(), e.daysFromEnd()));
      return new MembershipCase(c.id(), state, c.membership(), sent);
    }
    Membership m = c.membership().orElseThrow();
    var next = Membership.builder().from(m);
    if (event instanceof RenewalRequested e) {
      return with(c, state, m.requestRenewal(e.on()));
    }
    if (event instanceof StatusOverridden e) {
      next.statusOverride(e.status()).statusOverrideEndDate(e.until());
    } else if (event instanceof OverrideRemoved || event instanceof MembershipReinstated) {
      next.statusOverride(Optional.empty()).statusOverrideEndDate(Optional.empty());
    } else if (event instanceof MembershipCancelled) {
      next.statusOverride(StatusOverride.CANCELLED).statusOverrideEndDate(Optional.empty());
    } else if (event instanceof MembershipErased e) {
      next.memberId(e.pseudonym());
    }
    return with(c, state, next.build());
  }

  private static MembershipCase with(MembershipCase c, MembershipState state, Membership m) {
    return new MembershipCase(c.id(), state, Optional.of(m), c.remindersSent());
  }
}
