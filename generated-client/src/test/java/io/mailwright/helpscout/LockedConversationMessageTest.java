package io.mailwright.helpscout;

import static io.mailwright.helpscout.RuntimeFixtures.CORRELATION_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A {@code 412} says why in the documentation's words: a thread cannot be added to a conversation
 * that has 99 threads or more; a conversation cannot be created with more than 100.
 */
class LockedConversationMessageTest {
  @StartStop
  final MockWebServer server = new MockWebServer();

  private HelpScout client;

  @BeforeEach
  void setUp() {
    client = RuntimeFixtures.client(server, new RuntimeFixtures.RecordingSleeper()).build();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private static MockResponse preconditionFailed() {
    return new MockResponse.Builder().code(412).addHeader("Content-Type", "application/vnd.error+json")
        .addHeader("Correlation-Id", CORRELATION_ID)
        .body("{\"logRef\":\"" + CORRELATION_ID + "\",\"message\":\"Precondition Failed\"}").build();
  }

  @Test
  void addingAThreadSaysTheConversationHas99ThreadsOrMore() {
    for (ThreadKind kind : ThreadKind.values()) {
      server.enqueue(preconditionFailed());
      ConversationLockedException e = assertThrows(ConversationLockedException.class, () -> send(kind));

      assertEquals(412, e.status());
      assertTrue(e.getMessage().contains("99 threads or more"), kind + ": " + e.getMessage());
      assertFalse(e.getMessage().contains("100 threads"), kind + ": " + e.getMessage());
    }
  }

  @Test
  void creatingAConversationSaysMoreThan100Threads() {
    server.enqueue(preconditionFailed());

    ConversationLockedException e = assertThrows(ConversationLockedException.class,
        () -> client.conversations().create(RuntimeFixtures.conversation()));

    assertTrue(e.getMessage().contains("more than 100 threads"), e.getMessage());
  }

  private void send(ThreadKind kind) {
    ConversationThread thread = kind.valid().build();
    switch (kind) {
      case CUSTOMER -> client.threads().createCustomerThread(123, (CustomerThread) thread);
      case CHAT -> client.threads().createChatThread(123, (ChatThread) thread);
      case PHONE -> client.threads().createPhoneThread(123, (PhoneThread) thread);
      case REPLY -> client.threads().createReplyThread(123, (ReplyThread) thread);
      case NOTE -> client.threads().createNote(123, (NoteThread) thread);
    }
  }
}
