package org.irrt.jackson2;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The Jackson 2 adapter gives the same results whatever the JVM's default charset. */
class Jackson2ArchitectureTest {
  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .withImportOption(location -> !location.contains("-tests.jar")) // test jars, as irrt-boot-versions scans them
      .importPackages("org.irrt.jackson2");

  /**
   * Bytes become text, and text bytes, in a charset named: the JVM's default charset is US-ASCII
   * under {@code LANG=C} on Java 17 and windows-1252 on Windows (JEP 400 makes UTF-8 the default
   * only from Java 18), and a library's results must not depend on the host's locale. The same list
   * as the examples' {@code nothingReadsOrWritesTextInTheSystemCharset}, and the other JDK calls
   * whose documentation says they use the default charset.
   */
  @Test
  void nothingReadsOrWritesTextInTheSystemCharset() {
    com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
        .should().callConstructor(String.class, byte[].class)
        .orShould().callConstructor(String.class, byte[].class, int.class, int.class)
        .orShould().callMethod(String.class, "getBytes")
        .orShould().callMethod(java.io.ByteArrayOutputStream.class, "toString")
        .orShould().callConstructor(java.io.InputStreamReader.class, java.io.InputStream.class)
        .orShould().callConstructor(java.io.OutputStreamWriter.class, java.io.OutputStream.class)
        .orShould().callConstructor(java.io.FileReader.class, String.class)
        .orShould().callConstructor(java.io.FileReader.class, java.io.File.class)
        .orShould().callConstructor(java.io.FileWriter.class, String.class)
        .orShould().callConstructor(java.io.FileWriter.class, java.io.File.class)
        .orShould().callConstructor(java.io.FileWriter.class, String.class, boolean.class)
        .orShould().callConstructor(java.io.FileWriter.class, java.io.File.class, boolean.class)
        .orShould().callConstructor(java.io.PrintStream.class, java.io.OutputStream.class)
        .orShould().callConstructor(java.io.PrintStream.class, java.io.OutputStream.class, boolean.class)
        .orShould().callConstructor(java.io.PrintStream.class, String.class)
        .orShould().callConstructor(java.io.PrintStream.class, java.io.File.class)
        .orShould().callConstructor(java.io.PrintWriter.class, java.io.OutputStream.class)
        .orShould().callConstructor(java.io.PrintWriter.class, java.io.OutputStream.class, boolean.class)
        .orShould().callConstructor(java.io.PrintWriter.class, String.class)
        .orShould().callConstructor(java.io.PrintWriter.class, java.io.File.class)
        .orShould().callConstructor(java.util.Scanner.class, java.io.InputStream.class)
        .orShould().callConstructor(java.util.Scanner.class, java.io.File.class)
        .orShould().callConstructor(java.util.Scanner.class, java.nio.file.Path.class)
        .orShould().callConstructor(java.util.Formatter.class, java.io.OutputStream.class)
        .orShould().callMethod(java.net.URLEncoder.class, "encode", String.class)
        .orShould().callMethod(java.net.URLDecoder.class, "decode", String.class)
        .orShould().callMethod(java.nio.charset.Charset.class, "defaultCharset")
        .check(MAIN);
  }
}
