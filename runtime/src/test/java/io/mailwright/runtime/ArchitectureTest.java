package io.mailwright.runtime;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The runtime's two packages, as rules over its compiled classes (ArchUnit): users see the public
 * package, whose signatures never name an internal type; generated code may use both; the runtime
 * depends on no generated code and no API's model.
 */
class ArchitectureTest {
  private static final String PUBLIC = "io.mailwright.runtime";
  private static final String INTERNAL = "io.mailwright.runtime.internal";

  private static final JavaClasses RUNTIME = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages(PUBLIC);

  /**
   * The public types that use the internal package, each in its implementation only: the builder
   * (its options, read by the engine it builds), the OAuth flow and the rate limiter (the token
   * endpoint and the token bucket they wrap), the hooks the engine reaches this package through,
   * and binary content (its Base64 check is the one generated code uses).
   */
  private static final Set<String> USE_INTERNALS = Set.of("ClientBuilder", "OAuth", "RateLimiter", "RuntimeHooks",
      "BinaryData");

  @Test
  void thePublicPackageUsesTheInternalOneOnlyWhereNamed() {
    classes().that().resideInAPackage(PUBLIC).and().haveSimpleNameNotStartingWith("package-info")
        .and().doNotHaveSimpleName("ClientBuilder").and().doNotHaveSimpleName("OAuth")
        .and().doNotHaveSimpleName("RateLimiter").and().doNotHaveSimpleName("RuntimeHooks")
        .and().doNotHaveSimpleName("BinaryData")
        .and(com.tngtech.archunit.base.DescribedPredicate.describe("not nested in those",
            (JavaClass c) -> c.getEnclosingClass().map(e -> !USE_INTERNALS.contains(e.getSimpleName())).orElse(true)))
        .should().onlyDependOnClassesThat().resideOutsideOfPackage(INTERNAL)
        .because("users import the public package; what it exposes must not lead into the internal one")
        .check(RUNTIME);
  }

  /**
   * No public or protected member of a public type of the public package names an internal type,
   * but two, both protected and for the generated builder that extends {@code ClientBuilder}: its
   * constructor, which takes the API's protocol, and {@code create(ApiClient)}, which wraps the
   * engine the builder made (users call neither: the generated builders are final, made by
   * {@code builder()}).
   */
  @Test
  void noUserFacingSignatureNamesAnInternalType() {
    List<String> leaks = new ArrayList<>();
    for (JavaClass c : RUNTIME) {
      if (!c.getPackageName().equals(PUBLIC) || !c.getModifiers().contains(JavaModifier.PUBLIC)) {
        continue;
      }
      for (JavaMember m : c.getMembers()) {
        Set<JavaModifier> mods = m.getModifiers();
        if (!mods.contains(JavaModifier.PUBLIC) && !mods.contains(JavaModifier.PROTECTED)) {
          continue;
        }
        List<JavaClass> types = new ArrayList<>();
        if (m instanceof JavaField f) {
          types.add(f.getRawType());
        } else if (m instanceof JavaCodeUnit u) {
          types.addAll(u.getRawParameterTypes());
          types.add(u.getRawReturnType());
          types.addAll(u.getThrowsClause().getTypes());
        }
        for (JavaClass t : types) {
          if (t.getPackageName().equals(INTERNAL)) {
            leaks.add(m.getFullName());
          }
        }
      }
    }
    assertEquals(new TreeSet<>(List.of(PUBLIC + ".ClientBuilder.create(" + INTERNAL + ".ApiClient)",
        PUBLIC + ".ClientBuilder.<init>(" + INTERNAL + ".ApiProtocol)")), new TreeSet<>(leaks));
  }

  @Test
  void theRuntimeKnowsNoGeneratedCodeAndNoModel() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("io.mailwright.helpscout..",
            "io.mailwright.model..", "io.mailwright.processor..")
        .because("the runtime is the same for any model; endpoints are generated")
        .check(RUNTIME);
  }

  @Test
  void theRuntimeUsesNoLibraryInternals() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("okhttp3.internal..", "retrofit2.internal..",
            "com.fasterxml.jackson.databind.util..", "sun..", "jdk.internal..")
        .check(RUNTIME);
  }
}
