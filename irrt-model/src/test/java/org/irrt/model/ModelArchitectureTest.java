package org.irrt.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The model stands alone: it depends on no other module of ours, and shared code on no aggregate. */
class ModelArchitectureTest {
  private static final JavaClasses MODEL = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.irrt.model");

  @Test
  void theModelDependsOnNoOtherModuleOfOurs() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("org.irrt.workflow..", "org.irrt.examples..")
        .check(MODEL);
  }

  @Test
  void sharedValuesDependOnNoAggregate() {
    noClasses().that().resideInAnyPackage("org.irrt.model.common..", "org.irrt.model.internal..", "org.irrt.model.json..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.irrt.model.roundtable..", "org.irrt.model.committee..", "org.irrt.model.link..",
            "org.irrt.model.member..", "org.irrt.model.membership..", "org.irrt.model.contribution..",
            "org.irrt.model.pledge..", "org.irrt.model.freelinks..")
        .check(MODEL);
  }

  @Test
  void nothingLogsThroughABackendOfItsOwnChoice() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("org.slf4j..", "org.apache.logging..", "java.util.logging..")
        .check(MODEL);
  }

  @Test
  void nothingReadsTheClockItself() {
    noClasses().should().callMethod(java.time.Instant.class, "now")
        .orShould().callMethod(java.time.LocalDate.class, "now")
        .orShould().callMethod(java.time.Clock.class, "systemUTC")
        .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
        .orShould().callMethod(System.class, "currentTimeMillis")
        .check(MODEL);
  }

  /**
   * Text that is data is written in ASCII digits: {@code String.format} and {@code formatted}
   * without a locale write the default locale's digits ({@code "١٩٤٩-٠١"} in Egypt), so every call
   * names its locale ({@link org.irrt.model.common.DigitsWhateverTheDefaultLocaleRegressionTest}).
   */
  @Test
  void nothingFormatsInTheDefaultLocale() {
    noClasses().should().callMethod(String.class, "format", String.class, Object[].class)
        .orShould().callMethod(String.class, "formatted", Object[].class)
        .check(MODEL);
  }

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
        .check(MODEL);
  }
}
