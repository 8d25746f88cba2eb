package org.irrt.model.modules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small host on the module path: a module of its own that requires {@code org.irrt.jackson2} and
 * {@code org.irrt.jackson3}, compiled and run in a JVM of its own, reads, writes and validates library
 * values with both. It shows the modules' exports, opens and service providers are what hosts need.
 *
 * <p>The OWASP sanitizer is an automatic module; its two shim jars ({@code java8-shim} and {@code
 * java10-shim}) share one package, which the module path does not allow, so a host puts them on the
 * class path, which the automatic module reads.
 */
class ModulePathTest {
  /** Our modules (their classes in the reactor, or their jars) and the libraries they need. */
  private static final List<String> MODULES = List.of("/irrt-model/target/classes", "/irrt-jackson2/target/classes",
      "/irrt-jackson3/target/classes", "/irrt-model-0", "/irrt-jackson2-0", "/irrt-jackson3-0", "/com/fasterxml/jackson/", "/tools/jackson/", "/jakarta/validation/", "/jakarta/el/",
      "/org/hibernate/validator/", "/org/jboss/logging/", "/com/fasterxml/classmate/", "/org/glassfish/expressly/",
      "/com/googlecode/libphonenumber/", "/com/ibm/icu/", "/org/commonmark/", "/org/jspecify/",
      "/owasp-java-html-sanitizer/owasp-java-html-sanitizer/");
  private static final String SHIMS = "/owasp-java-html-sanitizer/java";

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
    List<String> classPath = Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
    List<String> modulePath = classPath.stream().filter(e -> !e.endsWith("-tests.jar"))
        .filter(e -> MODULES.stream().anyMatch(m -> slashes(e).contains(m))).toList();
    List<String> shims = classPath.stream().filter(e -> slashes(e).contains(SHIMS)).toList();
    assertThat(modulePath).hasSizeGreaterThan(10);
    assertThat(shims).hasSize(2);

    Path src = Files.createDirectories(dir.resolve("src/host"));
    Files.writeString(src.resolve("module-info.java"), "module host { requires org.irrt.jackson2; requires org.irrt.jackson3; }");
    Files.writeString(src.resolve("Main.java"), HOST);
    Path classes = dir.resolve("classes");
    ByteArrayOutputStream compilerOutput = new ByteArrayOutputStream();
    int compiled = ToolProvider.getSystemJavaCompiler().run(null, compilerOutput, compilerOutput, "-d", classes.toString(),
        "--module-path", String.join(File.pathSeparator, modulePath), "--class-path", String.join(File.pathSeparator, shims),
        src.resolve("module-info.java").toString(), src.resolve("Main.java").toString());
    assertThat(compiled).as(compilerOutput.toString(StandardCharsets.UTF_8)).isZero();

    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--module-path", classes + File.pathSeparator + String.join(File.pathSeparator, modulePath),
        "--class-path", String.join(File.pathSeparator, shims), "-Duser.language=en", "-m", "host/host.Main"));
    Process host = new ProcessBuilder(command).redirectErrorStream(true).start();
    assertThat(host.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String output = new String(host.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(host.exitValue()).as(output).isZero();
    assertThat(output).contains("equal true",
        "jackson2 " + WRITTEN, "jackson3 " + WRITTEN,
        "refused id: debe ser un identificador", "refused title: no debe estar en blanco",
        "built title org.irrt.model.ValidText.blank");
  }

  private static String slashes(String path) {
    return path.replace(File.separatorChar, '/');
  }
}
