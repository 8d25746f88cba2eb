package org.irrt.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.irrt.model.testing.SystemCharsetRule;
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

  /** Text in a named charset only, whatever the JVM's default ({@link SystemCharsetRule}). */
  @Test
  void nothingReadsOrWritesTextInTheSystemCharset() {
    SystemCharsetRule.NOTHING_READS_OR_WRITES_TEXT_IN_THE_SYSTEM_CHARSET.check(MODEL);
  }
}
