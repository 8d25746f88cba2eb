package org.irrt.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.irrt.model.pledge.Pledge;
import org.irrt.model.roundtable.RoundTable;
import org.irrt.model.testing.Samples;
import org.irrt.model.testing.Violations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two faults an attacker found (2026-12-07): a value whose own check found more than 200 problems
 * let the report's internal "too many problems" signal escape instead of the report; and a round
 * table's check of its committees' parents scanned every committee for each one, so 80,000
 * committees naming parents took over a minute.
 */
@ParameterizedClass(name = "{0}")
@MethodSource("org.irrt.model.json.Bindings#all")
class ReportOverflowAndQuadraticChecksRegressionTest {
  @Parameter
  JsonBinding json;

  @Test
  void aValueWithMoreThanTwoHundredProblemsOfItsOwnIsReportedAndTheReportSaysItWasCut() {
    StringBuilder payments = new StringBuilder();
    for (int i = 0; i < 202; i++) {
      payments.append(i == 0 ? "" : ",").append("{\"paymentId\":\"p\",\"amount\":{\"amount\":1,\"currency\":\"USD\"},"
          + "\"receivedOn\":\"2026-01-01\"}");
    }
    String pledge = "{\"id\":\"p-1\",\"campaign\":\"c\",\"donor\":{\"member\":\"m\"},\"total\":{\"amount\":1000,"
        + "\"currency\":\"USD\"},\"installmentCount\":2,\"frequency\":{\"interval\":1,\"unit\":\"MONTHS\"},"
        + "\"startDate\":\"2026-01-01\",\"payments\":[" + payments + "]}";
    for (List<String> found : List.of(Violations.of(() -> json.read(pledge, Pledge.class)),
        Violations.of(() -> json.hostRead(pledge, Pledge.class)))) {
      assertThat(found).hasSize(201);
      assertThat(found.subList(0, 200)).allMatch(v -> v.matches("payments\\[[0-9]+\\]\\.paymentId org\\.irrt\\.model\\.duplicateId"));
      assertThat(found.get(200)).isEqualTo(" org.irrt.model.json.tooManyProblems");
    }
  }

  @Test
  void eightyThousandCommitteesNamingTheirParentsAreCheckedInLinearTime() {
    String one = json.write(Samples.roundTable());
    StringBuilder committees = new StringBuilder();
    int n = 80_000;
    for (int i = 0; i < n - 1; i++) { // each names the last committee listed, so a scan goes through them all
      committees.append("{\"id\":\"c-").append(i)
          .append("\",\"name\":\"x\",\"kind\":\"SUBCOMMITTEE\",\"parentCommittee\":\"c-").append(n - 1).append("\"},");
    }
    committees.append("{\"id\":\"c-").append(n - 1).append("\",\"name\":\"x\",\"kind\":\"STANDING\"}");
    String big = one.replaceFirst("\"committees\": \\[", "\"committees\": [" + committees + ",");
    assertThat(big).hasSizeGreaterThan(6_000_000);
    // before the fix this took 57 to 74 s; a generous bound that only a scan per committee can miss
    RoundTable read = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> json.read(big, RoundTable.class));
    assertThat(read.committees()).hasSizeGreaterThan(n);
  }

}
