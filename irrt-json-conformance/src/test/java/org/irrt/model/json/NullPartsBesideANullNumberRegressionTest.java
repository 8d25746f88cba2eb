package org.irrt.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.irrt.model.link.LinkId;
import org.irrt.model.testing.Violations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fault: when the mapper refuses {@code null} for a number ({@code FAIL_ON_NULL_FOR_PRIMITIVES}: both
 * ready mappers, Jackson 3's default), a command given {@code null} for every part ({@code
 * {"committee": null, "role": null, "termYears": null}} of {@code VolunteerCommand.Appoint}) named
 * only its first number ("termYears is required"): the refusal came out of the part's null value,
 * outside the part's own reading, and stopped the record. Now every part given {@code null} is named.
 */
@ParameterizedClass(name = "{0}")
@MethodSource("org.irrt.model.json.Bindings#all")
class NullPartsBesideANullNumberRegressionTest {
  @Parameter
  JsonBinding json;

  /** A record of the library's packages with a required id, two numbers and a date, as commands have. */
  record Counted(LinkId link, int count, int step, LocalDate day) {
    Counted {
      Objects.requireNonNull(link, "link");
      Objects.requireNonNull(day, "day");
    }
  }

  private static final String ALL_NULL = "{\"link\": null, \"count\": null, \"step\": null, \"day\": null}";
  private static final List<String> EVERY_PART = List.of("count jakarta.validation.constraints.NotNull.message",
      "step jakarta.validation.constraints.NotNull.message", "link jakarta.validation.constraints.NotNull.message", "day jakarta.validation.constraints.NotNull.message");

  @Test
  void everyPartGivenNullIsNamedByTheReadyMapper() {
    assertThat(Violations.of(() -> json.read(ALL_NULL, Counted.class))).containsExactlyInAnyOrderElementsOf(EVERY_PART);
  }

  @Test
  void everyPartGivenNullIsNamedByAHostsMapperThatRefusesNullNumbers() {
    assertThat(Violations.of(() -> json.hostRead(ALL_NULL, Counted.class, JsonBinding.Host.FAIL_ON_NULL_FOR_PRIMITIVES)))
        .containsExactlyInAnyOrderElementsOf(EVERY_PART);
  }

  @Test
  void aNullNumberBesideAnUnreadablePartIsNamedOnce() {
    assertThat(Violations.of(() -> json.read("{\"link\": \"free-links\", \"count\": null, \"step\": \"x\", \"day\": \"2026-02-30\"}",
        Counted.class))).containsExactly("count jakarta.validation.constraints.NotNull.message", "step org.irrt.model.json.type",
            "day org.irrt.model.json.type");
  }

  @Test
  void aCompleteRecordStillReadsAsItIs() {
    Counted expected = new Counted(LinkId.of("free-links"), 0, 2, LocalDate.of(2026, 2, 28));
    String text = "{\"link\": \"free-links\", \"count\": 0, \"step\": 2, \"day\": \"2026-02-28\"}";
    assertThat(json.read(text, Counted.class)).isEqualTo(expected);
    assertThat(json.hostRead(text, Counted.class, JsonBinding.Host.FAIL_ON_NULL_FOR_PRIMITIVES)).isEqualTo(expected);
  }
}
