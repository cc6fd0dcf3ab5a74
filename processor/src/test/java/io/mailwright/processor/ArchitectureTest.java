package io.mailwright.processor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.mailwright.processor.binding.Origin;
import io.mailwright.processor.naming.JavaNames;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Modifier;
import org.junit.jupiter.api.Test;

/**
 * The processor's phases as rules (ArchUnit over its compiled classes): binding reads javac's
 * elements into plain values, validation checks the values, writing turns them into code and never
 * sees a javac element (a writer that looked at one could generate from something the validation
 * never checked).
 */
class ArchitectureTest {
  private static final JavaClasses PROCESSOR = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.mailwright.processor");

  @Test
  void writersNeverSeeJavacElements() {
    // Writers may name a Modifier (JavaPoet takes javac's) and write through the Filer; they never
    // hold an element, a type mirror, an annotation or the processing environment.
    noClasses().that().resideInAPackage("..processor.writing..")
        .should().dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("javax.lang.model..",
                "javax.annotation.processing..", "com.sun.source..", "com.sun.tools.javac..")
            .and(DescribedPredicate.not(JavaClass.Predicates.equivalentTo(Modifier.class)))
            .and(DescribedPredicate.not(JavaClass.Predicates.equivalentTo(Filer.class))))
        .orShould().dependOnClassesThat().areAssignableTo(Origin.class)
        .because("the writing phase works from the validated model only")
        .check(PROCESSOR);
  }

  @Test
  void writersDoNotReadTheModelAnnotations() {
    noClasses().that().resideInAPackage("..processor.writing..")
        .should().dependOnClassesThat().resideInAPackage("io.mailwright.model")
        .because("the binding phase reads the vocabulary; writers see its values")
        .check(PROCESSOR);
  }

  @Test
  void phasesDependOnlyOnEarlierPhases() {
    noClasses().that().resideInAPackage("..processor.binding..")
        .should().dependOnClassesThat().resideInAnyPackage("..processor.validation..", "..processor.writing..")
        .check(PROCESSOR);
    noClasses().that().resideInAPackage("..processor.validation..")
        .should().dependOnClassesThat().resideInAPackage("..processor.writing..")
        .check(PROCESSOR);
    // The naming rules are shared: what validation checks is what writing names.
    noClasses().that().resideInAPackage("..processor.writing..")
        .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("..processor.validation..")
            .and(DescribedPredicate.not(JavaClass.Predicates.equivalentTo(JavaNames.class))))
        .check(PROCESSOR);
  }

  @Test
  void onlyWritersUseJavaPoet() {
    // A constraint unit (issue 10, item 1) knows how it is written as a check, so it names JavaPoet's
    // code blocks too; nothing else outside writing does.
    noClasses().that().resideOutsideOfPackages("..processor.writing..", "..processor.constraints..")
        .should().dependOnClassesThat().resideInAPackage("com.palantir.javapoet..")
        .check(PROCESSOR);
  }

  @Test
  void writersAskAFieldsKindAndNeverTellKindsApart() {
    // Issue 10, item 1: a field kind is one unit (writing.FieldKind); ShapeWriter, ValidationWriter and
    // FieldPlan ask the field's kind and name no kind of their own.
    String kind = "io.mailwright.processor.writing.FieldKind";
    noClasses().that().resideInAPackage("..processor.writing..").and().areNotAssignableTo(kind)
        .should().dependOnClassesThat(JavaClass.Predicates.assignableTo(kind)
            .and(DescribedPredicate.not(com.tngtech.archunit.core.domain.properties.HasName.Predicates.name(kind))))
        .because("a new kind of field is its class and a line in FieldKind.ALL, not a case in every writer")
        .check(PROCESSOR);
  }
}
