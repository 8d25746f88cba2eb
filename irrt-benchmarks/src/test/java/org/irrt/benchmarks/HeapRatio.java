package org.irrt.benchmarks;

import org.openjdk.jol.info.GraphLayout;

/** Retained heap of a member against the plain record of the same fields, measured with JOL. */
final class HeapRatio {
  private HeapRatio() {}

  /**
   * The bytes retained by a member and by its record (average over many, to count shared values once
   * per instance as a host holding many would).
   *
   * @return {member bytes, record bytes}
   */
  static long[] measure() {
    System.setProperty("jol.magicFieldOffset", "true"); // field offsets on JDK 17 and later
    int n = 1000;
    Object[] members = new Object[n];
    Object[] records = new Object[n];
    for (int i = 0; i < n; i++) {
      members[i] = Fixtures.member(i);
      records[i] = Fixtures.record(i);
    }
    long m = GraphLayout.parseInstance(members).totalSize() / n;
    long r = GraphLayout.parseInstance(records).totalSize() / n;
    return new long[] {m, r};
  }
}
