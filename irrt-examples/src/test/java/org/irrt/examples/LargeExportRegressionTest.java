package org.irrt.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.irrt.examples.IrrtCommandTest.Run;
import org.irrt.jackson2.IrrtJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found by the command line's adversarial test: {@code export} of a valid round table of 36 MB (a
 * group of 130,000 links) said "invalid, 1 problem: (document): the document is too large", since
 * its canonical JSON, longer than {@link IrrtJson#MAX_DOCUMENT_LENGTH}, was read back as a check;
 * under {@code -Xmx256m} it ended in an {@code OutOfMemoryError} stack trace, as the whole text was
 * built in memory. {@code export} now streams the canonical JSON to its output.
 */
class LargeExportRegressionTest {
  @TempDir
  Path dir;

  @Test
  void aValidRoundTableWhoseCanonicalJsonIsLargerThanTheReadingLimitIsExported() throws IOException {
    ObjectMapper plain = new ObjectMapper();
    ObjectNode rt = (ObjectNode) plain.readTree(IrrtJson.write(IrrtData.irrt()));
    ArrayNode links = (ArrayNode) rt.get("linkGroups").get(0).get("links");
    ObjectNode link = (ObjectNode) links.get(0);
    for (int i = 0; i < 130_000; i++) {
      links.add(link.deepCopy().put("id", "l-" + i).put("url", "https://example.org/" + i));
    }
    Path in = dir.resolve("large.json");
    plain.writeValue(in.toFile(), rt);
    Path out = dir.resolve("export.json");

    Run run = IrrtCommandTest.run("export", in.toString(), "-o", out.toString());

    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("wrote " + out + "\n");
    assertThat(run.status()).isZero();
    assertThat(Files.size(out)).as("larger than the reading limit").isGreaterThan(IrrtJson.MAX_DOCUMENT_LENGTH);
    assertThat(plain.readTree(out.toFile()).get("linkGroups").get(0).get("links").size()).isEqualTo(links.size());
  }

  @Test
  void theStreamedExportOfTheBundledDataIsTheLibrarysCanonicalJson() {
    assertThat(IrrtCommandTest.run("export").out()).isEqualTo(IrrtJson.write(IrrtData.irrt()));
  }
}
