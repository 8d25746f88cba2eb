package org.irrt.model.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared third-party test data ({@code ../shared/testdata}), read in place and never copied.
 * The system property {@code irrt.testdata} may point elsewhere; tests that need a file skip with a
 * clear reason when it is absent.
 */
public final class TestData {
  private TestData() {}

  /**
   * A file of the shared test data, or a skipped test when it is absent.
   *
   * @param relative e.g. {@code url/urltestdata.json}
   * @return the path
   */
  public static Path require(String relative) {
    String root = System.getProperty("irrt.testdata", "../../shared/testdata");
    Path file = Path.of(root).resolve(relative);
    assumeTrue(Files.isRegularFile(file),
        "shared test data not found at " + file.toAbsolutePath()
            + " (set -Dirrt.testdata=DIR to the shared/testdata folder); skipping");
    return file;
  }

  /**
   * The fields of a CSV line with quoted fields (RFC 4180), as plain strings.
   *
   * @param line one line
   * @return its fields
   */
  public static java.util.List<String> csvLine(String line) {
    java.util.List<String> fields = new java.util.ArrayList<>();
    StringBuilder f = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          f.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          f.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(f.toString());
        f.setLength(0);
      } else {
        f.append(c);
      }
    }
    fields.add(f.toString());
    return fields;
  }
}
