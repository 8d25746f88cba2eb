package org.irrt.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.irrt.model.common.InvalidValueException;
import org.irrt.model.common.Violation;
import org.irrt.model.json.IrrtJson;

/** Reads an example's JSON file, or its bundled sample, with the hardened mapper. */
final class ExampleFiles {
  private ExampleFiles() {}

  /**
   * Reads a file into a host type that holds library values.
   *
   * @param file the file, or {@code null} for the bundled sample
   * @param resource the sample's class-path resource
   * @param type the host type
   * @param what the kind of file, for the report
   * @param <T> the host type
   * @return the value
   * @throws InvalidValueException listing every problem of a library value in the file, or naming
   *     the line of a file that is not of the expected shape
   * @throws UncheckedIOException when the file cannot be read
   */
  static <T> T read(Path file, String resource, Class<T> type, String what) {
    try (InputStream in = file == null ? ExampleFiles.class.getResourceAsStream(resource) : Files.newInputStream(file)) {
      return IrrtJson.newMapper().readValue(in, type);
    } catch (JsonProcessingException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof InvalidValueException invalid) {
          throw invalid; // a library value in the file: every violation, with its path
        }
      }
      String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
      throw new InvalidValueException(what, List.of(new Violation("", "org.irrt.examples.file",
          locale -> "is not a valid " + what + where)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
