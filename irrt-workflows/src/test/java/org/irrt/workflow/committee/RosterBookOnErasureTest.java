package org.irrt.workflow.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irrt.workflow.committee.CommitteeFixtures.MEMBERSHIP;

import org.irrt.model.committee.CommitteeRole;
import org.irrt.model.member.MemberId;
import org.irrt.workflow.DataSubject;
import org.junit.jupiter.api.Test;

/**
 * The roster is built from appointments, which hold member ids only and are not personal data
 * (ARCHITECTURE.md, "Erasure that reaches the history"): an erasure leaves it as it was. The engine
 * makes it start over all the same, as every view its workflow reads, and it is built again equal.
 */
class RosterBookOnErasureTest {
  private final CommitteeFixtures f = new CommitteeFixtures();

  @Test
  void anErasureThroughTheEngineMakesTheBookStartOverAndTheRosterIsBuiltAgainUnchanged() {
    f.appointAndAccept("m-000201", MEMBERSHIP, CommitteeRole.MEMBER, 2);
    String ben = f.appointAndAccept("m-000202", MEMBERSHIP, CommitteeRole.MEMBER, 2);
    Roster before = f.book.get();
    assertThat(before.appointments()).extracting(Appointment::member)
        .containsExactly(MemberId.of("m-000201"), MemberId.of("m-000202"));
    assertThat(f.book.position()).isEqualTo(6);

    MemberId pseudonym = f.engine.erase(DataSubject.member(MemberId.of("m-000201"))).orElseThrow();

    assertThat(f.book.position()).isZero(); // before: 6, nothing started over
    assertThat(f.book.get()).isEqualTo(before);
    assertThat(f.book.position()).isEqualTo(6);
    assertThat(f.engine.load(ben).form().orElseThrow().member()).isEqualTo(MemberId.of("m-000202"));
    assertThat(pseudonym).isNotEqualTo(MemberId.of("m-000201"));
    assertThat(f.engine.workflow().views()).containsExactly(f.book);
  }
}
