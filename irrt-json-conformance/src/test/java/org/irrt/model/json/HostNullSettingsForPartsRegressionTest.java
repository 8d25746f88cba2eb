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
 * Fault: a host's own default for {@code null}s ({@code Nulls.AS_EMPTY}, {@code Nulls.SKIP}, {@code
 * Nulls.FAIL}) was not honoured for the parts of a library record once each part had its {@code
 * Reading.Part}: with {@code AS_EMPTY} a text part given {@code null} stayed {@code null} (a command
 * made with no reason) and a number was refused in Jackson 3, where Jackson gives {@code ""} and
 * {@code 0}; with {@code SKIP} Jackson 2 named the whole document "invalid" with no path (a number
 * left out reached the record's constructor as {@code null}); with {@code FAIL} the part was named
 * of the wrong type instead of required.
 */
@ParameterizedClass(name = "{0}")
@MethodSource("org.irrt.model.json.Bindings#all")
class HostNullSettingsForPartsRegressionTest {
  @Parameter
  JsonBinding json;

  /** A record of the library's packages with an id, a text, a number and a list, as commands have. */
  record Noted(LinkId link, String note, int count, List<LocalDate> days) {
    Noted {
      Objects.requireNonNull(link, "link");
      Objects.requireNonNull(note, "note");
      days = List.copyOf(days);
    }
  }

  private static final String REQUIRED = " jakarta.validation.constraints.NotNull.message";

  @Test
  void aHostThatReadsNullAsEmptyGetsEmptyParts() {
    assertThat(json.hostRead("{\"link\": \"free-links\", \"note\": null, \"count\": null, \"days\": null}", Noted.class,
        JsonBinding.Host.NULLS_AS_EMPTY)).isEqualTo(new Noted(LinkId.of("free-links"), "", 0, List.of()));
  }

  @Test
  void aHostThatSkipsNullsLearnsEveryPartItLeftOut() {
    assertThat(Violations.of(() -> json.hostRead("{\"link\": null, \"note\": null, \"count\": null, \"days\": null}",
        Noted.class, JsonBinding.Host.NULLS_SKIP)))
        .containsExactly("link" + REQUIRED, "note" + REQUIRED, "count" + REQUIRED, "days" + REQUIRED);
  }

  @Test
  void aHostThatRefusesNullsIsToldThePartIsRequired() {
    assertThat(Violations.of(() -> json.hostRead("{\"link\": \"free-links\", \"note\": null, \"count\": 1, \"days\": []}",
        Noted.class, JsonBinding.Host.NULLS_FAIL))).containsExactly("note" + REQUIRED);
  }

  @Test
  void aCompleteRecordReadsAsItIsWhateverTheHostsNulls() {
    String text = "{\"link\": \"free-links\", \"note\": \"n\", \"count\": 2, \"days\": [\"2026-02-28\"]}";
    Noted expected = new Noted(LinkId.of("free-links"), "n", 2, List.of(LocalDate.of(2026, 2, 28)));
    for (JsonBinding.Host nulls : List.of(JsonBinding.Host.NULLS_AS_EMPTY, JsonBinding.Host.NULLS_SKIP,
        JsonBinding.Host.NULLS_FAIL)) {
      assertThat(json.hostRead(text, Noted.class, nulls)).isEqualTo(expected);
    }
  }
}
