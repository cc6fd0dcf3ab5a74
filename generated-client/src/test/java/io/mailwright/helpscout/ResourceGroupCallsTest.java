package io.mailwright.helpscout;

import static io.mailwright.helpscout.RuntimeFixtures.json;
import static io.mailwright.helpscout.RuntimeFixtures.take;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mailwright.helpscout.RuntimeFixtures.RecordingSleeper;
import io.mailwright.helpscout.testing.ReadFixtures;
import io.mailwright.runtime.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every read method of every resource group, in each of its forms (without a query, with one, with a
 * {@code null} query; blocking, asynchronous, and the lazy stream of every item): it sends the
 * documented method, path and query over real HTTP, and returns what the server answered.
 */
class ResourceGroupCallsTest {
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

  /**
   * One call: its name, what it does, the path and query (encoded, {@code null}: none) it must send,
   * and the {@code _embedded} name of its page ({@code null}: it reads one object).
   */
  record Call(String name, Function<HelpScout, Object> call, String path, String query, String embedded) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final String PAGE_2 = "page=2";

  /** A read of one object, in its blocking and asynchronous forms. */
  private static void one(List<Call> calls, String name, Function<HelpScout, Object> blocking,
      Function<HelpScout, Object> async, String path, String query) {
    calls.add(new Call(name, blocking, path, query, null));
    calls.add(new Call(name + "Async", async, path, query, null));
  }

  static Stream<Call> calls() {
    List<Call> calls = new ArrayList<>();
    Supplier<GetConversationQuery> embed = () -> GetConversationQuery.builder().embed(ConversationEmbed.THREADS).build();
    one(calls, "conversations().get(id)", c -> c.conversations().get(12), c -> c.conversations().getAsync(12),
        "/v2/conversations/12", null);
    one(calls, "conversations().get(id, query)", c -> c.conversations().get(12, embed.get()),
        c -> c.conversations().getAsync(12, embed.get()), "/v2/conversations/12", "embed=threads");
    one(calls, "conversations().get(id, null)", c -> c.conversations().get(12, null),
        c -> c.conversations().getAsync(12, null), "/v2/conversations/12", null);
    one(calls, "customers().get(id)", c -> c.customers().get(500), c -> c.customers().getAsync(500),
        "/v2/customers/500", null);
    one(calls, "mailboxes().get(id)", c -> c.mailboxes().get(85), c -> c.mailboxes().getAsync(85),
        "/v2/mailboxes/85", null);
    one(calls, "users().me()", c -> c.users().me(), c -> c.users().meAsync(), "/v2/users/me", null);
    one(calls, "users().get(id)", c -> c.users().get(4), c -> c.users().getAsync(4), "/v2/users/4", null);

    Supplier<ListConversationsQuery> conversations = () -> ListConversationsQuery.builder().page(2).build();
    list(calls, "conversations().list", "/v2/conversations", "conversations",
        c -> c.conversations().list(), c -> c.conversations().list(conversations.get()), c -> c.conversations().list(null),
        c -> c.conversations().listAsync(), c -> c.conversations().listAsync(conversations.get()),
        c -> c.conversations().listAsync(null),
        c -> c.conversations().listAll(), c -> c.conversations().listAll(conversations.get()),
        c -> c.conversations().listAll(null));
    Supplier<ListThreadsQuery> threads = () -> ListThreadsQuery.builder().page(2).build();
    list(calls, "threads().list", "/v2/conversations/12/threads", "threads",
        c -> c.threads().list(12), c -> c.threads().list(12, threads.get()), c -> c.threads().list(12, null),
        c -> c.threads().listAsync(12), c -> c.threads().listAsync(12, threads.get()), c -> c.threads().listAsync(12, null),
        c -> c.threads().listAll(12), c -> c.threads().listAll(12, threads.get()), c -> c.threads().listAll(12, null));
    Supplier<ListCustomersQuery> customers = () -> ListCustomersQuery.builder().page(2).build();
    list(calls, "customers().list", "/v2/customers", "customers",
        c -> c.customers().list(), c -> c.customers().list(customers.get()), c -> c.customers().list(null),
        c -> c.customers().listAsync(), c -> c.customers().listAsync(customers.get()), c -> c.customers().listAsync(null),
        c -> c.customers().listAll(), c -> c.customers().listAll(customers.get()), c -> c.customers().listAll(null));
    Supplier<ListMailboxesQuery> mailboxes = () -> ListMailboxesQuery.builder().page(2).build();
    list(calls, "mailboxes().list", "/v2/mailboxes", "mailboxes",
        c -> c.mailboxes().list(), c -> c.mailboxes().list(mailboxes.get()), c -> c.mailboxes().list(null),
        c -> c.mailboxes().listAsync(), c -> c.mailboxes().listAsync(mailboxes.get()), c -> c.mailboxes().listAsync(null),
        c -> c.mailboxes().listAll(), c -> c.mailboxes().listAll(mailboxes.get()), c -> c.mailboxes().listAll(null));
    Supplier<ListMailboxFoldersQuery> folders = () -> ListMailboxFoldersQuery.builder().page(2).build();
    list(calls, "mailboxes().listFolders", "/v2/mailboxes/85/folders", "folders",
        c -> c.mailboxes().listFolders(85), c -> c.mailboxes().listFolders(85, folders.get()),
        c -> c.mailboxes().listFolders(85, null),
        c -> c.mailboxes().listFoldersAsync(85), c -> c.mailboxes().listFoldersAsync(85, folders.get()),
        c -> c.mailboxes().listFoldersAsync(85, null),
        c -> c.mailboxes().listFoldersAll(85), c -> c.mailboxes().listFoldersAll(85, folders.get()),
        c -> c.mailboxes().listFoldersAll(85, null));
    Supplier<ListMailboxFieldsQuery> fields = () -> ListMailboxFieldsQuery.builder().page(2).build();
    list(calls, "mailboxes().listFields", "/v2/mailboxes/85/fields", "fields",
        c -> c.mailboxes().listFields(85), c -> c.mailboxes().listFields(85, fields.get()),
        c -> c.mailboxes().listFields(85, null),
        c -> c.mailboxes().listFieldsAsync(85), c -> c.mailboxes().listFieldsAsync(85, fields.get()),
        c -> c.mailboxes().listFieldsAsync(85, null),
        c -> c.mailboxes().listFieldsAll(85), c -> c.mailboxes().listFieldsAll(85, fields.get()),
        c -> c.mailboxes().listFieldsAll(85, null));
    Supplier<ListUsersQuery> users = () -> ListUsersQuery.builder().page(2).build();
    list(calls, "users().list", "/v2/users", "users",
        c -> c.users().list(), c -> c.users().list(users.get()), c -> c.users().list(null),
        c -> c.users().listAsync(), c -> c.users().listAsync(users.get()), c -> c.users().listAsync(null),
        c -> c.users().listAll(), c -> c.users().listAll(users.get()), c -> c.users().listAll(null));
    return calls.stream();
  }

  /** A list read in its nine forms: {@code list}, {@code listAsync}, {@code listAll}, each with no query, a query, null. */
  @SafeVarargs
  private static void list(List<Call> calls, String name, String path, String embedded,
      Function<HelpScout, Object>... forms) {
    String[] methods = {name, name + "Async", name + "All"};
    String[] arguments = {"()", "(query)", "(null)"};
    String[] queries = {null, PAGE_2, null};
    for (int i = 0; i < forms.length; i++) {
      calls.add(new Call(methods[i / 3] + arguments[i % 3], forms[i], path, queries[i % 3], embedded));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calls")
  void sendsTheDocumentedRequestAndReturnsWhatTheServerAnswered(Call call) throws Exception {
    List<Long> answered = call.embedded() == null ? List.of(9001L) : List.of(9001L, 9002L, 9003L);
    String body = call.embedded() == null
        ? "{\"id\": 9001}"
        : ReadFixtures.page(call.embedded(), "{\"id\": 9001}, {\"id\": 9002}, {\"id\": 9003}", 2, 3, 3, 1, null);
    server.enqueue(json(200, body));

    List<Long> ids = ids(call.call().apply(client));

    RecordedRequest request = take(server);
    assertEquals("GET", request.getMethod(), call.name());
    assertEquals(call.path(), request.getUrl().encodedPath(), call.name());
    assertEquals(call.query(), request.getUrl().encodedQuery(), call.name());
    assertEquals(answered, ids, call.name());
    assertEquals(1, server.getRequestCount(), "one request, and no second page: " + call.name());
  }

  /** The ids of what a call returned: one object, a page, a stream, or a future of either. */
  private static List<Long> ids(Object result) throws Exception {
    if (result instanceof CompletableFuture<?> future) {
      return ids(future.get(30, TimeUnit.SECONDS));
    }
    if (result instanceof Page<?> page) {
      return ids(page.items().stream());
    }
    if (result instanceof Stream<?> stream) {
      List<Long> ids = new ArrayList<>();
      for (Object item : stream.toList()) {
        ids.addAll(ids(item));
      }
      return ids;
    }
    return List.of((Long) result.getClass().getMethod("id").invoke(result));
  }
}
