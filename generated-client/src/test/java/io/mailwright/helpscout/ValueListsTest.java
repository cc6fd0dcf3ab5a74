package io.mailwright.helpscout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every value list of the model as an enum: its constants are the documented values, in the
 * documentation's spelling; each constant is written as its value (JSON and {@code toString()}) and
 * read back from it; {@code null} and a value this client does not know read as {@code null}, never
 * an exception.
 */
class ValueListsTest {
  /** The documented values of each list (seeds 000 to 004 and the public pages of the read endpoints). */
  static final Map<Class<? extends Enum<?>>, List<String>> DOCUMENTED = Map.ofEntries(
      Map.entry(ConversationType.class, List.of("chat", "email", "phone")),
      Map.entry(ConversationStatus.class, List.of("active", "closed", "pending")),
      Map.entry(ThreadStatus.class, List.of("active", "all", "closed", "open", "pending", "spam")),
      Map.entry(PhotoType.class, List.of("unknown", "gravatar", "twitter", "facebook", "googleprofile", "googleplus",
          "linkedin", "instagram")),
      Map.entry(Gender.class, List.of("male", "female", "unknown")),
      Map.entry(ConversationEmbed.class, List.of("threads")),
      Map.entry(ConversationReadStatus.class, List.of("active", "closed", "open", "pending", "spam")),
      Map.entry(ConversationState.class, List.of("draft", "published", "deleted")),
      Map.entry(PersonType.class, List.of("user", "customer", "team")),
      Map.entry(ConversationStatusFilter.class, List.of("active", "all", "closed", "open", "pending", "spam")),
      Map.entry(ConversationSortField.class, List.of("createdAt", "customerEmail", "customerName", "mailboxid",
          "modifiedAt", "number", "score", "status", "subject")),
      Map.entry(CustomerSortField.class, List.of("createdAt", "firstName", "lastName", "modifiedAt")),
      Map.entry(SortOrder.class, List.of("asc", "desc")),
      Map.entry(ThreadType.class, List.of("beaconchat", "chat", "customer", "forwardchild", "forwardparent",
          "lineitem", "message", "note", "phone")),
      Map.entry(ThreadState.class, List.of("draft", "hidden", "published", "review")),
      Map.entry(FolderType.class, List.of("assigned", "closed", "drafts", "mine", "needsattention", "open", "spam",
          "team", "unassigned")),
      Map.entry(UserRole.class, List.of("owner", "admin", "user")));

  static Stream<Arguments> lists() {
    return DOCUMENTED.entrySet().stream()
        .sorted(Map.Entry.comparingByKey((a, b) -> a.getSimpleName().compareTo(b.getSimpleName())))
        .map(e -> Arguments.of(e.getKey().getSimpleName(), e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lists")
  void eachConstantIsADocumentedValueWrittenAndReadAsIt(String name, Class<? extends Enum<?>> type,
      List<String> documented) throws Exception {
    Method wireValue = type.getMethod("wireValue");
    Method fromWireValue = type.getMethod("fromWireValue", String.class);
    Enum<?>[] constants = type.getEnumConstants();

    assertEquals(documented, Arrays.stream(constants).map(c -> invoke(wireValue, c)).toList(), name);
    for (Enum<?> constant : constants) {
      String value = (String) wireValue.invoke(constant);
      assertEquals(value, constant.toString(), name + "." + constant.name() + ".toString()");
      assertSame(constant, fromWireValue.invoke(null, value), name + ".fromWireValue(\"" + value + "\")");
      assertEquals("\"" + value + "\"", Jackson.JACKSON_2.write(constant), name + " as JSON");
      assertSame(constant, Jackson.JACKSON_2.read("\"" + value + "\"", type), name + " read from JSON");
    }
    assertNull(fromWireValue.invoke(null, (Object) null), name + ".fromWireValue(null)");
    assertNull(fromWireValue.invoke(null, "brand-new"), name + ": a value this client does not know");
    String upper = documented.get(0).toUpperCase(java.util.Locale.ROOT);
    if (!documented.contains(upper)) {
      assertNull(fromWireValue.invoke(null, upper), name + ": values are read as the API spells them");
    }
  }

  /** The table above is complete: every enum the processor generated is in it. */
  @Test
  void everyGeneratedValueListIsChecked() {
    Set<String> generated = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.mailwright.helpscout")
        .stream()
        .filter(c -> c.getPackageName().equals("io.mailwright.helpscout") && c.isEnum())
        .map(JavaClass::getSimpleName)
        .collect(Collectors.toCollection(TreeSet::new));

    assertEquals(generated, DOCUMENTED.keySet().stream().map(Class::getSimpleName)
        .collect(Collectors.toCollection(TreeSet::new)));
  }

  private static Object invoke(Method method, Object target) {
    try {
      return method.invoke(target);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
