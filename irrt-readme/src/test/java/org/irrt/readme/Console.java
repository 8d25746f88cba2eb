package org.irrt.readme;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What a README block prints on {@code System.out} during a test, kept for the test's assertions
 * and out of the build's output. Register it with {@code @RegisterExtension}.
 */
final class Console implements BeforeEachCallback, AfterEachCallback {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private PrintStream original;

  @Override
  public void beforeEach(ExtensionContext context) {
    original = System.out;
    bytes.reset();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
  }

  @Override
  public void afterEach(ExtensionContext context) {
    System.setOut(original);
  }

  /**
   * The lines printed since the test began.
   *
   * @return the lines, without their line ends
   */
  List<String> lines() {
    System.out.flush();
    return bytes.toString(StandardCharsets.UTF_8).lines().toList();
  }
}
