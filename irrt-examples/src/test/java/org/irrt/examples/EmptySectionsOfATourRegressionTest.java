package org.irrt.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.irrt.examples.IrrtCommandTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault found by a new user touring their own round table, which has no initiatives: the tour
 * printed an "Initiatives" heading with nothing under it (so too for no committees or no link
 * groups), while every other section a round table lacks (history, liaison bodies, interest
 * groups, sources) is left out. Those three are now left out too when empty.
 */
class EmptySectionsOfATourRegressionTest {
  @TempDir
  Path dir;

  @Test
  void aTourLeavesOutTheInitiativesCommitteesAndLinksARoundTableDoesNotHave() throws IOException {
    Path file = Files.writeString(dir.resolve("magirt.json"), """
        {"id": "magirt", "name": "Map and Geospatial Information Round Table", "acronym": "MAGIRT",
         "parentOrganization": {"name": "American Library Association", "acronym": "ALA"},
         "established": "1979", "purposes": ["To promote map and geospatial librarianship."],
         "committees": [], "linkGroups": []}
        """);
    Run r = IrrtCommandTest.run("tour", file.toString());
    assertThat(r.status()).isZero();
    assertThat(r.out()).isEqualTo("""
        Map and Geospatial Information Round Table (MAGIRT)
        A round table of the American Library Association (ALA)
        Established in 1979.

        Purpose
        -------
          1. To promote map and geospatial librarianship.
        """);
  }
}
