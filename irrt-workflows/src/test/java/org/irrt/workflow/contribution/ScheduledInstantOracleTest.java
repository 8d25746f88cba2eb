package org.irrt.workflow.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irrt.workflow.contribution.ContributionLifecycleTest.ANA;
import static org.irrt.workflow.contribution.ContributionLifecycleTest.EDITOR;
import static org.irrt.workflow.contribution.ContributionLifecycleTest.content;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.irrt.workflow.Outcome;
import org.junit.jupiter.api.Test;

/**
 * Scheduled times (DOMAIN.md section 5: "stored as instants, entered with a zone"; "a scheduled post
 * whose time passed while nothing ran is published at its scheduled instant on the next evaluation")
 * against an oracle from the zone rules: a local time that exists once is that instant; one that
 * occurs twice (a fall-back hour) takes the earlier instant; one skipped (a spring-forward gap) is
 * read with the offset before the gap, i.e. moved forward by the gap. Zones with 30-minute and
 * 60-minute changes, both hemispheres.
 */
class ScheduledInstantOracleTest {
  private static final List<ZoneId> ZONES = List.of(ZoneId.of("America/Chicago"), ZoneId.of("Europe/Berlin"),
      ZoneId.of("Australia/Lord_Howe"), ZoneId.of("Pacific/Chatham"), ZoneId.of("America/Santiago"),
      ZoneId.of("Asia/Kolkata"), ZoneId.of("UTC"));

  private static Instant oracle(LocalDateTime local, ZoneId zone) {
    List<ZoneOffset> valid = zone.getRules().getValidOffsets(local);
    if (valid.isEmpty()) {
      ZoneOffsetTransition gap = zone.getRules().getTransition(local);
      return local.toInstant(gap.getOffsetBefore());
    }
    return valid.stream().map(local::toInstant).min(Instant::compareTo).orElseThrow();
  }

  @Test
  void aScheduledLocalTimeIsStoredAsTheZonesInstantAndPublishedAtItWhenEvaluatedLate() {
    AtomicInteger transitions = new AtomicInteger();
    qt().withFixedSeed(81L).withExamples(400)
        .forAll(integers().between(0, ZONES.size() - 1), integers().between(0, 364 * 48), integers().between(0, 1),
            integers().between(1, 5000))
        .checkAssert((z, halfHours, nearChange, lateMinutes) -> {
          ZoneId zone = ZONES.get(z);
          LocalDateTime local = LocalDateTime.of(2027, 1, 1, 0, 15).plusMinutes(30L * halfHours);
          if (nearChange == 1 && zone.getRules().nextTransition(Instant.parse("2027-01-01T00:00:00Z")) != null) {
            ZoneOffsetTransition t = zone.getRules().nextTransition(local.atZone(zone).toInstant());
            if (t != null && t.getInstant().isBefore(Instant.parse("2028-01-01T00:00:00Z"))) {
              local = t.getDateTimeBefore().plusMinutes(halfHours % 4 * 15L - 30); // around the change
              transitions.incrementAndGet();
            }
          }
          ContributionLifecycleTest t = new ContributionLifecycleTest();
          t.clock.set(Instant.parse("2026-12-01T00:00:00Z"));
          t.issue(new PostCommand.Create(content("Body")), ANA);
          t.issue(new PostCommand.Submit(), ANA);
          t.issue(new PostCommand.StartReview(), EDITOR);
          t.issue(new PostCommand.Approve(), EDITOR);
          assertThat(t.issue(new PostCommand.Schedule(local, zone), EDITOR)).isInstanceOf(Outcome.Accepted.class);
          Instant expected = oracle(local, zone);
          assertThat(t.engine.load("post-1").scheduledFor()).as("%s %s", local, zone).contains(expected);
          t.clock.set(expected.plus(Duration.ofMinutes(lateMinutes))); // nothing ran meanwhile
          assertThat(t.engine.sweep(t.workflow.publishDue())).hasSize(1);
          assertThat(t.engine.load("post-1").state()).isEqualTo(PostState.PUBLISHED);
          assertThat(t.engine.load("post-1").publishedAt()).contains(expected);
        });
    assertThat(transitions.get()).isGreaterThan(100);
  }
}
