package org.irrt.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import org.irrt.model.common.InvalidValueException;
import org.irrt.model.link.LinkGroup;
import org.irrt.model.testing.Violations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fault: a document whose root is an array of library values (a file of membership types, as the
 * Spring Boot starter reads them) reported the first bad element only, and at a doubled path
 * ({@code [1][1].id}); a host's record holding several library values reported the first bad one
 * only. {@code IrrtJson.read} now collects the problems of every value of the document. Found by a
 * host's trial.
 */
@ParameterizedClass(name = "{0}")
@MethodSource("org.irrt.model.json.Bindings#all")
class ValuesSideBySideRegressionTest {
  @Parameter
  JsonBinding json;

  private static final String OK = "{\"id\": \"g\", \"title\": \"t\", \"kind\": \"NEWS\", \"links\": []}";
  private static final String BAD = "{\"id\": \"G G\", \"title\": \"\", \"kind\": \"NEWS\", \"links\": []}";

  /** A host's own record holding library values side by side. */
  record Page(LinkGroup main, List<LinkGroup> more, String note) {}

  @Test
  void everyBadElementOfARootArrayIsReportedAtItsOwnPath() {
    assertThat(Violations.of(() -> json.read("[" + BAD + ", " + OK + ", " + BAD + "]", LinkGroup[].class)))
        .containsExactly("[0].id org.irrt.model.Id.invalid", "[0].title org.irrt.model.ValidText.blank",
            "[2].id org.irrt.model.Id.invalid", "[2].title org.irrt.model.ValidText.blank");
    assertThat(json.read("[" + OK + ", " + OK + "]", LinkGroup[].class)).hasSize(2);
  }

  @Test
  void everyBadValueOfAHostsRecordIsReportedAndItsOwnFieldsToo() {
    assertThat(Violations.of(() -> json.read("{\"main\": " + BAD + ", \"more\": [" + OK + ", " + BAD + "], "
        + "\"note\": \"n\"}", Page.class)))
        .containsExactly("main.id org.irrt.model.Id.invalid", "main.title org.irrt.model.ValidText.blank",
            "more[1].id org.irrt.model.Id.invalid", "more[1].title org.irrt.model.ValidText.blank");
    assertThat(Violations.of(() -> json.read("{\"main\": " + OK + ", \"more\": [], \"note\": 5}", Page.class)))
        .containsExactly("note org.irrt.model.json.type");
  }

  @Test
  void aHostsMapperReportsEveryBadElementOfARootArrayOrListToo() {
    assertThat(Violations.of(() -> json.hostRead("[" + OK + ", " + BAD + ", " + BAD + "]", LinkGroup[].class)))
        .containsExactly("[1].id org.irrt.model.Id.invalid", "[1].title org.irrt.model.ValidText.blank",
            "[2].id org.irrt.model.Id.invalid", "[2].title org.irrt.model.ValidText.blank");
    assertThat(Violations.of(() -> json.hostRead("[" + BAD + ", " + OK + "]", Groups.class)))
        .containsExactly("[0].id org.irrt.model.Id.invalid", "[0].title org.irrt.model.ValidText.blank");
    assertThat(json.hostRead("[" + OK + "]", Groups.class)).hasSize(1);
  }

  /** A list type of a host's, so that a test can name the list's element type. */
  static final class Groups extends java.util.ArrayList<LinkGroup> {
    private static final long serialVersionUID = 1L;
  }

  /** A record of the library's packages, as the workflows' commands are: an id, then an enum. */
  record Assignment(org.irrt.model.link.LinkId link, org.irrt.model.link.LinkGroupKind kind) {}

  @Test
  void aRecordReportsItsBadIdAndItsBadEnumBoth() {
    assertThat(Violations.of(() -> json.read("{\"link\": \"L L\", \"kind\": \"NOPE\"}", Assignment.class)))
        .containsExactly("link org.irrt.model.Id.invalid", "kind org.irrt.model.json.enum");
  }

  /**
   * Fault: a root array of library values took a {@code null} element, which a host then met as a
   * bare {@code NullPointerException} ({@code List.of} in the Spring Boot starter). Found by an
   * adversary's pass.
   */
  @Test
  void aMissingElementOfARootArrayIsAViolationAtItsIndex() {
    assertThat(Violations.of(() -> json.read("[null, " + OK + ", null]", LinkGroup[].class))).containsExactly(
        "[0] jakarta.validation.constraints.NotNull.message", "[2] jakarta.validation.constraints.NotNull.message");
    assertThat(Violations.of(() -> json.read("[" + BAD + ", null]", LinkGroup[].class))).containsExactly(
        "[0].id org.irrt.model.Id.invalid", "[0].title org.irrt.model.ValidText.blank",
        "[1] jakarta.validation.constraints.NotNull.message");
    assertThat(json.read("[null]", String[].class)).containsExactly((String) null);
  }

  /**
   * Fault: a host's own request record holding irrt values, read by the host's mapper (Spring's),
   * reported only its first bad irrt value. Found by a host's trial.
   */
  @Test
  void aHostsMapperReportsEveryBadValueOfItsOwnRecordAndLeavesItsOwnFailuresAsTheyWere() {
    assertThat(Violations.of(() -> json.hostRead("{\"main\": " + BAD + ", \"note\": \"n\", \"more\": [" + OK + ", "
        + BAD + "]}", com.example.host.HostRecords.Request.class)))
        .containsExactly("main.id org.irrt.model.Id.invalid", "main.title org.irrt.model.ValidText.blank",
            "more[1].id org.irrt.model.Id.invalid", "more[1].title org.irrt.model.ValidText.blank");
    assertThat(json.hostRead("{\"main\": " + OK + ", \"note\": \"n\", \"more\": []}",
        com.example.host.HostRecords.Request.class).note()).isEqualTo("n");
    Throwable own = catchThrowable(() -> json.hostRead("{\"main\": " + OK + ", \"note\": [1], \"more\": []}",
        com.example.host.HostRecords.Request.class));
    assertThat(own).as("the host's own failure, as Jackson reports it").isNotInstanceOf(InvalidValueException.class);
    assertThat(own.getClass().getSimpleName()).isIn("UncheckedIOException", "MismatchedInputException");
  }
}
