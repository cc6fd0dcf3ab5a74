package io.mailwright.helpscout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import io.mailwright.runtime.BinaryData;
import io.mailwright.runtime.internal.JsonNull;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Written and read back, every request type keeps every field: with Jackson 2 and with Jackson 3,
 * each with its defaults, since the types carry nothing but jackson-annotations. Every value here
 * sets every property its type has (checked against the type's own property list), so no field is
 * left untested.
 */
class RoundTripTest {

  static Customer fullCustomer(long id) {
    return Customer.builder()
        .id(id)
        .email("bear" + id + "@acme.com")
        .firstName("Vernon")
        .lastName("Bear")
        .phone("+1 555 0100")
        .photoUrl("https://acme.com/bear.png")
        .jobTitle("Head of bears")
        .photoType(PhotoType.GRAVATAR)
        .background("Met at the fair")
        .location("Dallas")
        .organization("Acme")
        .gender(Gender.MALE)
        .age("42")
        .build();
  }

  /** One attachment given as Base64 text, one as bytes: both come back as the same content. */
  static List<Attachment> attachments() {
    return List.of(
        Attachment.builder().fileName("file.txt").mimeType("plain/text").data("ZmlsZQ==").build(),
        Attachment.builder().fileName("hello.txt").mimeType("text/plain").data("hello".getBytes(StandardCharsets.UTF_8)).build());
  }

  static CustomerThread customerThread() {
    return CustomerThread.builder().text("Buy more pens").customer(fullCustomer(1)).imported(true)
        .cc("cc@acme.com").bcc("bcc1@acme.com", "bcc2@acme.com").createdAt(Instant.parse("2012-10-10T12:00:00Z"))
        .attachments(attachments()).build();
  }

  static ChatThread chatThread() {
    return ChatThread.builder().text("Chatting").customer(fullCustomer(2)).imported(true)
        .createdAt(Instant.parse("2012-10-10T12:01:00Z")).attachments(attachments()).build();
  }

  static PhoneThread phoneThread() {
    return PhoneThread.builder().text("Called").customer(fullCustomer(3)).imported(true)
        .createdAt(Instant.parse("2012-10-10T12:02:00Z")).attachments(attachments()).build();
  }

  static ReplyThread replyThread() {
    return ReplyThread.builder().text("How are you?").draft(true).customer(fullCustomer(4)).imported(true)
        .status(ThreadStatus.SPAM).user(77L).cc("cc@acme.com").bcc("bcc@acme.com")
        .createdAt(Instant.parse("2012-10-10T12:03:00Z")).attachments(attachments()).build();
  }

  static NoteThread noteThread() {
    return NoteThread.builder().text("A note").user(78L).status(ThreadStatus.OPEN).imported(true)
        .createdAt(Instant.parse("2012-10-10T12:04:00Z")).attachments(attachments()).build();
  }

  static CreateConversationRequest fullConversation() {
    return CreateConversationRequest.builder()
        .subject("Subject")
        .autoReply(true)
        .imported(true)
        .type(ConversationType.CHAT)
        .assignTo(7L)
        .mailboxId(85L)
        .status(ConversationStatus.CLOSED)
        .createdAt(Instant.parse("2012-10-10T12:00:00Z"))
        .customer(fullCustomer(456))
        .threads(customerThread(), chatThread(), phoneThread(), replyThread(), noteThread())
        .tags("vip", "trial")
        .fields(CustomField.builder().id(531L).value("trial").build(), CustomField.builder().id(532L).value("gold").build())
        .user(9L)
        .closedAt(Instant.parse("2012-10-11T12:00:00Z"))
        .build();
  }

  static Stream<Arguments> everyRequestType() {
    List<Arguments> cases = new ArrayList<>();
    for (Jackson jackson : Jackson.values()) {
      for (Object value : List.of(fullConversation(), customerThread(), chatThread(), phoneThread(), replyThread(),
          noteThread(), fullCustomer(456), attachments().get(0), CustomField.builder().id(531L).value("trial").build())) {
        cases.add(Arguments.of(jackson, value.getClass().getSimpleName(), value));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{1} with {0}")
  @MethodSource("everyRequestType")
  void readBackEqualsTheOriginal(Jackson jackson, String type, Object original) {
    Object readBack = jackson.read(jackson.write(original), original.getClass());

    assertEquals(original, readBack);
    // Not only equals(): the read value writes the same body, field for field.
    assertEquals(Jackson.tree(jackson.write(original)), Jackson.tree(jackson.write(readBack)));
  }

  /** Guards the test above: a property the fixtures leave out would go unchecked. */
  @ParameterizedTest(name = "{1} with {0}")
  @MethodSource("everyRequestType")
  void fixtureSetsEveryPropertyOfItsType(Jackson jackson, String type, Object original) {
    Set<String> properties = Set.of(original.getClass().getAnnotation(JsonPropertyOrder.class).value());

    assertEquals(properties, fieldNames(Jackson.tree(jackson.write(original))));
  }

  @ParameterizedTest
  @EnumSource(Jackson.class)
  void threadsInAConversationCarryTheirType(Jackson jackson) {
    JsonNode threads = Jackson.tree(jackson.write(fullConversation())).get("threads");

    List<String> types = new ArrayList<>();
    threads.forEach(thread -> types.add(thread.get("type").asText()));
    assertEquals(List.of("customer", "chat", "phone", "reply", "note"), types);
  }

  @ParameterizedTest
  @EnumSource(Jackson.class)
  void threadSentAsItsOwnBodyHasNoType(Jackson jackson) {
    for (ConversationThread thread : fullConversation().threads()) {
      JsonNode body = Jackson.tree(jackson.write(thread));
      assertFalse(body.has("type"), body::toString);
    }
  }

  /** A thread of a conversation's body reads as the union type, its {@code type} choosing the class. */
  @ParameterizedTest
  @EnumSource(Jackson.class)
  void threadOfAConversationBodyReadsAsItsOwnType(Jackson jackson) {
    CreateConversationRequest conversation = fullConversation();
    JsonNode threads = Jackson.tree(jackson.write(conversation)).get("threads");

    for (int i = 0; i < threads.size(); i++) {
      assertEquals(conversation.threads().get(i), jackson.read(threads.get(i).toString(), ConversationThread.class));
    }
  }

  @Test
  void attachmentGivenAsBytesReadsBackAsTheSameContent() {
    Attachment bytes = attachments().get(1);

    Attachment readBack = Jackson.JACKSON_2.read(Jackson.JACKSON_2.write(bytes), Attachment.class);

    assertEquals("aGVsbG8=", Jackson.treeOf(bytes).get("data").asText());
    assertEquals(bytes, readBack);
    assertEquals(readBack, bytes);
    assertEquals(bytes.hashCode(), readBack.hashCode());
  }

  /**
   * Why both mappers work: no annotation of the request types, their builders and the runtime
   * types they hold comes from a databind (Jackson 2's or 3's), only from jackson-annotations.
   */
  @Test
  void requestTypesCarryOnlyJacksonAnnotations() {
    List<Class<?>> types = List.of(CreateConversationRequest.class, ConversationThread.class, CustomerThread.class,
        ChatThread.class, PhoneThread.class, ReplyThread.class, NoteThread.class, Customer.class, Attachment.class,
        CustomField.class, ConversationType.class, ConversationStatus.class, ThreadStatus.class, PhotoType.class,
        Gender.class, BinaryData.class, JsonNull.class);
    List<String> found = new ArrayList<>();
    for (Class<?> type : types) {
      List<Class<?>> classes = new ArrayList<>(List.of(type));
      classes.addAll(List.of(type.getDeclaredClasses()));
      for (Class<?> c : classes) {
        List<AnnotatedElement> elements = new ArrayList<>(List.of(c));
        elements.addAll(List.of(c.getDeclaredMethods()));
        elements.addAll(List.of(c.getDeclaredConstructors()));
        elements.addAll(List.of(c.getDeclaredFields()));
        for (AnnotatedElement e : elements) {
          for (Annotation a : e.getAnnotations()) {
            jacksonPackages(a, found);
          }
        }
      }
    }

    assertFalse(found.isEmpty());
    assertEquals(Set.of("com.fasterxml.jackson.annotation"), new HashSet<>(found));
  }

  /**
   * The package of an annotation; of a Jackson bundle ({@code @JacksonAnnotationsInside}, such as the
   * runtime's {@code GeneratedJson}), the packages of what it bundles, as Jackson itself reads it.
   */
  private static void jacksonPackages(Annotation a, List<String> found) {
    Class<? extends Annotation> type = a.annotationType();
    if (!type.isAnnotationPresent(JacksonAnnotationsInside.class)) {
      found.add(type.getPackageName());
      return;
    }
    for (Annotation inside : type.getAnnotations()) {
      if (!inside.annotationType().getPackageName().equals("java.lang.annotation")
          && inside.annotationType() != JacksonAnnotationsInside.class) {
        jacksonPackages(inside, found);
      }
    }
  }

  private static Set<String> fieldNames(JsonNode node) {
    Set<String> names = new HashSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
