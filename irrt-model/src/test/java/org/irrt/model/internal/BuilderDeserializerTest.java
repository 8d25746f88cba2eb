package org.irrt.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BuilderDeserializerTest {
  /** Every generated value type of the model is read through its builder, none through Immutables' two-step binding. */
  @Test
  void everyModelValueTypeHasTheExpectedShape() throws IOException {
    List<String> without = new ArrayList<>();
    int count = 0;
    for (Class<?> type : generatedValueTypes()) {
      count++;
      Object fallback = new com.fasterxml.jackson.databind.deser.std.StringDeserializer();
      if (BuilderDeserializer.of(type, (com.fasterxml.jackson.databind.JsonDeserializer<?>) fallback) == fallback) {
        without.add(type.getSimpleName());
      }
    }
    assertThat(count).isGreaterThanOrEqualTo(41);
    assertThat(without).isEmpty();
  }

  static List<Class<?>> generatedValueTypes() throws IOException {
    Path root = Path.of("target/classes");
    List<Class<?>> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        String name = root.relativize(f).toString();
        if (name.endsWith(".class") && f.getFileName().toString().startsWith("Immutable") && !name.contains("$")) {
          try {
            Class<?> type = Class.forName(name.replace('/', '.').replace(".class", ""));
            if (ValidatingModifier.isLibraryValue(type)) {
              out.add(type);
            }
          } catch (ClassNotFoundException e) {
            throw new UncheckedIOException(new IOException(e));
          }
        }
      }
    }
    return out;
  }
}
