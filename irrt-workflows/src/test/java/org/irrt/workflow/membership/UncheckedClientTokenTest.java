package org.irrt.workflow.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Locale;
import org.irrt.jackson2.IrrtJson;
import org.irrt.model.common.InvalidValueException;
import org.irrt.model.membership.MembershipTypeId;
import org.junit.jupiter.api.Test;

/**
 * Fault found by the adversary's pass: a form's client token was any text. An empty token and one
 * of a million characters were stored in the application's first event; on PostgreSQL a token
 * holding a NUL failed the append with a {@code StoreException} (SQLState 22P05: a 500 for a body
 * that a REST host had bound to {@code ApplicationCommand.Create}), and one holding a lone surrogate
 * was stored as {@code ?}. The token is now checked as the idempotency key it also serves as.
 */
class UncheckedClientTokenTest {
  private static final List<String> HOSTILE = List.of("", "a\u0000b", "t".repeat(1_000_000), "\ud800", "form 7",
      "jeton-été");

  @Test
  void aTokenThatIsNoOpaqueIdIsRefusedAtItsPathInTheReadersLanguage() {
    for (String token : HOSTILE) {
      InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> new ApplicationCommand.Create(
          ApplicationFixtures.member("kwame", "Kwame", "Mensah"), MembershipTypeId.of("intl"), token));
      assertThat(e).as("a token of %s characters", token.length()).isNotNull();
      assertThat(e.violations()).singleElement().satisfies(v -> {
        assertThat(v.path()).isEqualTo("clientToken");
        assertThat(v.message(Locale.FRENCH)).isEqualTo(
            "doit compter de 1 à 200 caractères\u00A0: lettres ASCII, chiffres et - _ . : ~ + / = @");
      });
    }
  }

  @Test
  void aBodyWithABadTokenIsRefusedAtItsPathWhenReadAsJson() {
    String body = "{\"applicant\": {\"id\": \"kwame\", \"name\": {\"givenNames\": \"Kwame\", \"familyName\": \"Mensah\"}, "
        + "\"email\": \"kwame@example.org\", \"country\": \"GH\", \"preferredLanguage\": \"en\", \"category\": "
        + "\"INTERNATIONAL\"}, \"type\": \"intl\", \"clientToken\": \"\\u0000\"}";
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class,
        () -> IrrtJson.read(body, ApplicationCommand.Create.class));
    assertThat(e.violations()).extracting(v -> v.path() + " " + v.code())
        .containsExactly("clientToken org.irrt.workflow.idInvalid");
    assertThat(IrrtJson.read(body.replace("\\u0000", "Form_Token/7f3a=="), ApplicationCommand.Create.class).clientToken())
        .isEqualTo("Form_Token/7f3a==");
  }
}
