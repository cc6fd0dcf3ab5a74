package io.mailwright.helpscout;

import static io.mailwright.helpscout.RuntimeFixtures.json;
import static io.mailwright.helpscout.RuntimeFixtures.take;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mailwright.helpscout.RuntimeFixtures.RecordingSleeper;
import io.mailwright.helpscout.testing.ReadFixtures;
import io.mailwright.runtime.ApiException;
import io.mailwright.runtime.Page;
import io.mailwright.runtime.TransportException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a read makes of the API's answer, at its edges: a moved conversation is followed once on the
 * same connection (the redirect's answer is released), by the asynchronous call as by the blocking
 * one, and only where the model says so; a page's figures are the API's own; a {@code next} link
 * that leads nowhere new ends the walk; and the bound on a response body (32 MiB) holds to the byte,
 * whether the body declares its length or not.
 */
class ReadAnswersTest {
  private static final long MAX_BODY = 32L * 1024 * 1024;

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
    return new MockResponse.Builder().code(301).addHeader("Location", location).build();
  }

  private static <T> T await(CompletableFuture<T> future) throws Exception {
    return future.get(60, TimeUnit.SECONDS);
  }

  /** The redirect's answer was released before the read it leads to: that read reuses the connection. */
  private void assertFollowedOnTheSameConnection() throws InterruptedException {
    RecordedRequest first = take(server);
    RecordedRequest moved = take(server);
    assertEquals("/v2/conversations/1234", first.getUrl().encodedPath());
    assertEquals("/v2/conversations/9876", moved.getUrl().encodedPath());
    assertEquals(first.getConnectionIndex(), moved.getConnectionIndex(), "a new connection: the 301 was not released");
    assertEquals(first.getExchangeIndex() + 1, moved.getExchangeIndex());
  }

  @Test
  void aMergedConversationIsFollowedOnceOnTheSameConnection() throws Exception {
    server.enqueue(movedTo("/v2/conversations/9876"));
    server.enqueue(json(200, ReadFixtures.conversation(9876, 0)));

    assertEquals(9876L, client.conversations().get(1234).id());
    assertFollowedOnTheSameConnection();
  }

  @Test
  void theAsyncReadFollowsAMergedConversationOnceOnTheSameConnection() throws Exception {
    server.enqueue(movedTo("https://api.helpscout.net/v2/conversations/9876"));
    server.enqueue(json(200, ReadFixtures.conversation(9876, 0)));

    assertEquals(9876L, await(client.conversations().getAsync(1234)).id());
    assertFollowedOnTheSameConnection();
  }

  @Test
  void aRedirectWithoutLocationIsAnErrorWithItsStatusBlockingOrNot() throws Exception {
    server.enqueue(new MockResponse.Builder().code(301).build());
    server.enqueue(new MockResponse.Builder().code(301).build());

    assertEquals(301, assertThrows(ApiException.class, () -> client.conversations().get(1234)).status());
    ExecutionException e = assertThrows(ExecutionException.class, () -> await(client.conversations().getAsync(1234)));
    assertEquals(301, assertInstanceOf(ApiException.class, e.getCause()).status());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void onlyAConversationIsFollowedWhenItMoved() throws Exception {
    // The model says a conversation may have been merged; a customer read has no such rule.
    server.enqueue(movedTo("/v2/customers/9876"));
    server.enqueue(movedTo("/v2/customers/9876"));

    assertEquals(301, assertThrows(ApiException.class, () -> client.customers().get(1234)).status());
    ExecutionException e = assertThrows(ExecutionException.class, () -> await(client.customers().getAsync(1234)));
    assertEquals(301, assertInstanceOf(ApiException.class, e.getCause()).status());
    assertEquals(2, server.getRequestCount(), "no redirect was followed");
  }

  @Test
  void aPagesFiguresAreTheApisOwnAndItsNumberStartsAt1() {
    // Page 0 is no page number (they start at 1); a size of 0 is what the API said, items or not.
    server.enqueue(json(200, """
        {"_embedded": {"mailboxes": [{"id": 1, "name": "Support"}, {"id": 2, "name": "Sales"}]},
         "page": {"size": 0, "totalElements": 2, "totalPages": 1, "number": 0}}
        """));

    Page<Mailbox> page = client.mailboxes().list();

    assertEquals(2, page.items().size());
    assertEquals(1, page.number());
    assertEquals(0, page.size());
    assertEquals("Page[number=1, size=0, totalElements=2, totalPages=1, items=2, hasNext=false]", page.toString());
  }

  @Test
  void aNextLinkToThePageItselfOrToNowhereEndsTheWalk() throws Exception {
    server.enqueue(json(200, ReadFixtures.page("mailboxes", "{\"id\": 1}", 1, 1, 3, 3,
        server.url("/v2/mailboxes").toString())));
    server.enqueue(json(200, ReadFixtures.page("mailboxes", "{\"id\": 2}", 1, 1, 3, 3, " ")));

    assertEquals(List.of(1L), client.mailboxes().listAll().map(Mailbox::id).toList());
    assertEquals(List.of(2L), client.mailboxes().listAll().map(Mailbox::id).toList());
    assertEquals(2, server.getRequestCount());
  }

  private static void head(OutputStream out, String headers) throws IOException {
    out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n" + headers + "\r\n")
        .getBytes(StandardCharsets.ISO_8859_1));
  }

  /** A conversation of {@code size} bytes: its JSON padded with spaces, which a parser reads and skips. */
  private static void paddedConversation(OutputStream out, long size) throws IOException {
    byte[] start = "{\"id\": 9,".getBytes(StandardCharsets.US_ASCII);
    byte[] end = "\"subject\": \"Big\"}".getBytes(StandardCharsets.US_ASCII);
    out.write(start);
    byte[] spaces = new byte[64 * 1024];
    Arrays.fill(spaces, (byte) ' ');
    for (long left = size - start.length - end.length; left > 0; left -= spaces.length) {
      out.write(spaces, 0, (int) Math.min(spaces.length, left));
    }
    out.write(end);
  }

  @Test
  void aBodyOfExactlyTheBoundIsReadAndOneByteMoreIsRefusedWhenItsLengthIsNotDeclared() throws Exception {
    try (RawServer raw = new RawServer((i, line, body, out) -> {
      // No Content-Length: the body ends when the connection closes.
      head(out, "Connection: close\r\n");
      paddedConversation(out, MAX_BODY + i);
    }); HelpScout rawClient = HelpScout.builder().baseUrl(raw.baseUrl()).accessToken("test-token").build()) {

      assertEquals("Big", rawClient.conversations().get(9).subject());
      TransportException e = assertThrows(TransportException.class, () -> rawClient.conversations().get(9));
      assertTrue(e.getMessage().contains("larger than the 33554432 bytes a read accepts"), e.getMessage());
    }
  }

  @Test
  void aDeclaredLengthOfExactlyTheBoundIsReadAndOneByteMoreIsRefusedUnread() throws Exception {
    try (RawServer raw = new RawServer((i, line, body, out) -> {
      head(out, "Content-Length: " + (MAX_BODY + i) + "\r\n");
      // The conversation ends early in its declared length: the parser stops there, the rest is never needed.
      out.write("{\"id\": 9, \"subject\": \"Big\"}".getBytes(StandardCharsets.US_ASCII));
    }); HelpScout rawClient = HelpScout.builder().baseUrl(raw.baseUrl()).accessToken("test-token").build()) {

      assertEquals("Big", rawClient.conversations().get(9).subject());
      TransportException e = assertThrows(TransportException.class, () -> rawClient.conversations().get(9));
      assertTrue(e.getMessage().contains("the response body of 33554433 bytes is larger than the 33554432 bytes"),
          e.getMessage());
    }
  }
}
