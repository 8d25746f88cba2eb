package org.irrt.model.modules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.ToolProvider;

/**
 * A host of its own on the module path: its {@code module-info.java} and {@code host.Main} compiled
 * with the JDK's compiler against the test class path's modules, then run in a JVM of its own, as a
 * modular host would run. The module path is the entries of this test's class path that a list of
 * markers names (our modules' classes in the reactor, or their jars, and the libraries they need).
 *
 * <p>The OWASP sanitizer is an automatic module; its two shim jars ({@code java8-shim} and {@code
 * java10-shim}) share one package, which the module path does not allow, so a host puts them on the
 * class path, which the automatic module reads.
 */
final class HostModule {
  /** The model, both adapters and the libraries they need. */
  static final List<String> MODEL_AND_ADAPTERS = List.of("/irrt-model/target/classes",
      "/irrt-jackson2/target/classes", "/irrt-jackson3/target/classes", "/irrt-model-0", "/irrt-jackson2-0",
      "/irrt-jackson3-0", "/com/fasterxml/jackson/", "/tools/jackson/", "/jakarta/validation/", "/jakarta/el/",
      "/org/hibernate/validator/", "/org/jboss/logging/", "/com/fasterxml/classmate/", "/org/glassfish/expressly/",
      "/com/googlecode/libphonenumber/", "/com/ibm/icu/", "/org/commonmark/", "/org/jspecify/",
      "/owasp-java-html-sanitizer/owasp-java-html-sanitizer/");

  private static final String SHIMS = "/owasp-java-html-sanitizer/java";

  private HostModule() {}

  /**
   * Compiles the host and runs {@code host.Main}, failing the test with the compiler's or the
   * program's output when either fails.
   *
   * @param dir a folder of the test's own for the sources and classes
   * @param modules markers of the class-path entries to put on the module path
   * @param moduleInfo the host's {@code module-info.java}, a module named {@code host}
   * @param main the source of {@code host.Main}
   * @param language the JVM's default language ({@code user.language}), e.g. {@code en}
   * @return what the program wrote, standard output and error together
   */
  static String run(Path dir, List<String> modules, String moduleInfo, String main, String language) throws IOException, InterruptedException {
    List<String> classPath = Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
    List<String> modulePath = classPath.stream().filter(e -> !e.endsWith("-tests.jar"))
        .filter(e -> modules.stream().anyMatch(m -> slashes(e).contains(m))).toList();
    List<String> shims = classPath.stream().filter(e -> slashes(e).contains(SHIMS)).toList();
    assertThat(modulePath).hasSizeGreaterThan(10);
    assertThat(shims).hasSize(2);

    Path src = Files.createDirectories(dir.resolve("src/host"));
    Files.writeString(src.resolve("module-info.java"), moduleInfo);
    Files.writeString(src.resolve("Main.java"), main);
    Path classes = dir.resolve("classes");
    ByteArrayOutputStream compilerOutput = new ByteArrayOutputStream();
    int compiled = ToolProvider.getSystemJavaCompiler().run(null, compilerOutput, compilerOutput, "-encoding", "UTF-8",
        "-d", classes.toString(),
        "--module-path", String.join(File.pathSeparator, modulePath), "--class-path", String.join(File.pathSeparator, shims),
        src.resolve("module-info.java").toString(), src.resolve("Main.java").toString());
    assertThat(compiled).as(compilerOutput.toString(StandardCharsets.UTF_8)).isZero();

    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--module-path", String.join(File.pathSeparator, Stream.concat(Stream.of(classes.toString()), modulePath.stream()).toList()),
        "--class-path", String.join(File.pathSeparator, shims), "-Duser.language=" + language, "-Duser.country=",
        "-m", "host/host.Main"));
    Path log = dir.resolve("host.log"); // a file, not a pipe: a long output never stalls the host
    Process host = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    boolean ended = host.waitFor(60, TimeUnit.SECONDS);
    if (!ended) {
      host.destroyForcibly();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(ended).as(output).isTrue();
    assertThat(host.exitValue()).as(output).isZero();
    return output;
  }

  private static String slashes(String path) {
    return path.replace(File.separatorChar, '/');
  }
}
