package org.irrt.model.contribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.irrt.model.member.MemberId;
import org.irrt.model.testing.Violations;
import org.junit.jupiter.api.Test;

class ContributionTest {
  static final Instant T0 = Instant.parse("2026-11-02T15:00:00Z");
  static final MemberId ANA = MemberId.of("ana");

  static PostContent content(String title, String body) {
    return PostContent.builder().title(title).body(body).format(ContentFormat.MARKDOWN).language("es")
        .addTags("Free Links", "América Latina").build();
  }

  @Test
  void revisionsAreAppendOnlyAndIdenticalContentAddsNone() {
    Contribution c = Contribution.start(ContributionId.of("post-1"), ANA, T0, content("Hola", "Texto"));
    Contribution same = c.revise(ANA, T0.plusSeconds(60), content("Hola", "Texto"));
    assertThat(same).isSameAs(c);
    Contribution two = c.revise(MemberId.of("ed"), T0.plusSeconds(120), content("Hola", "Texto corregido"));
    assertThat(two.revisions()).extracting(Revision::number).containsExactly(1, 2);
    assertThat(two.revisions().get(0)).isEqualTo(c.revisions().get(0));
    assertThat(two.current().author()).isEqualTo(MemberId.of("ed"));
    assertThat(two.current().contentHash()).isNotEqualTo(c.current().contentHash()).hasSize(64);
    assertThat(content("Hola", "Texto").hash()).isEqualTo(c.current().contentHash());
    Contribution commented = two.comment(MemberId.of("ed"), T0.plusSeconds(180), "¿Puedes añadir un enlace?");
    assertThat(commented.comments()).singleElement().satisfies(x -> assertThat(x.revision()).isEqualTo(2));
  }

  @Test
  void revisionsAreNumberedInTimeOrderAndCommentsNameOne() {
    Contribution c = Contribution.start(ContributionId.of("post-1"), ANA, T0, content("Hola", "Texto"));
    Revision late = Revision.builder().number(3).author(ANA).savedAt(T0.minusSeconds(5)).content(content("a", "b")).build();
    assertThat(Violations.of(() -> Contribution.builder().from(c).addRevisions(late).build()))
        .containsExactly("revisions[1].number org.irrt.model.Contribution.revisionNumber",
            "revisions[1].savedAt org.irrt.model.Contribution.revisionOrder");
    EditorialComment stray = EditorialComment.builder().revision(9).author(ANA).writtenAt(T0).text("?").build();
    assertThat(Violations.of(() -> Contribution.builder().from(c).addComments(stray).build()))
        .containsExactly("comments[0].revision org.irrt.model.Contribution.commentRevision");
    assertThat(Violations.of(() -> content(" ", "x"))).containsExactly("title org.irrt.model.ValidText.blank");
  }
}
