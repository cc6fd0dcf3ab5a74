package io.mailwright.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.mailwright.helpscout.Attachment;
import io.mailwright.helpscout.ConversationStatus;
import io.mailwright.helpscout.ConversationType;
import io.mailwright.helpscout.CreateConversationRequest;
import io.mailwright.helpscout.CustomField;
import io.mailwright.helpscout.Customer;
import io.mailwright.helpscout.CustomerThread;
import io.mailwright.helpscout.Gender;
import io.mailwright.helpscout.NoteThread;
import io.mailwright.helpscout.ReplyThread;
import io.mailwright.runtime.BadRequestException;
import io.mailwright.runtime.Created;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CreateConversationTest {
  private final Fixture f = new Fixture();

  @AfterEach
  void close() {
    f.close();
  }

  @Test
  void answers201WithResourceIdLocationAndWebLocation() {
    Created created = f.client.conversations().create(Fixture.conversation("bear@acme.com").build());

    long id = created.requireId();
    assertEquals(201, created.status());
    assertEquals(f.sandbox.baseUrl() + "v2/conversations/" + id, created.location());
    JsonNode read = f.readConversation(id);
    assertEquals(f.sandbox.baseUrl() + "conversation/" + id + "/" + read.get("number").asLong(), created.webLocation());
    assertTrue(created.correlationId().matches("[0-9a-f-]{36}#\\d+"), created.correlationId());
  }

  @Test
  void readsBackWhatWasCreatedInTheShapeOfGetConversation(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("order-1234.txt");
    Files.writeString(file, "order 1234: 12 pens", StandardCharsets.UTF_8);
    long id = f.client.conversations().create(CreateConversationRequest.builder()
        .subject("Where are my pens?")
        .mailboxId(85L)
        .type(ConversationType.EMAIL)
        .status(ConversationStatus.PENDING)
        .customer(Customer.builder().email("bear@acme.com").firstName("Vernon").lastName("Bear"))
        .tags("vip", "pens")
        .addField(CustomField.builder().id(531L).value("trial"))
        .addThread(CustomerThread.builder()
            .text("I ordered pens a week ago.")
            .customer(Customer.builder().email("bear@acme.com"))
            .addAttachment(Attachment.fromFile(file)))
        .build()).requireId();

    JsonNode c = f.readConversation(id);
    assertEquals(id, c.get("id").asLong());
    assertEquals("Where are my pens?", c.get("subject").asText());
    assertEquals("pending", c.get("status").asText());
    assertEquals("email", c.get("type").asText());
    assertEquals("published", c.get("state").asText());
    assertEquals(85, c.get("mailboxId").asLong());
    assertEquals(1, c.get("threads").asInt());
    assertEquals("vip", c.get("tags").get(0).get("tag").asText());
    assertEquals("pens", c.get("tags").get(1).get("tag").asText());
    assertEquals(531, c.get("customFields").get(0).get("id").asLong());
    assertEquals("trial", c.get("customFields").get(0).get("value").asText());
    JsonNode customer = c.get("primaryCustomer");
    assertEquals("Vernon", customer.get("first").asText());
    assertEquals("Bear", customer.get("last").asText());
    assertEquals("bear@acme.com", customer.get("email").asText());
    assertTrue(c.get("createdAt").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"));

    JsonNode thread = c.get("_embedded").get("threads").get(0);
    assertEquals("customer", thread.get("type").asText());
    assertEquals("I ordered pens a week ago.", thread.get("body").asText());
    assertEquals("customer", thread.get("createdBy").get("type").asText());
    assertEquals(customer.get("id").asLong(), thread.get("createdBy").get("id").asLong());
    assertFalse(thread.get("imported").asBoolean());
    JsonNode attachment = thread.get("_embedded").get("attachments").get(0);
    assertEquals("order-1234.txt", attachment.get("filename").asText());
    assertEquals("text/plain", attachment.get("mimeType").asText());
    assertEquals(Files.size(file), attachment.get("size").asLong());
  }

  @Test
  void aNewEmailCreatesACustomerFromTheOptionalFields() {
    long id = f.client.conversations().create(Fixture.conversation("bear@acme.com")
        .customer(Customer.builder().email("bear@acme.com").firstName("Vernon").lastName("Bear")
            .jobTitle("Buyer").organization("Acme").phone("+1 555 0100").gender(Gender.MALE))
        .build()).requireId();

    long customerId = f.readConversation(id).get("primaryCustomer").get("id").asLong();
    JsonNode customer = f.readCustomer(customerId);
    assertEquals("Vernon", customer.get("firstName").asText());
    assertEquals("Bear", customer.get("lastName").asText());
    assertEquals("Buyer", customer.get("jobTitle").asText());
    assertEquals("Acme", customer.get("organization").asText());
    assertEquals("male", customer.get("gender").asText());
    assertEquals("bear@acme.com", customer.get("_embedded").get("emails").get(0).get("value").asText());
    assertEquals("+1 555 0100", customer.get("_embedded").get("phones").get(0).get("value").asText());
  }

  @Test
  void aMatchedEmailIgnoresTheOptionalFields() {
    long first = f.client.conversations().create(Fixture.conversation("bear@acme.com")
        .customer(Customer.builder().email("bear@acme.com").firstName("Vernon")).build()).requireId();
    long second = f.client.conversations().create(Fixture.conversation("bear@acme.com")
        .customer(Customer.builder().email("BEAR@acme.com").firstName("Someone").lastName("Else")).build())
        .requireId();

    JsonNode a = f.readConversation(first).get("primaryCustomer");
    JsonNode b = f.readConversation(second).get("primaryCustomer");
    assertEquals(a.get("id").asLong(), b.get("id").asLong());
    JsonNode customer = f.readCustomer(b.get("id").asLong());
    assertEquals("Vernon", customer.get("firstName").asText());
    assertFalse(customer.has("lastName"));
  }

  @Test
  void aCustomerIdMatchesAndItsEmailIsIgnored() {
    long first = f.createConversation("bear@acme.com");
    long customerId = f.readConversation(first).get("primaryCustomer").get("id").asLong();

    long second = f.client.conversations().create(Fixture.conversation("bear@acme.com")
        .customer(Customer.builder().id(customerId).email("other@acme.com").firstName("Other"))
        .build()).requireId();

    JsonNode primary = f.readConversation(second).get("primaryCustomer");
    assertEquals(customerId, primary.get("id").asLong());
    assertEquals("bear@acme.com", primary.get("email").asText());
    assertEquals(404, f.get("v2/customers/" + (customerId + 1)).statusCode(), "no customer was made of the email");
  }

  @Test
  void anUnknownCustomerIdIsABadRequestAtItsPath() {
    BadRequestException e = assertThrows(BadRequestException.class, () -> f.client.conversations().create(
        Fixture.conversation("bear@acme.com")
            .threads(CustomerThread.builder().text("Hi").customer(Customer.builder().id(424242L)).build())
            .build()));

    assertEquals(List.of("threads[0].customer.id"), e.fieldErrors().stream().map(x -> x.path()).toList());
    assertEquals("424242", e.fieldErrors().get(0).rejectedValue());
  }

  @Test
  void aDraftConversationIsADraftUntilAPublishedThreadArrives() {
    long id = f.client.conversations().create(Fixture.conversation("bear@acme.com")
        .threads(ReplyThread.builder().text("Draft").draft(true).customer(Customer.builder().email("bear@acme.com"))
            .build())
        .build()).requireId();

    JsonNode c = f.readConversation(id);
    assertEquals("draft", c.get("state").asText());
    assertEquals("draft", c.get("_embedded").get("threads").get(0).get("state").asText());
    assertTrue(f.sandbox.notifications().stream().noneMatch(n -> n.kind() == Notification.Kind.EMAIL_TO_CUSTOMER));

    f.client.threads().createNote(id, NoteThread.builder().text("published").build());
    assertEquals("published", f.readConversation(id).get("state").asText());
  }

  @Test
  void aReplyInANewConversationIsEmailedToTheCustomer() {
    long id = f.client.conversations().create(Fixture.conversation("bear@acme.com")
        .threads(ReplyThread.builder().text("Hello from us").customer(Customer.builder().email("bear@acme.com"))
            .cc("boss@acme.com").build())
        .build()).requireId();

    List<Notification> emails = f.sandbox.notifications().stream()
        .filter(n -> n.kind() == Notification.Kind.EMAIL_TO_CUSTOMER).toList();
    assertEquals(1, emails.size());
    assertEquals(id, emails.get(0).conversationId());
    assertEquals(List.of("bear@acme.com", "boss@acme.com"), emails.get(0).recipients());
    assertEquals("user", f.threads(id).get(0).get("createdBy").get("type").asText());
  }

  @Test
  void autoReplyGoesOutOnlyWithACustomerThread() {
    f.client.conversations().create(Fixture.conversation("bear@acme.com").autoReply(true).build());
    f.client.conversations().create(Fixture.conversation("wolf@acme.com").autoReply(true)
        .threads(NoteThread.builder().text("internal").build()).build());
    f.client.conversations().create(Fixture.conversation("fox@acme.com").build());

    List<Notification> autoReplies = f.sandbox.notifications().stream()
        .filter(n -> n.kind() == Notification.Kind.AUTO_REPLY).toList();
    assertEquals(1, autoReplies.size());
    assertEquals(List.of("bear@acme.com"), autoReplies.get(0).recipients());
  }

  @Test
  void anImportedConversationKeepsItsDatesAndSendsNothing() {
    long id = f.client.conversations().create(Fixture.conversation("bear@acme.com")
        .imported(true)
        .autoReply(true)
        .status(ConversationStatus.CLOSED)
        .createdAt(Instant.parse("2019-03-01T10:00:00Z"))
        .closedAt(Instant.parse("2019-03-02T09:30:00Z"))
        .threads(
            CustomerThread.builder().text("Old question").customer(Customer.builder().email("bear@acme.com"))
                .imported(true).createdAt(Instant.parse("2019-03-01T10:00:00Z")).build(),
            ReplyThread.builder().text("Old answer").customer(Customer.builder().email("bear@acme.com"))
                .imported(true).createdAt(Instant.parse("2019-03-01T12:00:00Z")).build())
        .build()).requireId();

    JsonNode c = f.readConversation(id);
    assertEquals("2019-03-01T10:00:00Z", c.get("createdAt").asText());
    assertEquals("2019-03-02T09:30:00Z", c.get("closedAt").asText());
    assertEquals("closed", c.get("status").asText());
    JsonNode threads = c.get("_embedded").get("threads");
    assertEquals("2019-03-01T12:00:00Z", threads.get(0).get("createdAt").asText(), "newest first");
    assertEquals("2019-03-01T10:00:00Z", threads.get(1).get("createdAt").asText());
    assertTrue(threads.get(0).get("imported").asBoolean());
    assertEquals(List.of(), f.sandbox.notifications());
  }

  @Test
  void aNewConversationNotifiesTheMailboxUsers() {
    long id = f.createConversation("bear@acme.com");

    assertEquals(List.of(Notification.Kind.USER_NOTIFICATION),
        f.sandbox.notifications().stream().map(Notification::kind).toList());
    assertEquals(id, f.sandbox.notifications().get(0).conversationId());
  }

  @Test
  void assignToIsShownAsTheAssignee() {
    long assigned = f.client.conversations().create(Fixture.conversation("bear@acme.com").assignTo(77L).build())
        .requireId();
    long unassigned = f.client.conversations().create(Fixture.conversation("bear@acme.com").assignTo(null).build())
        .requireId();

    assertEquals(77, f.readConversation(assigned).get("assignee").get("id").asLong());
    assertFalse(f.readConversation(unassigned).has("assignee"));
  }

  @Test
  void idsAndNumbersAreNewForEachConversation() {
    long a = f.createConversation("bear@acme.com");
    long b = f.createConversation("bear@acme.com");

    assertNotEquals(a, b);
    assertNotEquals(f.readConversation(a).get("number").asLong(), f.readConversation(b).get("number").asLong());
  }
}
