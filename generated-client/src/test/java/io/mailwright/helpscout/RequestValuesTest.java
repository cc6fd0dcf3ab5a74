package io.mailwright.helpscout;

import static io.mailwright.helpscout.ResponseFields.absentBut;
import static io.mailwright.helpscout.ResponseFields.accessors;
import static io.mailwright.helpscout.ResponseFields.assertFields;
import static io.mailwright.helpscout.ResponseFields.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.mailwright.runtime.BinaryData;
import io.mailwright.runtime.Validatable;
import io.mailwright.runtime.Violation;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The request types as a user holds them: every field set through the builder is what its accessor
 * returns; a value with nothing set has every accessor absent (lists empty, never null); {@code toBuilder()}
 * holds every field, unknown JSON fields included; a builder prints what its value prints; a list
 * setter given {@code null} leaves the field out.
 */
class RequestValuesTest {

  static Map<String, Object> customer(long id) {
    return fields("id", id, "email", "bear" + id + "@acme.com", "firstName", "Vernon", "lastName", "Bear",
        "phone", "+1 555 0100", "photoUrl", "https://acme.com/bear.png", "jobTitle", "Head of bears",
        "photoType", PhotoType.GRAVATAR, "background", "Met at the fair", "location", "Dallas",
        "organization", "Acme", "gender", Gender.MALE, "age", "42");
  }

  static Stream<Arguments> fullValues() {
    List<Attachment> attachments = RoundTripTest.attachments();
    return Stream.of(
        Arguments.of(value(() -> RoundTripTest.fullCustomer(456)), customer(456)),
        Arguments.of(value(() -> CustomField.builder().id(531L).value("trial").build()), fields("id", 531L, "value", "trial")),
        Arguments.of(value(() -> RoundTripTest.attachments().get(0)), fields("fileName", "file.txt", "mimeType", "plain/text",
            "data", BinaryData.ofBase64("ZmlsZQ=="))),
        Arguments.of(value(() -> RoundTripTest.customerThread()), fields("text", "Buy more pens",
            "customer", RoundTripTest.fullCustomer(1), "imported", true, "cc", List.of("cc@acme.com"),
            "bcc", List.of("bcc1@acme.com", "bcc2@acme.com"), "createdAt", Instant.parse("2012-10-10T12:00:00Z"),
            "attachments", attachments)),
        Arguments.of(value(() -> RoundTripTest.chatThread()), fields("text", "Chatting", "customer", RoundTripTest.fullCustomer(2),
            "imported", true, "createdAt", Instant.parse("2012-10-10T12:01:00Z"), "attachments", attachments)),
        Arguments.of(value(() -> RoundTripTest.phoneThread()), fields("text", "Called", "customer", RoundTripTest.fullCustomer(3),
            "imported", true, "createdAt", Instant.parse("2012-10-10T12:02:00Z"), "attachments", attachments)),
        Arguments.of(value(() -> RoundTripTest.replyThread()), fields("text", "How are you?", "draft", true,
            "customer", RoundTripTest.fullCustomer(4), "imported", true, "status", ThreadStatus.SPAM, "user", 77L,
            "cc", List.of("cc@acme.com"), "bcc", List.of("bcc@acme.com"),
            "createdAt", Instant.parse("2012-10-10T12:03:00Z"), "attachments", attachments)),
        Arguments.of(value(() -> RoundTripTest.noteThread()), fields("text", "A note", "user", 78L, "status", ThreadStatus.OPEN,
            "imported", true, "createdAt", Instant.parse("2012-10-10T12:04:00Z"), "attachments", attachments)),
        Arguments.of(value(() -> RoundTripTest.fullConversation()), fields("subject", "Subject", "autoReply", true,
            "imported", true, "type", ConversationType.CHAT, "assignTo", 7L, "hasAssignTo", true, "mailboxId", 85L,
            "status", ConversationStatus.CLOSED, "createdAt", Instant.parse("2012-10-10T12:00:00Z"),
            "customer", RoundTripTest.fullCustomer(456),
            "threads", List.of(RoundTripTest.customerThread(), RoundTripTest.chatThread(), RoundTripTest.phoneThread(),
                RoundTripTest.replyThread(), RoundTripTest.noteThread()),
            "tags", List.of("vip", "trial"),
            "fields", List.of(CustomField.builder().id(531L).value("trial").build(),
                CustomField.builder().id(532L).value("gold").build()),
            "user", 9L, "closedAt", Instant.parse("2012-10-11T12:00:00Z"))));
  }

  /**
   * A value, made inside the test that uses it (not while the cases are listed): what it runs is then
   * part of that test, also for a mutation tester's choice of the tests to run.
   */
  private static Named<Supplier<Object>> value(Supplier<Object> value) {
    return Named.of(value.get().getClass().getSimpleName(), value);
  }

  static Stream<Class<? extends Validatable>> requestTypes() {
    return Stream.of(Customer.class, CustomField.class, Attachment.class, CustomerThread.class, ChatThread.class,
        PhoneThread.class, ReplyThread.class, NoteThread.class, CreateConversationRequest.class);
  }

  @SuppressWarnings("unchecked")
  static Stream<Named<Supplier<Object>>> everyValue() {
    return Stream.concat(fullValues().map(a -> (Named<Supplier<Object>>) a.get()[0]),
        requestTypes().map(type -> Named.of(type.getSimpleName() + " read from {}",
            () -> Jackson.JACKSON_2.read("{}", type))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fullValues")
  void everyFieldSetIsWhatItsAccessorReturns(Supplier<Object> made, Map<String, Object> expected) {
    Object value = made.get();
    assertFields(value.getClass().getSimpleName(), value, expected);
  }

  @ParameterizedTest
  @MethodSource("requestTypes")
  void aValueWithNothingSetHasEveryAccessorAbsentAndEveryListEmpty(Class<? extends Validatable> type) {
    Object empty = Jackson.JACKSON_2.read("{}", type);

    assertFields(type.getSimpleName(), empty, type == CreateConversationRequest.class
        ? absentBut(type, "hasAssignTo", false)
        : absentBut(type));
  }

  @ParameterizedTest
  @MethodSource("everyValue")
  void toBuilderHoldsEveryFieldOfTheValue(Supplier<Object> made) throws Exception {
    Object value = made.get();
    Object copy = buildUnvalidated(toBuilder(value));

    assertEquals(value, copy);
    assertEquals(Jackson.treeOf(value), Jackson.treeOf(copy));
  }

  /** README: "Builders print what they hold (NoteThread.Builder{text=Called back, status=closed}), as values do". */
  @ParameterizedTest
  @MethodSource("everyValue")
  void aBuilderPrintsWhatItsValuePrints(Supplier<Object> made) throws Exception {
    Object value = made.get();
    String name = value.getClass().getSimpleName();

    assertEquals(value.toString().replaceFirst("^" + name + "\\{", name + ".Builder{"), toBuilder(value).toString());
  }

  /**
   * A request read from JSON with a field its type does not know is reported by {@code validateStrict()};
   * its builder keeps that, and a value without one stays without.
   */
  @ParameterizedTest
  @MethodSource("requestTypes")
  void toBuilderKeepsTheUnknownFieldsOfJson(Class<? extends Validatable> type) throws Exception {
    Validatable typo = Jackson.JACKSON_2.read("{\"firstname\": \"Vernon\"}", type);
    Validatable plain = Jackson.JACKSON_2.read("{}", type);

    List<Violation> strict = typo.validateStrict();
    assertTrue(strict.stream().anyMatch(v -> v.toString().contains("firstname")), strict::toString);
    assertEquals(strict, ((Validatable) buildUnvalidated(toBuilder(typo))).validateStrict());
    assertEquals(plain.validateStrict(), ((Validatable) buildUnvalidated(toBuilder(plain))).validateStrict());
    assertNotEquals(typo, plain);
  }

  /** Each list setter of each builder, given {@code null}: the field is left out, its accessor empty. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("fullValues")
  void aListSetterGivenNullLeavesTheFieldOut(Supplier<Object> made) throws Exception {
    Object value = made.get();
    Object builder = toBuilder(value);
    List<String> lists = new ArrayList<>();
    for (Method setter : builder.getClass().getMethods()) {
      if (setter.getDeclaringClass() == builder.getClass() && setter.getParameterCount() == 1
          && setter.getParameterTypes()[0] == List.class) {
        setter.invoke(builder, (Object) null);
        lists.add(setter.getName());
      }
    }
    Object cleared = buildUnvalidated(builder);
    JsonNode written = Jackson.treeOf(cleared);

    for (String list : lists) {
      String where = value.getClass().getSimpleName() + "." + list;
      assertEquals(List.of(), cleared.getClass().getMethod(list).invoke(cleared), where);
      assertFalse(written.has(list), where + " is not written");
      assertNotEquals(List.of(), value.getClass().getMethod(list).invoke(value), where + " was set before");
    }
    assertEquals(listAccessors(value.getClass()), lists.stream().sorted().toList(),
        "every list of " + value.getClass().getSimpleName() + " has a setter");
  }

  /**
   * Each list setter of each builder in its array form, given a {@code null} array: one {@code null}
   * element, which the checks report at its index (the Javadoc's "a null array is one null element").
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("fullValues")
  void anArraySetterGivenNullHoldsOneNullElementThatIsReported(Supplier<Object> made) throws Exception {
    Object value = made.get();
    Object builder = toBuilder(value);
    List<String> lists = new ArrayList<>();
    for (Method setter : builder.getClass().getMethods()) {
      if (setter.getDeclaringClass() == builder.getClass() && setter.getParameterCount() == 1
          && setter.getParameterTypes()[0].isArray() && !setter.getParameterTypes()[0].getComponentType().isPrimitive()) {
        setter.invoke(builder, (Object) null);
        lists.add(setter.getName());
      }
    }
    Validatable held = (Validatable) buildUnvalidated(builder);
    List<String> paths = held.validate().stream().map(Violation::path).toList();

    assertEquals(listAccessors(value.getClass()), lists.stream().sorted().toList(),
        "every list of " + value.getClass().getSimpleName() + " has an array setter");
    for (String list : lists) {
      String where = value.getClass().getSimpleName() + "." + list;
      assertEquals(java.util.Collections.singletonList(null), held.getClass().getMethod(list).invoke(held), where);
      assertTrue(paths.contains(list + "[0]"), where + ": " + paths);
    }
  }

  /** The builder of {@code toBuilder()} holds copies: changing it leaves the value as it was. */
  @Test
  void changingTheBuilderOfAValueLeavesTheValueUnchanged() {
    CustomerThread thread = RoundTripTest.customerThread();
    CreateConversationRequest conversation = RoundTripTest.fullConversation();

    CustomerThread.Builder threadBuilder = thread.toBuilder().addCc("new@acme.com").addBcc("new@acme.com")
        .addAttachment(Fixtures.fileTxt());
    CreateConversationRequest.Builder conversationBuilder = conversation.toBuilder().addTag("new")
        .addField(CustomField.builder().id(1L).value("x")).addThread(NoteThread.builder().text("new"));

    assertEquals(RoundTripTest.customerThread(), thread);
    assertEquals(RoundTripTest.fullConversation(), conversation);
    assertEquals(2, threadBuilder.build().cc().size());
    assertEquals(3, conversationBuilder.build().tags().size());
  }

  private static List<String> listAccessors(Class<?> type) {
    return accessors(type).stream().filter(a -> {
      try {
        return type.getMethod(a).getReturnType() == List.class;
      } catch (NoSuchMethodException e) {
        throw new AssertionError(e);
      }
    }).sorted().toList();
  }

  private static Object toBuilder(Object value) throws Exception {
    return value.getClass().getMethod("toBuilder").invoke(value);
  }

  /** The builder's value without its checks (package-private, as Jackson and the parent builders use it). */
  private static Object buildUnvalidated(Object builder) throws Exception {
    Method build = builder.getClass().getDeclaredMethod("buildUnvalidated");
    build.setAccessible(true);
    return build.invoke(builder);
  }
}
