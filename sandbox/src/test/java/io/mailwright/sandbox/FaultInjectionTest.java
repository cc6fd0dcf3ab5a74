package io.mailwright.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.mailwright.helpscout.NoteThread;
import io.mailwright.runtime.BadRequestException;
import io.mailwright.runtime.OutcomeUnknownException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Process the write, then drop the connection without answering": the generated client sees
 * {@link OutcomeUnknownException} although the write happened, and reads it back.
 */
class FaultInjectionTest {
  private static JsonNode conversations(Fixture f) {
    return Fixture.ok(f.get("v2/conversations?status=all")).get("_embedded").get("conversations");
  }

  @Test
  void theNextWritesAreProcessedThenTheirAnswersDropped() {
    try (Fixture f = new Fixture()) {
      f.sandbox.faults().dropNextWriteAnswers(2);

      assertThrows(OutcomeUnknownException.class, () -> f.createConversation("bear@acme.com"));
      JsonNode created = conversations(f);
      assertEquals(1, created.size(), "the write happened");
      long id = created.get(0).get("id").asLong();
      assertThrows(OutcomeUnknownException.class,
          () -> f.client.threads().createNote(id, NoteThread.builder().text("noted").build()));
      assertEquals(2, f.sandbox.threadCount(id), "the note was added");
      assertEquals(2, f.sandbox.faults().droppedAnswers());

      long next = f.createConversation("bear@acme.com");
      assertEquals(2, conversations(f).size(), "answered again after the two: " + next);
      assertEquals(1, f.sandbox.notifications().stream()
          .filter(n -> n.kind() == Notification.Kind.USER_NOTIFICATION && n.conversationId() == id).count(),
          "processed once, not twice");
    }
  }

  @Test
  void readsAndRefusedWritesAreAlwaysAnswered() {
    try (Fixture f = new Fixture()) {
      long id = f.createConversation("bear@acme.com");
      f.sandbox.faults().dropNextWriteAnswers(1);

      assertEquals(200, f.get("v2/conversations/" + id).statusCode(), "a read");
      assertThrows(BadRequestException.class, () -> f.client.conversations().create(
          Fixture.conversation("bear@acme.com").mailboxId(4242L).build()), "a refused write");
      assertEquals(0, f.sandbox.faults().droppedAnswers());
      assertThrows(OutcomeUnknownException.class, () -> f.createConversation("bear@acme.com"), "still armed");
    }
  }

  @Test
  void aShareOfWritesWithAFixedSeedIsRepeatable() {
    List<Boolean> first = outcomes(0.5, 7);
    List<Boolean> second = outcomes(0.5, 7);
    assertEquals(first, second);
    long dropped = first.stream().filter(b -> !b).count();
    assertTrue(dropped > 0 && dropped < first.size(), "some, not all, of 30: " + first);
  }

  /** For 30 creates: answered or not; each one was created either way. */
  private static List<Boolean> outcomes(double share, long seed) {
    try (Fixture f = new Fixture(SandboxOptions.builder().dropWriteAnswers(share).faultSeed(seed), b -> {})) {
      List<Boolean> answered = new java.util.ArrayList<>();
      for (int i = 0; i < 30; i++) {
        try {
          f.createConversation("bear@acme.com");
          answered.add(true);
        } catch (OutcomeUnknownException e) {
          answered.add(false);
        }
      }
      assertEquals(30, Fixture.ok(f.get("v2/conversations?status=all")).get("page").get("totalElements").asInt());
      assertEquals(answered.stream().filter(b -> !b).count(), f.sandbox.faults().droppedAnswers());
      f.sandbox.faults().clear();
      f.createConversation("bear@acme.com");
      return answered;
    }
  }

  @Test
  void theConnectionIsClosedWithoutAByteOfAnswer() throws IOException {
    try (Fixture f = new Fixture()) {
      String body = "{\"text\":\"noted\"}";
      long id = f.createConversation("bear@acme.com");
      f.sandbox.faults().dropNextWriteAnswers(1);
      URI base = URI.create(f.sandbox.baseUrl());
      try (Socket socket = new Socket(base.getHost(), base.getPort())) {
        socket.setSoTimeout(60_000);
        OutputStream out = socket.getOutputStream();
        out.write(("POST /v2/conversations/" + id + "/notes HTTP/1.1\r\nHost: " + base.getAuthority()
            + "\r\nAuthorization: Bearer " + f.token() + "\r\nContent-Type: application/json\r\nContent-Length: "
            + body.length() + "\r\n\r\n" + body).getBytes(StandardCharsets.US_ASCII));
        out.flush();
        InputStream in = socket.getInputStream();
        assertEquals(-1, in.read(), "end of stream, no status line");
      }
      assertEquals(2, f.sandbox.threadCount(id));
    }
  }

  @Test
  void anotherJvmArmsItOverHttp() {
    try (Fixture f = new Fixture()) {
      var r = f.send(HttpRequest.newBuilder(f.uri("sandbox/faults?dropNextWriteAnswers=1"))
          .POST(HttpRequest.BodyPublishers.noBody()));
      assertEquals(200, r.statusCode(), r.body());
      assertThrows(OutcomeUnknownException.class, () -> f.createConversation("bear@acme.com"));
      var status = f.send(HttpRequest.newBuilder(f.uri("sandbox/faults?clear"))
          .POST(HttpRequest.BodyPublishers.noBody()));
      assertEquals(1, Fixture.json(status).get("droppedAnswers").asInt());
      f.createConversation("bear@acme.com");
      assertEquals(400, f.send(HttpRequest.newBuilder(f.uri("sandbox/faults?dropWriteAnswers=2"))
          .POST(HttpRequest.BodyPublishers.noBody())).statusCode());
    }
  }
}
