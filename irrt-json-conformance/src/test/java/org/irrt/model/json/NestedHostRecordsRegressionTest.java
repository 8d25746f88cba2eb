package org.irrt.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.example.host.Nested;
import java.util.LinkedHashMap;
import org.irrt.model.common.InvalidValueException;
import org.irrt.model.link.LinkGroup;
import org.irrt.model.testing.Violations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fault: a host's mapper stopped at the first failing irrt value of a host's record nested in a
 * host's record (or in a list, map or optional of the host's), and the host met Jackson's own
 * exception around it, not an {@link InvalidValueException}: a host's type was read as one document
 * only when it held library values itself. It now is when it holds them at any depth, and a root
 * map of library values too; a host's type holding none is read as before. Found by an adversary's
 * pass over a Spring Boot 4 host's request records.
 */
@ParameterizedClass(name = "{0}")
@MethodSource("org.irrt.model.json.Bindings#all")
class NestedHostRecordsRegressionTest {
  @Parameter
  JsonBinding json;

  private static final String OK = "{\"id\": \"g\", \"title\": \"t\", \"kind\": \"NEWS\", \"links\": []}";
  private static final String BAD = "{\"id\": \"G G\", \"title\": \"\", \"kind\": \"NEWS\", \"links\": []}";
  private static final String PAGE = "{\"main\": " + BAD + ", \"note\": \"n\", \"rank\": 1}";
  private static final String OUTER = "{\"page\": " + PAGE + ", \"pages\": [" + PAGE + "], \"byName\": {\"a\": " + PAGE
      + "}, \"maybe\": " + PAGE + ", \"note\": \"x\"}";

  @Test
  void aHostsMapperReportsEveryBadValueOfRecordsNestedInItsOwnRecords() {
    assertThat(Violations.of(() -> json.hostRead(OUTER, Nested.Outer.class))).containsExactly(
        "page.main.id org.irrt.model.Id.invalid", "page.main.title org.irrt.model.ValidText.blank",
        "pages[0].main.id org.irrt.model.Id.invalid", "pages[0].main.title org.irrt.model.ValidText.blank",
        "byName.a.main.id org.irrt.model.Id.invalid", "byName.a.main.title org.irrt.model.ValidText.blank",
        "maybe.main.id org.irrt.model.Id.invalid", "maybe.main.title org.irrt.model.ValidText.blank");
    assertThat(Violations.of(() -> json.hostRead("{\"outer\": " + OUTER + "}", Nested.Deep.class)))
        .hasSize(8).first().isEqualTo("outer.page.main.id org.irrt.model.Id.invalid");
    assertThat(Violations.of(() -> json.hostRead("[{\"outer\": " + OUTER + "}, {\"outer\": " + OUTER + "}]",
        Nested.Deep[].class))).hasSize(16).last().isEqualTo("[1].outer.maybe.main.title org.irrt.model.ValidText.blank");
  }

  @Test
  void itsMapperAndTheReadyOneGiveTheSameReport() {
    assertThat(Violations.of(() -> json.hostRead(OUTER, Nested.Outer.class)))
        .isEqualTo(Violations.of(() -> json.read(OUTER, Nested.Outer.class)));
  }

  @Test
  void aRootMapOfLibraryValuesReportsEveryBadOne() {
    assertThat(Violations.of(() -> json.hostRead("{\"a\": " + BAD + ", \"b\": " + OK + ", \"c\": " + BAD + "}",
        Groups.class))).containsExactly("a.id org.irrt.model.Id.invalid", "a.title org.irrt.model.ValidText.blank",
            "c.id org.irrt.model.Id.invalid", "c.title org.irrt.model.ValidText.blank");
    assertThat(json.hostRead("{\"a\": " + OK + "}", Groups.class)).containsOnlyKeys("a");
  }

  @Test
  void aHostsRecordThatRefersToItselfIsReadAsOneDocument() {
    assertThat(Violations.of(() -> json.hostRead("{\"group\": " + BAD + ", \"next\": {\"group\": " + BAD + "}}",
        Nested.Chain.class))).containsExactly("group.id org.irrt.model.Id.invalid",
            "group.title org.irrt.model.ValidText.blank", "next.group.id org.irrt.model.Id.invalid",
            "next.group.title org.irrt.model.ValidText.blank");
  }

  @Test
  void aHostsRecordsThatHoldNoLibraryValueFailAsJacksonFailsThem() {
    Throwable own = catchThrowable(() -> json.hostRead("{\"plain\": {\"name\": [1], \"count\": \"x\"}}",
        Nested.Holder.class));
    assertThat(own).isNotInstanceOf(InvalidValueException.class);
    assertThat(own.getClass().getSimpleName()).isIn("UncheckedIOException", "MismatchedInputException");
    assertThat(json.hostRead("{\"plain\": {\"name\": \"n\", \"count\": 2, \"tags\": [\"t\"]}}", Nested.Holder.class))
        .isEqualTo(new Nested.Holder(new Nested.Plain("n", 2, java.util.List.of("t"))));
  }

  @Test
  void aHostsGenericTypeHoldingLibraryValuesReportsEveryBadOne() {
    java.lang.reflect.Type pages = new com.fasterxml.jackson.core.type.TypeReference<
        Nested.Envelope<java.util.List<Nested.Envelope<LinkGroup>>>>() {}.getType();
    assertThat(Violations.of(() -> json.hostReadGeneric("{\"body\": [{\"body\": " + BAD + "}, {\"body\": " + BAD + "}]}",
        pages))).containsExactly("body[0].body.id org.irrt.model.Id.invalid",
            "body[0].body.title org.irrt.model.ValidText.blank", "body[1].body.id org.irrt.model.Id.invalid",
            "body[1].body.title org.irrt.model.ValidText.blank");
    java.lang.reflect.Type texts = new com.fasterxml.jackson.core.type.TypeReference<Nested.Envelope<String>>() {}.getType();
    assertThat(catchThrowable(() -> json.hostReadGeneric("{\"body\": [1]}", texts))).isNotInstanceOf(InvalidValueException.class);
  }

  /** A map type of a host's, so that a test can name its value type. */
  static final class Groups extends LinkedHashMap<String, LinkGroup> {
    private static final long serialVersionUID = 1L;
  }
}
