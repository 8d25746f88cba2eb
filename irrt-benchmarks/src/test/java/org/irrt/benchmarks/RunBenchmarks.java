package org.irrt.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark in one JMH run (2 forks, each with 5 warm-up and 5 measured iterations of 1 s: a
 * second JVM per benchmark evens out a fork that compiled worse or ran while the machine was busy; a private
 * temporary folder for JMH's lock), writes the JSON result file, and prints the ratios the targets
 * are stated in, with the retained-heap ratio measured by JOL.
 *
 * <p>Arguments: the result file, then the temporary folder, then {@code store} to run only the
 * JDBC store's benchmarks.
 */
public final class RunBenchmarks {
  private RunBenchmarks() {}

  /**
   * Runs.
   *
   * @param args result file and temporary folder
   * @throws Exception when JMH fails
   */
  public static void main(String[] args) throws Exception {
    Path result = Path.of(args.length > 0 ? args[0] : "jmh-result.json");
    Path tmp = Path.of(args.length > 1 ? args[1] : "jmh-tmp");
    Files.createDirectories(tmp);
    Files.createDirectories(result.toAbsolutePath().getParent());
    boolean storeOnly = args.length > 2 && args[2].equals("store");
    Map<String, Double> score = new TreeMap<>();
    if (!storeOnly) {
      Options options = new OptionsBuilder()
          .include("org\\.irrt\\.benchmarks\\..*Benchmarks\\..*")
          .exclude("HistoryBenchmarks")
          .exclude("StoreBenchmarks")
          .forks(2)
          .warmupIterations(5).warmupTime(TimeValue.seconds(1))
          .measurementIterations(5).measurementTime(TimeValue.seconds(1))
          .jvmArgsAppend("-Djava.io.tmpdir=" + tmp.toAbsolutePath(), "-Xmx2g")
          .resultFormat(ResultFormatType.JSON).result(result.toString())
          .build();
      Collection<RunResult> results = new Runner(options).run();
      // HistoryBenchmarks: single-shot batches with their own iteration counts (see the class), and a
      // garbage collection before each, so that no batch of a millisecond carries a pause the other
      // history's setting-up happened to take
      Options history = new OptionsBuilder()
          .include("org\\.irrt\\.benchmarks\\.HistoryBenchmarks\\..*")
          .forks(2)
          .shouldDoGC(true)
          .jvmArgsAppend("-Djava.io.tmpdir=" + tmp.toAbsolutePath(), "-Xmx2g")
          .resultFormat(ResultFormatType.JSON).result(result.toString().replace(".json", "-history.json"))
          .build();
      results = new java.util.ArrayList<>(results);
      results.addAll(new Runner(history).run());
      for (RunResult r : results) {
        String name = r.getParams().getBenchmark();
        String param = r.getParams().getParam("history");
        score.put(name.substring(name.lastIndexOf('.') + 1) + (param == null ? "" : "@" + param),
            r.getPrimaryResult().getScore());
      }
    }
    // StoreBenchmarks: committed commands on H2 and PostgreSQL against raw JDBC, throughput and
    // sampled latency; one fork (each starts its own PostgreSQL), 3 warm-up and 5 measured seconds
    Options store = new OptionsBuilder()
        .include("org\\.irrt\\.benchmarks\\.StoreBenchmarks\\..*")
        .forks(1)
        .warmupIterations(3).warmupTime(TimeValue.seconds(1))
        .measurementIterations(5).measurementTime(TimeValue.seconds(1))
        .jvmArgsAppend("-Djava.io.tmpdir=" + tmp.toAbsolutePath(), "-Xmx2g")
        .resultFormat(ResultFormatType.JSON).result(result.toString().replace(".json", "-store.json"))
        .build();
    Map<String, double[]> stores = new TreeMap<>();
    for (RunResult r : new Runner(store).run()) {
      String name = r.getParams().getBenchmark();
      String key = name.substring(name.lastIndexOf('.') + 1) + "@" + r.getParams().getParam("database");
      double[] figures = stores.computeIfAbsent(key, k -> new double[3]);
      if (r.getParams().getMode() == org.openjdk.jmh.annotations.Mode.Throughput) {
        figures[0] = r.getPrimaryResult().getScore();
      } else {
        figures[1] = r.getPrimaryResult().getStatistics().getPercentile(50) * 1000;
        figures[2] = r.getPrimaryResult().getStatistics().getPercentile(99) * 1000;
      }
    }
    System.out.println();
    if (!storeOnly) {
      System.out.println(table(score, HeapRatio.measure()));
    }
    System.out.println(storeTable(stores));
  }

  /**
   * The store's table: for each database and thread count, committed commands per second through
   * the store and rows per second with raw JDBC, their ratio, and p50/p99 latency in milliseconds.
   *
   * @param s by {@code method@database}: throughput per second, p50 ms, p99 ms
   * @return the Markdown table
   */
  static String storeTable(Map<String, double[]> s) {
    StringBuilder sb = new StringBuilder("| database | threads | store: commands/s (p50 / p99 ms) "
        + "| raw JDBC: rows/s (p50 / p99 ms) | store / raw | target |\n|---|---|---|---|---|---|\n");
    for (String database : new String[] {"H2_MEMORY", "POSTGRESQL"}) {
      for (int threads : new int[] {1, 8}) {
        double[] store = s.get("storeCommand" + threads + "@" + database);
        double[] raw = s.get("rawInsert" + threads + "@" + database);
        if (store == null || raw == null) {
          continue;
        }
        sb.append(String.format(Locale.ROOT, "| %s | %d | %,.0f (%.2f / %.2f) | %,.0f (%.2f / %.2f) | %.2f | >= 0.7 |%n",
            database.equals("POSTGRESQL") ? "PostgreSQL" : "H2 in memory", threads, store[0], store[1], store[2], raw[0],
            raw[1], raw[2], store[0] / raw[0]));
      }
    }
    return sb.toString();
  }

  static String table(Map<String, Double> s, long[] heap) {
    StringBuilder sb = new StringBuilder("| figure | measured | target |\n|---|---|---|\n");
    row(sb, "JSON round trip of a Member (validated on read) / plain record round trip, Jackson 2",
        s.get("jsonRoundTripMember") / s.get("jsonRoundTripRecord"), ">= 0.5");
    row(sb, "JSON round trip of a Member (validated on read) / plain record round trip, Jackson 3",
        s.get("jsonRoundTripMemberJackson3") / s.get("jsonRoundTripRecordJackson3"), ">= 0.5");
    row(sb, "validated build() of a Member time / HV validate() time of the same constraints",
        s.get("hibernateValidateBean") / s.get("buildMember"), "<= 1.0");
    row(sb, "membership application command in memory / stateless4j fire",
        s.get("applicationCommand") / s.get("stateless4jFire"), ">= 0.25");
    row(sb, "loading 100,000 members from JSON Lines / raw parse into records (time ratio, inverted), Jackson 2",
        s.get("parseRecords") / s.get("loadMembers"), ">= 0.5");
    row(sb, "loading 100,000 members from JSON Lines / raw parse into records (time ratio, inverted), Jackson 3",
        s.get("parseRecordsJackson3") / s.get("loadMembersJackson3"), ">= 0.5");
    for (String kind : new String[] {"unkeyed", "keyed", "replayed"}) {
      if (s.containsKey(kind + "@20000") && s.containsKey(kind + "@10")) {
        row(sb, "a command (" + kind + ") on an instance with 20,000 events / on one with 10 (time per batch of 1,000: "
            + String.format(Locale.ROOT, "%.0f / %.0f us", s.get(kind + "@20000"), s.get(kind + "@10")) + ")",
            s.get(kind + "@20000") / s.get(kind + "@10"), "<= 2.0");
      }
    }
    sb.append(String.format(Locale.ROOT, "| installment schedule for a 60-installment pledge | %,.0f schedules/s | >= 1,000,000 |%n",
        s.get("schedule60")));
    row(sb, "retained heap per Member / the record of the same fields (" + heap[0] + " / " + heap[1] + " bytes)",
        (double) heap[0] / heap[1], "<= 1.5");
    sb.append(String.format(Locale.ROOT, "%nraw scores: %s%n", s));
    return sb.toString();
  }

  private static void row(StringBuilder sb, String figure, double value, String target) {
    sb.append(String.format(Locale.ROOT, "| %s | %.2f | %s |%n", figure, value, target));
  }
}
