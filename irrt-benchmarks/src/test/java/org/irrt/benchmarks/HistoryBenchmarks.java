package org.irrt.benchmarks;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.irrt.workflow.Actor;
import org.irrt.workflow.ActorId;
import org.irrt.workflow.EventHeader;
import org.irrt.workflow.InMemoryWorkflowStore;
import org.irrt.workflow.Outcome;
import org.irrt.workflow.Request;
import org.irrt.workflow.Role;
import org.irrt.workflow.Workflow;
import org.irrt.workflow.WorkflowDefinition;
import org.irrt.workflow.WorkflowEngine;
import org.irrt.workflow.WorkflowEvent;
import org.irrt.workflow.WorkflowInstance;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine's cost of one command against the instance's history (issue 17 item 4): the same
 * command, keyed or not, on an instance with 10 events and on one with 20,000. The workflow is the
 * smallest there is (one state, one self-loop that counts), so that what is measured is the
 * engine's own work (building the instance from its snapshot, the key lookup, deciding, the
 * fingerprint of a keyed command, the append) and not a domain value that copies its lists on every
 * change, which the model's values do and which no engine can make flat.
 *
 * <p>Each command appends an event, so the instance grows while it is measured: JMH's single-shot
 * batches (its sample 26), a fresh instance of {@code history} events before every batch of
 * {@value #BATCH} commands, the engine's snapshot of it built beforehand, as it is for an instance
 * in use. An engine whose cost grew with history would show it as a ratio far above 1.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 30, batchSize = HistoryBenchmarks.BATCH)
@Measurement(iterations = 20, batchSize = HistoryBenchmarks.BATCH)
public class HistoryBenchmarks {
  /** Commands per measured batch. */
  static final int BATCH = 1_000;

  /** The one state. */
  enum TallyState { NONE, OPEN }

  /**
   * The instance: how many notes.
   *
   * @param id the id
   * @param state the state
   * @param count the notes so far
   */
  record Tally(String id, TallyState state, long count) implements WorkflowInstance<TallyState> {}

  /**
   * A note: the one command.
   *
   * @param text the note
   */
  public record Note(String text) {}

  /**
   * A note was taken.
   *
   * @param header the header
   * @param text the note
   */
  record Noted(EventHeader header, String text) implements WorkflowEvent {}

  /** One state, one row. */
  static final class TallyWorkflow extends Workflow<Tally, TallyState, Note, Noted> {
    private final WorkflowDefinition<TallyState, Tally, Note, Noted> definition =
        WorkflowDefinition.<TallyState, Tally, Note, Noted>builder("tally", TallyState.class, TallyState.NONE)
            .on(java.util.Set.of(TallyState.NONE, TallyState.OPEN), Note.class, TallyState.OPEN).by(Role.EDITOR)
            .emits((t, c, h) -> new Noted(h, c.text()))
            .build();

    @Override
    public WorkflowDefinition<TallyState, Tally, Note, Noted> definition() {
      return definition;
    }

    @Override
    public Tally initial(String id) {
      return new Tally(id, TallyState.NONE, 0);
    }

    @Override
    protected Tally apply(Tally t, Noted e, TallyState state) {
      return new Tally(t.id(), state, t.count() + 1);
    }
  }

  static final Actor EDITOR = Actor.of("editor-kim", Role.EDITOR);
  static final Request<Note> NOTE = Request.of(new Note("Seen."), EDITOR);

  /** Events already on the instance when a batch starts. */
  @Param({"10", "20000"})
  public int history;

  final TallyWorkflow workflow = new TallyWorkflow();
  final Clock clock = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC);
  WorkflowEngine<Tally, Note, Noted> engine;
  String[] keys;
  int next;

  /** A fresh instance of {@code history} events (some of them keyed), its snapshot built. */
  @Setup(Level.Iteration)
  public void setUp() {
    InMemoryWorkflowStore<Noted> store = new InMemoryWorkflowStore<>();
    List<Noted> past = new ArrayList<>(history);
    for (int i = 0; i < history; i++) {
      Optional<String> key = i % 2 == 0 ? Optional.of("old-" + i) : Optional.empty();
      past.add(new Noted(new EventHeader(ActorId.of("editor-kim"), "NOTE", "OPEN", clock.instant(), Optional.empty(),
          key, key.isPresent() ? Workflow.fingerprint(NOTE.command()) : ""), "Seen."));
    }
    store.append("tally", 0, past);
    engine = WorkflowEngine.of(workflow, store, clock);
    engine.load("tally");
    keys = new String[BATCH + 1];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = "new-" + i;
    }
    next = 0;
  }

  /**
   * One command without a key.
   *
   * @return the outcome
   */
  @Benchmark
  public Outcome<Tally, Noted> unkeyed() {
    return engine.issue("tally", NOTE);
  }

  /**
   * One command with a key never used on the instance (looked up, then fingerprinted).
   *
   * @return the outcome
   */
  @Benchmark
  public Outcome<Tally, Noted> keyed() {
    return engine.issue("tally", NOTE.withIdempotencyKey(keys[1 + next++ % BATCH])); // keys[0] is the replayed one
  }

  /**
   * The same keyed command again, right after: a replay answered from the key's index.
   *
   * @return the outcome
   */
  @Benchmark
  public Outcome<Tally, Noted> replayed() {
    return engine.issue("tally", NOTE.withIdempotencyKey(keys[0]));
  }

  static long count(Outcome<Tally, Noted> outcome) {
    return Objects.requireNonNull(outcome).instance().count();
  }
}
