package org.irrt.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.irrt.model.committee.Committee;
import org.irrt.model.committee.CommitteeId;
import org.irrt.model.committee.CommitteeKind;
import org.irrt.model.common.PartialDate;
import org.irrt.model.roundtable.Organization;
import org.irrt.model.roundtable.RoundTable;
import org.irrt.model.roundtable.RoundTableId;
import org.irrt.workflow.committee.AppointmentCycle;
import org.irrt.workflow.committee.AppointmentPolicies;
import org.irrt.workflow.committee.CommitteeVolunteerWorkflow;
import org.irrt.workflow.committee.Roster;
import org.irrt.workflow.membership.MembershipApplicationWorkflow;
import org.junit.jupiter.api.Test;

/**
 * The state diagrams checked into {@code docs/workflows/} are exactly what the tables draw, and the
 * drawing has one edge per row of the table. Regenerate with {@code -Dirrt.writeDocs=true}.
 */
class MermaidDiagramsTest {
  private static final Path DOCS = Path.of("../docs/workflows");
  private static final Pattern EDGE = Pattern.compile("    (\\w+) --> (\\w+) : (\\w+)(?: \\(auto\\)| by [A-Z_, ]+)?(?: \\[.*\\])?");

  static WorkflowDefinition<?, ?, ?, ?> membership() {
    return new MembershipApplicationWorkflow(Organisation.in(ZoneId.of("UTC")), MembershipApplicationWorkflow.DEFAULT_EXPIRY,
        (m, t, id) -> Optional.empty()).definition();
  }

  static WorkflowDefinition<?, ?, ?, ?> volunteering() {
    RoundTable rt = RoundTable.builder().id(RoundTableId.of("rt")).name("RT").acronym("RT")
        .parentOrganization(Organization.builder().name("Association").build()).established(PartialDate.ofYear(1949))
        .addPurposes("Purpose.").addCommittees(Committee.builder().id(CommitteeId.of("c")).name("C")
            .kind(CommitteeKind.STANDING).build()).build();
    return new CommitteeVolunteerWorkflow(Organisation.in(ZoneId.of("UTC")).withRoundTable(rt), AppointmentCycle.ALA,
        AppointmentPolicies.ala(rt), () -> Roster.EMPTY).definition();
  }

  private static void check(WorkflowDefinition<?, ?, ?, ?> definition, String file, String title) throws IOException {
    String expected = "# " + title + "\n\nGenerated from the workflow's transition table; a test keeps it equal.\n\n"
        + "```mermaid\n" + definition.toMermaid() + "```\n";
    Path path = DOCS.resolve(file);
    if (Boolean.getBoolean("irrt.writeDocs")) {
      Files.createDirectories(DOCS);
      Files.writeString(path, expected);
    }
    assertThat(Files.readString(path)).isEqualTo(expected);
    Set<String> drawn = new HashSet<>();
    for (String line : definition.toMermaid().split("\n")) {
      Matcher m = EDGE.matcher(line);
      if (m.matches()) {
        drawn.add(m.group(1) + " " + m.group(3) + " " + m.group(2));
      }
    }
    Set<String> rows = new HashSet<>();
    for (Transition<?, ?, ?, ?> t : definition.transitions()) {
      rows.add(t.from() + " " + t.name() + " " + t.to());
    }
    assertThat(drawn).isEqualTo(rows).hasSize(definition.transitions().size());
  }

  @Test
  void theMembershipApplicationDiagramMatchesItsTable() throws IOException {
    check(membership(), "membership-application.md", "Membership application workflow");
  }

  @Test
  void theCommitteeVolunteeringDiagramMatchesItsTable() throws IOException {
    check(volunteering(), "committee-volunteering.md", "Committee volunteering workflow");
  }

  @Test
  void theContributionDiagramMatchesItsTable() throws IOException {
    check(new org.irrt.workflow.contribution.ContributionWorkflow().definition(), "contribution.md",
        "Blog contribution workflow");
  }

  @Test
  void thePledgeDiagramMatchesItsTable() throws IOException {
    check(new org.irrt.workflow.pledge.PledgeWorkflow(Organisation.in(ZoneId.of("UTC"))).definition(), "pledge.md",
        "Pledge workflow");
  }

  @Test
  void theMembershipDiagramMatchesItsTable() throws IOException {
    check(new org.irrt.workflow.membership.MembershipWorkflow(Organisation.in(ZoneId.of("UTC"))).definition(),
        "membership.md", "Membership workflow");
  }
}
