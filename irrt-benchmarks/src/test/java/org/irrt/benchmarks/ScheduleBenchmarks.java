package org.irrt.benchmarks;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.irrt.model.common.Money;
import org.irrt.model.member.MemberId;
import org.irrt.model.pledge.CampaignId;
import org.irrt.model.pledge.Donor;
import org.irrt.model.pledge.Frequency;
import org.irrt.model.pledge.Installment;
import org.irrt.model.pledge.Pledge;
import org.irrt.model.pledge.PledgeId;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The installment schedule of a 60-installment pledge. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ScheduleBenchmarks {
  Pledge pledge;

  @Setup
  public void setUp() {
    pledge = Pledge.builder().id(PledgeId.of("p")).campaign(CampaignId.of("c")).donor(Donor.member(MemberId.of("m")))
        .total(Money.of("6000.00", "USD")).installmentCount(60).frequency(Frequency.of(1, Frequency.Unit.MONTHS, 31))
        .startDate(LocalDate.of(2027, 1, 31)).build();
  }

  /** A 60-installment schedule. */
  @Benchmark
  public List<Installment> schedule60() {
    return pledge.schedule();
  }
}
