package io.mailwright.samples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The samples and the sandbox use the client as a user would (ArchUnit over their compiled
 * classes): through the generated API and the runtime's public package ({@code io.mailwright.runtime}),
 * never through its internal package ({@code io.mailwright.runtime.internal}, for generated code), nor
 * through library internals.
 */
class UsersArchitectureTest {
  private static final JavaClasses USERS = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.mailwright.samples", "io.mailwright.sandbox");

  @Test
  void usersDoNotDependOnTheRuntimesInternals() {
    noClasses().that().resideInAnyPackage("io.mailwright.samples..", "io.mailwright.sandbox..")
        .should().dependOnClassesThat().resideInAPackage("io.mailwright.runtime.internal..")
        .because("the internal package is for generated code: no compatibility promise to users")
        .check(USERS);
  }

  @Test
  void usersDoNotDependOnLibraryInternals() {
    noClasses().that().resideInAnyPackage("io.mailwright.samples..", "io.mailwright.sandbox..")
        .should().dependOnClassesThat().resideInAnyPackage("okhttp3.internal..", "retrofit2.internal..",
            "io.mailwright.model..", "io.mailwright.processor..")
        .check(USERS);
  }
}
