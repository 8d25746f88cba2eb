package org.irrt.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.irrt.examples.IrrtCommandTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault found by a new user who wrote {@code "url": ""} for a link whose address they did not know:
 * validate said the url "is required", although a link without one (left out, or {@code null}) is
 * valid and the tour shows it as "(address unknown)". An empty address is now said to be what it is
 * not: an absolute address starting with http:// or https://.
 */
class EmptyAddressIsNotAMissingOneRegressionTest {
  @TempDir
  Path dir;

  @Test
  void anEmptyLinkAddressIsNotAnAbsoluteAddressWhileALeftOutOneIsValid() throws IOException {
    String roundTable = """
        {"id": "magirt", "name": "Map and Geospatial Information Round Table", "acronym": "MAGIRT",
         "parentOrganization": {"name": "American Library Association", "acronym": "ALA"},
         "established": "1979", "purposes": ["To promote map and geospatial librarianship."], "committees": [],
         "linkGroups": [{"id": "resources", "title": "Resources", "kind": "RELATED_LINKS", "links": [
           {"id": "cartographic-archive", "title": "Cartographic archive", %s"category": "ORGANIZATION"}]}]}
        """;
    Path empty = Files.writeString(dir.resolve("empty.json"), roundTable.formatted("\"url\": \"\", "));
    Run r = IrrtCommandTest.run("validate", empty.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).isEqualTo(empty + ": invalid, 1 problem\n"
        + "  linkGroups[0].links[0].url: must be an absolute address starting with http:// or https://\n");
    assertThat(IrrtCommandTest.run("--lang=de", "validate", empty.toString()).out()).isEqualTo(empty + ": ungültig, 1 Problem\n"
        + "  linkGroups[0].links[0].url: muss eine absolute Adresse sein, die mit http:// oder https:// beginnt\n");

    Path leftOut = Files.writeString(dir.resolve("left-out.json"), roundTable.formatted(""));
    assertThat(IrrtCommandTest.run("validate", leftOut.toString()).status()).isZero();
    Path unknown = Files.writeString(dir.resolve("null.json"), roundTable.formatted("\"url\": null, "));
    assertThat(IrrtCommandTest.run("tour", unknown.toString()).out())
        .contains("    - Cartographic archive\n      (address unknown)\n");
  }
}
