package org.irrt.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.function.BiFunction;
import org.irrt.model.roundtable.RoundTable;

/**
 * The IRRT reference data: the International Relations Round Table of the American Library
 * Association, described from public sources only (its "About" page, the ALA Archives, the IRRT
 * blog and its Operating and Procedure Manual). Facts no source gives (dues, most addresses) are
 * listed in {@link RoundTable#unknownFacts()}, never invented; the data holds no personal e-mail
 * address.
 *
 * <p>The data is one UTF-8 JSON document ({@link #RESOURCE}) in the form both JSON adapters read
 * and write. This artifact depends on the model only, so a host reads it with the adapter it
 * already has:
 *
 * <pre>{@code
 * RoundTable irrt = IrrtData.irrt(org.irrt.jackson3.IrrtJson::read);   // Jackson 3 hosts
 * RoundTable irrt = IrrtData.irrt(org.irrt.jackson2.IrrtJson::read);   // Jackson 2 hosts
 * RoundTable irrt = mapper.readValue(IrrtData.open(), RoundTable.class); // a host's own mapper
 * }</pre>
 */
public final class IrrtData {
  /** The class-path resource of the document, in this artifact's package {@code org.irrt.data}. */
  public static final String RESOURCE = "/org/irrt/data/irrt.json";

  private IrrtData() {}

  /**
   * Opens the document: UTF-8 JSON, without a byte-order mark. The caller closes the stream.
   *
   * @return a new stream over the document
   * @throws IllegalStateException if the document is missing from this artifact (a broken build)
   */
  public static InputStream open() {
    InputStream in = IrrtData.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("the resource " + RESOURCE + " is missing from irrt-data");
    }
    return in;
  }

  /**
   * Reads the reference data with a JSON adapter's reader, such as {@code
   * org.irrt.jackson3.IrrtJson::read} or {@code org.irrt.jackson2.IrrtJson::read}.
   *
   * @param reader reads a round table from a UTF-8 stream; it need not close the stream
   * @return the round table, valid like every value the adapters make
   * @throws UncheckedIOException if the document cannot be read
   * @throws org.irrt.model.common.InvalidValueException if the document were invalid (a broken
   *     build: the tests read it with both adapters)
   */
  public static RoundTable irrt(BiFunction<InputStream, Class<RoundTable>, RoundTable> reader) {
    Objects.requireNonNull(reader, "reader");
    try (InputStream in = open()) {
      return Objects.requireNonNull(reader.apply(in, RoundTable.class), "the reader returned null");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
