package org.irrt.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.irrt.jackson2.IrrtJson;
import org.irrt.model.roundtable.RoundTable;

/**
 * The IRRT reference data set that ships with the examples, and loading a round table from a file.
 *
 * <p>The data describes the International Relations Round Table of the American Library Association
 * from public sources only (its "About" page, the ALA Archives, the IRRT blog and Operating and
 * Procedure Manual); facts no source gives are listed in {@link RoundTable#unknownFacts()}.
 */
public final class IrrtData {
  /** The class-path resource of the reference data. */
  public static final String RESOURCE = "/org/irrt/examples/irrt.json";

  private IrrtData() {}

  /**
   * The bundled IRRT reference data.
   *
   * @return the round table
   * @throws org.irrt.model.common.InvalidValueException if the bundled file were invalid
   */
  public static RoundTable irrt() {
    try (InputStream in = IrrtData.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return IrrtJson.read(in, RoundTable.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A round table from a user's JSON file, or the bundled IRRT data when {@code file} is {@code
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
