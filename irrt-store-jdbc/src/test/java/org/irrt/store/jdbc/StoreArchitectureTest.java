package org.irrt.store.jdbc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.irrt.model.testing.SystemCharsetRule;
import org.junit.jupiter.api.Test;

/**
 * The store depends on the workflows' public API and the JDK only: no JSON library (the host passes
 * its adapter), no driver, no pool, no internal package of the model.
 */
class StoreArchitectureTest {
  private static final JavaClasses STORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.irrt.store.jdbc");

  @Test
  void theStoreUsesNoJsonLibraryDriverOrPool() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "tools.jackson..", "org.h2..",
        "org.postgresql..", "com.zaxxer..", "org.irrt.model.internal..", "org.irrt.jackson2..", "org.irrt.jackson3..",
        "org.irrt.examples..").check(STORE);
  }

  /** Text that is data (ids, SQL, stored text) is written in ASCII digits, whatever the default locale. */
  @Test
  void nothingFormatsInTheDefaultLocale() {
    com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
        .should().callMethod(String.class, "format", String.class, Object[].class)
        .orShould().callMethod(String.class, "formatted", Object[].class)
        .check(STORE);
  }

  /** Text in a named charset only, whatever the JVM's default ({@link SystemCharsetRule}). */
  @Test
  void nothingReadsOrWritesTextInTheSystemCharset() {
    SystemCharsetRule.NOTHING_READS_OR_WRITES_TEXT_IN_THE_SYSTEM_CHARSET.check(STORE);
  }
}
