package org.irrt.readme;

// README: bundled-data
import org.irrt.data.IrrtData;
import org.irrt.jackson3.IrrtJson;
import org.irrt.model.roundtable.RoundTable;
// END README

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** README, "A short tour of the API": the IRRT reference data, read with the Jackson 3 adapter. */
class BundledDataTest {
  @RegisterExtension final Console console = new Console();

  @Test
  void theBundledDataIsTheIrrtWithItsCommitteesAndTheFactsNoSourceGives() {
    // README: bundled-data
    RoundTable irrt = IrrtData.irrt(IrrtJson::read);     // the IRRT, from public sources only
    System.out.println(irrt.name() + " (" + irrt.acronym() + ")"); // International Relations Round Table (IRRT)
    irrt.committees().forEach(c -> System.out.println(c.name()));  // Executive Committee, ...
    System.out.println(irrt.unknownFacts().get(0));                // what no source gives is listed, never invented
    // END README

    assertThat(console.lines()).containsExactly("International Relations Round Table (IRRT)",
        "Executive Committee", "Membership Committee", "Nominating Committee", "Papers and Projects Committee",
        "Chair's Program Committee", "International Connections Committee", "Endowment Committee",
        "Sister Libraries Committee", "Publications and Communications Steering Committee",
        "IRRT dues amounts: no public source gives them.");
  }
}
