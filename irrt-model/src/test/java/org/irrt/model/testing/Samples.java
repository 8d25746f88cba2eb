package org.irrt.model.testing;

import java.time.YearMonth;
import org.irrt.model.committee.Committee;
import org.irrt.model.committee.CommitteeId;
import org.irrt.model.committee.CommitteeKind;
import org.irrt.model.committee.CommitteeRole;
import org.irrt.model.committee.ImmutableCommittee;
import org.irrt.model.committee.SeatLimit;
import org.irrt.model.committee.TermRule;
import org.irrt.model.common.PartialDate;
import org.irrt.model.common.WebUrl;
import org.irrt.model.link.ImmutableLink;
import org.irrt.model.link.ImmutableLinkGroup;
import org.irrt.model.link.Link;
import org.irrt.model.link.LinkCategory;
import org.irrt.model.link.LinkGroup;
import org.irrt.model.link.LinkGroupId;
import org.irrt.model.link.LinkGroupKind;
import org.irrt.model.link.LinkId;
import org.irrt.model.roundtable.FormerName;
import org.irrt.model.roundtable.ImmutableRoundTable;
import org.irrt.model.roundtable.Initiative;
import org.irrt.model.roundtable.InitiativeId;
import org.irrt.model.roundtable.InitiativeKind;
import org.irrt.model.roundtable.Organization;
import org.irrt.model.roundtable.RoundTable;
import org.irrt.model.roundtable.RoundTableId;

/** Small valid values that tests change one attribute of. */
public final class Samples {
  private Samples() {}

  public static ImmutableLink link(String id) {
    return Link.builder()
        .id(LinkId.of(id))
        .title("Link " + id)
        .url(WebUrl.of("https://example.org/" + id))
        .category(LinkCategory.PAGE)
        .build();
  }

  public static ImmutableLinkGroup group(String id, LinkGroupKind kind, Link... links) {
    return LinkGroup.builder().id(LinkGroupId.of(id)).title("Group " + id).kind(kind).addLinks(links).build();
  }

  public static ImmutableCommittee committee(String id) {
    return Committee.builder()
        .id(CommitteeId.of(id))
        .name("Committee " + id)
        .kind(CommitteeKind.STANDING)
        .addSeats(SeatLimit.of(CommitteeRole.CHAIR, 1, 1), SeatLimit.of(CommitteeRole.MEMBER, 2, 4))
        .addTermRules(TermRule.builder().role(CommitteeRole.MEMBER).addTermYears(1, 2).build())
        .build();
  }

  public static ImmutableRoundTable roundTable() {
    return RoundTable.builder()
        .id(RoundTableId.of("irrt"))
        .name("International Relations Round Table")
        .acronym("IRRT")
        .parentOrganization(Organization.builder().name("American Library Association").acronym("ALA").build())
        .established(PartialDate.of(YearMonth.of(1949, 1)))
        .addFormerNames(FormerName.builder().name("Round Table on Library Service Abroad")
            .fromYear(1949).untilYear(1956).build())
        .addPurposes("To promote interest in library issues and librarianship worldwide.")
        .addInitiatives(Initiative.builder().id(InitiativeId.of("blog")).kind(InitiativeKind.BLOG)
            .name("Blog").summary("Members contribute posts.").build())
        .addCommittees(committee("membership"))
        .addLinkGroups(group("related", LinkGroupKind.RELATED_LINKS, link("a"), link("b")))
        .build();
  }
}
