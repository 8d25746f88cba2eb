package org.irrt.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.irrt.model.committee.CommitteeId;
import org.irrt.model.committee.CommitteeRole;
import org.irrt.model.committee.SeatLimit;
import org.irrt.model.link.Link;
import org.irrt.model.link.LinkGroup;
import org.irrt.model.link.LinkGroupKind;
import org.irrt.model.roundtable.Initiative;
import org.irrt.model.roundtable.InitiativeKind;
import org.irrt.model.roundtable.RoundTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The IRRT reference data, read through the public API of either adapter, pinned against its sources. */
class IrrtDataTest {
  /** The only public addresses the sources give (shared/docs/DOMAIN.md, section 1). */
  private static final Set<String> PUBLIC_ADDRESSES = Set.of(
      "https://alairrt.blogspot.com",
      "https://www.ala.org/rt/irrt/emergingleaders2008",
      "https://www.ala.org/rt/irrt/international-librarians",
      "http://www.ala.org/rt/irrt/irrtcommittees/isld/isld",
      "https://www.ala.org/rt/irrt-committee-restructuring",
      "https://www.ala.org/aboutala/offices/iro/bogleprattintl",
      "http://www.ala.org/offices/iro/awardsactivities/humphryoclcforest");

  private static RoundTable irrt;

  @BeforeAll
  static void load() {
    irrt = IrrtData.irrt(org.irrt.jackson3.IrrtJson::read);
  }

  @Test
  void bothAdaptersReadTheSameRoundTable() {
    RoundTable withJackson2 = IrrtData.irrt(org.irrt.jackson2.IrrtJson::read);
    assertThat(withJackson2).isEqualTo(irrt);
    assertThat(withJackson2.committees()).hasSize(9);
  }

  @Test
  void aHostsOwnMapperReadsTheOpenedDocument() throws IOException {
    try (InputStream in = IrrtData.open()) {
      RoundTable read = tools.jackson.databind.json.JsonMapper.builder().findAndAddModules().build()
          .readValue(in, RoundTable.class);
      assertThat(read).isEqualTo(irrt);
    }
  }

  @Test
  void identityAndHistory() {
    assertThat(irrt.name()).isEqualTo("International Relations Round Table");
    assertThat(irrt.acronym()).isEqualTo("IRRT");
    assertThat(irrt.parentOrganization().name()).isEqualTo("American Library Association");
    assertThat(irrt.established().year()).isEqualTo(1949);
    assertThat(irrt.established().yearMonth()).contains(YearMonth.of(1949, 1));
    assertThat(irrt.established().date()).as("the day is not known").isEmpty();
    assertThat(irrt.establishedBy()).contains("ALA Council");
    assertThat(irrt.formerNames()).singleElement().satisfies(f -> {
      assertThat(f.name()).isEqualTo("Round Table on Library Service Abroad");
      assertThat(f.fromYear()).isEqualTo(1949);
      assertThat(f.untilYear()).isEqualTo(1956);
    });
    assertThat(irrt.history()).extracting(h -> h.date().toString()).containsExactly("1949-01", "1950", "1956");
    assertThat(irrt.newsletter()).hasValueSatisfying(n -> {
      assertThat(n.title()).isEqualTo("International Leads");
      assertThat(n.issn()).contains("0892-4546");
    });
  }

  @Test
  void fourPurposeStatements() {
    assertThat(irrt.purposes()).hasSize(4);
    assertThat(irrt.purposes().get(0)).contains("librarianship worldwide");
    assertThat(irrt.purposes().get(1)).contains("International Relations Committee");
    assertThat(irrt.purposes().get(2)).contains("international objectives of ALA");
    assertThat(irrt.purposes().get(3)).contains("visitors from abroad");
  }

  @Test
  void everyInitiativeIsPresent() {
    assertThat(irrt.initiatives()).extracting(Initiative::name)
        .containsExactly("Free Links Program", "IRRT Blog", "IRRT's Endowment", "Sister Libraries");
    assertThat(irrt.initiatives(InitiativeKind.PROFESSIONAL_DEVELOPMENT_PROGRAM)).singleElement()
        .satisfies(i -> {
          assertThat(i.started()).map(Object::toString).contains("2008");
          assertThat(i.topics()).hasSize(8).contains("Disaster planning and recovery");
        });
    assertThat(irrt.initiatives(InitiativeKind.BLOG)).singleElement()
        .satisfies(i -> assertThat(i.url()).map(Object::toString).contains("https://alairrt.blogspot.com"));
    assertThat(irrt.initiatives(InitiativeKind.FUNDRAISING_CAMPAIGN)).singleElement()
        .satisfies(i -> {
          assertThat(i.summary()).contains("Sixty for Sixty");
          assertThat(i.facts()).anyMatch(f -> f.contains("$39,000") && f.contains("$50,000"));
          assertThat(i.url()).as("no source gives its address").isEmpty();
        });
    assertThat(irrt.interestGroups()).singleElement().satisfies(g -> {
      assertThat(g.acronym()).contains("ISLD");
      assertThat(g.purpose()).contains("clearinghouse");
    });
  }

  @Test
  void committeesNamedInTheSourcesWithTheirTermRules() {
    assertThat(irrt.committees()).extracting(c -> c.id().value()).containsExactly(
        "executive", "membership", "nominating", "papers-and-projects", "chairs-program",
        "international-connections", "endowment", "sister-libraries", "publications-and-communications");
    var membership = irrt.committee(CommitteeId.of("membership")).orElseThrow();
    assertThat(membership.seatLimit(CommitteeRole.MEMBER)).contains(SeatLimit.of(CommitteeRole.MEMBER, 2, 4));
    assertThat(membership.termRule(CommitteeRole.MEMBER).orElseThrow().termYears()).containsExactly(1, 2);
    assertThat(membership.termRule(CommitteeRole.CHAIR).orElseThrow().maxConsecutiveTerms()).contains(2);
    var nominating = irrt.committee(CommitteeId.of("nominating")).orElseThrow();
    assertThat(nominating.seatLimit(CommitteeRole.MEMBER)).contains(SeatLimit.of(CommitteeRole.MEMBER, 2, 3));
    var papers = irrt.committee(CommitteeId.of("papers-and-projects")).orElseThrow();
    assertThat(papers.formerNames()).containsExactly("International Papers");
    assertThat(papers.seatLimit(CommitteeRole.MEMBER)).contains(SeatLimit.of(CommitteeRole.MEMBER, 4, 6));
    assertThat(irrt.committee(CommitteeId.of("international-connections")).orElseThrow().formerNames())
        .containsExactly("Exchanges");
  }

  @Test
  void linkGroupsAreCompleteAndInPageOrder() {
    assertThat(irrt.linkGroups()).extracting(LinkGroup::title).containsExactly(
        "Initiatives & Projects", "About IRRT",
        "International Sustainable Library Development Interest Group (ISLD) in the News!",
        "Featured websites of the month", "Communicate with the IRRT", "Related Links");
    LinkGroup related = group(LinkGroupKind.RELATED_LINKS);
    assertThat(related.links()).extracting(Link::title).containsExactly(
        "Library Employment and Foreign Credentials",
        "International Associations, Organizations and Conferences",
        "International Awards, Grants, and Exchanges",
        "International Donation and Shipment of Books",
        "Campaign for the World's Libraries",
        "ALA International Relations Committee",
        "ALA International Relations Planning Document 2007-2011",
        "ALA International Relations Office",
        "Sister Libraries Initiative");
    assertThat(group(LinkGroupKind.FEATURED_WEBSITES).links()).extracting(Link::title)
        .containsExactly("Global Studies E-Journal now available: Global e");
    assertThat(group(LinkGroupKind.NAVIGATION).links()).extracting(Link::title).containsExactly(
        "About IRRT", "Join IRRT!", "Membership Information", "Printable Brochure with application form",
        "Volunteer on a committee");
    assertThat(irrt.allLinks()).filteredOn(Link::opensInNewWindow).extracting(Link::title).containsExactly(
        "Printable Brochure with application form", "Global Studies E-Journal now available: Global e",
        "Campaign for the World's Libraries");
  }

  @Test
  void inventsNoAddressAndHoldsNoEmailAddress() throws IOException {
    List<String> addresses = irrt.allLinks().stream().flatMap(l -> l.url().stream()).map(Object::toString).toList();
    assertThat(addresses).isNotEmpty().allMatch(PUBLIC_ADDRESSES::contains);
    assertThat(irrt.allLinks()).filteredOn(l -> !l.addressKnown()).hasSizeGreaterThan(10);
    String raw;
    try (InputStream in = IrrtData.open()) {
      raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.]+").matcher(raw).find()).as("an e-mail address").isFalse();
    assertThat(Pattern.compile("https?://[^\"\\s)]+").matcher(raw).results().map(m -> m.group())
        .map(u -> u.endsWith(".") ? u.substring(0, u.length() - 1) : u))
        .allMatch(PUBLIC_ADDRESSES::contains);
    assertThat(irrt.unknownFacts()).anyMatch(f -> f.startsWith("IRRT dues amounts"))
        .anyMatch(f -> f.contains("Sixty for Sixty"));
  }

  private static LinkGroup group(LinkGroupKind kind) {
    return irrt.linkGroups().stream().filter(g -> g.kind() == kind).findFirst().orElseThrow();
  }
}
