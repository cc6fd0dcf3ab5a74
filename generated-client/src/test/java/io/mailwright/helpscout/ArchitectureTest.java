package io.mailwright.helpscout;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.mailwright.runtime.Validatable;
import org.junit.jupiter.api.Test;

/**
 * What the shipped client must never be, as rules over its compiled classes (ArchUnit): generated
 * code never needs the model or the processor at run time (they are {@code provided}, not shipped),
 * the request types carry only {@code jackson-annotations} (so that Jackson 2 and 3 databind both
 * read them) and no HTTP. Generated code may call the runtime's internal package (that is what it is
 * for); the runtime's own rules are in mailwright-runtime's ArchitectureTest.
 */
class ArchitectureTest {
  private static final JavaClasses CLIENT = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.mailwright.helpscout");

  @Test
  void generatedCodeNeverNeedsTheModelOrTheProcessorAtRunTime() {
    // The package-info holds the @GenerateClient trigger: class retention, never loaded at run time.
    noClasses().that().doNotHaveSimpleName("package-info")
        .should().dependOnClassesThat().resideInAnyPackage("io.mailwright.model..", "io.mailwright.processor..",
            "com.palantir.javapoet..", "javax.annotation.processing..", "javax.lang.model..")
        .because("the model and the processor are compile-time only: not on a user's classpath")
        .check(CLIENT);
  }

  @Test
  void generatedCodeUsesNoLibraryInternals() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("okhttp3.internal..", "retrofit2.internal..",
            "com.fasterxml.jackson.databind.util..", "sun..", "jdk.internal..")
        .check(CLIENT);
  }

  @Test
  void requestTypesAndValueListsCarryOnlyJacksonAnnotationsAndNoHttp() {
    classes().that().resideInAPackage("io.mailwright.helpscout").and().areAssignableTo(Validatable.class)
        .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "com.fasterxml.jackson.annotation..",
            "io.mailwright.helpscout", "io.mailwright.runtime", "io.mailwright.runtime.internal")
        .because("a request type is read and written by the user's own Jackson 2 or 3 mapper")
        .check(CLIENT);
    classes().that().resideInAPackage("io.mailwright.helpscout").and().areEnums()
        .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "com.fasterxml.jackson.annotation..",
            "io.mailwright.helpscout")
        .check(CLIENT);
  }

  @Test
  void requestTypesUseNoHttpPartOfTheRuntime() {
    noClasses().that().resideInAPackage("io.mailwright.helpscout").and().areAssignableTo(Validatable.class)
        .should().dependOnClassesThat().haveSimpleNameStartingWith("ApiClient")
        .orShould().dependOnClassesThat().haveSimpleName("Operation")
        .orShould().dependOnClassesThat().haveSimpleName("ClientBuilder")
        .check(CLIENT);
  }
}
