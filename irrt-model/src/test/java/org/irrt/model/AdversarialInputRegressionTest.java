package org.irrt.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.irrt.model.common.InvalidValueException;
import org.irrt.model.common.Violation;
import org.irrt.model.common.WebUrl;
import org.irrt.model.link.Link;
import org.irrt.model.link.LinkGroup;
import org.irrt.model.roundtable.LiaisonBody;
import org.irrt.model.roundtable.RoundTable;
import org.irrt.model.testing.Samples;
import org.irrt.model.testing.Violations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Faults found by trying to break the library with hostile input; each stays fixed. */
class AdversarialInputRegressionTest {

  @ParameterizedTest
  @ValueSource(strings = {"http://127\u30020\u30020\u30021/", "http://\uff11\uff12\uff17.0.0.1/", "http://1.2.3.\uff14/",
      "http://evil\u3002com/", "http://ala\u034f.org/", "http://\u0430pple.com/", "http://\u04c0.com/"})
  void aHostThatIsNotWhatItShowsIsRefused(String url) {
    assertThat(Violations.of(() -> WebUrl.of(url))).singleElement().asString()
        .isIn(" org.irrt.model.WebUrl.spoof", " org.irrt.model.WebUrl.host", " org.irrt.model.WebUrl.character");
  }

  @Test
  void internationalHostsThatShowWhatTheyAreStayAndConvert() {
    assertThat(WebUrl.of("https://b\u00fccher.example/").toUri().getHost()).isEqualTo("xn--bcher-kva.example");
    assertThat(WebUrl.of("https://\u4f8b\u3048.jp/").asciiHost()).isEqualTo("xn--r8jz45g.jp");
    assertThat(WebUrl.of("https://\u043f\u0440\u0438\u043c\u0435\u0440.\u0440\u0444/").toUri().getHost())
        .isEqualTo("xn--e1afmkfd.xn--p1ai");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u200b", "\ufeff", "\u2060", "\u3164", "\u115f", "\u2800", "\u00ad", "\u034f", "\u180e"})
  void invisibleTextIsBlank(String title) {
    assertThat(Violations.of(() -> Samples.link("a").withTitle(title))).containsExactly("title org.irrt.model.ValidText.blank");
  }

  @Test
  void textThatCanDisguiseItselfIsRefused() {
    assertThat(Violations.of(() -> Samples.link("a").withTitle("Resources \u202egpj.exe")))
        .containsExactly("title org.irrt.model.ValidText.bidi");
    assertThat(Violations.of(() -> Samples.link("a").withTitle("IRRT\u2028Approved")))
        .containsExactly("title org.irrt.model.ValidText.control");
    assertThat(Violations.of(() -> Samples.link("a").withTitle("private \ue000 use")))
        .containsExactly("title org.irrt.model.ValidText.invalidCharacter");
    assertThat(Violations.of(() -> Samples.link("a").withTitle("non \ufdd0 character")))
        .containsExactly("title org.irrt.model.ValidText.invalidCharacter");
    // Joiners and marks that scripts need are kept.
    assertThat(Samples.link("a").withTitle("\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 \ud83d\udc69\u200d\ud83d\udcbb").title()).hasSize(14);
  }

  @Test
  void messagesFollowTheRequestedLocaleWhateverTheJvmDefault() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("es"));
      InvalidValueException e = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidValueException.class,
          () -> Samples.link("a").withTitle(" "));
      assertThat(e.violations().get(0).message(Locale.ENGLISH)).isEqualTo("must not be blank");
      assertThat(e.violations().get(0).message(Locale.JAPANESE)).isEqualTo("must not be blank");
      assertThat(e.getMessage()).contains("no debe estar en blanco");
      InvalidValueException missing = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidValueException.class,
          () -> Link.builder().build());
      assertThat(missing.message(Locale.JAPANESE)).contains("id: is required");
      assertThat(missing.message(Locale.forLanguageTag("tr"))).contains("id: is required");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void linkIdsOfLiaisonBodiesAreUniqueToo() {
    var body = LiaisonBody.builder().name("IRC").addLinks(Samples.link("a")).build();
    assertThat(Violations.of(() -> Samples.roundTable().withLiaisonBodies(body)))
        .containsExactly("liaisonBodies[0].links[0].id org.irrt.model.duplicateId");
  }

  @Test
  void anExceptionSurvivesJavaSerialization() throws Exception {
    InvalidValueException e = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidValueException.class,
        () -> Samples.link("a").withTitle(" "));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(e);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      InvalidValueException back = (InvalidValueException) in.readObject();
      assertThat(back.violations()).isEmpty();
      assertThat(back.getMessage()).startsWith("Invalid Link");
    }
  }

  @Test
  void nullForAnOptionalAttributeLeavesItEmpty() {
    assertThat(Samples.link("a").withLanguage((String) null).language()).isEmpty();
    assertThat(Link.builder().from(Samples.link("a")).url((WebUrl) null).build().url()).isEmpty();
  }
}
