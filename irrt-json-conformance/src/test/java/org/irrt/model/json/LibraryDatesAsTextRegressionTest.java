package org.irrt.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fault: a host's mapper with its default settings wrote the dates of a library record (a
 * workflow's command) as Jackson 2 writes dates by default, as arrays and numbers ({@code
 * [2026,1,31]}), while the model's values wrote ISO-8601 text: the commands carried no {@code
 * @JsonFormat}. Every date or time of a library type is now text in both versions, and reads back.
 */
@ParameterizedClass(name = "{0}")
@MethodSource("org.irrt.model.json.Bindings#all")
class LibraryDatesAsTextRegressionTest {
  @Parameter
  JsonBinding json;

  /** A record of the library's packages with dates, as the workflows' commands have. */
  record Dated(LocalDate day, Optional<Instant> at, List<LocalDate> days) {}

  @Test
  void aHostWritesALibraryRecordsDatesAsIsoText() {
    Dated dated = new Dated(LocalDate.of(2026, 1, 31), Optional.of(Instant.parse("2026-01-31T10:00:00Z")),
        List.of(LocalDate.of(2026, 2, 1)));
    String text = json.hostWrite(dated);
    assertThat(text).isEqualTo("{\"day\":\"2026-01-31\",\"at\":\"2026-01-31T10:00:00Z\",\"days\":[\"2026-02-01\"]}");
    assertThat(json.hostRead(text, Dated.class)).isEqualTo(dated);
    assertThat(json.read(json.write(dated), Dated.class)).isEqualTo(dated);
  }
}
