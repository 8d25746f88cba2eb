package org.irrt.model.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.irrt.model.contribution.Contribution;
import org.irrt.model.contribution.ContributionId;
import org.irrt.model.member.MemberId;
import org.irrt.model.pledge.Donor;
import org.irrt.model.pledge.Pledge;
import org.irrt.model.pledge.PledgeId;
import org.irrt.model.testing.ModelSamples;
import org.irrt.model.testing.Violations;
import org.junit.jupiter.api.Test;

/**
 * Found by the domain adversary: DOMAIN.md section 2 asks to "export everything held about a
 * member", and the export held the member record and the memberships only, not the pledges the
 * member made nor the blog posts the member wrote. Now it holds those too, and only the member's.
 */
class ExportEverythingHeldTest {
  private static final Instant AT = Instant.parse("2026-11-29T12:00:00Z");

  private static Pledge pledge(String id, Donor donor) {
    return Pledge.builder().from(ModelSamples.PLEDGE).id(PledgeId.of(id)).donor(donor).build();
  }

  @Test
  void theExportHoldsTheMembersPledgesAndPostsAndNoOneElses() {
    MemberId ana = ModelSamples.MEMBER.id();
    Pledge anas = pledge("p-1", Donor.member(ana));
    Pledge anonymousButAnas = Pledge.builder().from(anas).id(PledgeId.of("p-2")).anonymous(true).build();
    Pledge others = pledge("p-3", Donor.member(MemberId.of("m-2")));
    Pledge outside = pledge("p-4", Donor.outside("Friends of the Library"));
    Contribution anasPost = Contribution.start(ContributionId.of("c-1"), ana, AT, ModelSamples.POST);
    Contribution othersPost = Contribution.start(ContributionId.of("c-2"), MemberId.of("m-2"), AT, ModelSamples.POST);

    MemberDataExport export = MemberPrivacy.export(ModelSamples.MEMBER, List.of(ModelSamples.MEMBERSHIP),
        List.of(anas, others, anonymousButAnas, outside), List.of(othersPost, anasPost), AT);
    assertThat(export.pledges()).containsExactly(anas, anonymousButAnas);
    assertThat(export.contributions()).containsExactly(anasPost);
    assertThat(export.memberships()).containsExactly(ModelSamples.MEMBERSHIP);

    assertThat(MemberPrivacy.export(ModelSamples.MEMBER, List.of(), AT).pledges()).as("the older form: none").isEmpty();
  }

  @Test
  void anExportHoldingAnotherMembersPledgeOrPostIsRefusedAtItsPath() {
    MemberDataExport export = MemberPrivacy.export(ModelSamples.MEMBER, List.of(), AT);
    assertThat(Violations.of(() -> ImmutableMemberDataExport.builder().from(export)
        .addPledges(pledge("p-3", Donor.member(MemberId.of("m-2"))), pledge("p-4", Donor.outside("A Friend")))
        .addContributions(Contribution.start(ContributionId.of("c-2"), MemberId.of("m-2"), AT, ModelSamples.POST))
        .build()))
        .containsExactly("contributions[0].author org.irrt.model.MemberDataExport.otherMember",
            "pledges[0].donor org.irrt.model.MemberDataExport.otherMember",
            "pledges[1].donor org.irrt.model.MemberDataExport.otherMember");
  }
}
