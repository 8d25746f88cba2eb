package org.irrt.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The examples are what a host developer copies: they use only the library's public API. */
class ExamplesArchitectureTest {
  @Test
  void examplesUseOnlyPublicApi() {
    noClasses().that().resideInAPackage("org.irrt.examples..")
        .should().dependOnClassesThat().resideInAnyPackage("org.irrt.model.internal..", "org.irrt.workflow.internal..")
        .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.irrt"));
  }
}
