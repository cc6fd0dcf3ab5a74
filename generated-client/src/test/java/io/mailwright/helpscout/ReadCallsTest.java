package io.mailwright.helpscout;

import static io.mailwright.helpscout.RuntimeFixtures.json;
import static io.mailwright.helpscout.RuntimeFixtures.take;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mailwright.helpscout.RuntimeFixtures.RecordingSleeper;
import io.mailwright.helpscout.testing.ReadFixtures;
import io.mailwright.runtime.NotFoundException;
import io.mailwright.runtime.OutcomeUnknownException;
import io.mailwright.runtime.Page;
import java.net.InetAddress;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The read calls on the wire: query parameters as the API expects them, the 301 of a merged
 * conversation followed once, reads repeated after a connection failure where writes are not, and
 * each async twin answering what its blocking call answers.
 */
class ReadCallsTest {
  private final MockWebServer server = new MockWebServer();
  private HelpScout client;

  @BeforeEach
  void setUp() throws Exception {
    server.start(InetAddress.getByName("127.0.0.1"), 0);
    client = RuntimeFixtures.client(server, new RecordingSleeper()).build();
  }

  @AfterEach
  void tearDown() {
    client.close();
    server.close();
  }

  private static String emptyPage(String embedded) {
    return ReadFixtures.page(embedded, "", 1, 25, 0, 0, null);
  }

  @Test
  void queryParametersAreEncodedAsTheApiExpectsThem() throws Exception {
    server.enqueue(json(200, emptyPage("conversations")));
    String query = "(email:\"bear@acme.com\" AND subject:\"Order 12, urgent\") OR createdAt:[2019-01-01T00:00:00Z TO *]";

    client.conversations().list(ListConversationsQuery.builder()
        .embed(ConversationEmbed.THREADS)
        .mailbox(85, 86)
        .folder(1234)
        .status(ConversationStatusFilter.CLOSED)
        .tag("vip", "needs reply")
        .assignedTo(42)
        .modifiedSince(Instant.parse("2019-01-15T18:27:24.789Z"))
        .number(3152)
        .sortField(ConversationSortField.CUSTOMER_EMAIL)
        .sortOrder(SortOrder.ASC)
        .query(query)
        .page(2)
        .build());

    HttpUrl url = take(server).getUrl();
    assertEquals("threads", url.queryParameter("embed"));
    assertEquals("85,86", url.queryParameter("mailbox"));
    assertEquals("1234", url.queryParameter("folder"));
    assertEquals("closed", url.queryParameter("status"));
    assertEquals("vip,needs reply", url.queryParameter("tag"));
    assertEquals("42", url.queryParameter("assigned_to"));
    assertEquals("2019-01-15T18:27:24Z", url.queryParameter("modifiedSince"));
    assertEquals("3152", url.queryParameter("number"));
    assertEquals("customerEmail", url.queryParameter("sortField"));
    assertEquals("asc", url.queryParameter("sortOrder"));
    assertEquals(query, url.queryParameter("query"));
    assertEquals("2", url.queryParameter("page"));
    // Spaces are %20 (not +, which a server may keep as a plus); the search syntax's own characters survive.
    String raw = url.encodedQuery();
    assertEquals(-1, raw.indexOf(' '), raw);
    assertEquals(-1, raw.indexOf('+'), raw);
  }

  @Test
  void aLeftOutOrNullParameterIsNotSent() throws Exception {
    server.enqueue(json(200, emptyPage("customers")));

    client.customers().list(ListCustomersQuery.builder().firstName("Vernon").firstName(null).query("x").build());

    assertEquals("query=x", take(server).getUrl().encodedQuery());
  }

  @Test
  void getFollowsTheRedirectOfAMergedConversationOnceWithTheSameQuery() throws Exception {
    server.enqueue(new MockResponse.Builder().code(301)
        .addHeader("Location", "https://api.helpscout.net/v2/conversations/9876").build());
    server.enqueue(json(200, ReadFixtures.conversation(9876, 1)));

    Conversation c = client.conversations().get(1234, GetConversationQuery.builder()
        .embed(ConversationEmbed.THREADS).build());

    assertEquals(9876L, c.id());
    assertEquals(1, c.threads().size());
    assertEquals("/v2/conversations/1234", take(server).getUrl().encodedPath());
    RecordedRequest moved = take(server);
    assertEquals("/v2/conversations/9876", moved.getUrl().encodedPath());
    assertEquals("threads", moved.getUrl().queryParameter("embed"));
    assertEquals(server.url("/").host(), moved.getUrl().host(), "the token goes to the client's own host only");
    assertEquals("Bearer test-token", moved.getHeaders().get("Authorization"));
  }

  @Test
  void aReadIsRepeatedAfterAConnectionLostOnceTheRequestWasSentAndAWriteIsNot() throws Exception {
    server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    server.enqueue(json(200, "{\"id\": 5}"));

    assertEquals(5L, client.conversations().get(5).id());
    assertEquals(2, server.getRequestCount());

    server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    server.enqueue(RuntimeFixtures.created(1));
    assertThrows(OutcomeUnknownException.class, () -> client.threads().createNote(5, RuntimeFixtures.note()));
    assertEquals(3, server.getRequestCount());
  }

  private static <T> T await(CompletableFuture<T> future) throws Exception {
    return future.get(10, TimeUnit.SECONDS);
  }

  @Test
  void everyReadHasAnAsyncTwinThatSendsTheSameRequestAndReadsTheSameAnswer() throws Exception {
    String conversation = ReadFixtures.conversation(3, 2);
    String user = "{\"id\": 4, \"firstName\": \"Vernon\", \"role\": \"owner\"}";
    String[][] calls = {
        {"/v2/conversations/3", conversation},
        {"/v2/conversations", emptyPage("conversations")},
        {"/v2/conversations/3/threads", emptyPage("threads")},
        {"/v2/customers/500", "{\"id\": 500}"},
        {"/v2/customers", emptyPage("customers")},
        {"/v2/mailboxes", emptyPage("mailboxes")},
        {"/v2/mailboxes/85", "{\"id\": 85, \"name\": \"Support\"}"},
        {"/v2/mailboxes/85/folders", emptyPage("folders")},
        {"/v2/mailboxes/85/fields", emptyPage("fields")},
        {"/v2/users/me", user},
        {"/v2/users", emptyPage("users")},
        {"/v2/users/4", user},
    };
    for (String[] call : calls) {
      server.enqueue(json(200, call[1]));
      server.enqueue(json(200, call[1]));
    }

    assertEquals(client.conversations().get(3).subject(), await(client.conversations().getAsync(3)).subject());
    assertSamePage(client.conversations().list(), await(client.conversations().listAsync()));
    assertSamePage(client.threads().list(3), await(client.threads().listAsync(3)));
    assertEquals(client.customers().get(500).id(), await(client.customers().getAsync(500)).id());
    assertSamePage(client.customers().list(), await(client.customers().listAsync()));
    assertSamePage(client.mailboxes().list(), await(client.mailboxes().listAsync()));
    assertEquals(client.mailboxes().get(85).name(), await(client.mailboxes().getAsync(85)).name());
    assertSamePage(client.mailboxes().listFolders(85), await(client.mailboxes().listFoldersAsync(85)));
    assertSamePage(client.mailboxes().listFields(85), await(client.mailboxes().listFieldsAsync(85)));
    assertEquals(client.users().me().role(), await(client.users().meAsync()).role());
    assertSamePage(client.users().list(), await(client.users().listAsync()));
    assertEquals(client.users().get(4).firstName(), await(client.users().getAsync(4)).firstName());

    for (String[] call : calls) {
      RecordedRequest sync = take(server);
      RecordedRequest async = take(server);
      assertEquals("GET", sync.getMethod());
      assertEquals(call[0], sync.getUrl().encodedPath());
      assertEquals(sync.getUrl(), async.getUrl());
    }
  }

  @Test
  void anAsyncReadFailsWithTheExceptionItsBlockingCallThrows() {
    server.enqueue(json(404, "{\"message\":\"Not Found\"}"));

    CompletableFuture<CustomerDetails> future = client.customers().getAsync(1);

    ExecutionException e = assertThrows(ExecutionException.class, () -> await(future));
    assertInstanceOf(NotFoundException.class, e.getCause());
    // Not wrapped: a caller's exceptionally(...) sees the exception the blocking call throws.
    assertInstanceOf(NotFoundException.class, future.handle((v, t) -> t).join());
  }

  private static void assertSamePage(Page<?> sync, Page<?> async) {
    assertEquals(sync.toString(), async.toString());
  }
}
