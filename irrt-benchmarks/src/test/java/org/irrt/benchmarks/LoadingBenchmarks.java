package org.irrt.benchmarks;

import com.fasterxml.jackson.databind.ObjectReader;
import java.util.concurrent.TimeUnit;
import org.irrt.model.member.Member;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Loading members from JSON Lines (parse, validate, build) against a raw Jackson parse into records. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LoadingBenchmarks {
  @Param("100000")
  public int members;

  String lines;
  String recordLines;
  ObjectReader ours;
  ObjectReader raw;
  tools.jackson.databind.ObjectReader ours3;
  tools.jackson.databind.ObjectReader raw3;

  @Setup
  public void setUp() throws Exception {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < members; i++) {
      sb.append(Fixtures.IRRT.writeValueAsString(Fixtures.member(i))).append('\n');
    }
    lines = sb.toString();
    StringBuilder rb = new StringBuilder();
    for (int i = 0; i < members; i++) {
      rb.append(Fixtures.PLAIN.writeValueAsString(Fixtures.record(i))).append('\n');
    }
    recordLines = rb.toString();
    ours = Fixtures.IRRT.readerFor(Member.class);
    raw = Fixtures.PLAIN.readerFor(Fixtures.MemberRecord.class);
    ours3 = Fixtures.IRRT3.readerFor(Member.class);
    raw3 = Fixtures.PLAIN3.readerFor(Fixtures.MemberRecord.class);
  }

  /** Ours: every line parsed, validated and built. */
  @Benchmark
  public int loadMembers() throws Exception {
    int n = 0;
    try (var it = ours.<Member>readValues(lines)) {
      while (it.hasNext()) {
        it.next();
        n++;
      }
    }
    return n;
  }

  /** Baseline: every line parsed into a plain record. */
  @Benchmark
  public int parseRecords() throws Exception {
    int n = 0;
    try (var it = raw.<Fixtures.MemberRecord>readValues(recordLines)) {
      while (it.hasNext()) {
        it.next();
        n++;
      }
    }
    return n;
  }

  /** Ours on Jackson 3. */
  @Benchmark
  public int loadMembersJackson3() {
    int n = 0;
    try (var it = ours3.<Member>readValues(lines)) {
      while (it.hasNext()) {
        it.next();
        n++;
      }
    }
    return n;
  }

  /** Baseline on Jackson 3. */
  @Benchmark
  public int parseRecordsJackson3() {
    int n = 0;
    try (var it = raw3.<Fixtures.MemberRecord>readValues(recordLines)) {
      while (it.hasNext()) {
        it.next();
        n++;
      }
    }
    return n;
  }
}
