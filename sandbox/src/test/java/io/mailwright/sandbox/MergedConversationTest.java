package io.mailwright.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mailwright.helpscout.ChatThread;
import io.mailwright.helpscout.Customer;
import io.mailwright.helpscout.CustomerThread;
import io.mailwright.helpscout.NoteThread;
import io.mailwright.helpscout.PhoneThread;
import io.mailwright.helpscout.ReplyThread;
import io.mailwright.runtime.NotFoundException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class MergedConversationTest {
  private static final Customer.Builder BEAR = Customer.builder().email("bear@acme.com");

  private final Fixture f = new Fixture();

  @AfterEach
  void close() {
    f.close();
  }

  @Test
  void everyWriteToAMergedConversationIsNotFound() {
    long a = f.createConversation("bear@acme.com");
    long b = f.createConversation("bear@acme.com");
    f.sandbox.merge(a, b);

    List<Executable> writes = List.of(
        () -> f.client.threads().createCustomerThread(a, CustomerThread.builder().text("t").customer(BEAR).build()),
        () -> f.client.threads().createChatThread(a, ChatThread.builder().text("t").customer(BEAR).build()),
        () -> f.client.threads().createPhoneThread(a, PhoneThread.builder().text("t").customer(BEAR).build()),
        () -> f.client.threads().createReplyThread(a, ReplyThread.builder().text("t").customer(BEAR).build()),
        () -> f.client.threads().createNote(a, NoteThread.builder().text("t").build()));
    for (Executable write : writes) {
      NotFoundException e = assertThrows(NotFoundException.class, write);
      assertEquals(404, e.status());
    }
    assertEquals(2, f.sandbox.threadCount(b), "nothing was added anywhere");
  }

  @Test
  void readingAMergedConversationAnswers301WithTheNewLocation() {
    long a = f.createConversation("bear@acme.com");
    long b = f.createConversation("bear@acme.com");
    f.sandbox.merge(a, b);

    HttpResponse<String> r = f.get("v2/conversations/" + a);
    assertEquals(301, r.statusCode());
    assertEquals(f.sandbox.baseUrl() + "v2/conversations/" + b, r.headers().firstValue("Location").orElseThrow());
    assertEquals(2, f.readConversation(b).get("threads").asInt(), "the merged conversation's thread moved");
  }

  @Test
  void resolveMergedFindsTheNewIdAndTheWriteSucceedsThere() {
    long a = f.createConversation("bear@acme.com");
    long b = f.createConversation("bear@acme.com");
    f.sandbox.merge(a, b);

    assertThrows(NotFoundException.class, () -> f.client.threads().createNote(a, NoteThread.builder().text("n").build()));
    long now = f.client.conversations().resolveMerged(a);
    assertEquals(b, now);
    long thread = f.client.threads().createNote(now, NoteThread.builder().text("n").build()).requireId();
    assertEquals("n", f.thread(b, thread).get("body").asText());
  }

  @Test
  void resolveMergedOfAConversationThatDidNotMoveIsItself() {
    long a = f.createConversation("bear@acme.com");

    assertEquals(a, f.client.conversations().resolveMerged(a));
  }

  @Test
  void mergesOfMergesLeadToTheLastConversation() {
    long a = f.createConversation("bear@acme.com");
    long b = f.createConversation("bear@acme.com");
    long c = f.createConversation("bear@acme.com");
    f.sandbox.merge(a, b);
    f.sandbox.merge(b, c);

    assertEquals(c, f.client.conversations().resolveMerged(a));
    assertEquals(3, f.sandbox.threadCount(c));
  }

  @Test
  void anUnknownConversationIsNotFoundForReadsAndWrites() {
    assertThrows(NotFoundException.class, () -> f.client.conversations().resolveMerged(4242));
    assertThrows(NotFoundException.class, () -> f.client.threads().createNote(4242, NoteThread.builder().text("n").build()));
    HttpResponse<String> r = f.get("v2/conversations/4242");
    assertEquals(404, r.statusCode());
    assertEquals("Conversation not found", Fixture.json(r).get("message").asText());
  }

  @Test
  void theMergeHookRefusesWhatCannotBeMerged() {
    long a = f.createConversation("bear@acme.com");
    long b = f.createConversation("bear@acme.com");

    assertThrows(IllegalArgumentException.class, () -> f.sandbox.merge(a, a));
    assertThrows(IllegalArgumentException.class, () -> f.sandbox.merge(a, 4242));
    f.sandbox.merge(a, b);
    IllegalStateException twice = assertThrows(IllegalStateException.class, () -> f.sandbox.merge(a, b));
    assertTrue(twice.getMessage().contains("already merged"));
  }

  @Test
  void theMergeCanBeMadeOverHttpForASandboxStartedFromTheCommandLine() {
    long a = f.createConversation("bear@acme.com");
    long b = f.createConversation("bear@acme.com");

    HttpResponse<String> merged = f.send(HttpRequest.newBuilder(f.uri("sandbox/merge?from=" + a + "&into=" + b))
        .POST(HttpRequest.BodyPublishers.noBody()));
    assertEquals(204, merged.statusCode(), merged.body());
    assertEquals(b, f.client.conversations().resolveMerged(a));

    HttpResponse<String> again = f.send(HttpRequest.newBuilder(f.uri("sandbox/merge?from=" + a + "&into=" + b))
        .POST(HttpRequest.BodyPublishers.noBody()));
    assertEquals(400, again.statusCode());
  }
}
