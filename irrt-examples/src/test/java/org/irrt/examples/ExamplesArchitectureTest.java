package org.irrt.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.File;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/**
 * The examples are what a host developer copies: they use only the library's public API. The
 * command line runs where staff and hosts run it, not where its tests do (these pin en-US and
 * UTF-8): what it writes must not depend on the JVM's default locale, charset or time zone. These
 * rules hold for every irrt class on the examples' class path (the examples and the library modules
 * they run: model, workflows, the JDBC store, the Jackson adapters, the data).
 */
class ExamplesArchitectureTest {
  private static final JavaClasses IRRT = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .withImportOption(location -> !location.contains("-tests.jar")) // the store's test fixtures (its test-jar)
      .importPackages("org.irrt");

  @Test
  void examplesUseOnlyPublicApi() {
    noClasses().that().resideInAPackage("org.irrt.examples..")
        .should().dependOnClassesThat().resideInAnyPackage("org.irrt.model.internal..", "org.irrt.workflow.internal..")
        .check(IRRT);
  }

  /**
   * Text is formatted and its case changed in a named locale: in the default locale {@code
   * String.format("%04d")} wrote {@code ١٩٤٩} in Egypt, and {@code "IN".toLowerCase()} is {@code
   * "ın"} (dotless i) in Turkey (the JDK's {@code String.toLowerCase()} documentation says so).
   */
  @Test
  void nothingFormatsOrChangesCaseInTheDefaultLocale() {
    noClasses().should().callMethod(String.class, "format", String.class, Object[].class)
        .orShould().callMethod(String.class, "formatted", Object[].class)
        .orShould().callMethod(String.class, "toLowerCase")
        .orShould().callMethod(String.class, "toUpperCase")
        .orShould().callMethod(PrintStream.class, "printf", String.class, Object[].class)
        .orShould().callMethod(PrintStream.class, "format", String.class, Object[].class)
        .orShould().callMethod(java.time.format.DateTimeFormatter.class, "ofPattern", String.class)
        .check(IRRT);
  }

  /**
   * Bytes become text, and text bytes, in UTF-8 named: the system's charset is US-ASCII under
   * {@code LANG=C} on Java 17, which turns every name outside ASCII into {@code ?}
   * ({@link OutputInUtf8UnderThePosixLocaleRegressionTest}).
   */
  @Test
  void nothingReadsOrWritesTextInTheSystemCharset() {
    noClasses().should().callConstructor(String.class, byte[].class)
        .orShould().callMethod(String.class, "getBytes")
        .orShould().callConstructor(java.io.InputStreamReader.class, InputStream.class)
        .orShould().callConstructor(java.io.OutputStreamWriter.class, OutputStream.class)
        .orShould().callConstructor(java.io.FileReader.class, String.class)
        .orShould().callConstructor(java.io.FileReader.class, File.class)
        .orShould().callConstructor(java.io.FileWriter.class, String.class)
        .orShould().callConstructor(java.io.FileWriter.class, File.class)
        .orShould().callConstructor(PrintStream.class, OutputStream.class)
        .orShould().callConstructor(PrintStream.class, OutputStream.class, boolean.class)
        .orShould().callConstructor(java.io.PrintWriter.class, OutputStream.class)
        .orShould().callConstructor(java.io.PrintWriter.class, OutputStream.class, boolean.class)
        .orShould().callMethod(Charset.class, "defaultCharset")
        .check(IRRT);
  }

  /** Days and times are the organisation's zone's (an option or {@code America/Chicago}), never the JVM's. */
  @Test
  void nothingTakesTheJvmsTimeZone() {
    noClasses().should().callMethod(ZoneId.class, "systemDefault")
        .orShould().callMethod(TimeZone.class, "getDefault")
        .orShould().callMethod(Clock.class, "systemDefaultZone")
        .orShould().callMethod(LocalDate.class, "now")
        .orShould().callMethod(LocalDateTime.class, "now")
        .orShould().callMethod(ZonedDateTime.class, "now")
        .check(IRRT);
  }
}
