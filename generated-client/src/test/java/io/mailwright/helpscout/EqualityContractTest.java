package io.mailwright.helpscout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.mailwright.runtime.BinaryData;
import io.mailwright.runtime.Validatable;
import io.mailwright.runtime.Violation;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The equality contract of every generated value type (EqualsVerifier): reflexive, symmetric,
 * transitive, consistent with hashCode, and every field counts, so that two different requests are
 * never equal (an assignTo left out and an assignTo sent as null are two requests).
 */
class EqualityContractTest {
  /** The value types the processor writes for the Help Scout model. */
  static Stream<Class<?>> generatedValueTypes() {
    return Stream.of(CreateConversationRequest.class, Customer.class, CustomField.class, Attachment.class,
        CustomerThread.class, ChatThread.class, PhoneThread.class, ReplyThread.class, NoteThread.class);
  }

  @ParameterizedTest
  @MethodSource("generatedValueTypes")
  void equalsAndHashCodeFollowTheContractAndEveryFieldCounts(Class<?> type) {
    EqualsVerifier.forClass(type)
        // Values are made by builders that validate; equals itself handles null fields.
        .suppress(Warning.NULL_FIELDS)
        // The names of unknown fields of a value read from JSON: never written back, reported by
        // validate(). Whether two such values should differ is an open question (see the report of
        // issue 13); equals ignores them today.
        .withIgnoredFields("unknownJsonFields")
        .withPrefabValues(BinaryData.class, BinaryData.ofBase64("ZmlsZQ=="), BinaryData.ofBase64("b3RoZXI="))
        .withPrefabValues(ConversationThread.class, NoteThread.builder().text("one").build(),
            NoteThread.builder().text("two").build())
        .verify();
  }

  @Test
  void violationFollowsTheContract() {
    EqualsVerifier.forClass(Violation.class).suppress(Warning.NULL_FIELDS).verify();
  }

  /** The list above is complete: every concrete Validatable the processor generated is in it. */
  @Test
  void everyGeneratedValueTypeIsChecked() {
    Set<String> generated = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.mailwright.helpscout")
        .stream()
        .filter(c -> c.getPackageName().equals("io.mailwright.helpscout"))
        .filter(c -> c.isAssignableTo(Validatable.class) && !c.getModifiers().contains(JavaModifier.ABSTRACT)
            && !c.isInterface())
        .map(JavaClass::getSimpleName)
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> checked = generatedValueTypes().map(Class::getSimpleName).collect(Collectors.toCollection(TreeSet::new));

    assertEquals(generated, checked);
  }
}
