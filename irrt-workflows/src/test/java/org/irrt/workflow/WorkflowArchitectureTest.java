package org.irrt.workflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.irrt.model.testing.SystemCharsetRule;
import org.junit.jupiter.api.Test;

/** The workflows use the model's public API only, depend on no example, and never read the clock themselves. */
class WorkflowArchitectureTest {
  private static final JavaClasses WORKFLOWS = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.irrt.workflow");

  @Test
  void workflowsUseOnlyThePublicApiOfTheModel() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("org.irrt.model.internal..", "org.irrt.examples..")
        .check(WORKFLOWS);
  }

  @Test
  void workflowsTakeTimeFromAnInjectedClock() {
    noClasses().should().callMethod(java.time.Instant.class, "now")
        .orShould().callMethod(java.time.LocalDate.class, "now")
        .orShould().callMethod(java.time.Clock.class, "systemUTC")
        .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
        .orShould().callMethod(System.class, "currentTimeMillis")
        .check(WORKFLOWS);
  }

  /** Text that is data (ids, SQL, stored text) is written in ASCII digits, whatever the default locale. */
  @Test
  void nothingFormatsInTheDefaultLocale() {
    com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
        .should().callMethod(String.class, "format", String.class, Object[].class)
        .orShould().callMethod(String.class, "formatted", Object[].class)
        .check(WORKFLOWS);
  }

  /** Text in a named charset only, whatever the JVM's default ({@link SystemCharsetRule}). */
  @Test
  void nothingReadsOrWritesTextInTheSystemCharset() {
    SystemCharsetRule.NOTHING_READS_OR_WRITES_TEXT_IN_THE_SYSTEM_CHARSET.check(WORKFLOWS);
  }
}
