package org.irrt.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Locale;
import java.util.Optional;
import org.irrt.model.common.InvalidValueException;
import org.junit.jupiter.api.Test;

/**
 * Fault found by the adversary's pass: a request with a bad comment, a bad idempotency key and a
 * negative expected version named only the comment; the other two surfaced one at a time on the
 * next tries. A bad request now names every problem at once (STYLE.md, "Errors").
 */
class RequestEveryProblemTest {
  @Test
  void aRequestWithThreeProblemsNamesAllThree() {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> new Request<>("SUBMIT",
        Actor.of("ana", Role.APPLICANT), Optional.of("\u202Egpj.exe"), Optional.of("key with spaces"), Optional.of(-1L)));
    assertThat(e.violations()).extracting(v -> v.path() + ": " + v.message(Locale.ENGLISH)).containsExactly(
        "comment: must not contain bidirectional override or isolate characters",
        "idempotencyKey: a request id, such as a form's token, is 1 to 200 characters: ASCII letters, digits and - _ . : ~ + / = @",
        "expectedVersion: a version is zero or more");
  }
}
