package org.irrt.model.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.irrt.model.testing.TestData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@link EmailAddress} against Dominic Sayers' isemail suite ({@code email/}).
 *
 * <p>Every address graded an error ({@code ISEMAIL_ERR}) is refused; every valid one ({@code
 * ISEMAIL_VALID_CATEGORY}, and {@code ISEMAIL_DNSWARN}, which is valid syntax whose DNS lookup
 * failed years ago) is accepted. The categories in between are policy: CFWS, deprecated and
 * RFC 5322-only forms are refused; of the RFC 5321 forms, only a one-label domain is accepted
 * ({@code test@org}), because it cannot be told apart from {@code test@io}, which the suite grades
 * valid; quoted local parts, address literals and numeric top-level domains are refused
 * ({@link #ACCEPTED_BEYOND_VALID} lists every policy address we accept).
 */
class EmailConformanceTest {
  /** Addresses outside VALID/DNSWARN that our rule accepts, with the reason. */
  private static final Map<String, String> ACCEPTED_BEYOND_VALID = Map.of(
      "test@org", "RFC5321_TLD: a one-label domain, accepted like test@io (graded valid)",
      "test@example", "RFC5321_TLD: a one-label domain, accepted like test@io (graded valid)",
      "a@b", "RFC5321_TLD: a one-label domain, accepted like test@io (graded valid)",
      "a@bar", "RFC5321_TLD: a one-label domain, accepted like test@io (graded valid)",
      "first.last@com", "RFC5321_TLD: a one-label domain, accepted like test@io (graded valid)");

  record Case(String address, String category) {}

  static List<Case> cases(String file) throws Exception {
    Path xml = TestData.require("email/" + file);
    var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
    NodeList tests = doc.getElementsByTagName("test");
    List<Case> out = new ArrayList<>();
    for (int i = 0; i < tests.getLength(); i++) {
      Element test = (Element) tests.item(i);
      String address = text(test, "address");
      StringBuilder decoded = new StringBuilder();
      // Control pictures: U+2400..U+241F stand for the C0 controls, U+2421 for DEL (README).
      address.codePoints().forEach(cp -> decoded.appendCodePoint(
          cp >= 0x2400 && cp <= 0x241F ? cp - 0x2400 : cp == 0x2421 ? 0x7F : cp));
      out.add(new Case(decoded.toString(), text(test, "category")));
    }
    return out;
  }

  private static String text(Element e, String tag) {
    NodeList n = e.getElementsByTagName(tag);
    return n.getLength() == 0 ? "" : n.item(0).getTextContent();
  }

  @ParameterizedTest
  @ValueSource(strings = {"isemail-tests.xml", "isemail-tests-original.xml"})
  void refusesEveryErrorAndAcceptsEveryValidAddress(String file) throws Exception {
    List<Case> cases = cases(file);
    assertThat(cases).hasSizeGreaterThan(150);
    Map<String, String> wrong = new LinkedHashMap<>();
    for (Case c : cases) {
      boolean accepted = EmailAddress.isValid(c.address());
      boolean mustAccept = c.category().equals("ISEMAIL_VALID_CATEGORY") || c.category().equals("ISEMAIL_DNSWARN");
      boolean mayAccept = ACCEPTED_BEYOND_VALID.containsKey(c.address());
      if (mustAccept && !accepted) {
        wrong.put(c.address(), "valid, refused (" + c.category() + ")");
      }
      if (!mustAccept && accepted && !mayAccept) {
        wrong.put(c.address(), "not valid, accepted (" + c.category() + ")");
      }
      if (!accepted && c.address().length() > 3) {
        assertThat(catchMessage(c.address())).doesNotContain(c.address().isBlank() ? "\u0000" : c.address());
      }
    }
    assertThat(wrong).isEmpty();
  }

  private static String catchMessage(String address) {
    try {
      EmailAddress.of(address);
      return "";
    } catch (InvalidValueException e) {
      return e.getMessage();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"用户@例子.广告", "josé.garcía@correo.es", "δοκιμή@παράδειγμα.δοκιμή", "ана@пример.рф",
      "o'brien+irrt@library.ie"})
  void acceptsInternationalisedAddresses(String address) {
    assertThat(EmailAddress.of(address).value()).isEqualTo(address);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a b@example.org", "a@b@", "@example.org", "name@", "name@-example.org", "na..me@example.org",
      "name.@example.org", "name@example..org", "name@[192.0.2.1]", "\"quoted\"@example.org", "name@example.123"})
  void refusesCommonMistakes(String address) {
    assertThat(EmailAddress.isValid(address)).isFalse();
  }

  @org.junit.jupiter.api.Test
  void lowerCasesTheDomainAndHidesTheAddressInToString() {
    EmailAddress e = EmailAddress.of("Ana.Garcia@Biblioteca.EXAMPLE");
    assertThat(e.value()).isEqualTo("Ana.Garcia@biblioteca.example");
    assertThat(e.localPart()).isEqualTo("Ana.Garcia");
    assertThat(e).hasToString("EmailAddress[***]");
  }
}
