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

  /**
   * Fault: deciding whether a host's type holds library values looked into the classes of fields
   * Jackson never reads (here one it ignores), and a class there that could not be loaded (an
   * optional dependency absent at run time) made the host's mapper fail for its own type, which
   * holds no library value. Found by an adversary's pass.
   */
  @Test
  void aHostsTypeWhoseIgnoredFieldCannotBeLoadedIsReadAsWithoutIrrt(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Files.writeString(dir.resolve("Outer.java"), "package com.example.late; public class Outer { public String name;"
        + " @com.fasterxml.jackson.annotation.JsonIgnore public Dep dep; }");
    java.nio.file.Files.writeString(dir.resolve("Dep.java"), "package com.example.late; public class Dep { public Missing m; }");
    java.nio.file.Files.writeString(dir.resolve("Missing.java"), "package com.example.late; public class Missing {}");
    assertThat(javax.tools.ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", dir.toString(), "-cp",
        System.getProperty("java.class.path"), dir.resolve("Outer.java").toString(), dir.resolve("Dep.java").toString(),
        dir.resolve("Missing.java").toString())).isZero();
    java.nio.file.Files.delete(dir.resolve("com/example/late/Missing.class"));
    try (var loader = new java.net.URLClassLoader(new java.net.URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      Object outer = json.hostRead("{\"name\": \"n\"}", loader.loadClass("com.example.late.Outer"));
      assertThat(outer.getClass().getField("name").get(outer)).isEqualTo("n");
    }
  }

  /** A map type of a host's, so that a test can name its value type. */
  static final class Groups extends LinkedHashMap<String, LinkGroup> {
    private static final long serialVersionUID = 1L;
  }
}
