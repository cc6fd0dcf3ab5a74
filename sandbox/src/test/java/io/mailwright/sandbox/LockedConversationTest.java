package io.mailwright.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mailwright.helpscout.ConversationLockedException;
import io.mailwright.helpscout.ConversationThread;
import io.mailwright.helpscout.CreateConversationRequest;
import io.mailwright.helpscout.Customer;
import io.mailwright.helpscout.CustomerThread;
import io.mailwright.helpscout.NoteThread;
import io.mailwright.runtime.RequestValidationException;
import io.mailwright.runtime.internal.TestHooks;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LockedConversationTest {
  private static CreateConversationRequest withNotes(int n) {
    List<ConversationThread> threads = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      threads.add(NoteThread.builder().text("note " + i).build());
    }
    return Fixture.conversation("bear@acme.com").threads(threads).build();
  }

  private static NoteThread note() {
    return NoteThread.builder().text("one more").build();
  }

  @Test
  void aConversationWith99ThreadsTakesNoMore() {
    try (Fixture f = new Fixture()) {
      long id = f.client.conversations().create(withNotes(99)).requireId();

      ConversationLockedException e = assertThrows(ConversationLockedException.class,
          () -> f.client.threads().createNote(id, note()));
      assertEquals(412, e.status());
      assertTrue(e.apiMessage().contains("99 threads"), e.apiMessage());
      assertEquals(99, f.sandbox.threadCount(id));
      assertThrows(ConversationLockedException.class, () -> f.client.threads().createCustomerThread(id,
          CustomerThread.builder().text("hello?").customer(Customer.builder().email("bear@acme.com")).build()));
      assertEquals(99, f.readConversation(id).get("threads").asInt(), "a locked conversation can still be read");
    }
  }

  @Test
  void aThreadCanBeAddedToAConversationWith98() {
    try (Fixture f = new Fixture()) {
      long id = f.client.conversations().create(withNotes(98)).requireId();

      f.client.threads().createNote(id, note());
      assertEquals(99, f.sandbox.threadCount(id));
      assertThrows(ConversationLockedException.class, () -> f.client.threads().createNote(id, note()));
    }
  }

  @Test
  void aConversationCanBeCreatedWith100Threads() {
    try (Fixture f = new Fixture()) {
      long id = f.client.conversations().create(withNotes(100)).requireId();

      assertEquals(100, f.readConversation(id).get("threads").asInt());
    }
  }

  @Test
  void creatingWithMoreThan100ThreadsIs412AndTheClientRefusesItBeforeSending() throws Exception {
    try (Fixture f = new Fixture()) {
      RequestValidationException refused = assertThrows(RequestValidationException.class, () -> withNotes(101));
      assertEquals("threads", refused.violations().get(0).path());

      StringBuilder threads = new StringBuilder();
      for (int i = 0; i < 101; i++) {
        threads.append(i == 0 ? "" : ",").append("{\"type\":\"note\",\"text\":\"n\"}");
      }
      HttpResponse<String> r = f.postJson("v2/conversations", "{\"subject\":\"S\",\"mailboxId\":85,\"type\":\"email\","
          + "\"status\":\"active\",\"customer\":{\"email\":\"bear@acme.com\"},\"threads\":[" + threads + "]}");
      assertEquals(412, r.statusCode(), r.body());
      assertEquals(List.of(), f.sandbox.notifications(), "nothing was created");
    }
  }

  @Test
  void companyPolicyLocksConversationsOlderThanItsLimit() {
    ManualClock clock = ManualClock.startingAt("2026-01-05T09:00:00Z");
    try (Fixture f = new Fixture(SandboxOptions.builder().clock(clock).lockConversationsOlderThan(Duration.ofDays(30)),
        client -> TestHooks.clock(client, clock))) {
      long id = f.createConversation("bear@acme.com");
      f.client.threads().createNote(id, note());

      clock.advance(Duration.ofDays(30));
      f.client.threads().createNote(id, note());

      clock.advance(Duration.ofSeconds(1));
      ConversationLockedException e = assertThrows(ConversationLockedException.class,
          () -> f.client.threads().createNote(id, note()));
      assertTrue(e.apiMessage().contains("older than 30 days"), e.apiMessage());
      assertEquals(3, f.sandbox.threadCount(id));
    }
  }

  @Test
  void anImportedConversationIsOldByItsCreatedAt() {
    ManualClock clock = ManualClock.startingAt("2026-01-05T09:00:00Z");
    try (Fixture f = new Fixture(SandboxOptions.builder().clock(clock).lockConversationsOlderThan(Duration.ofDays(365)),
        client -> TestHooks.clock(client, clock))) {
      long old = f.client.conversations().create(Fixture.conversation("bear@acme.com").imported(true)
          .createdAt(Instant.parse("2019-03-01T10:00:00Z")).build()).requireId();
      long recent = f.client.conversations().create(Fixture.conversation("bear@acme.com").imported(true)
          .createdAt(Instant.parse("2025-12-01T10:00:00Z")).build()).requireId();

      assertThrows(ConversationLockedException.class, () -> f.client.threads().createNote(old, note()));
      f.client.threads().createNote(recent, note());
    }
  }

  @Test
  void withoutAPolicyOldConversationsAreNotLocked() {
    try (Fixture f = new Fixture()) {
      long old = f.client.conversations().create(Fixture.conversation("bear@acme.com").imported(true)
          .createdAt(Instant.parse("2012-10-10T12:00:00Z")).build()).requireId();

      f.client.threads().createNote(old, note());
      assertEquals(2, f.sandbox.threadCount(old));
    }
  }
}
