package io.mailwright.helpscout;

import static io.mailwright.helpscout.ViolationAssert.assertViolations;
import static io.mailwright.helpscout.ViolationAssert.violation;
import static io.mailwright.runtime.Rule.BASE64;
import static io.mailwright.runtime.Rule.ONE_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.mailwright.runtime.BinaryData;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a user reads back from the values: a value list's accessor gives the constant that was set
 * (null when it was cleared), validate() of a customer read from JSON reports its own mistakes, an
 * attachment's content has the size its Base64 says and is equal to the same bytes given as bytes,
 * and every letter of the Base64 alphabet is accepted, the characters next to it are not.
 */
class ValuesAsUsersSeeThemTest {
  @Test
  void valueListAccessorsGiveWhatWasSet() {
    CreateConversationRequest request = Fixtures.conversation().type(ConversationType.CHAT)
        .status(ConversationStatus.PENDING).build();
    assertEquals(ConversationType.CHAT, request.type());
    assertEquals(ConversationStatus.PENDING, request.status());

    Customer customer = Customer.builder().email("bear@acme.com").gender(Gender.FEMALE).build();
    assertEquals(Gender.FEMALE, customer.gender());

    ReplyThread reply = ReplyThread.builder().text("Thanks").customer(Fixtures.vernonBear())
        .status(ThreadStatus.CLOSED).build();
    assertEquals(ThreadStatus.CLOSED, reply.status());
    ReplyThread cleared = reply.toBuilder().status((ThreadStatus) null).build();
    assertNull(cleared.status());
    assertNull(Jackson.treeOf(cleared).get("status"), "a cleared value is left out of the JSON");
  }

  @Test
  void aCustomerReadFromJsonReportsItsOwnMistakesOnValidate() {
    Customer read = Jackson.JACKSON_2.read("{\"email\": \"bear@acme.com\", \"gender\": \"other\"}", Customer.class);

    assertViolations(read.validate(), violation("gender", ONE_OF, "must be one of [male, female, unknown], was 'other'"));
  }

  @ParameterizedTest
  @CsvSource({"'', 0", "Zg==, 1", "Zm8=, 2", "Zm9v, 3", "ZmlsZQ==, 4", "ZmlsZS4=, 5", "ZmlsZS50, 6"})
  void base64ContentHasTheSizeOfItsBytes(String base64, long size) {
    assertEquals(size, BinaryData.ofBase64(base64).size());
    assertEquals(size, BinaryData.of(java.util.Base64.getDecoder().decode(base64)).size());
  }

  @Test
  void theSameContentGivenAsBase64OrAsBytesIsEqual() {
    BinaryData text = BinaryData.ofBase64("ZmlsZQ==");
    BinaryData bytes = BinaryData.of("file".getBytes(StandardCharsets.US_ASCII));

    assertEquals(text, bytes);
    assertEquals(bytes, text);
    assertEquals(text.hashCode(), bytes.hashCode());
    assertNotEquals(text, BinaryData.ofBase64("ZmlsZS4="));
    assertNotEquals(text, BinaryData.of("other".getBytes(StandardCharsets.US_ASCII)));
    assertNotEquals(BinaryData.of("other".getBytes(StandardCharsets.US_ASCII)), text);
    assertNotEquals(BinaryData.ofBase64("not base64!"), bytes, "text that is no Base64 equals no bytes");
  }

  @Test
  void theWholeBase64AlphabetIsAcceptedAndItsNeighboursAreNot() {
    ViolationAssert.assertValid(Fixtures.fileTxt().data("AZaz09+/").build());
    for (String neighbour : new String[] {"AZa@", "AZa[", "AZa`", "AZa{", "AZa:", "AZa*", "AZa.", "AZa-"}) {
      ViolationAssert.assertBuildFails(Fixtures.fileTxt().data(neighbour)::build,
          violation("data", BASE64, "must be valid Base64 (RFC 4648, with padding)"));
    }
  }

  /** Every field that is set shows in toString(), by its JSON name; unset ones do not. */
  @Test
  void everyThreadTypeListsTheFieldsThatAreSet() {
    Customer.Builder bear = Customer.builder().email("bear@acme.com");
    ReplyThread reply = ReplyThread.builder().text("Thanks").draft(true).customer(bear).imported(true)
        .status(ThreadStatus.CLOSED).user(7L).cc("a@acme.com").bcc("b@acme.com").createdAt(java.time.Instant.parse("2012-10-10T12:00:00Z"))
        .addAttachment(Fixtures.fileTxt()).build();
    assertEquals("ReplyThread{text=Thanks, draft=true, customer=Customer{email=bear@acme.com}, imported=true,"
        + " status=closed, user=7, cc=[a@acme.com], bcc=[b@acme.com], createdAt=2012-10-10T12:00:00Z,"
        + " attachments=[Attachment{fileName=file.txt, mimeType=plain/text, data=BinaryData[4 bytes as Base64]}]}",
        reply.toString());
    assertEquals("ReplyThread{text=Thanks, customer=Customer{email=bear@acme.com}}",
        ReplyThread.builder().text("Thanks").customer(bear).build().toString());

    for (ConversationThread thread : java.util.List.<ConversationThread>of(
        CustomerThread.builder().text("Hi").customer(bear).imported(true).cc("a@acme.com").bcc("b@acme.com")
            .createdAt(java.time.Instant.parse("2012-10-10T12:00:00Z")).addAttachment(Fixtures.fileTxt()).build(),
        ChatThread.builder().text("Hi").customer(bear).imported(true).createdAt(java.time.Instant.parse("2012-10-10T12:00:00Z"))
            .addAttachment(Fixtures.fileTxt()).build(),
        PhoneThread.builder().text("Hi").customer(bear).imported(true).createdAt(java.time.Instant.parse("2012-10-10T12:00:00Z"))
            .addAttachment(Fixtures.fileTxt()).build())) {
      String text = thread.toString();
      for (String field : new String[] {"text=Hi", "customer=Customer{email=bear@acme.com}", "imported=true",
          "createdAt=2012-10-10T12:00:00Z", "attachments=[Attachment{"}) {
        org.junit.jupiter.api.Assertions.assertTrue(text.contains(field), text + " lacks " + field);
      }
    }
  }

  @Test
  void listAccessorsGiveWhatTheBuilderCollected() {
    CustomerThread thread = CustomerThread.builder().text("Hi").customer(Customer.builder().email("bear@acme.com"))
        .addCc("a@acme.com").addCc("b@acme.com").addBcc("c@acme.com").addAttachment(Fixtures.fileTxt()).build();
    assertEquals(java.util.List.of("a@acme.com", "b@acme.com"), thread.cc());
    assertEquals(java.util.List.of("c@acme.com"), thread.bcc());
    assertEquals(1, thread.attachments().size());

    CreateConversationRequest conversation = Fixtures.conversation().addTag("vip").addTag("pens")
        .addField(CustomField.builder().id(531L).value("trial")).build();
    assertEquals(java.util.List.of("vip", "pens"), conversation.tags());
    assertEquals(531L, conversation.fields().get(0).id());
  }

  @Test
  void instantsPhotoTypeAndListsReadBackAsSet() {
    java.time.Instant created = java.time.Instant.parse("2012-10-10T12:00:00Z");
    java.time.Instant closed = java.time.Instant.parse("2012-10-11T12:00:00Z");
    CreateConversationRequest imported = Fixtures.conversation().imported(true).status(ConversationStatus.CLOSED)
        .createdAt(created).closedAt(closed).build();
    assertEquals(created, imported.createdAt());
    assertEquals(closed, imported.closedAt());

    Customer customer = Customer.builder().email("bear@acme.com").photoType(PhotoType.GRAVATAR).build();
    assertEquals(PhotoType.GRAVATAR, customer.photoType());
    assertEquals(customer, customer.toBuilder().build());
    assertEquals("Vernon", customer.toBuilder().firstName("Vernon").build().firstName());

    ReplyThread reply = ReplyThread.builder().text("Thanks").customer(Customer.builder().email("bear@acme.com"))
        .cc("a@acme.com").bcc("b@acme.com").imported(true).createdAt(created).addAttachment(Fixtures.fileTxt()).build();
    assertEquals(java.util.List.of("a@acme.com"), reply.cc());
    assertEquals(java.util.List.of("b@acme.com"), reply.bcc());
    assertEquals(created, reply.createdAt());
    assertEquals(1, reply.attachments().size());
    ReplyThread bare = ReplyThread.builder().text("Thanks").customer(Customer.builder().email("bear@acme.com")).build();
    assertEquals(java.util.List.of(), bare.cc(), "a list left out reads as empty");
    assertEquals(java.util.List.of(), bare.attachments());
  }
}
