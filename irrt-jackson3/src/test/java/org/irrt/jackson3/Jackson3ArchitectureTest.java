package org.irrt.jackson3;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.irrt.model.testing.SystemCharsetRule;
import org.junit.jupiter.api.Test;

/** The Jackson 3 adapter gives the same results whatever the JVM's default charset. */
class Jackson3ArchitectureTest {
  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .withImportOption(location -> !location.contains("-tests.jar")) // test jars, as irrt-boot-versions scans them
      .importPackages("org.irrt.jackson3");

  /** Text in a named charset only, whatever the JVM's default ({@link SystemCharsetRule}). */
  @Test
  void nothingReadsOrWritesTextInTheSystemCharset() {
    SystemCharsetRule.NOTHING_READS_OR_WRITES_TEXT_IN_THE_SYSTEM_CHARSET.check(MAIN);
  }
}
