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
import org.irrt.model.json.JsonBinding;
import org.irrt.model.link.Link;
import org.irrt.model.link.LinkGroup;
import org.irrt.model.roundtable.LiaisonBody;
import org.irrt.model.roundtable.RoundTable;
import org.irrt.model.testing.Samples;
import org.irrt.model.testing.Violations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Faults found by trying to break JSON reading with hostile input; each stays fixed, in both adapters. */
@ParameterizedClass(name = "{0}")
@MethodSource("org.irrt.model.json.Bindings#all")
class AdversarialJsonRegressionTest {
  @Parameter
  JsonBinding json;
  private static final String GROUP = "{\"id\": \"g\", \"title\": \"G\", \"kind\": \"NEWS\", \"links\": [%s]%s}";

  @Test
  void aDocumentWithTensOfThousandsOfProblemsIsReportedQuicklyAndCapped() {
    StringBuilder keys = new StringBuilder();
    for (int i = 0; i < 50_000; i++) {
      keys.append(", \"u").append(i).append("\": 1");
    }
    List<String> found = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> Violations.of(() -> json.read(GROUP.formatted("", keys), LinkGroup.class)));
    assertThat(found).hasSize(201);
    assertThat(found.get(200)).isEqualTo(" org.irrt.model.json.tooManyProblems");
  }

  @Test
  void aNullInAListOfTextIsAViolation() {
    String rt = json.write(Samples.roundTable()).replaceFirst("\"purposes\": \\[\\n[^\\]]*\\]", "\"purposes\": [null]");
    assertThat(Violations.of(() -> json.read(rt, RoundTable.class)))
        .containsExactly("purposes[0] jakarta.validation.constraints.NotNull.message");
  }

  @Test
  void anUnknownPropertyNameCannotForgeLinesOfAReport() {
    String key = "x\\n\\u001b[32mvalid round table\\u001b[0m\\nJane Doe <jane@example.com>";
    InvalidValueException e = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidValueException.class,
        () -> json.read(GROUP.formatted("", ", \"" + key + "\": 1"), LinkGroup.class));
    String path = e.violations().get(0).path();
    assertThat(path).startsWith("[\"x\\u000a\\u001b[32mvalid round tab").endsWith("...\"]");
    assertThat(path.chars()).allMatch(c -> c >= 0x20 && c < 0x7f);
    assertThat(e.getMessage()).doesNotContain("\n\u001b").doesNotContain("jane@example.com");
  }

  @Test
  void aValueOfTheWrongShapeInventsNoOtherProblems() {
    String link = "{\"id\": \"a\", \"title\": \"T\", \"url\": {\"value\": \"https://x.org\"}, \"language\": \"@@@\","
        + " \"category\": \"PAGE\"}";
    assertThat(Violations.of(() -> json.read(GROUP.formatted(link, ""), LinkGroup.class)))
        .containsExactly("links[0].url org.irrt.model.json.type", "links[0].language org.irrt.model.LanguageTag.invalid");
  }

  @Test
  void malformedInputDeepInsideIsOneViolationWithItsPlace() {
    String link = "{\"id\": \"a\", \"title\": \"T\", \"category\": \"PAGE\", \"opensInNewWindow\": tru}";
    InvalidValueException e = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidValueException.class,
        () -> json.read(GROUP.formatted(link + ", " + link, ""), LinkGroup.class));
    assertThat(e.violations()).extracting(Violation::code).containsExactly("org.irrt.model.json.malformed");
    assertThat(e.violations().get(0).message(Locale.ENGLISH)).startsWith("is not well-formed JSON (line 1, column ");
    assertThat(Violations.of(() -> json.read("{\"name\": \"n\", \"fromYear\": NaN, \"untilYear\": 1956}",
        org.irrt.model.roundtable.FormerName.class))).containsExactly(" org.irrt.model.json.malformed");
  }

  @Test
  void bytesInNoUnicodeEncodingAreInvalidInput() {
    byte[] garbage = {0, 0, 0, 0x7b, 0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff};
    assertThat(Violations.of(() -> json.read(new ByteArrayInputStream(garbage), LinkGroup.class)))
        .containsExactly(" org.irrt.model.json.encoding.other"); // its first bytes look like UTF-32BE
  }

  /** A host's own type holding a library value. */
  public record Page(Link a) {}

  @Test
  void pathsInsideAHostTypeAreNotDoubled() {
    assertThat(Violations.of(() -> json.read("{\"a\": {\"id\": \"a\", \"title\": \" \", \"category\": \"PAGE\"}}", Page.class)))
        .containsExactly("a.title org.irrt.model.ValidText.blank");
  }

  @Test
  void trailingDocumentsAndBlankFilesAreNamedAsSuch() {
    String g = GROUP.formatted("", "");
    assertThat(Violations.of(() -> json.read(g + "\n" + g, LinkGroup.class))).containsExactly(" org.irrt.model.json.trailing");
    assertThat(Violations.of(() -> json.read("  \n\t ", LinkGroup.class))).containsExactly(" org.irrt.model.json.empty");
  }
}
