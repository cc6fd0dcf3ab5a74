package io.mailwright.helpscout;

import static io.mailwright.helpscout.RuntimeFixtures.CORRELATION_ID;
import static io.mailwright.helpscout.RuntimeFixtures.take;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mailwright.helpscout.RuntimeFixtures.RecordingSleeper;
import io.mailwright.runtime.ApiException;
import io.mailwright.runtime.NotFoundException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** conversations().resolveMerged(id): where a merged conversation went, read from the 301 without following it. */
class MergedConversationTest {
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

  private static MockResponse movedTo(String location) {
    return new MockResponse.Builder().code(301).addHeader("Location", location)
        .addHeader("Correlation-Id", CORRELATION_ID).build();
  }

  private static MockResponse conversation(long id) {
    return RuntimeFixtures.json(200, "{\"id\":" + id + ",\"number\":3152,\"subject\":\"Help\",\"status\":\"active\"}");
  }

  @Test
  void movedPermanentlyReturnsTheNewIdFromLocationWithoutFollowingIt() throws Exception {
    server.enqueue(movedTo("https://api.helpscout.net/v2/conversations/9876"));
    // What a followed redirect would get: it must stay unused.
    server.enqueue(conversation(9876));

    assertEquals(9876, client.conversations().resolveMerged(1234));

    RecordedRequest request = take(server);
    assertEquals("GET", request.getMethod());
    assertEquals("/v2/conversations/1234", request.getUrl().encodedPath());
    assertEquals("Bearer test-token", request.getHeaders().get("Authorization"));
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void relativeLocationIsReadToo() {
    server.enqueue(movedTo("/v2/conversations/9876"));

    assertEquals(9876, client.conversations().resolveMerged(1234));
  }

  @Test
  void okMeansTheConversationWasNotMergedAndReturnsTheSameId() {
    server.enqueue(conversation(1234));

    assertEquals(1234, client.conversations().resolveMerged(1234));
  }

  @Test
  void notFoundIsNotFoundExceptionSayingItMayHaveBeenMergedLongAgo() {
    server.enqueue(new MockResponse.Builder().code(404).addHeader("Content-Type", "application/vnd.error+json")
        .addHeader("Correlation-Id", CORRELATION_ID).body("{\"logRef\":\"" + CORRELATION_ID + "\",\"message\":\"Not Found\"}").build());

    NotFoundException e = assertThrows(NotFoundException.class, () -> client.conversations().resolveMerged(1234));

    assertEquals(404, e.status());
    assertEquals("GET", e.method());
    assertEquals("/v2/conversations/1234", e.path());
    assertEquals(CORRELATION_ID, e.correlationId());
    assertTrue(e.getMessage().contains("merged longer ago"), e.getMessage());
  }

  @Test
  void asyncFormResolvesTheMoveAndFailsWithTheSameNotFound() throws Exception {
    server.enqueue(movedTo("/v2/conversations/9876"));
    server.enqueue(new MockResponse.Builder().code(404).body("{\"message\":\"Not Found\"}").build());

    assertEquals(9876L, client.conversations().resolveMergedAsync(1234).get(10, java.util.concurrent.TimeUnit.SECONDS));
    java.util.concurrent.ExecutionException failed = assertThrows(java.util.concurrent.ExecutionException.class,
        () -> client.conversations().resolveMergedAsync(1234).get(10, java.util.concurrent.TimeUnit.SECONDS));
    assertTrue(failed.getCause() instanceof NotFoundException, String.valueOf(failed.getCause()));
  }

  @Test
  void movedWithoutUsableLocationIsAnApiExceptionWithStatus301() {
    server.enqueue(new MockResponse.Builder().code(301).build());

    ApiException e = assertThrows(ApiException.class, () -> client.conversations().resolveMerged(1234));

    assertEquals(301, e.status());
  }

  @Test
  void threadToAMergedConversationIsSentToTheConversationItWasMergedInto() throws Exception {
    // The documented way out of a 404 on a write: resolve, then write to the new conversation.
    server.enqueue(new MockResponse.Builder().code(404).build());
    server.enqueue(movedTo("https://api.helpscout.net/v2/conversations/9876"));
    server.enqueue(RuntimeFixtures.created(555));

    long conversation = 1234;
    try {
      client.threads().createNote(conversation, RuntimeFixtures.note());
    } catch (NotFoundException e) {
      conversation = client.conversations().resolveMerged(conversation);
      client.threads().createNote(conversation, RuntimeFixtures.note());
    }

    assertEquals("/v2/conversations/1234/notes", take(server).getUrl().encodedPath());
    assertEquals("/v2/conversations/1234", take(server).getUrl().encodedPath());
    assertEquals("/v2/conversations/9876/notes", take(server).getUrl().encodedPath());
  }
}
