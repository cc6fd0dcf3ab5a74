package io.mailwright.helpscout;

import static io.mailwright.helpscout.RuntimeFixtures.CORRELATION_ID;
import static io.mailwright.helpscout.RuntimeFixtures.take;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mailwright.helpscout.RuntimeFixtures.RecordingSleeper;
import io.mailwright.runtime.ApiException;
import io.mailwright.runtime.Created;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every create and its ...Async form: the same request on the wire, the same result, the same exception. */
class AsyncParityTest {
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

  /** One create: its path, whether its body is a thread of its own, the call and its async form. */
  record Create(String name, String path, boolean threadBody, Function<HelpScout, Created> sync,
      Function<HelpScout, CompletableFuture<Created>> async) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Arguments> creates() {
    Customer customer = RuntimeFixtures.customer();
    CustomerThread customerThread = CustomerThread.builder().text("Hi").customer(customer).build();
    ChatThread chat = ChatThread.builder().text("Hi").customer(customer).build();
    PhoneThread phone = PhoneThread.builder().text("Hi").customer(customer).build();
    ReplyThread reply = ReplyThread.builder().text("Hi").customer(customer).build();
    NoteThread note = RuntimeFixtures.note();
    CreateConversationRequest conversation = RuntimeFixtures.conversation();
    return Stream.of(
        new Create("create", "/v2/conversations", false,
            c -> c.conversations().create(conversation), c -> c.conversations().createAsync(conversation)),
        new Create("createCustomerThread", "/v2/conversations/7/customer", true,
            c -> c.threads().createCustomerThread(7, customerThread),
            c -> c.threads().createCustomerThreadAsync(7, customerThread)),
        new Create("createChatThread", "/v2/conversations/7/chats", true,
            c -> c.threads().createChatThread(7, chat), c -> c.threads().createChatThreadAsync(7, chat)),
        new Create("createPhoneThread", "/v2/conversations/7/phones", true,
            c -> c.threads().createPhoneThread(7, phone), c -> c.threads().createPhoneThreadAsync(7, phone)),
        new Create("createReplyThread", "/v2/conversations/7/reply", true,
            c -> c.threads().createReplyThread(7, reply), c -> c.threads().createReplyThreadAsync(7, reply)),
        new Create("createNote", "/v2/conversations/7/notes", true,
            c -> c.threads().createNote(7, note), c -> c.threads().createNoteAsync(7, note)))
        .map(Arguments::of);
  }

  private Created await(CompletableFuture<Created> future) throws Exception {
    return future.get(10, TimeUnit.SECONDS);
  }

  @ParameterizedTest
  @MethodSource("creates")
  void successIsTheSameCreatedAndTheSameRequest(Create create) throws Exception {
    server.enqueue(RuntimeFixtures.created(31));
    server.enqueue(RuntimeFixtures.created(31));

    Created sync = create.sync().apply(client);
    Created async = await(create.async().apply(client));

    assertEquals(sync.toString(), async.toString());
    assertEquals(31, async.requireId());
    assertEquals(CORRELATION_ID, async.correlationId());
    RecordedRequest first = take(server);
    RecordedRequest second = take(server);
    for (RecordedRequest r : List.of(first, second)) {
      assertEquals("POST", r.getMethod());
      assertEquals(create.path(), r.getUrl().encodedPath());
      assertEquals("Bearer test-token", r.getHeaders().get("Authorization"));
    }
    assertEquals(first.getBody(), second.getBody());
    JsonNode body = JSON.readTree(first.getBody().utf8());
    if (create.threadBody()) {
      // The endpoint says which kind of thread it is: the body carries no "type".
      assertFalse(body.has("type"), body.toString());
    } else {
      assertEquals("customer", body.get("threads").get(0).get("type").asText());
    }
  }

  @ParameterizedTest
  @MethodSource("creates")
  void errorIsTheSameExceptionWithTheSameMessage(Create create) {
    MockResponse locked = new MockResponse.Builder().code(412).addHeader("Content-Type", "application/vnd.error+json")
        .addHeader("Correlation-Id", CORRELATION_ID).body("{\"message\":\"Conversation is locked\"}").build();
    server.enqueue(locked);
    server.enqueue(locked);

    ApiException sync = assertThrows(ApiException.class, () -> create.sync().apply(client));
    Throwable async = assertThrows(ExecutionException.class, () -> await(create.async().apply(client))).getCause();

    assertEquals(sync.getClass(), async.getClass());
    assertEquals(sync.getMessage(), async.getMessage());
    assertEquals(412, sync.status());
  }
}
