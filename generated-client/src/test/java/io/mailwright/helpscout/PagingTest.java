package io.mailwright.helpscout;

import static io.mailwright.helpscout.RuntimeFixtures.json;
import static io.mailwright.helpscout.RuntimeFixtures.take;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mailwright.helpscout.RuntimeFixtures.RecordingSleeper;
import io.mailwright.helpscout.testing.ReadFixtures;
import io.mailwright.runtime.NotFoundException;
import io.mailwright.runtime.Page;
import io.mailwright.runtime.ServerException;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.StringJoiner;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The lazy walk over every page: it follows {@code _links.next}, fetches page N+1 only once page N
 * is consumed, goes through the same 429 waits as every call, and stops when the caller stops.
 */
class PagingTest {
  @StartStop
  final MockWebServer server = new MockWebServer();

  private final RecordingSleeper sleeper = new RecordingSleeper();
  private HelpScout client;

  @BeforeEach
  void setUp() {
    client = RuntimeFixtures.client(server, sleeper).build();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  /** A page of threads with ids {@code first..first+count-1}. */
  private static String threads(int number, int first, int count, int total, int pages, String next) {
    StringJoiner items = new StringJoiner(",");
    for (int i = 0; i < count; i++) {
      items.add("{\"id\": " + (first + i) + ", \"type\": \"note\", \"body\": \"n" + (first + i) + "\"}");
    }
    return ReadFixtures.page("threads", items.toString(), number, count, total, pages, next);
  }

  private String next(int page) {
    return server.url("/v2/conversations/7/threads?page=" + page).toString();
  }

  @Test
  void threePagesAreWalkedInOrderFollowingNext() throws Exception {
    server.enqueue(json(200, threads(1, 0, 3, 8, 3, next(2))));
    server.enqueue(json(200, threads(2, 3, 3, 8, 3, next(3))));
    server.enqueue(json(200, threads(3, 6, 2, 8, 3, null)));

    List<Long> ids = client.threads().listAll(7).map(ThreadDetails::id).toList();

    assertEquals(List.of(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L), ids);
    assertEquals("/v2/conversations/7/threads", take(server).getUrl().encodedPath());
    RecordedRequest second = take(server);
    assertEquals("2", second.getUrl().queryParameter("page"));
    assertEquals("Bearer test-token", second.getHeaders().get("Authorization"));
    assertEquals("3", take(server).getUrl().queryParameter("page"));
    assertEquals(3, server.getRequestCount());
  }

  @Test
  void pageNPlusOneIsFetchedOnlyWhenPageNIsConsumed() throws Exception {
    server.enqueue(json(200, threads(1, 0, 3, 6, 2, next(2))));
    server.enqueue(json(200, threads(2, 3, 3, 6, 2, null)));

    try (Stream<ThreadDetails> all = client.threads().listAll(7)) {
      assertEquals(0, server.getRequestCount(), "nothing is sent before the stream is consumed");
      Iterator<ThreadDetails> it = all.iterator();
      for (int i = 0; i < 3; i++) {
        assertEquals(i, it.next().id());
      }
      assertEquals(1, server.getRequestCount());
      assertTrue(it.hasNext());
      assertEquals(2, server.getRequestCount());
      assertEquals(3L, it.next().id());
    }
  }

  @Test
  void aCallerStoppingAfterFiveItemsFetchesOnlyTheFirstPage() throws Exception {
    server.enqueue(json(200, threads(1, 0, 50, 150, 3, next(2))));
    server.enqueue(json(200, threads(2, 50, 50, 150, 3, next(3))));

    List<Long> five = client.threads().listAll(7).limit(5).map(ThreadDetails::id).toList();

    assertEquals(List.of(0L, 1L, 2L, 3L, 4L), five);
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void anEmptyListIsAnEmptyPageAndAnEmptyStream() {
    server.enqueue(json(200, """
        {"_links": {"self": {"href": "x"}}, "page": {"size": 25, "totalElements": 0, "totalPages": 0, "number": 1}}
        """));
    server.enqueue(json(200, """
        {"_embedded": {"threads": []}, "page": {"size": 25, "totalElements": 0, "totalPages": 0, "number": 1}}
        """));

    Page<ThreadDetails> page = client.threads().list(7);
    long count = client.threads().listAll(7).count();

    assertTrue(page.items().isEmpty());
    assertEquals(0, page.totalElements());
    assertEquals(25, page.size());
    assertFalse(page.hasNext());
    assertEquals(0, count);
    assertEquals(2, server.getRequestCount());
  }

  /** A page's figures are the API's; where it leaves one out, the page itself tells it. */
  @Test
  void aPageWithoutFiguresTellsThemFromItsItemsAndItsNextLink() {
    server.enqueue(json(200, """
        {"_embedded": {"threads": [{"id": 1}, {"id": 2}]}}
        """));
    server.enqueue(json(200, """
        {"_embedded": {"threads": [{"id": 1}]}, "_links": {"next": {"href": "/v2/conversations/7/threads?page=2"}}}
        """));
    server.enqueue(json(200, """
        {"_embedded": {"threads": []}, "page": {"size": 0, "totalElements": 0, "totalPages": 0, "number": 0}}
        """));
    server.enqueue(json(200, """
        {"_embedded": {"threads": [{"id": 9}]}, "page": {"size": "50", "totalElements": 101, "totalPages": 3, "number": 3}}
        """));

    Page<ThreadDetails> alone = client.threads().list(7);
    assertEquals(List.of(1, 2, 2, 1), List.of(alone.number(), alone.size(), (int) alone.totalElements(), alone.totalPages()));
    Page<ThreadDetails> first = client.threads().list(7);
    assertEquals(List.of(1, 1, 1, 2), List.of(first.number(), first.size(), (int) first.totalElements(), first.totalPages()),
        "a next link: one more page at least");
    Page<ThreadDetails> empty = client.threads().list(7);
    assertEquals(List.of(1, 0, 0, 0), List.of(empty.number(), empty.size(), (int) empty.totalElements(), empty.totalPages()),
        "pages count from 1; zero of the rest is kept");
    Page<ThreadDetails> last = client.threads().list(7);
    assertEquals(List.of(3, 50, 101, 3), List.of(last.number(), last.size(), (int) last.totalElements(), last.totalPages()));
  }

  @Test
  void a429OnPageTwoIsWaitedOutAndTheWalkGoesOn() throws Exception {
    server.enqueue(json(200, threads(1, 0, 2, 4, 2, next(2))));
    server.enqueue(new MockResponse.Builder().code(429).addHeader("X-RateLimit-Retry-After", "3")
        .addHeader("Content-Type", "application/json").body("{\"message\":\"Too many requests\"}").build());
    server.enqueue(json(200, threads(2, 2, 2, 4, 2, null)));

    List<Long> ids = client.threads().listAll(7).map(ThreadDetails::id).toList();

    assertEquals(List.of(0L, 1L, 2L, 3L), ids);
    assertEquals(List.of(Duration.ofSeconds(3)), sleeper.sleeps);
    take(server);
    assertEquals("2", take(server).getUrl().queryParameter("page"));
    assertEquals("2", take(server).getUrl().queryParameter("page"));
  }

  @Test
  void aFailingPageIsThrownByTheTerminalOperationAfterTheItemsBeforeIt() {
    server.enqueue(json(200, threads(1, 0, 2, 4, 2, next(2))));
    server.enqueue(json(503, "{\"message\":\"unavailable\"}"));

    Iterator<ThreadDetails> it = client.threads().listAll(7).iterator();
    assertEquals(0L, it.next().id());
    assertEquals(1L, it.next().id());
    assertThrows(ServerException.class, it::hasNext);
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void aNextLinkToAnotherHostIsFollowedOnTheClientsOwnHostOnly() throws Exception {
    server.enqueue(json(200, threads(1, 0, 1, 2, 2, "https://evil.example.com/v2/conversations/7/threads?page=2")));
    server.enqueue(json(200, threads(2, 1, 1, 2, 2, null)));

    assertEquals(2, client.threads().listAll(7).count());

    take(server);
    RecordedRequest second = take(server);
    assertEquals("/v2/conversations/7/threads", second.getUrl().encodedPath());
    assertEquals("2", second.getUrl().queryParameter("page"));
  }

  @Test
  void theQueryOfTheFirstPageIsSentAndNextKeepsWhatTheApiPutInIt() throws Exception {
    server.enqueue(json(200, ReadFixtures.page("conversations", "{\"id\": 1}", 1, 1, 2, 2,
        server.url("/v2/conversations?status=all&mailbox=85&page=2").toString())));
    server.enqueue(json(200, ReadFixtures.page("conversations", "{\"id\": 2}", 2, 1, 2, 2, null)));

    List<Long> ids = client.conversations().listAll(ListConversationsQuery.builder()
        .status(ConversationStatusFilter.ALL).mailbox(85).build()).map(Conversation::id).toList();

    assertEquals(List.of(1L, 2L), ids);
    RecordedRequest first = take(server);
    assertEquals("all", first.getUrl().queryParameter("status"));
    assertEquals("85", first.getUrl().queryParameter("mailbox"));
    RecordedRequest second = take(server);
    assertEquals("all", second.getUrl().queryParameter("status"));
    assertEquals("2", second.getUrl().queryParameter("page"));
  }

  @Test
  void anErrorOfTheFirstPageIsTheDocumentedException() {
    server.enqueue(json(404, "{\"message\":\"Not Found\"}"));

    assertThrows(NotFoundException.class, () -> client.threads().list(7));
  }
}
