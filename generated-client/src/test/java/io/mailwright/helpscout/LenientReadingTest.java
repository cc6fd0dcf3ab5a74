package io.mailwright.helpscout;

import static io.mailwright.helpscout.RuntimeFixtures.json;
import static io.mailwright.helpscout.RuntimeFixtures.take;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mailwright.helpscout.RuntimeFixtures.RecordingSleeper;
import io.mailwright.helpscout.testing.ReadFixtures;
import io.mailwright.runtime.Page;
import java.time.Instant;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Responses are read leniently, never validated: unknown fields are ignored, an unknown value of a
 * value list is kept, {@code null} is absent, a value of an unexpected kind is absent, numbers given
 * as text are numbers, instants come in any ISO-8601 form.
 */
class LenientReadingTest {
  @StartStop
  final MockWebServer server = new MockWebServer();

  private HelpScout client;

  @BeforeEach
  void setUp() {
    client = RuntimeFixtures.client(server, new RecordingSleeper()).build();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  @Test
  void documentedConversationIsReadWithItsEmbeddedThreadsAndLinks() throws Exception {
    server.enqueue(json(200, ReadFixtures.conversation(10, 3)));

    Conversation c = client.conversations().get(10, GetConversationQuery.builder()
        .embed(ConversationEmbed.THREADS).build());

    RecordedRequest request = take(server);
    assertEquals("/v2/conversations/10", request.getUrl().encodedPath());
    assertEquals("threads", request.getUrl().queryParameter("embed"));
    assertEquals(10L, c.id());
    assertEquals(3152L, c.number());
    assertEquals(3, c.threadCount());
    assertEquals("Order 10", c.subject());
    assertEquals(85L, c.mailboxId());
    assertEquals(ConversationReadStatus.ACTIVE, c.status());
    assertEquals(ConversationType.EMAIL, c.type());
    assertEquals(Instant.parse("2019-01-15T18:27:24Z"), c.createdAt());
    assertEquals(29418L, c.primaryCustomer().id());
    assertEquals("bear@acme.com", c.primaryCustomer().email());
    assertEquals(PersonType.CUSTOMER, c.primaryCustomer().type());
    assertEquals(List.of("vip", "order"), c.tags().stream().map(Tag::tag).toList());
    assertEquals("email", c.source().type());
    assertEquals(531L, c.customFields().get(0).id());
    assertEquals(3, c.threads().size());
    ThreadDetails first = c.threads().get(0);
    assertEquals(ThreadType.CUSTOMER, first.type());
    assertEquals("Hello 0", first.body());
    assertEquals(1, first.attachments().size());
    assertEquals("invoice.pdf", first.attachments().get(0).filename());
    assertEquals("https://api.helpscout.net/v2/attachments/1/data", first.attachments().get(0).dataLink());
    assertEquals("https://secure.helpscout.net/conversation/10/3152/", c.webLink());
  }

  @Test
  void unknownFieldsAreIgnoredAndAnUnknownValueIsKept() {
    server.enqueue(json(200, """
        {"id": 7, "status": "snoozed", "state": "published", "brandNewField": {"deep": [1, 2, {"x": null}]},
         "type": "sms", "threads": 2, "_embedded": {"threads": [{"id": 1, "type": "ai-draft"}], "other": [1]},
         "_links": {"web": [{"href": "https://w/1"}], "odd": "not a link"}}
        """));

    Conversation c = client.conversations().get(7);

    assertEquals(7L, c.id());
    assertNull(c.status());
    assertEquals("snoozed", c.statusWireValue());
    assertEquals(ConversationState.PUBLISHED, c.state());
    assertNull(c.type());
    assertEquals("sms", c.typeWireValue());
    assertNull(c.threads().get(0).type());
    assertEquals("ai-draft", c.threads().get(0).typeWireValue());
    assertEquals("https://w/1", c.webLink());
  }

  @Test
  void nullAndMissingAreAbsentAndListsAreEmpty() {
    server.enqueue(json(200, """
        {"id": 8, "subject": null, "primaryCustomer": null, "tags": null, "cc": null, "createdAt": null,
         "_embedded": null, "_links": null}
        """));

    Conversation c = client.conversations().get(8);

    assertEquals(8L, c.id());
    assertNull(c.subject());
    assertNull(c.primaryCustomer());
    assertNull(c.createdAt());
    assertNull(c.number());
    assertNull(c.status());
    assertNull(c.statusWireValue());
    assertNull(c.webLink());
    assertTrue(c.tags().isEmpty());
    assertTrue(c.cc().isEmpty());
    assertTrue(c.bcc().isEmpty());
    assertTrue(c.threads().isEmpty());
  }

  @Test
  void numbersAsTextInstantsInAnyIsoFormAndValuesOfTheWrongKind() {
    server.enqueue(json(200, """
        {"id": "9", "number": 12.0, "mailboxId": " 85 ", "threads": "x", "subject": 42,
         "createdAt": "2019-01-15T20:27:24.250+02:00", "closedAt": "2019-01-16T10:00:00",
         "userUpdatedAt": "2019-01-17", "cc": "one@acme.com", "bcc": [1, null, "b@acme.com"],
         "folderId": {"not": "a number"}, "tags": [null, {"id": "3", "tag": "vip"}]}
        """));

    Conversation c = client.conversations().get(9);

    assertEquals(9L, c.id());
    assertEquals(12L, c.number());
    assertEquals(85L, c.mailboxId());
    assertNull(c.threadCount());
    assertEquals("42", c.subject());
    assertEquals(Instant.parse("2019-01-15T18:27:24.250Z"), c.createdAt());
    assertEquals(Instant.parse("2019-01-16T10:00:00Z"), c.closedAt());
    assertEquals(Instant.parse("2019-01-17T00:00:00Z"), c.userUpdatedAt());
    assertEquals(List.of("one@acme.com"), c.cc());
    assertEquals(List.of("1", "b@acme.com"), c.bcc());
    assertNull(c.folderId());
    assertEquals(1, c.tags().size());
    assertEquals(3L, c.tags().get(0).id());
  }

  /**
   * Numbers at the edges of their type, epoch instants in seconds or milliseconds, booleans as text:
   * a value that does not fit is absent, never wrapped, clamped or guessed.
   */
  @Test
  void numbersInstantsAndBooleansAtTheirEdges() {
    server.enqueue(json(200, """
        {"id": 1e300, "number": "12.5", "mailboxId": -9.5e18, "threads": 2147483648,
         "createdAt": 1547576844, "closedAt": 1547576844250, "userUpdatedAt": 99999999999}
        """));
    server.enqueue(json(200, """
        {"id": "9223372036854775807", "number": 12, "threads": "2147483647"}
        """));
    server.enqueue(json(200, """
        {"id": 1, "threads": -2147483648, "createdAt": -100000000000}
        """));
    server.enqueue(json(200, """
        {"id": 2, "threads": "-2147483649", "createdAt": "yesterday", "closedAt": true,
         "userUpdatedAt": "2019-01-16T10:00+01:00"}
        """));
    server.enqueue(json(200, """
        {"page": {"size": 50, "totalElements": 6, "totalPages": 1, "number": 1},
         "_embedded": {"fields": [
           {"id": 1, "required": "TRUE", "order": "3"},
           {"id": 2, "required": " false ", "order": 1.0},
           {"id": 3, "required": "yes", "order": 1.5},
           {"id": 4, "required": 1, "order": true},
           {"id": 5, "required": true},
           {"id": 6, "required": false}]}}
        """));

    Conversation huge = client.conversations().get(1);
    assertNull(huge.id(), "beyond a long: absent, not clamped");
    assertNull(huge.number(), "not a whole number");
    assertNull(huge.mailboxId(), "below a long");
    assertNull(huge.threadCount(), "beyond an int");
    assertEquals(Instant.ofEpochSecond(1547576844), huge.createdAt(), "epoch seconds");
    assertEquals(Instant.ofEpochMilli(1547576844250L), huge.closedAt(), "epoch milliseconds");
    assertEquals(Instant.ofEpochSecond(99999999999L), huge.userUpdatedAt(), "the largest that is still seconds");

    Conversation edge = client.conversations().get(2);
    assertEquals(Long.MAX_VALUE, edge.id());
    assertEquals(12L, edge.number());
    assertEquals(Integer.MAX_VALUE, edge.threadCount());

    Conversation low = client.conversations().get(3);
    assertEquals(Integer.MIN_VALUE, low.threadCount());
    assertEquals(Instant.ofEpochMilli(-100000000000L), low.createdAt(), "milliseconds before 1970 too");

    Conversation wrong = client.conversations().get(4);
    assertNull(wrong.threadCount());
    assertNull(wrong.createdAt());
    assertNull(wrong.closedAt());
    assertEquals(Instant.parse("2019-01-16T09:00:00Z"), wrong.userUpdatedAt(), "an offset time without seconds");

    List<MailboxField> fields = client.mailboxes().listFields(85).items();
    assertEquals(Boolean.TRUE, fields.get(0).required(), "text in any case");
    assertEquals(Boolean.FALSE, fields.get(1).required());
    assertNull(fields.get(2).required(), "yes is not a boolean");
    assertNull(fields.get(3).required(), "nor is 1");
    assertEquals(3, fields.get(0).order());
    assertEquals(1, fields.get(1).order());
    assertNull(fields.get(2).order());
    assertNull(fields.get(3).order());
    assertEquals(Boolean.TRUE, fields.get(4).required(), "JSON true");
    assertEquals(Boolean.FALSE, fields.get(5).required(), "JSON false");
  }

  @Test
  void anObjectOrListOfTheWrongKindIsAbsentNotAnError() {
    server.enqueue(json(200, """
        {"id": 11, "source": "email", "primaryCustomer": [1, 2], "tags": {"id": 1}, "customFields": "none",
         "customerWaitingSince": 5, "_embedded": {"threads": {"id": 1}}, "_links": [1]}
        """));

    Conversation c = client.conversations().get(11);

    assertEquals(11L, c.id());
    assertNull(c.source());
    assertNull(c.primaryCustomer());
    assertNull(c.customerWaitingSince());
    assertTrue(c.tags().isEmpty());
    assertTrue(c.customFields().isEmpty());
    assertTrue(c.threads().isEmpty());
    assertNull(c.webLink());
  }

  @Test
  void whatMayBeAbsentIsNullableAndListsAreNot() throws Exception {
    assertTrue(Conversation.class.getMethod("subject").getAnnotatedReturnType()
        .isAnnotationPresent(org.jspecify.annotations.Nullable.class));
    assertTrue(Conversation.class.getMethod("status").getAnnotatedReturnType()
        .isAnnotationPresent(org.jspecify.annotations.Nullable.class));
    assertFalse(Conversation.class.getMethod("threads").getAnnotatedReturnType()
        .isAnnotationPresent(org.jspecify.annotations.Nullable.class), "an absent list is empty");
    assertTrue(Conversations.class.getMethod("list", ListConversationsQuery.class).getAnnotatedParameterTypes()[0]
        .isAnnotationPresent(org.jspecify.annotations.Nullable.class), "a null query is no query");
  }

  @Test
  void aFiftyItemPageIsReadWhole() {
    server.enqueue(json(200, ReadFixtures.conversationPage(1, 50, 120, 3, "/v2/conversations?page=2")));

    Page<Conversation> page = client.conversations().list();

    assertEquals(50, page.items().size());
    assertEquals(1, page.number());
    assertEquals(50, page.size());
    assertEquals(120, page.totalElements());
    assertEquals(3, page.totalPages());
    assertTrue(page.hasNext());
    for (int i = 0; i < 50; i++) {
      assertEquals(i, page.items().get(i).id());
      assertEquals(2, page.items().get(i).threads().size());
    }
  }

  @Test
  void readsOfTheOtherResourcesUseTheirDocumentedShapes() throws Exception {
    server.enqueue(json(200, """
        {"id": 500, "firstName": "Vernon", "gender": "Male", "photoType": "twitter", "createdAt": "2012-07-23T12:34:12Z",
         "_embedded": {"emails": [{"id": 1, "value": "bear@acme.com", "type": "home"}], "address": {"city": "Prague"}},
         "_links": {"self": {"href": "https://api.helpscout.net/v2/customers/500"}}}
        """));
    server.enqueue(json(200, """
        {"_embedded": {"mailboxes": [{"id": 85, "name": "Support", "email": "help@acme.com"}]},
         "page": {"size": 50, "totalElements": 1, "totalPages": 1, "number": 1}}
        """));
    server.enqueue(json(200, """
        {"_embedded": {"fields": [{"id": 104, "required": false, "order": 1, "type": "dropdown", "name": "Beers",
         "options": [{"id": 168, "order": 1, "label": "IPA"}]}]}, "page": {"size": 50, "totalElements": 1,
         "totalPages": 1, "number": 1}}
        """));
    server.enqueue(json(200, """
        {"id": 4, "firstName": "Vernon", "role": "owner", "type": "user", "alternateEmails": ["bear@forest.com"]}
        """));

    CustomerDetails customer = client.customers().get(500);
    Mailbox mailbox = client.mailboxes().list().items().get(0);
    MailboxField field = client.mailboxes().listFields(85).items().get(0);
    User me = client.users().me();

    assertEquals("Vernon", customer.firstName());
    assertNull(customer.gender());
    assertEquals("Male", customer.genderWireValue());
    assertEquals(PhotoType.TWITTER, customer.photoType());
    assertEquals("bear@acme.com", customer.emails().get(0).value());
    assertTrue(customer.phones().isEmpty());
    assertEquals("https://api.helpscout.net/v2/customers/500", customer.selfLink());
    assertEquals(85L, mailbox.id());
    assertEquals(168L, field.options().get(0).id());
    assertEquals(UserRole.OWNER, me.role());
    assertEquals(List.of("bear@forest.com"), me.alternateEmails());
    assertEquals("/v2/customers/500", take(server).getUrl().encodedPath());
    assertEquals("/v2/mailboxes", take(server).getUrl().encodedPath());
    assertEquals("/v2/mailboxes/85/fields", take(server).getUrl().encodedPath());
    assertEquals("/v2/users/me", take(server).getUrl().encodedPath());
  }
}
