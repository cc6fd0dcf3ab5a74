package io.mailwright.samples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The samples and the sandbox use the client as a user would (ArchUnit over their compiled
 * classes): through the generated API and the runtime's public surface, never through the parts of
 * the runtime that are public only for generated code, nor through library internals.
 */
class UsersArchitectureTest {
  private static final JavaClasses USERS = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.mailwright.samples", "io.mailwright.sandbox");

  /** Public because generated code in another package calls them; not part of what users program against. */
  private static final String[] FOR_GENERATED_CODE_ONLY = {"io.mailwright.helpscout.runtime.ApiClient",
      "io.mailwright.helpscout.runtime.Operation", "io.mailwright.helpscout.runtime.Violations",
      "io.mailwright.helpscout.runtime.JsonNull", "io.mailwright.helpscout.runtime.Formats",
      "io.mailwright.helpscout.runtime.MimeTypes"};

  @Test
  void usersDoNotDependOnTheRuntimesInternals() {
    noClasses().that().resideInAnyPackage("io.mailwright.samples..", "io.mailwright.sandbox..")
        .should().dependOnClassesThat().haveFullyQualifiedName(FOR_GENERATED_CODE_ONLY[0])
        .orShould().dependOnClassesThat().haveFullyQualifiedName(FOR_GENERATED_CODE_ONLY[1])
        .orShould().dependOnClassesThat().haveFullyQualifiedName(FOR_GENERATED_CODE_ONLY[2])
        .orShould().dependOnClassesThat().haveFullyQualifiedName(FOR_GENERATED_CODE_ONLY[3])
        .orShould().dependOnClassesThat().haveFullyQualifiedName(FOR_GENERATED_CODE_ONLY[4])
        .orShould().dependOnClassesThat().haveFullyQualifiedName(FOR_GENERATED_CODE_ONLY[5])
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
