package org.irrt.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Objects;
import org.irrt.model.link.LinkId;
import org.irrt.model.testing.Violations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fault: a record of the library's packages (as the workflows' commands are, e.g. {@code
 * ApplicationCommand.Create}) read without a part its constructor requires ({@code
 * Objects.requireNonNull(link, "link")}) was reported as the document's {@code
 * org.irrt.model.json.invalid} at path {@code ""}: a Spring Boot host answered a POST body {@code {}}
 * with "cannot be read" and no path. It is now "is required" at the part's path. Found by a
 * newcomer's Spring Boot host on PostgreSQL. Then only the first missing part was named (the
 * constructor stops at it): a body {@code {}} learned one missing part per request. Now every one.
 */
@ParameterizedClass(name = "{0}")
@MethodSource("org.irrt.model.json.Bindings#all")
class MissingPartOfACommandRegressionTest {
  @Parameter
  JsonBinding json;

  /** A record of the library's packages that checks its parts, as the workflows' commands do. */
  record Checked(LinkId link, String token) {
    Checked {
      Objects.requireNonNull(link, "link");
      Objects.requireNonNull(token, "token");
    }
  }

  /** A host's record holding one. */
  record Envelope(Checked checked, String note) {}

  @Test
  void aPartTheRecordRequiresIsReportedAsRequiredAtItsPath() {
    assertThat(Violations.of(() -> json.read("{\"token\": \"t\"}", Checked.class)))
        .containsExactly("link jakarta.validation.constraints.NotNull.message");
    assertThat(Violations.of(() -> json.hostRead("{\"link\": \"free-links\"}", Checked.class)))
        .containsExactly("token jakarta.validation.constraints.NotNull.message");
    assertThat(Violations.of(() -> json.hostRead("{\"checked\": {\"token\": \"t\"}, \"note\": \"n\"}", Envelope.class)))
        .containsExactly("checked.link jakarta.validation.constraints.NotNull.message");
    assertThat(json.read("{\"link\": \"free-links\", \"token\": \"t\"}", Checked.class).token()).isEqualTo("t");
  }

  @Test
  void everyMissingOrNullPartIsReportedAtOnce() {
    assertThat(Violations.of(() -> json.read("{}", Checked.class)))
        .containsExactly("link jakarta.validation.constraints.NotNull.message",
            "token jakarta.validation.constraints.NotNull.message");
    assertThat(Violations.of(() -> json.hostRead("{\"link\": null, \"token\": null}", Checked.class)))
        .containsExactly("link jakarta.validation.constraints.NotNull.message",
            "token jakarta.validation.constraints.NotNull.message");
    assertThat(Violations.of(() -> json.hostRead("{\"checked\": {}, \"note\": \"n\"}", Envelope.class)))
        .containsExactly("checked.link jakarta.validation.constraints.NotNull.message",
            "checked.token jakarta.validation.constraints.NotNull.message");
    // a part that was given but could not be read is reported once, where it failed
    assertThat(Violations.of(() -> json.read("{\"link\": \"Not An Id\"}", Checked.class)))
        .containsExactly("link org.irrt.model.Id.invalid", "token jakarta.validation.constraints.NotNull.message");
  }
}
