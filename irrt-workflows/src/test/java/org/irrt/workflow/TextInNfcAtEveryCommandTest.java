package org.irrt.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.irrt.model.committee.CommitteeId;
import org.irrt.model.member.MemberId;
import org.irrt.model.membership.StatusOverride;
import org.irrt.workflow.committee.VolunteerCommand;
import org.irrt.workflow.committee.VolunteerForm;
import org.irrt.workflow.contribution.PostCommand;
import org.irrt.workflow.membership.ApplicationCommand;
import org.irrt.workflow.membership.MembershipCommand;
import org.junit.jupiter.api.Test;

/**
 * DOMAIN.md section 6, "keep text in Unicode NFC", at every free-text entry point of the workflows'
 * commands: text typed in decomposed form (NFD, as some keyboards and macOS file names send it) is
 * kept, and so stored in events, as NFC. Oracle: {@link Normalizer} on the same text.
 */
class TextInNfcAtEveryCommandTest {
  /** Pieces that decompose: Latin, Vietnamese, Greek, Cyrillic with accents, Hangul, a ligature-free Arabic. */
  private static final List<String> PIECES = List.of("é", "Å", "ñ", "ệ", "ǖ", "ά", "й", "ё", "한", "글", "ặ",
      "Ç", "ş", "a", " ", "مرحبا", "北京", "\u1E9B\u0323");

  private static final List<Function<String, String>> ENTRY_POINTS = List.of(
      s -> new PostCommand.RequestChanges(s).reason(),
      s -> new PostCommand.Reject(s).reason(),
      s -> new PostCommand.Comment(s).text(),
      s -> new VolunteerCommand.Decline(s).reason(),
      s -> new VolunteerForm(MemberId.of("m"), List.of(CommitteeId.of("c")), s, "x").statement(),
      s -> new VolunteerForm(MemberId.of("m"), List.of(CommitteeId.of("c")), "x", s).availability(),
      s -> new MembershipCommand.OverrideStatus(StatusOverride.values()[0], Optional.empty(), s).reason(),
      s -> new MembershipCommand.RemoveOverride(s).reason(),
      s -> new MembershipCommand.Cancel(s).reason(),
      s -> new MembershipCommand.Reinstate(s).reason(),
      s -> new MembershipCommand.Erase(MemberId.of("p"), s).reason(),
      s -> new ApplicationCommand.RequestInformation(s).reason(),
      s -> new ApplicationCommand.Reject(s).reason());

  @Test
  void decomposedTextAtEveryCommandIsKeptComposed() {
    qt().withFixedSeed(61L).withExamples(400)
        .forAll(lists().of(integers().between(0, PIECES.size() - 1)).ofSizeBetween(1, 12),
            integers().between(0, ENTRY_POINTS.size() - 1))
        .checkAssert((pieces, entry) -> {
          StringBuilder b = new StringBuilder("x");
          pieces.forEach(i -> b.append(PIECES.get(i)));
          String nfd = Normalizer.normalize(b.toString(), Normalizer.Form.NFD);
          assertThat(ENTRY_POINTS.get(entry).apply(nfd)).as("entry point %d", entry)
              .isEqualTo(Normalizer.normalize(nfd, Normalizer.Form.NFC));
        });
  }

  @Test
  void everyEntryPointKeepsAnAccentedReasonComposed() {
    String nfd = "Re\u0301sume\u0301 manquant";
    for (Function<String, String> entry : ENTRY_POINTS) {
      assertThat(entry.apply(nfd)).isEqualTo("R\u00E9sum\u00E9 manquant");
    }
  }

  @Test
  void aMissingReasonStaysMissingForTheGuardToRefuse() {
    assertThat(new PostCommand.Reject(null).reason()).isNull();
    assertThat(new VolunteerCommand.Decline(null).reason()).isNull();
  }

  @Test
  void aCommentOrReasonTypedDecomposedIsMeasuredAsItIsKept() {
    String composed = "\u00E9".repeat(Request.MAX_COMMENT);
    String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD); // twice the code points
    assertThat(Request.of("SUBMIT", Actor.of("ana", Role.APPLICANT)).withComment(decomposed).comment())
        .contains(composed);
    assertThat(Refusal.ofReason("reasonGiven", new PostCommand.Reject(decomposed).reason())).isEmpty();
  }
}
