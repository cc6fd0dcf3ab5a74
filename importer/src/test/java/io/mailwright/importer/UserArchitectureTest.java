package io.mailwright.importer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The importer uses the client as any user does (ArchUnit over its compiled classes): the generated
 * API and the runtime's public package, never the runtime's internal package (for generated code,
 * without a compatibility promise).
 */
class UserArchitectureTest {
  private static final JavaClasses IMPORTER = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.mailwright.importer");

  @Test
  void theImporterDoesNotDependOnTheRuntimesInternals() {
    noClasses().should().dependOnClassesThat().resideInAPackage("io.mailwright.runtime.internal..")
        .check(IMPORTER);
  }
}
