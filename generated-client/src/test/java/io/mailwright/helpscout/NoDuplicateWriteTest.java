package io.mailwright.helpscout;

import static io.mailwright.helpscout.RuntimeFixtures.NOTES_PATH;
import static io.mailwright.helpscout.RuntimeFixtures.take;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mailwright.helpscout.RuntimeFixtures.RecordingSleeper;
import io.mailwright.runtime.Created;
import io.mailwright.runtime.OutcomeUnknownException;
import io.mailwright.runtime.ServerException;
import io.mailwright.runtime.TransportException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.SocketFactory;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A create is sent again only when the API certainly did not process it. Anything else that may have
 * reached the API (a 5xx, a timeout, a connection lost after sending) is reported, never repeated:
 * a repeated create is a duplicate thread or conversation.
 */
class NoDuplicateWriteTest {
  private final MockWebServer server = new MockWebServer();
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final List<HelpScout> clients = new ArrayList<>();
  private final List<OkHttpClient> httpClients = new ArrayList<>();

  @BeforeEach
  void setUp() throws IOException {
    // On 127.0.0.1 only: one route, so one connection attempt is one connect().
    server.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  @AfterEach
  void tearDown() {
    clients.forEach(HelpScout::close);
    httpClients.forEach(h -> h.dispatcher().executorService().shutdown());
    server.close();
  }

  private String baseUrl() {
    return "http://127.0.0.1:" + server.getPort() + "/";
  }

  private HelpScout client(HelpScout.Builder builder) {
    HelpScout client = builder.build();
    clients.add(client);
    return client;
  }

  private HelpScout client() {
    return client(RuntimeFixtures.client(server, sleeper).baseUrl(baseUrl()));
  }

  /** Refuses the first {@code refusals} connections, as a port nobody listens on does. */
  static final class RefusingSocketFactory extends SocketFactory {
    final AtomicInteger connects = new AtomicInteger();
    private final int refusals;

    RefusingSocketFactory(int refusals) {
      this.refusals = refusals;
    }

    @Override
    public Socket createSocket() {
      return new Socket() {
        @Override
        public void connect(SocketAddress endpoint, int timeout) throws IOException {
          if (connects.incrementAndGet() <= refusals) {
            throw new ConnectException("Connection refused");
          }
          super.connect(endpoint, timeout);
        }
      };
    }

    @Override
    public Socket createSocket(String host, int port) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Socket createSocket(InetAddress host, int port) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) {
      throw new UnsupportedOperationException();
    }
  }

  private OkHttpClient http(SocketFactory sockets) {
    OkHttpClient http = new OkHttpClient.Builder().socketFactory(sockets).build();
    httpClients.add(http);
    return http;
  }

  @Test
  void serverErrorOnAPostIsNotRetriedAndSaysTheWriteMayHaveBeenApplied() {
    server.enqueue(new MockResponse.Builder().code(500).addHeader("Content-Type", "application/json")
        .body("{\"message\":\"Internal Server Error\"}").build());
    server.enqueue(RuntimeFixtures.created(1));
    HelpScout client = client();

    ServerException e = assertThrows(ServerException.class, () -> client.threads().createNote(123, RuntimeFixtures.note()));

    assertEquals(1, server.getRequestCount());
    assertEquals(500, e.status());
    assertTrue(e.getMessage().contains("may have been applied"), e.getMessage());
    assertTrue(e.getMessage().contains("not sent again"), e.getMessage());
    assertEquals(List.of(), sleeper.sleeps);
  }

  @Test
  void serviceUnavailableWithRetryAfterOnAPostIsNotRetriedEither() {
    // Only a 429 says the request was not processed; a 503 may come after the write was applied.
    server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "5").build());
    server.enqueue(RuntimeFixtures.created(1));
    HelpScout client = client();

    assertThrows(ServerException.class, () -> client.conversations().create(RuntimeFixtures.conversation()));

    assertEquals(1, server.getRequestCount());
  }

  @Test
  void asyncServerErrorFailsTheFutureWithServerExceptionAfterOneRequest() {
    server.enqueue(new MockResponse.Builder().code(502).build());
    server.enqueue(RuntimeFixtures.created(1));
    HelpScout client = client();

    ExecutionException e = assertThrows(ExecutionException.class,
        () -> client.threads().createNoteAsync(123, RuntimeFixtures.note()).get(10, TimeUnit.SECONDS));

    assertInstanceOf(ServerException.class, e.getCause());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void readTimeoutOnAPostIsOutcomeUnknownAndNotRetried() throws Exception {
    // The server reads the whole request, then never answers.
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
    server.enqueue(RuntimeFixtures.created(1));
    HelpScout client = client(RuntimeFixtures.client(server, sleeper).baseUrl(baseUrl())
        .readTimeout(Duration.ofMillis(300)));

    OutcomeUnknownException e = assertThrows(OutcomeUnknownException.class,
        () -> client.threads().createNote(123, RuntimeFixtures.note()));

    assertEquals("POST", e.method());
    assertEquals(NOTES_PATH, e.path());
    assertInstanceOf(SocketTimeoutException.class, e.getCause());
    assertTrue(e.getMessage().contains("may have been applied"), e.getMessage());
    RecordedRequest received = take(server);
    assertTrue(received.getBody().utf8().contains("Called the customer back"), "the API got the whole request");
    assertEquals(1, server.getRequestCount());
    assertEquals(List.of(), sleeper.sleeps);
  }

  @Test
  void asyncReadTimeoutFailsTheFutureWithOutcomeUnknown() {
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
    server.enqueue(RuntimeFixtures.created(1));
    HelpScout client = client(RuntimeFixtures.client(server, sleeper).baseUrl(baseUrl())
        .readTimeout(Duration.ofMillis(300)));

    ExecutionException e = assertThrows(ExecutionException.class,
        () -> client.threads().createNoteAsync(123, RuntimeFixtures.note()).get(10, TimeUnit.SECONDS));

    assertInstanceOf(OutcomeUnknownException.class, e.getCause());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void connectionDroppedAfterThePostWasSentIsOutcomeUnknownAndNotRetried() {
    server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    server.enqueue(RuntimeFixtures.created(1));
    HelpScout client = client();

    assertThrows(OutcomeUnknownException.class, () -> client.conversations().create(RuntimeFixtures.conversation()));

    assertEquals(1, server.getRequestCount());
  }

  @Test
  void connectionRefusedBeforeSendingIsRetriedAndTheWriteSucceeds() throws Exception {
    RefusingSocketFactory sockets = new RefusingSocketFactory(2);
    server.enqueue(RuntimeFixtures.created(7));
    HelpScout client = client(RuntimeFixtures.client(server, sleeper).baseUrl(baseUrl()).okHttpClient(http(sockets)));

    Created created = client.threads().createNote(123, RuntimeFixtures.note());

    assertEquals(7, created.requireId());
    assertEquals(3, sockets.connects.get());
    assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)), sleeper.sleeps);
    assertEquals(1, server.getRequestCount());
    assertTrue(take(server).getBody().utf8().contains("Called the customer back"));
  }

  @Test
  void asyncConnectionRefusedBeforeSendingIsRetriedToo() throws Exception {
    RefusingSocketFactory sockets = new RefusingSocketFactory(1);
    server.enqueue(RuntimeFixtures.created(7));
    HelpScout client = client(RuntimeFixtures.client(server, sleeper).baseUrl(baseUrl()).okHttpClient(http(sockets)));

    Created created = client.threads().createNoteAsync(123, RuntimeFixtures.note()).get(10, TimeUnit.SECONDS);

    assertEquals(7, created.requireId());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void closedPortIsRetriedAtMostMaxRetriesTimesThenTransportException() throws IOException {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      closedPort = s.getLocalPort();
    }
    RefusingSocketFactory counting = new RefusingSocketFactory(0);
    HelpScout client = client(RuntimeFixtures.client(server, sleeper).baseUrl("http://127.0.0.1:" + closedPort + "/")
        .okHttpClient(http(counting)));

    TransportException e = assertThrows(TransportException.class,
        () -> client.threads().createNote(123, RuntimeFixtures.note()));

    assertEquals(4, counting.connects.get(), "the first attempt and 3 retries");
    assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4)), sleeper.sleeps);
    assertInstanceOf(ConnectException.class, rootCause(e));
    assertTrue(e.getMessage().contains("did not receive"), e.getMessage());
  }

  @Test
  void connectionRefusedWithRetriesOffFailsAtOnce() {
    RefusingSocketFactory sockets = new RefusingSocketFactory(1);
    server.enqueue(RuntimeFixtures.created(7));
    HelpScout client = client(RuntimeFixtures.client(server, sleeper).baseUrl(baseUrl()).maxRetries(0)
        .okHttpClient(http(sockets)));

    assertThrows(TransportException.class, () -> client.threads().createNote(123, RuntimeFixtures.note()));

    assertEquals(1, sockets.connects.get());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void postIsRepeatedAfterA429() {
    server.enqueue(new MockResponse.Builder().code(429).addHeader("X-RateLimit-Retry-After", "1")
        .body("{\"message\":\"API rate limit exceeded\"}").build());
    server.enqueue(RuntimeFixtures.created(8));

    assertEquals(8, client().threads().createNote(123, RuntimeFixtures.note()).requireId());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void requestHoldingAStreamIsNotRepeatedAfterA429AndTheExceptionSaysWhy() {
    // A stream can be read once: the client cannot send its content again, and must not pretend it tried.
    server.enqueue(new MockResponse.Builder().code(429).addHeader("X-RateLimit-Retry-After", "1")
        .body("{\"message\":\"API rate limit exceeded\"}").build());
    server.enqueue(RuntimeFixtures.created(8));
    byte[] content = "log line\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    NoteThread note = NoteThread.builder().text("Log attached")
        .addAttachment(Attachment.of("app.log", new java.io.ByteArrayInputStream(content), content.length)).build();
    HelpScout client = client();

    io.mailwright.runtime.RateLimitException e = assertThrows(
        io.mailwright.runtime.RateLimitException.class, () -> client.threads().createNote(123, note));

    assertEquals(1, server.getRequestCount());
    assertEquals(List.of(), sleeper.sleeps);
    assertTrue(e.getMessage().contains("stream"), e.getMessage());
  }

  @Test
  void attachmentStreamEndingBeforeItsLengthIsATransportExceptionSayingTheRequestWasIncomplete() {
    // The body breaks off mid-way: the API never saw a complete request, and the stream cannot be read again.
    byte[] content = "short".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    NoteThread note = NoteThread.builder().text("Log attached")
        .addAttachment(Attachment.of("app.log", new java.io.ByteArrayInputStream(content), 1000)).build();
    server.enqueue(RuntimeFixtures.created(1));
    HelpScout client = client();

    TransportException e = assertThrows(TransportException.class, () -> client.threads().createNote(123, note));

    assertTrue(e.getMessage().contains("did not receive a complete request"), e.getMessage());
    assertTrue(e.getMessage().contains("ended after 5 of its 1000 bytes"), e.getMessage());
    assertEquals(List.of(), sleeper.sleeps);
  }

  private static Throwable rootCause(Throwable t) {
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }
}
