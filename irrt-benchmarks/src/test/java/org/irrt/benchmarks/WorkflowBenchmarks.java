package org.irrt.benchmarks;

import com.github.oxo42.stateless4j.StateMachine;
import com.github.oxo42.stateless4j.StateMachineConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.irrt.model.common.Money;
import org.irrt.model.member.Member;
import org.irrt.model.member.MemberCategory;
import org.irrt.model.membership.MembershipDuration;
import org.irrt.model.membership.MembershipType;
import org.irrt.model.membership.MembershipTypeId;
import org.irrt.model.membership.PeriodType;
import org.irrt.workflow.Actor;
import org.irrt.workflow.InMemoryWorkflowStore;
import org.irrt.workflow.Organisation;
import org.irrt.workflow.Request;
import org.irrt.workflow.Role;
import org.irrt.workflow.WorkflowEngine;
import org.irrt.workflow.membership.ApplicationCommand;
import org.irrt.workflow.membership.ApplicationEvent;
import org.irrt.workflow.membership.ApplicationState;
import org.irrt.workflow.membership.MembershipApplication;
import org.irrt.workflow.membership.MembershipApplicationWorkflow;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One membership application command (create a draft: roles, guards, an event with actor and
 * instant, the audit append with its version check) against stateless4j firing the same
 * transition, and a raw {@code EnumMap} transition with an {@code ArrayList} append.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class WorkflowBenchmarks {
  enum Trigger { CREATE, SUBMIT }

  /** Commands per measured operation, each on a new instance of one fresh store. */
  static final int BATCH = 1_000;

  MembershipApplicationWorkflow workflow;
  Clock clock;
  String[] ids;
  Request<ApplicationCommand> create;
  StateMachineConfig<ApplicationState, Trigger> stateless;
  Map<ApplicationState, Map<Trigger, ApplicationState>> table;

  @Setup(Level.Iteration)
  public void setUp() {
    Member ana = Fixtures.member(1);
    MembershipType type = MembershipType.builder().id(MembershipTypeId.of("t")).name("Type")
        .category(MemberCategory.INTERNATIONAL).fee(Money.of("35", "EUR")).duration(MembershipDuration.years(1))
        .periodType(PeriodType.ROLLING).approvalRequired(true).paymentRequired(true).build();
    workflow = new MembershipApplicationWorkflow(Organisation.in(ZoneId.of("UTC")).withMembershipTypes(List.of(type)),
        Duration.ofDays(30), (m, t, id) -> Optional.empty());
    clock = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC);
    ids = new String[BATCH];
    for (int i = 0; i < BATCH; i++) {
      ids[i] = "app-" + i;
    }
    create = Request.of(new ApplicationCommand.Create(ana, type.id(), "token"), Actor.of("m-1", Role.APPLICANT));
    stateless = new StateMachineConfig<>();
    // The same row as ours: NONE -> DRAFT on CREATE, guarded by the actor's role.
    Actor applicant = create.actor();
    java.util.Set<Role> allowed = java.util.Set.of(Role.APPLICANT);
    stateless.configure(ApplicationState.NONE).permitIf(Trigger.CREATE, ApplicationState.DRAFT,
        () -> applicant.holdsAny(allowed));
    stateless.configure(ApplicationState.DRAFT).permit(Trigger.SUBMIT, ApplicationState.SUBMITTED);
    table = new EnumMap<>(ApplicationState.class);
    table.put(ApplicationState.NONE, new EnumMap<>(Map.of(Trigger.CREATE, ApplicationState.DRAFT)));
    table.put(ApplicationState.DRAFT, new EnumMap<>(Map.of(Trigger.SUBMIT, ApplicationState.SUBMITTED)));
  }

  /**
   * Ours: one command through the engine, into the in-memory store (the score is per command). A
   * fresh store takes each batch of {@value #BATCH} new instances, so the figure is the command's
   * cost and not that of a heap holding every instance created during a run (about a million a
   * second, which no host keeps in memory).
   */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public Object applicationCommand() {
    var engine = WorkflowEngine.of(workflow, new InMemoryWorkflowStore<ApplicationEvent>(), clock);
    Object last = null;
    for (String id : ids) {
      last = engine.issue(id, create);
    }
    return last;
  }

  /** Baseline: stateless4j firing the same transition, with the same role guard. */
  @Benchmark
  public ApplicationState stateless4jFire() {
    StateMachine<ApplicationState, Trigger> machine = new StateMachine<>(ApplicationState.NONE, stateless);
    machine.fire(Trigger.CREATE);
    return machine.getState();
  }

  /** Baseline: an EnumMap transition and an ArrayList append. */
  @Benchmark
  public List<Object> rawEnumMapAndAppend() {
    List<Object> history = new ArrayList<>(1);
    ApplicationState next = table.get(ApplicationState.NONE).get(Trigger.CREATE);
    history.add(next);
    return history;
  }
}
