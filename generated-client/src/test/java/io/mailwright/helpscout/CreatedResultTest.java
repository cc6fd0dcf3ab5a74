package io.mailwright.helpscout;

import static io.mailwright.helpscout.RuntimeFixtures.CORRELATION_ID;
import static io.mailwright.helpscout.RuntimeFixtures.take;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mailwright.helpscout.RuntimeFixtures.RecordingSleeper;
import io.mailwright.runtime.Created;
import io.mailwright.runtime.RequestValidationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a create returns, read from the headers of the API's 201, and what the request looks like on the wire. */
class CreatedResultTest {
  private static final ObjectMapper JSON = new ObjectMapper();

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

  private static MockResponse.Builder emptyCreated() {
    // The normal success of the API: 201 with an empty text/plain body.
    return new MockResponse.Builder().code(201).addHeader("Content-Type", "text/plain").body("");
  }

  @Test
  void conversationCreateReturnsIdLocationWebLocationCorrelationIdAndRateLimits() {
    server.enqueue(emptyCreated()
        .addHeader("Resource-ID", "2391")
        .addHeader("Location", "https://api.helpscout.net/v2/conversations/2391")
        .addHeader("Web-Location", "https://secure.helpscout.net/conversation/2391/")
        .addHeader("Correlation-Id", CORRELATION_ID)
        .addHeader("X-RateLimit-Limit-Minute", "400")
        .addHeader("X-RateLimit-Remaining-Minute", "398")
        .build());

    Created created = client.conversations().create(RuntimeFixtures.conversation());

    assertEquals(201, created.status());
    assertEquals(OptionalLong.of(2391), created.id());
    assertEquals(2391, created.requireId());
    assertEquals("https://api.helpscout.net/v2/conversations/2391", created.location());
    assertEquals("https://secure.helpscout.net/conversation/2391/", created.webLocation());
    assertEquals(CORRELATION_ID, created.correlationId());
    assertEquals(400, created.rateLimit().limitPerMinute().getAsInt());
    assertEquals(398, created.rateLimit().remainingThisMinute().getAsInt());
    assertEquals(400, client.rateLimits().limitPerMinute().getAsInt());
    assertEquals(398, client.rateLimits().remainingThisMinute().getAsInt());
  }

  @Test
  void resourceIdHeaderIsReadInEitherCase() {
    server.enqueue(emptyCreated().addHeader("Resource-Id", "77").build());

    assertEquals(OptionalLong.of(77), client.threads().createNote(123, RuntimeFixtures.note()).id());
  }

  @Test
  void idComesFromTheLastSegmentOfLocationWhenResourceIdIsMissing() {
    server.enqueue(emptyCreated().addHeader("Location", "https://api.helpscout.net/v2/conversations/4242").build());

    Created created = client.conversations().create(RuntimeFixtures.conversation());

    assertEquals(OptionalLong.of(4242), created.id());
    assertNull(created.webLocation());
  }

  @Test
  void threadCreateWithNeitherHeaderIsASuccessWithoutId() {
    // Recordings from before 2023 have neither Resource-ID nor Location on thread creates.
    server.enqueue(emptyCreated().build());

    Created created = client.threads().createNote(123, RuntimeFixtures.note());

    assertEquals(201, created.status());
    assertEquals(OptionalLong.empty(), created.id());
    assertThrows(IllegalStateException.class, created::requireId);
  }

  @Test
  void requestCarriesBearerTokenAndJsonContentType() throws Exception {
    server.enqueue(RuntimeFixtures.created(1));

    client.threads().createNote(123, RuntimeFixtures.note());

    RecordedRequest request = take(server);
    assertEquals("POST", request.getMethod());
    assertEquals("/v2/conversations/123/notes", request.getUrl().encodedPath());
    assertEquals("Bearer test-token", request.getHeaders().get("Authorization"));
    assertTrue(request.getHeaders().get("Content-Type").startsWith("application/json"),
        request.getHeaders().get("Content-Type"));
    assertEquals("Called the customer back", JSON.readTree(request.getBody().utf8()).get("text").asText());
  }

  @Test
  void threadBodyHasNoTypeWhileThreadsInsideAConversationDo() throws Exception {
    server.enqueue(RuntimeFixtures.created(1));
    server.enqueue(RuntimeFixtures.created(2));
    CustomerThread thread = CustomerThread.builder().text("Hello").customer(RuntimeFixtures.customer()).build();

    client.threads().createCustomerThread(123, thread);
    client.conversations().create(RuntimeFixtures.conversation().toBuilder().threads(thread).build());

    JsonNode threadBody = JSON.readTree(take(server).getBody().utf8());
    assertFalse(threadBody.has("type"), threadBody.toString());
    assertEquals("Hello", threadBody.get("text").asText());
    JsonNode conversationBody = JSON.readTree(take(server).getBody().utf8());
    assertEquals("customer", conversationBody.get("threads").get(0).get("type").asText(), conversationBody.toString());
  }

  @Test
  void requestThatBecameInvalidAfterBuildSendsNothing(@TempDir Path dir) throws IOException {
    // The attachment was valid when built; its file is gone by the time the request is sent.
    Path file = Files.writeString(dir.resolve("invoice.pdf"), "%PDF-1.4");
    NoteThread note = NoteThread.builder().text("See attached").addAttachment(Attachment.fromFile(file)).build();
    Files.delete(file);

    RequestValidationException e = assertThrows(RequestValidationException.class,
        () -> client.threads().createNote(123, note));

    assertTrue(e.getMessage().contains("attachments[0].data"), e.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void invalidRequestAsyncFailsWithoutSending() {
    NoteThread invalid = NoteThread.builder().text("").buildUnvalidated();

    var future = client.threads().createNoteAsync(123, invalid);

    Throwable cause = assertThrows(java.util.concurrent.ExecutionException.class, future::get).getCause();
    assertTrue(cause instanceof RequestValidationException, String.valueOf(cause));
    assertEquals(0, server.getRequestCount());
  }
}
