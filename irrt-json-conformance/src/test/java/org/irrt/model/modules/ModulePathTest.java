package org.irrt.model.modules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small host on the module path: a module of its own that requires {@code org.irrt.jackson2} and
 * {@code org.irrt.jackson3}, compiled and run in a JVM of its own, reads, writes and validates library
 * values with both. It shows the modules' exports, opens and service providers are what hosts need
 * ({@link HostModule} compiles and runs it).
 */
class ModulePathTest {
  /** What a host's mapper writes of the link (absent optional values as null: the host's inclusion rule). */
  private static final String WRITTEN = "{\"id\":\"l\",\"title\":\"L\",\"url\":\"https://e.org\",\"category\":\"NEWS\","
      + "\"opensInNewWindow\":false,\"language\":null,\"description\":null,\"featuredMonth\":null}";

  private static final String HOST = """
      package host;

      import java.util.Locale;
      import org.irrt.model.common.InvalidValueException;
      import org.irrt.model.link.Link;
      import org.irrt.model.link.LinkId;

      public class Main {
        public static void main(String[] args) throws Exception {
          String json = "{\\"id\\":\\"l\\",\\"title\\":\\"L\\",\\"url\\":\\"https://e.org\\",\\"category\\":\\"NEWS\\"}";
          var j2 = new com.fasterxml.jackson.databind.ObjectMapper().findAndRegisterModules();
          var j3 = tools.jackson.databind.json.JsonMapper.builder().findAndAddModules().build();
          Link two = j2.readValue(json, Link.class);
          Link three = j3.readValue(json, Link.class);
          System.out.println("equal " + two.equals(three));
          System.out.println("jackson2 " + j2.writeValueAsString(two));
          System.out.println("jackson3 " + j3.writeValueAsString(three));
          try {
            org.irrt.jackson3.IrrtJson.read("{\\"id\\":\\"Bad Id\\",\\"title\\":\\" \\",\\"category\\":\\"NEWS\\"}", Link.class);
          } catch (InvalidValueException e) {
            e.violations().forEach(v -> System.out.println("refused " + v.path() + ": " + v.message(Locale.forLanguageTag("es"))));
          }
          try {
            Link.builder().from(two).id(LinkId.of("x")).title(" ").build();
          } catch (InvalidValueException e) {
            e.violations().forEach(v -> System.out.println("built " + v.path() + " " + v.code()));
          }
        }
      }
      """;

  @Test
  void aHostModuleReadsWritesAndValidatesWithBothAdapters(@TempDir Path dir) throws Exception {
    String output = HostModule.run(dir, HostModule.MODEL_AND_ADAPTERS,
        "module host { requires org.irrt.jackson2; requires org.irrt.jackson3; }", HOST, "en");
    assertThat(output).contains("equal true",
        "jackson2 " + WRITTEN, "jackson3 " + WRITTEN,
        "refused id: debe ser un identificador", "refused title: no debe estar en blanco",
        "built title org.irrt.model.ValidText.blank");
  }
}
