package org.irrt.examples;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.irrt.jackson2.IrrtJson;
import org.irrt.model.roundtable.RoundTable;

/**
 * The round table the examples work on: the IRRT reference data of the published artifact {@code
 * irrt-data} ({@link org.irrt.data.IrrtData}), read with the Jackson 2 adapter as the examples are,
 * or a user's file.
 */
public final class IrrtData {
  private IrrtData() {}

  /**
   * The IRRT reference data, from {@code irrt-data}.
   *
   * @return the round table
   */
  public static RoundTable irrt() {
    return org.irrt.data.IrrtData.irrt(IrrtJson::read);
  }

  /**
   * A round table from a user's JSON file, or the IRRT reference data when {@code file} is {@code
   * null}.
   *
   * @param file a UTF-8 JSON file, or {@code null}
   * @return the round table
   * @throws org.irrt.model.common.InvalidValueException listing every problem of the file
   * @throws UncheckedIOException when the file cannot be read
   */
  public static RoundTable load(Path file) {
    return file == null ? irrt() : IrrtJson.read(file, RoundTable.class);
  }
}
