package io.mailwright.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.mailwright.helpscout.Attachment;
import io.mailwright.helpscout.ChatThread;
import io.mailwright.helpscout.ConversationStatus;
import io.mailwright.helpscout.Customer;
import io.mailwright.helpscout.CustomerThread;
import io.mailwright.helpscout.NoteThread;
import io.mailwright.helpscout.PhoneThread;
import io.mailwright.helpscout.ReplyThread;
import io.mailwright.helpscout.ThreadStatus;
import io.mailwright.runtime.BadRequestException;
import io.mailwright.runtime.Created;
import io.mailwright.runtime.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ThreadsTest {
  private static final Customer.Builder BEAR = Customer.builder().email("bear@acme.com");

  private final Fixture f = new Fixture();

  @AfterEach
  void close() {
    f.close();
  }

  private long closedConversation() {
    return f.client.conversations().create(Fixture.conversation("bear@acme.com").status(ConversationStatus.CLOSED).build())
        .requireId();
  }

  private String status(long conversationId) {
    return f.readConversation(conversationId).get("status").asText();
  }

  private List<Notification.Kind> notificationsOf(long threadId) {
    return f.sandbox.notifications().stream().filter(n -> Long.valueOf(threadId).equals(n.threadId()))
        .map(Notification::kind).toList();
  }

  @Test
  void eachThreadTypeIsCreatedWithAResourceIdAndReadsBack() {
    long id = f.createConversation("bear@acme.com");

    long customer = f.client.threads().createCustomerThread(id,
        CustomerThread.builder().text("customer text").customer(BEAR).build()).requireId();
    long chat = f.client.threads().createChatThread(id,
        ChatThread.builder().text("chat text").customer(BEAR).build()).requireId();
    long phone = f.client.threads().createPhoneThread(id,
        PhoneThread.builder().text("phone text").customer(BEAR).build()).requireId();
    long reply = f.client.threads().createReplyThread(id,
        ReplyThread.builder().text("reply text").customer(BEAR).build()).requireId();
    long note = f.client.threads().createNote(id, NoteThread.builder().text("note text").build()).requireId();

    assertEquals(6, f.readConversation(id).get("threads").asInt());
    for (Object[] expected : new Object[][] {
        {customer, "customer", "customer text", "customer"}, {chat, "chat", "chat text", "customer"},
        {phone, "phone", "phone text", "customer"}, {reply, "message", "reply text", "user"},
        {note, "note", "note text", "user"}}) {
      JsonNode t = f.thread(id, (Long) expected[0]);
      assertEquals(expected[1], t.get("type").asText());
      assertEquals(expected[2], t.get("body").asText());
      assertEquals(expected[3], t.get("createdBy").get("type").asText(), expected[1] + " thread's author");
      assertEquals("published", t.get("state").asText());
    }
    assertEquals("bear@acme.com", f.thread(id, reply).get("to").get(0).asText());
    assertFalse(f.thread(id, note).has("customer"), "a note has no customer");
    assertEquals(SandboxOptions.DEFAULT_USER_ID, f.thread(id, note).get("createdBy").get("id").asLong());
  }

  @Test
  void aThreadCarriesItsAttachments() {
    long id = f.createConversation("bear@acme.com");
    long note = f.client.threads().createNote(id, NoteThread.builder().text("see attached")
        .addAttachment(Attachment.of("notes.csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)))
        .addAttachment(Attachment.builder().fileName("file.txt").mimeType("plain/text").data("ZmlsZQ=="))
        .build()).requireId();

    JsonNode attachments = f.thread(id, note).get("_embedded").get("attachments");
    assertEquals("notes.csv", attachments.get(0).get("filename").asText());
    assertEquals("text/csv", attachments.get(0).get("mimeType").asText());
    assertEquals(8, attachments.get(0).get("size").asLong());
    assertEquals("plain/text", attachments.get(1).get("mimeType").asText(), "the seeds' example stays valid");
    assertEquals(4, attachments.get(1).get("size").asLong());
  }

  @Test
  void customerChatAndPhoneThreadsReopenTheConversation() {
    long a = closedConversation();
    long b = closedConversation();
    long c = closedConversation();

    long t = f.client.threads().createCustomerThread(a, CustomerThread.builder().text("again").customer(BEAR).build())
        .requireId();
    f.client.threads().createChatThread(b, ChatThread.builder().text("again").customer(BEAR).build());
    f.client.threads().createPhoneThread(c, PhoneThread.builder().text("again").customer(BEAR).build());

    assertEquals("active", status(a));
    assertEquals("active", status(b));
    assertEquals("active", status(c));
    assertEquals("active", f.thread(a, t).get("status").asText());
    assertFalse(f.readConversation(a).has("closedAt"), "reopened");
  }

  @Test
  void importedCustomerChatAndPhoneThreadsLeaveTheStatusAndNotifyNobody() {
    long id = closedConversation();

    long customer = f.client.threads().createCustomerThread(id, CustomerThread.builder().text("old").customer(BEAR)
        .imported(true).createdAt(Instant.parse("2020-01-01T00:00:00Z")).build()).requireId();
    long chat = f.client.threads().createChatThread(id, ChatThread.builder().text("old").customer(BEAR)
        .imported(true).build()).requireId();
    long phone = f.client.threads().createPhoneThread(id, PhoneThread.builder().text("old").customer(BEAR)
        .imported(true).build()).requireId();

    assertEquals("closed", status(id));
    assertEquals("nochange", f.thread(id, customer).get("status").asText());
    assertEquals("2020-01-01T00:00:00Z", f.thread(id, customer).get("createdAt").asText());
    assertTrue(f.thread(id, chat).get("imported").asBoolean());
    for (long t : new long[] {customer, chat, phone}) {
      assertEquals(List.of(), notificationsOf(t));
    }
  }

  @Test
  void aCustomersThreadNotifiesTheMailboxUsers() {
    long id = f.createConversation("bear@acme.com");
    long t = f.client.threads().createChatThread(id, ChatThread.builder().text("hello").customer(BEAR).build())
        .requireId();

    assertEquals(List.of(Notification.Kind.USER_NOTIFICATION), notificationsOf(t));
  }

  @Test
  void aReplyReactivatesTheConversationAndIsEmailedToTheCustomer() {
    long id = closedConversation();

    long t = f.client.threads().createReplyThread(id, ReplyThread.builder().text("we are on it").customer(BEAR)
        .cc("boss@acme.com").bcc("audit@acme.com").build()).requireId();

    assertEquals("active", status(id));
    List<Notification> emails = f.sandbox.notifications().stream()
        .filter(n -> Long.valueOf(t).equals(n.threadId())).toList();
    assertEquals(1, emails.size());
    assertEquals(Notification.Kind.EMAIL_TO_CUSTOMER, emails.get(0).kind());
    assertEquals(List.of("bear@acme.com", "boss@acme.com", "audit@acme.com"), emails.get(0).recipients());
  }

  @Test
  void aReplysStatusDecidesTheConversationStatus() {
    long id = f.createConversation("bear@acme.com");

    f.client.threads().createReplyThread(id, ReplyThread.builder().text("waiting for you").customer(BEAR)
        .status(ThreadStatus.PENDING).build());
    assertEquals("pending", status(id));

    long t = f.client.threads().createReplyThread(id, ReplyThread.builder().text("done").customer(BEAR)
        .status(ThreadStatus.CLOSED).build()).requireId();
    assertEquals("closed", status(id));
    assertEquals("closed", f.thread(id, t).get("status").asText());
    assertTrue(f.readConversation(id).has("closedAt"));
  }

  @Test
  void anImportedReplyLeavesTheStatusAndIsNotEmailed() {
    long id = closedConversation();

    long t = f.client.threads().createReplyThread(id, ReplyThread.builder().text("old answer").customer(BEAR)
        .imported(true).createdAt(Instant.parse("2020-01-01T00:00:00Z")).build()).requireId();

    assertEquals("closed", status(id));
    assertEquals(List.of(), notificationsOf(t));
  }

  @Test
  void aDraftReplyIsADraftThatChangesNothingAndIsNotEmailed() {
    long id = closedConversation();

    long t = f.client.threads().createReplyThread(id, ReplyThread.builder().text("draft").customer(BEAR)
        .draft(true).build()).requireId();

    JsonNode draft = f.thread(id, t);
    assertEquals("draft", draft.get("state").asText());
    assertEquals("nochange", draft.get("status").asText());
    assertEquals("closed", status(id));
    assertEquals(List.of(), notificationsOf(t));
  }

  @Test
  void aNoteChangesTheStatusOnlyWhenItSaysSo() {
    long id = closedConversation();

    long plain = f.client.threads().createNote(id, NoteThread.builder().text("just a note").build()).requireId();
    assertEquals("closed", status(id));
    assertEquals("nochange", f.thread(id, plain).get("status").asText());

    f.client.threads().createNote(id, NoteThread.builder().text("reopening").status(ThreadStatus.ACTIVE).build());
    assertEquals("active", status(id));

    f.client.threads().createNote(id, NoteThread.builder().text("spam").status(ThreadStatus.SPAM).build());
    assertEquals("spam", status(id));

    f.client.threads().createNote(id, NoteThread.builder().text("all").status(ThreadStatus.ALL).build());
    assertEquals("spam", status(id), "'all' is no conversation status: nothing changes");

    assertEquals(List.of(), notificationsOf(plain), "notes notify nobody");
  }

  @Test
  void aNoteOrReplyByAnotherUserNamesThatUser() {
    long id = f.createConversation("bear@acme.com");
    long t = f.client.threads().createNote(id, NoteThread.builder().text("mine").user(42L).build()).requireId();

    assertEquals(42, f.thread(id, t).get("createdBy").get("id").asLong());
  }

  @Test
  void aThreadForANewEmailCreatesThatCustomer() {
    long id = f.createConversation("bear@acme.com");
    long t = f.client.threads().createPhoneThread(id, PhoneThread.builder().text("called")
        .customer(Customer.builder().email("wolf@acme.com").firstName("Wolf")).build()).requireId();

    JsonNode customer = f.thread(id, t).get("customer");
    assertEquals("wolf@acme.com", customer.get("email").asText());
    assertEquals("Wolf", f.readCustomer(customer.get("id").asLong()).get("firstName").asText());
  }

  @Test
  void aThreadWithAnUnknownCustomerIdIsABadRequest() {
    long id = f.createConversation("bear@acme.com");

    BadRequestException e = assertThrows(BadRequestException.class, () -> f.client.threads().createChatThread(id,
        ChatThread.builder().text("hi").customer(Customer.builder().id(99999L)).build()));
    assertEquals("customer.id", e.fieldErrors().get(0).path());
    assertEquals(1, f.sandbox.threadCount(id));
  }

  @Test
  void aThreadOnAnUnknownConversationIsNotFound() {
    assertThrows(NotFoundException.class,
        () -> f.client.threads().createNote(424242, NoteThread.builder().text("hello?").build()));
  }

  @Test
  void theResponseOfAThreadCreateHasNoLocation() {
    long id = f.createConversation("bear@acme.com");
    Created created = f.client.threads().createNote(id, NoteThread.builder().text("n").build());

    assertEquals(201, created.status());
    assertEquals(null, created.location());
    assertTrue(created.id().isPresent());
  }
}
