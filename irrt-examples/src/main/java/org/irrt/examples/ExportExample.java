package org.irrt.examples;

import java.nio.file.Path;
import org.irrt.jackson2.IrrtJson;
import org.irrt.model.roundtable.RoundTable;

/**
 * Example: write a round table back as canonical JSON (declaration order, two-space indent, ISO
 * dates), streamed to its output: a valid round table is written whatever its size, even when its
 * canonical text is longer than the reading limit ({@code IrrtJson.MAX_DOCUMENT_LENGTH}), and in a
 * small heap. (That the text reads back as an equal value is the JSON conformance suite's to check.)
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
    if (args.length > 1) {
      IrrtJson.write(rt, Path.of(args[1]));
    } else {
      IrrtJson.write(rt, System.out);
    }
  }
}
