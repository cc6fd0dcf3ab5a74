package io.mailwright.helpscout;

import static io.mailwright.helpscout.RuntimeFixtures.CORRELATION_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mailwright.helpscout.RuntimeFixtures.FakeClock;
import io.mailwright.helpscout.RuntimeFixtures.RecordingSleeper;
import io.mailwright.runtime.ApiException;
import io.mailwright.runtime.Authentication;
import io.mailwright.runtime.BadRequestException;
import io.mailwright.runtime.MailwrightException;
import io.mailwright.runtime.RateLimitException;
import io.mailwright.runtime.RateLimiter;
import io.mailwright.runtime.ServerException;
import io.mailwright.runtime.TransportException;
import io.mailwright.runtime.internal.TestHooks;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The HTTP pipeline as a user meets it: how a 429 it will not wait out is explained, which waits it
 * takes after a failed connection, what the client-side limiter does, what the HTTP log shows, a
 * token source of the user's own, and the first line of every error's message.
 */
class PipelineBehaviourTest {
  @StartStop
  final MockWebServer server = new MockWebServer();

  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final List<AutoCloseable> closeables = new ArrayList<>();

  @AfterEach
  void tearDown() throws Exception {
    for (AutoCloseable c : closeables) {
      c.close();
    }
  }

  private HelpScout build(HelpScout.Builder builder) {
    HelpScout client = builder.build();
    closeables.add(client);
    return client;
  }

  private HelpScout.Builder builder() {
    return RuntimeFixtures.client(server, sleeper);
  }

  private RawServer raw(RawServer.Script script) throws IOException {
    RawServer raw = new RawServer(script);
    closeables.add(raw);
    return raw;
  }

  private static void write(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.ISO_8859_1));
  }

  /** A loopback port nobody listens on: a connection to it is refused. */
  private static int closedPort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      return s.getLocalPort();
    }
  }

  private static MockResponse.Builder tooManyRequests() {
    return new MockResponse.Builder().code(429)
        .addHeader("Content-Type", "application/json")
        .addHeader("Correlation-Id", CORRELATION_ID)
        .body("{\"message\":\"API rate limit exceeded\"}");
  }

  // --- 429s the client does not wait out ---

  @Test
  void aWaitLongerThanMaxRetryWaitIsExplainedInTheUnitsOfEachFigure() {
    server.enqueue(tooManyRequests().addHeader("X-RateLimit-Retry-After", "2").build());
    HelpScout client = build(builder().maxRetryWait(Duration.ofMillis(500)));

    RateLimitException e = assertThrows(RateLimitException.class,
        () -> client.threads().createNote(123, RuntimeFixtures.note()));

    assertTrue(e.getMessage().contains("the API asked to wait 2 s, longer than maxRetryWait (500 ms): not sent again;"
        + " the request was not processed"), e.getMessage());
    assertEquals(Duration.ofSeconds(2), e.retryAfter());
    assertEquals(1, server.getRequestCount());
    assertEquals(List.of(), sleeper.sleeps);
  }

  @Test
  void aWaitOfExactlyMaxRetryWaitIsTakenAndTheRequestRepeated() {
    server.enqueue(tooManyRequests().addHeader("X-RateLimit-Retry-After", "5").build());
    server.enqueue(RuntimeFixtures.created(99));
    HelpScout client = build(builder().maxRetryWait(Duration.ofSeconds(5)));

    assertEquals(99, client.threads().createNote(123, RuntimeFixtures.note()).requireId());

    assertEquals(List.of(Duration.ofSeconds(5)), sleeper.sleeps);
  }

  @Test
  void aRetryAfterOfFortyDigitsIsTheLongestWaitThereIsNotAMissingHeader() {
    String forty = "9".repeat(40);
    for (int i = 0; i < 4; i++) {
      server.enqueue(tooManyRequests().addHeader("X-RateLimit-Retry-After", forty).build());
    }
    HelpScout client = build(builder());

    RateLimitException e = assertThrows(RateLimitException.class,
        () -> client.threads().createNote(123, RuntimeFixtures.note()));

    assertEquals(Duration.ofSeconds(Long.MAX_VALUE), e.retryAfter());
    assertEquals(1, server.getRequestCount(), "a wait longer than maxRetryWait is not taken");
    assertEquals(List.of(), sleeper.sleeps);
  }

  @Test
  void withoutACallTimeoutA429IsWaitedOutAsAsked() {
    server.enqueue(tooManyRequests().addHeader("X-RateLimit-Retry-After", "5").build());
    server.enqueue(RuntimeFixtures.created(99));
    HelpScout client = build(builder().callTimeout(Duration.ZERO));

    assertEquals(99, client.threads().createNote(123, RuntimeFixtures.note()).requireId());

    assertEquals(List.of(Duration.ofSeconds(5)), sleeper.sleeps);
    assertEquals(2, server.getRequestCount());
  }

  // --- connections that never carried the request ---

  @Test
  void aRefusedConnectionIsTriedAgainAfterOneThenTwoSecondsAndThenReportedAsNotReceived() throws IOException {
    HelpScout client = build(builder().baseUrl("http://127.0.0.1:" + closedPort() + "/").maxRetries(2));

    TransportException e = assertThrows(TransportException.class,
        () -> client.threads().createNote(123, RuntimeFixtures.note()));

    assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)), sleeper.sleeps);
    assertTrue(e.getMessage().contains("(3 attempts)"), e.getMessage());
    assertTrue(e.getMessage().contains("the API did not receive it"), e.getMessage());
    // A failure that quotes no credential is handed on as it is: its type tells what happened.
    boolean refused = false;
    for (Throwable t = e; t != null; t = t.getCause()) {
      refused |= t instanceof java.net.ConnectException;
    }
    assertTrue(refused, () -> "the ConnectException is in the causes of " + e);
  }

  @Test
  void aReadThatPassesItsCallTimeoutIsATransportExceptionNotAnUnknownOutcome() {
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
    // The call timeout ends the call: it is what this test waits for, and it always fires.
    HelpScout client = build(builder().callTimeout(Duration.ofSeconds(1)).readTimeout(Duration.ofMinutes(5)));

    MailwrightException e = assertThrows(MailwrightException.class, () -> client.conversations().resolveMerged(1234));

    assertEquals(TransportException.class, e.getClass(), e::toString);
  }

  @Test
  void aCallFromAnInterruptedThreadSendsNothingFailsAsATransportExceptionAndKeepsTheInterrupt() {
    HelpScout client = build(builder());
    Thread.currentThread().interrupt();
    try {
      // OkHttp throws an undeclared InterruptedException while connecting: the call declares none.
      TransportException e = assertThrows(TransportException.class,
          () -> client.threads().createNote(123, RuntimeFixtures.note()));

      assertTrue(Thread.interrupted(), "the interrupt is the caller's: kept (and cleared here)");
      assertTrue(e.getMessage().contains("interrupted"), e.getMessage());
      assertEquals(0, server.getRequestCount());
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void anOAuthCodeExchangeFromAnInterruptedThreadFailsAsATransportExceptionAndKeepsTheInterrupt() {
    okhttp3.OkHttpClient http = new okhttp3.OkHttpClient();
    closeables.add(() -> http.dispatcher().executorService().shutdown());
    io.mailwright.runtime.OAuth oauth = HelpScout.oauth(server.url("/").toString(), "app-id", "app-secret",
        io.mailwright.runtime.TokenStore.inMemory(null), http, java.time.Clock.systemUTC());
    Thread.currentThread().interrupt();
    try {
      TransportException e = assertThrows(TransportException.class, () -> oauth.exchangeCode("code-1"));

      assertTrue(Thread.interrupted(), "the interrupt is the caller's: kept (and cleared here)");
      assertTrue(e.getMessage().contains("interrupted"), e.getMessage());
      assertEquals(0, server.getRequestCount());
    } finally {
      Thread.interrupted();
    }
  }

  // --- the client-side limiter ---

  @Test
  void aRateLimiterSharedByTwoClientsCountsTheRequestsOfBoth() {
    server.enqueue(RuntimeFixtures.created(1));
    server.enqueue(RuntimeFixtures.created(2));
    RateLimiter shared = new RateLimiter(2);
    HelpScout first = build(builder().rateLimiter(shared));
    HelpScout second = build(builder().rateLimiter(shared).callTimeout(Duration.ofSeconds(5)));

    first.threads().createNote(123, RuntimeFixtures.note());
    // A write costs 2: the allowance of 2 a minute is spent, and its refill takes about a minute.
    TransportException e = assertThrows(TransportException.class,
        () -> second.threads().createNote(123, RuntimeFixtures.note()));

    assertTrue(e.getMessage().contains("client-side rate limit"), e.getMessage());
    assertEquals(1, server.getRequestCount(), "the second write was not sent");
  }

  @Test
  void theLimiterRefillsAtItsRateAndAPartlyRefilledAllowanceWaitsOnlyForTheRest() {
    FakeClock clock = new FakeClock();
    RecordingSleeper moving = new RecordingSleeper(clock);
    for (int i = 0; i < 9; i++) {
      server.enqueue(new MockResponse.Builder().code(200).build());
    }
    // 7 a minute: a read's cost comes back every 60/7 s (8.571428571... s).
    HelpScout client = build(TestHooks.sleeper(TestHooks.clock(builder(), clock), moving).requestsPerMinute(7));

    for (int i = 0; i < 7; i++) {
      assertEquals(1234, client.conversations().resolveMerged(1234));
    }
    assertEquals(List.of(), moving.sleeps, "7 reads at once");
    clock.advance(Duration.ofSeconds(6));   // 0.7 of a read back: the 8th waits for the other 0.3 only
    client.conversations().resolveMerged(1234);
    client.conversations().resolveMerged(1234);   // from empty: a whole read's time

    assertEquals(2, moving.sleeps.size(), moving.sleeps::toString);
    assertAbout(2_571_428_571L, moving.sleeps.get(0));
    assertAbout(8_571_428_571L, moving.sleeps.get(1));
    assertEquals(9, server.getRequestCount());
  }

  /** Equal to the nanosecond, but for the rounding up of a fraction of one. */
  private static void assertAbout(long nanos, Duration wait) {
    assertTrue(Math.abs(wait.toNanos() - nanos) <= 1, () -> "expected about " + Duration.ofNanos(nanos) + ", was " + wait);
  }

  // --- the HTTP log ---

  @Test
  void theLogShowsTheRequestAndTheResponseWithItsHeadersAndADurationWithinTheCall() {
    server.enqueue(RuntimeFixtures.created(99));
    List<String> log = new CopyOnWriteArrayList<>();
    HelpScout client = build(builder().httpLog(log::add));

    long start = System.nanoTime();
    client.threads().createNote(123, RuntimeFixtures.note());
    long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

    assertEquals(2, log.size(), log::toString);
    assertTrue(log.get(0).startsWith("--> POST " + server.url("/v2/conversations/123/notes")), log.get(0));
    assertTrue(log.get(0).contains("\n    Authorization: ██"), log.get(0));
    String response = log.get(1);
    Matcher m = Pattern.compile("<-- 201 [A-Za-z ]+ " + Pattern.quote(server.url("/v2/conversations/123/notes").toString())
        + " \\(([0-9]+) ms\\)").matcher(response);
    assertTrue(m.lookingAt(), response);
    long logged = Long.parseLong(m.group(1));
    assertTrue(logged <= elapsedMillis, () -> "the exchange took no longer than the call: " + logged + " ms > "
        + elapsedMillis + " ms");
    assertTrue(response.contains("\n    Resource-ID: 99"), response);
    assertTrue(response.contains("\n    Correlation-Id: " + CORRELATION_ID), response);
  }

  @Test
  void theLogShowsAnExchangeThatFailedAndTheTokenRequestWithoutItsBody() throws IOException {
    FakeAuthServer api = new FakeAuthServer();
    server.setDispatcher(api);
    List<String> log = new CopyOnWriteArrayList<>();
    HelpScout client = build(HelpScout.builder().baseUrl(server.url("/").toString())
        .clientCredentials("app-id", "app-secret").httpLog(log::add));

    client.threads().createNote(123, RuntimeFixtures.note());

    assertTrue(log.get(0).startsWith("--> POST " + server.url(FakeAuthServer.TOKEN_PATH)
        + " (token request; body redacted)"), log::toString);
    assertFalse(log.get(2).contains("token request"), log::toString);

    List<String> failing = new CopyOnWriteArrayList<>();
    // The raw server reads the request, then closes without answering.
    RawServer silent = raw((i, line, body, out) -> { });
    HelpScout broken = build(builder().baseUrl(silent.baseUrl()).httpLog(failing::add));
    assertThrows(io.mailwright.runtime.OutcomeUnknownException.class,
        () -> broken.threads().createNote(123, RuntimeFixtures.note()));
    assertEquals(2, failing.size(), failing::toString);
    assertTrue(failing.get(1).startsWith("<-- POST " + silent.baseUrl() + "v2/conversations/123/notes failed: "),
        failing.get(1));
  }

  // --- a token source of the user's own ---

  @Test
  void aCustomAuthenticationsTokensAreSentRenewedAfterA401AndCutOutOfWhatTheServerEchoes() throws Exception {
    List<String> rejected = new CopyOnWriteArrayList<>();
    Authentication mine = new Authentication() {
      @Override
      public String accessToken() {
        return "my-first-token";
      }

      @Override
      public String renew(String refused) {
        rejected.add(refused);
        return "my-second-token";
      }
    };
    server.enqueue(new MockResponse.Builder().code(401).build());
    server.enqueue(RuntimeFixtures.created(7));
    server.enqueue(new MockResponse.Builder().code(400).addHeader("Content-Type", "application/vnd.error+json")
        .body("{\"message\":\"bad token my-first-token\",\"logRef\":\"x#1\"}").build());
    HelpScout client = build(builder().authentication(mine));

    assertEquals(7, client.threads().createNote(123, RuntimeFixtures.note()).requireId());
    BadRequestException e = assertThrows(BadRequestException.class,
        () -> client.threads().createNote(123, RuntimeFixtures.note()));

    assertEquals(List.of("my-first-token"), rejected);
    assertEquals("Bearer my-first-token", RuntimeFixtures.take(server).getHeaders().get("Authorization"));
    assertEquals("Bearer my-second-token", RuntimeFixtures.take(server).getHeaders().get("Authorization"));
    assertEquals("bad token ██", e.apiMessage());
    assertFalse(e.getMessage().contains("my-first-token"), e.getMessage());
  }

  // --- what an error's message says first ---

  @Test
  void anErrorsMessageNamesRequestStatusReasonExplanationAndTheApisWords() {
    server.enqueue(new MockResponse.Builder().status("HTTP/1.1 503 Service Unavailable").addHeader("Content-Type", "application/json")
        .addHeader("Correlation-Id", "c#1").body("{\"message\":\"resting\"}").build());

    ServerException e = assertThrows(ServerException.class,
        () -> build(builder()).threads().createNote(123, RuntimeFixtures.note()));

    assertTrue(e.getMessage().startsWith("POST /v2/conversations/123/notes → 503 Service Unavailable: the API failed;"),
        e.getMessage());
    assertTrue(e.getMessage().endsWith(" (API says: resting; correlation id c#1)"), e.getMessage());
  }

  @Test
  void anErrorWithoutReasonPhraseOrApiMessageLeavesNoEmptyParts() throws IOException {
    RawServer bare = raw((i, line, body, out) -> write(out,
        "HTTP/1.1 500 \r\nCorrelation-Id: c#2\r\nContent-Length: 0\r\n\r\n"));

    ServerException e = assertThrows(ServerException.class,
        () -> build(builder().baseUrl(bare.baseUrl())).threads().createNote(123, RuntimeFixtures.note()));

    assertTrue(e.getMessage().startsWith("POST /v2/conversations/123/notes → 500: the API failed;"), e.getMessage());
    assertTrue(e.getMessage().endsWith("repeated create makes a duplicate (correlation id c#2)"), e.getMessage());
  }

  @Test
  void theApisWordsWithoutACorrelationIdAndAnErrorWithNeitherEndTheirMessagesCleanly() {
    server.enqueue(RuntimeFixtures.json(503, "{\"message\":\"resting\"}"));
    server.enqueue(new MockResponse.Builder().code(500).build());
    HelpScout client = build(builder());

    String words = assertThrows(ServerException.class,
        () -> client.threads().createNote(123, RuntimeFixtures.note())).getMessage();
    String neither = assertThrows(ServerException.class,
        () -> client.threads().createNote(123, RuntimeFixtures.note())).getMessage();

    assertTrue(words.endsWith("a repeated create makes a duplicate (API says: resting)"), words);
    assertTrue(neither.endsWith("a repeated create makes a duplicate"), neither);
  }

  @Test
  void aStatusTheOperationDoesNotDocumentIsAnUnexpectedStatus() {
    server.enqueue(new MockResponse.Builder().code(409).build());

    ApiException e = assertThrows(ApiException.class,
        () -> build(builder()).threads().createNote(123, RuntimeFixtures.note()));

    assertEquals(409, e.status());
    assertTrue(e.getMessage().startsWith("POST /v2/conversations/123/notes → 409 Client Error: unexpected status"),
        e.getMessage());
  }

  @Test
  void aBadRequestCountsTheFieldsItRejects() {
    String one = "{\"path\":\"text\",\"message\":\"may not be empty\"}";
    String two = "{\"path\":\"user\",\"message\":\"unknown user\"}";
    for (String errors : List.of("", one, one + "," + two)) {
      server.enqueue(new MockResponse.Builder().code(400).addHeader("Content-Type", "application/vnd.error+json")
          .body("{\"logRef\":\"x#1\",\"message\":\"Bad request\"" + (errors.isEmpty() ? ""
              : ",\"_embedded\":{\"errors\":[" + errors + "]}") + "}").build());
    }
    HelpScout client = build(builder());

    List<String> messages = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      messages.add(assertThrows(BadRequestException.class,
          () -> client.threads().createNote(123, RuntimeFixtures.note())).getMessage());
    }

    assertTrue(messages.get(0).contains(": the API rejected the request ("), messages.get(0));
    assertTrue(messages.get(1).contains(": the API rejected 1 field\n  text"), messages.get(1));
    assertTrue(messages.get(2).contains(": the API rejected 2 fields\n  text"), messages.get(2));
    assertTrue(messages.get(2).contains("\n  user"), messages.get(2));
  }

  @Test
  void aBodyThatBreaksOffIsQuotedAsFarAsItCameAndItsReadFailureIsTheCause() throws IOException {
    RawServer cut = raw((i, line, body, out) -> write(out, i == 0
        ? "HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html\r\nContent-Length: 4000\r\n\r\n<html><body>Bad Gat"
        : "HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html\r\nContent-Length: 4000\r\n\r\n"));
    HelpScout client = build(builder().baseUrl(cut.baseUrl()));

    ServerException some = assertThrows(ServerException.class,
        () -> client.threads().createNote(123, RuntimeFixtures.note()));
    ServerException none = assertThrows(ServerException.class,
        () -> client.threads().createNote(123, RuntimeFixtures.note()));

    assertTrue(some.getMessage().contains("; it began '<html><body>Bad Gat'"), some.getMessage());
    assertFalse(none.getMessage().contains("it began"), none.getMessage());
    assertTrue(none.getMessage().contains("the response body could not be read"), none.getMessage());
    assertInstanceOf(IOException.class, some.getCause());
    assertNotNull(none.getCause());
  }

  @Test
  void aPageThatIsNotJsonIsQuotedWholeUpTo200CharactersAndSaysWhenOnlyItsStartWasRead() {
    String exactly200 = "x".repeat(200);
    server.enqueue(new MockResponse.Builder().code(502).addHeader("Content-Type", "text/html").body(exactly200).build());
    server.enqueue(new MockResponse.Builder().code(502).addHeader("Content-Type", "text/html")
        .body("y".repeat(70 * 1024)).build());
    HelpScout client = build(builder());

    String whole = assertThrows(ServerException.class,
        () -> client.threads().createNote(123, RuntimeFixtures.note())).getMessage();
    String huge = assertThrows(ServerException.class,
        () -> client.threads().createNote(123, RuntimeFixtures.note())).getMessage();

    assertTrue(whole.contains("the response body is not JSON: '" + exactly200 + "'"), whole);
    assertFalse(whole.contains("first 64 KiB"), whole);
    assertTrue(huge.contains("the response body is not JSON (only its first 64 KiB were read): '" + "y".repeat(200)
        + "…'"), huge);
  }

  @Test
  void aConversationThatDidNotMoveKeepsItsId() {
    server.enqueue(RuntimeFixtures.json(200, "{\"id\":1234}"));

    assertEquals(1234, build(builder()).conversations().resolveMerged(1234));
  }
}
