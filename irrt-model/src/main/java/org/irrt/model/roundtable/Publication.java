package org.irrt.model.roundtable;

import jakarta.validation.constraints.Pattern;
import java.util.Objects;
import java.util.Optional;
import jakarta.validation.constraints.NotNull;
import org.immutables.value.Value;
import org.irrt.model.common.ValidText;
import org.irrt.model.common.WebUrl;
import org.irrt.model.internal.Text;
import org.irrt.model.internal.Validators;

/**
 * A serial publication of the round table, such as its newsletter <i>International Leads</i>, with
 * its ISSN when it has one. The ISSN's check digit is verified (ISO 3297: weights 8 to 2, modulo 11,
 * {@code X} for 10).
 */
@Value.Immutable
public abstract class Publication implements WithPublication {
  Publication() {}

  /**
   * A builder; {@code build()} validates.
   *
   * @return a new builder
   */
  public static ImmutablePublication.Builder builder() {
    return ImmutablePublication.builder();
  }

  /**
   * The title.
   *
   * @return the title
   */
  @NotNull
  @ValidText
  public abstract String title();

  /**
   * The International Standard Serial Number, {@code NNNN-NNNC}.
   *
   * @return the ISSN, e.g. {@code 0892-4546}, when it has one
   */
  public abstract Optional<@Pattern(regexp = "[0-9]{4}-[0-9]{3}[0-9X]",
      message = "{org.irrt.model.Publication.issnFormat}") String> issn();

  /**
   * The publication's page.
   *
   * @return the address, when a source gives it
   */
  public abstract Optional<WebUrl> url();

  /**
   * Whether an ISSN's check digit is right (ISO 3297).
   *
   * @param issn an ISSN in the form {@code NNNN-NNNC}
   * @return whether the check digit matches
   */
  public static boolean hasValidCheckDigit(String issn) {
    Objects.requireNonNull(issn, "issn");
    if (!issn.matches("[0-9]{4}-[0-9]{3}[0-9X]")) {
      return false;
    }
    String digits = issn.replace("-", "");
    int sum = 0;
    for (int i = 0; i < 7; i++) {
      sum += (digits.charAt(i) - '0') * (8 - i);
    }
    int check = (11 - sum % 11) % 11;
    char expected = check == 10 ? 'X' : (char) ('0' + check);
    return digits.charAt(7) == expected;
  }

  @Value.Check
  Publication normalize() {
    if (!Text.isNfc(title())) {
      return builder().from(this).title(Text.nfc(title())).build();
    }
    return Validators.check(this, (p, rules) -> rules.require(
        p.issn().isEmpty() || !p.issn().get().matches("[0-9]{4}-[0-9]{3}[0-9X]")
            || hasValidCheckDigit(p.issn().get()),
        "issn", "org.irrt.model.Publication.issnCheckDigit"));
  }
}
