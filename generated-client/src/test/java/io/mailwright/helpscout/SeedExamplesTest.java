package io.mailwright.helpscout;

import static io.mailwright.helpscout.ViolationAssert.assertValid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mailwright.runtime.Validatable;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The example request of each seed page, built with the generated builders: it must build without
 * violations, be written (Jackson 2) as the seed's JSON, compared as trees, and read back as the
 * same request.
 *
 * <p>The examples are test resources under {@code /seeds}, copied from the pages. Seed 000's copy lost
 * its braces (the outer object's and the one closing {@code customer}): its resource puts them back
 * and changes nothing else. The phone example is not a seed but the public documentation's example
 * of Create Phone Thread. Every example sends {@code "mimeType" : "plain/text"}, which must stay
 * valid.
 */
class SeedExamplesTest {

  @Test
  void createCustomerThreadExample_seed000() {
    assertIsSeedExample("000-create-customer-thread.json", seed000());
  }

  @Test
  void createChatThreadExample_seed001() {
    assertIsSeedExample("001-create-chat-thread.json", seed001());
  }

  @Test
  void createReplyThreadExample_seed002() {
    assertIsSeedExample("002-create-reply-thread.json", seed002());
  }

  @Test
  void createNoteExample_seed003() {
    assertIsSeedExample("003-create-note.json", seed003());
  }

  /** Also the case of a conversation {@code createdAt} without {@code imported}: the seed sends it. */
  @Test
  void createConversationExample_seed004() {
    assertIsSeedExample("004-create-conversation.json", seed004());
  }

  @Test
  void createPhoneThreadExample_publicDocs() {
    assertIsSeedExample("phone-create-phone-thread.json", phoneExample());
  }

  static CustomerThread seed000() {
    return CustomerThread.builder()
        .customer(Customer.builder().id(456L))
        .text("Buy more pens")
        .addAttachment(Attachment.builder().fileName("file.txt").mimeType("plain/text").data("ZmlsZQ=="))
        .build();
  }

  static ChatThread seed001() {
    return ChatThread.builder()
        .customer(Customer.builder().id(456L))
        .text("Buy more pens")
        .addAttachment(Attachment.builder().fileName("file.txt").mimeType("plain/text").data("ZmlsZQ=="))
        .build();
  }

  static ReplyThread seed002() {
    return ReplyThread.builder()
        .customer(Customer.builder().id(123L))
        .text("How are you?")
        .addAttachment(Attachment.builder().fileName("file.txt").mimeType("plain/text").data("ZmlsZQ=="))
        .build();
  }

  static NoteThread seed003() {
    return NoteThread.builder()
        .text("Buy more pens")
        .addAttachment(Attachment.builder().fileName("file.txt").mimeType("plain/text").data("ZmlsZQ=="))
        .build();
  }

  static CreateConversationRequest seed004() {
    return CreateConversationRequest.builder()
        .subject("Subject")
        .customer(Customer.builder().email("bear@acme.com").firstName("Vernon").lastName("Bear"))
        .mailboxId(85L)
        .type(ConversationType.EMAIL)
        .status(ConversationStatus.ACTIVE)
        .createdAt(Instant.parse("2012-10-10T12:00:00Z"))
        .addThread(CustomerThread.builder()
            .customer(Customer.builder().email("bear@acme.com"))
            .text("Hello, Help Scout. How are you?"))
        .tags("vip")
        .addField(CustomField.builder().id(531L).value("trial"))
        .build();
  }

  static PhoneThread phoneExample() {
    return PhoneThread.builder()
        .customer(Customer.builder().id(456L))
        .text("Buy more pens")
        .addAttachment(Attachment.builder().fileName("file.txt").mimeType("plain/text").data("ZmlsZQ=="))
        .build();
  }

  /** The examples' attachment on its own: {@code plain/text} is not a registered type, and is valid. */
  @Test
  void seedAttachmentWithPlainTextMimeTypeIsValid() {
    Attachment attachment = Attachment.builder().fileName("file.txt").mimeType("plain/text").data("ZmlsZQ==").build();

    assertValid(attachment);
    assertEquals(Jackson.tree("{\"fileName\":\"file.txt\",\"mimeType\":\"plain/text\",\"data\":\"ZmlsZQ==\"}"),
        Jackson.treeOf(attachment));
  }

  /**
   * The other direction, with no validation involved: each example reads into its request type and
   * is written back as the same JSON, so no field of the examples is lost or renamed.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("seedFiles")
  void seedExampleReadsAndIsWrittenBackUnchanged(String file, Class<? extends Validatable> type) {
    String seed = Jackson.resource("/seeds/" + file);

    Validatable request = Jackson.JACKSON_2.read(seed, type);

    assertEquals(Jackson.tree(seed), Jackson.treeOf(request));
  }

  static Stream<Arguments> seedFiles() {
    return Stream.of(
        Arguments.of("000-create-customer-thread.json", CustomerThread.class),
        Arguments.of("001-create-chat-thread.json", ChatThread.class),
        Arguments.of("002-create-reply-thread.json", ReplyThread.class),
        Arguments.of("003-create-note.json", NoteThread.class),
        Arguments.of("004-create-conversation.json", CreateConversationRequest.class),
        Arguments.of("phone-create-phone-thread.json", PhoneThread.class));
  }

  private static void assertIsSeedExample(String file, Validatable request) {
    String seed = Jackson.resource("/seeds/" + file);
    assertValid(request);
    assertEquals(Jackson.tree(seed), Jackson.treeOf(request), "the body written for " + file);
    assertEquals(request, Jackson.JACKSON_2.read(seed, request.getClass()), "the request read from " + file);
  }
}
