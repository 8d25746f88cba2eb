package org.irrt.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.irrt.model.common.Money;
import org.irrt.model.link.LinkId;
import org.irrt.model.testing.Violations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fault: Jackson stops reading a value made by its creator (a workflow's command, {@code Money}) at
 * the first part it cannot read, when that part is of a JDK type ({@code LocalDate}, {@code int},
 * {@code BigDecimal}, {@code Currency}, a list of dates): {@code {"amount": "abc", "currency":
 * "XXY"}} named the amount alone, and a command with a bad date, a bad number and a bad id named the
 * date alone, so a caller learned one mistake per request. Now every part that cannot be read is
 * named at its path, and nothing it caused is named again.
 */
@ParameterizedClass(name = "{0}")
@MethodSource("org.irrt.model.json.Bindings#all")
class EveryUnreadablePartOfARecordRegressionTest {
  @Parameter
  JsonBinding json;

  /** A record of the library's packages with parts of JDK types, as the workflows' commands have. */
  record Typed(LocalDate day, int count, BigDecimal amount, LinkId link, List<LocalDate> days) {
    Typed {
      Objects.requireNonNull(day, "day");
      Objects.requireNonNull(link, "link");
      days = List.copyOf(days);
    }
  }

  /** A host's record holding one. */
  record Envelope(String note, Typed typed) {}

  private static final String ALL_BAD =
      "{\"day\": \"2026-02-30\", \"count\": \"x\", \"amount\": \"abc\", \"link\": \"Bad Id\", \"days\": [\"x\"]}";

  @Test
  void everyPartThatCannotBeReadIsNamedAtItsPath() {
    List<String> expected = List.of("day org.irrt.model.json.type", "count org.irrt.model.json.type",
        "amount org.irrt.model.json.type", "link org.irrt.model.Id.invalid", "days[0] org.irrt.model.json.type");
    assertThat(Violations.of(() -> json.read(ALL_BAD, Typed.class))).containsExactlyElementsOf(expected);
    assertThat(Violations.of(() -> json.hostRead(ALL_BAD, Typed.class))).containsExactlyElementsOf(expected);
    assertThat(Violations.of(() -> json.hostRead("{\"note\": \"n\", \"typed\": " + ALL_BAD + "}", Envelope.class)))
        .containsExactlyElementsOf(expected.stream().map(v -> "typed." + v).toList());
  }

  @Test
  void bothPartsOfAnAmountAreNamed() {
    assertThat(Violations.of(() -> json.read("{\"amount\": \"abc\", \"currency\": \"XXY\"}", Money.class)))
        .containsExactly("amount org.irrt.model.json.type", "currency org.irrt.model.json.type");
    assertThat(Violations.of(() -> json.read("{\"currency\": \"XXY\", \"amount\": {}}", Money.class)))
        .containsExactly("currency org.irrt.model.json.type", "amount org.irrt.model.json.type");
  }

  @Test
  void aPartMissingBesideAnUnreadableOneIsStillRequired() {
    assertThat(Violations.of(() -> json.read("{\"count\": [1], \"amount\": 1, \"days\": []}", Typed.class)))
        .containsExactly("count org.irrt.model.json.type", "day jakarta.validation.constraints.NotNull.message",
            "link jakarta.validation.constraints.NotNull.message");
  }

  @Test
  void goodPartsStillReadAsTheyAre() {
    Typed typed = json.read("{\"day\": \"2026-02-28\", \"count\": 3, \"amount\": 1.50, \"link\": \"free-links\","
        + " \"days\": [\"2026-03-01\"]}", Typed.class);
    assertThat(typed).isEqualTo(new Typed(LocalDate.of(2026, 2, 28), 3, new BigDecimal("1.50"), LinkId.of("free-links"),
        List.of(LocalDate.of(2026, 3, 1))));
    assertThat(json.read("{\"amount\": 12.5, \"currency\": \"EUR\"}", Money.class))
        .isEqualTo(Money.of(new BigDecimal("12.50"), java.util.Currency.getInstance("EUR")));
  }
}
