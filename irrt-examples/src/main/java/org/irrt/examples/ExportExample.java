package org.irrt.examples;

import java.nio.file.Path;
import org.irrt.jackson2.IrrtJson;
import org.irrt.model.roundtable.RoundTable;

/**
 * Example: write a round table back as canonical JSON (declaration order, two-space indent, ISO
 * dates), and check that reading the output gives an equal value.
 *
 * <p>Run: {@code java org.irrt.examples.ExportExample [IN] [OUT]}: IN defaults to the bundled IRRT
 * data, OUT to standard output.
 */
public final class ExportExample {
  private ExportExample() {}

  /**
   * Exports.
   *
   * @param args optionally the input file, then optionally the output file
   */
  public static void main(String[] args) {
    RoundTable rt = IrrtData.load(args.length > 0 ? Path.of(args[0]) : null);
    String json = export(rt);
    if (args.length > 1) {
      IrrtJson.write(rt, Path.of(args[1]));
    } else {
      System.out.print(json);
    }
  }

  /**
   * The canonical JSON of a round table, checked to read back as an equal value.
   *
   * @param rt the round table
   * @return the JSON text
   * @throws IllegalStateException if the text did not read back equal (a library defect)
   */
  public static String export(RoundTable rt) {
    String json = IrrtJson.write(rt);
    if (!IrrtJson.read(json, RoundTable.class).equals(rt)) {
      throw new IllegalStateException("canonical JSON did not read back equal");
    }
    return json;
  }
}
