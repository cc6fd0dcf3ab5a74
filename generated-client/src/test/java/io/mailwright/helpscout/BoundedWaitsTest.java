package io.mailwright.helpscout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mailwright.helpscout.RuntimeFixtures.FakeClock;
import io.mailwright.helpscout.RuntimeFixtures.RecordingSleeper;
import io.mailwright.runtime.OutcomeUnknownException;
import io.mailwright.runtime.RateLimitException;
import io.mailwright.runtime.TransportException;
import io.mailwright.runtime.internal.RateGate;
import io.mailwright.runtime.internal.TestHooks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every wait has a bound: a server's Retry-After, the call's deadline, a stepped clock, a trickling server. */
class BoundedWaitsTest {
  @StartStop
  final MockWebServer server = new MockWebServer();

  private final RecordingSleeper sleeper = new RecordingSleeper();
  private HelpScout client;

  @AfterEach
  void tearDown() {
    if (client != null) {
      client.close();
    }
  }

  private HelpScout client(HelpScout.Builder builder) {
    client = builder.build();
    return client;
  }

  private static MockResponse tooManyRequests(String header, String value) {
    return new MockResponse.Builder().code(429).addHeader("Content-Type", "application/json")
        .addHeader(header, value).body("{\"message\":\"API rate limit exceeded\"}").build();
  }

  @ParameterizedTest
  @ValueSource(strings = {"999999999", "99999999999999999999999", "61"})
  void xRateLimitRetryAfterBeyondMaxRetryWaitIsARateLimitExceptionAtOnce(String seconds) {
    server.enqueue(tooManyRequests("X-RateLimit-Retry-After", seconds));
    server.enqueue(RuntimeFixtures.created(1));

    RateLimitException e = assertThrows(RateLimitException.class,
        () -> client(RuntimeFixtures.client(server, sleeper)).threads().createNote(123, RuntimeFixtures.note()));

    assertEquals(List.of(), sleeper.sleeps, "nothing was waited");
    assertEquals(1, server.getRequestCount());
    assertTrue(e.retryAfter().compareTo(Duration.ofSeconds(60)) > 0, String.valueOf(e.retryAfter()));
    assertTrue(e.getMessage().contains("maxRetryWait"), e.getMessage());
  }

  @Test
  void retryAfterAsAnHttpDateInTheYear9999IsNotWaited() {
    server.enqueue(tooManyRequests("Retry-After", "Fri, 31 Dec 9999 23:59:59 GMT"));
    server.enqueue(RuntimeFixtures.created(1));

    RateLimitException e = assertThrows(RateLimitException.class,
        () -> client(RuntimeFixtures.client(server, sleeper)).threads().createNote(123, RuntimeFixtures.note()));

    assertEquals(List.of(), sleeper.sleeps);
    assertTrue(e.retryAfter().toDays() > 365L * 7000, String.valueOf(e.retryAfter()));
  }

  @Test
  void anHttpDateIsReadAgainstTheClientsClock() {
    FakeClock clock = new FakeClock(Instant.parse("2030-01-01T00:00:00Z"));
    String in30Seconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(
        Instant.parse("2030-01-01T00:00:30Z").atOffset(ZoneOffset.UTC));
    server.enqueue(tooManyRequests("Retry-After", in30Seconds));
    server.enqueue(RuntimeFixtures.created(1));

    client(TestHooks.clock(RuntimeFixtures.client(server, sleeper), clock)).threads().createNote(123, RuntimeFixtures.note());

    assertEquals(List.of(Duration.ofSeconds(30)), sleeper.sleeps);
  }

  @Test
  void maxRetryWaitIsConfigurable() {
    server.enqueue(tooManyRequests("X-RateLimit-Retry-After", "30"));
    server.enqueue(RuntimeFixtures.created(1));

    RateLimitException e = assertThrows(RateLimitException.class, () -> client(RuntimeFixtures.client(server, sleeper)
        .maxRetryWait(Duration.ofSeconds(10))).threads().createNote(123, RuntimeFixtures.note()));

    assertEquals(Duration.ofSeconds(30), e.retryAfter());
    assertEquals(List.of(), sleeper.sleeps);
  }

  @Test
  void aWaitThatWouldPassTheCallTimeoutIsNotStartedAndTheWriteIsARateLimitException() {
    server.enqueue(tooManyRequests("X-RateLimit-Retry-After", "20"));
    server.enqueue(RuntimeFixtures.created(1));

    RateLimitException e = assertThrows(RateLimitException.class, () -> client(RuntimeFixtures.client(server, sleeper)
        .callTimeout(Duration.ofSeconds(5))).threads().createNote(123, RuntimeFixtures.note()));

    assertEquals(List.of(), sleeper.sleeps);
    assertEquals(1, server.getRequestCount());
    assertEquals(Duration.ofSeconds(20), e.retryAfter());
    assertTrue(e.getMessage().contains("callTimeout"), e.getMessage());
  }

  @Test
  void asyncToo() {
    server.enqueue(tooManyRequests("X-RateLimit-Retry-After", "20"));

    ExecutionException e = assertThrows(ExecutionException.class, () -> client(RuntimeFixtures.client(server, sleeper)
        .callTimeout(Duration.ofSeconds(5))).threads().createNoteAsync(123, RuntimeFixtures.note())
        .get(30, TimeUnit.SECONDS));

    assertInstanceOf(RateLimitException.class, e.getCause());
    assertEquals(List.of(), sleeper.sleeps);
  }

  @Test
  void theClientSideLimiterDoesNotWaitPastTheCallTimeoutEither() {
    FakeClock clock = new FakeClock();
    RecordingSleeper advancing = new RecordingSleeper(clock);
    server.enqueue(RuntimeFixtures.created(1));
    server.enqueue(RuntimeFixtures.created(2));
    // 2 a minute: the second write must wait 60 s for its 2, more than the call may take.
    HelpScout c = client(TestHooks.clock(RuntimeFixtures.client(server, advancing), clock).requestsPerMinute(2)
        .callTimeout(Duration.ofSeconds(5)));
    c.threads().createNote(123, RuntimeFixtures.note());

    TransportException e = assertThrows(TransportException.class, () -> c.threads().createNote(123, RuntimeFixtures.note()));

    assertTrue(e.getMessage().contains("requestsPerMinute"), e.getMessage());
    assertEquals(List.of(), advancing.sleeps);
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void aWallClockSteppedBackAnHourDoesNotStallTheLimiter() throws InterruptedException {
    FakeClock clock = new FakeClock();
    RecordingSleeper advancing = new RecordingSleeper(clock);
    RateGate limiter = new RateGate(60, clock, advancing);
    for (int i = 0; i < 30; i++) {
      limiter.acquire("POST");
    }
    assertEquals(List.of(), advancing.sleeps);

    clock.advance(Duration.ofHours(-1));
    limiter.acquire("POST");

    Duration waited = advancing.sleeps.stream().reduce(Duration.ZERO, Duration::plus);
    assertTrue(waited.compareTo(Duration.ofSeconds(3)) < 0, "waited " + waited);
  }

  /**
   * A token endpoint that trickles its answer a byte every 100 ms: the token request is bounded by
   * the call timeout too, and the write, never sent, is a TransportException.
   */
  @Test
  @Timeout(60)
  void aTokenEndpointTricklingItsAnswerIsCutOffByTheCallTimeoutAndNothingIsSent() throws IOException {
    try (RawServer trickling = new RawServer((i, line, body, out) -> {
      byte[] head = "HTTP/1.1 200 OK\r\nX-Padding: ".getBytes(StandardCharsets.ISO_8859_1);
      try {
        for (int n = 0; ; n++) {
          out.write(n < head.length ? head[n] : 'a');
          out.flush();
          Thread.sleep(100);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    })) {
      HelpScout c = client(HelpScout.builder().baseUrl(trickling.baseUrl()).clientCredentials("app", "secret")
          .readTimeout(Duration.ofSeconds(30)).callTimeout(Duration.ofSeconds(2)));

      TransportException e = assertThrows(TransportException.class,
          () -> c.threads().createNote(123, RuntimeFixtures.note()));

      assertTrue(e.getMessage().contains("oauth2/token"), e.getMessage());
      assertEquals(1, trickling.requests.get(), "only the token request reached the server");
    }
  }

  /** A server that sends its status line and headers one byte every 100 ms, for ever. */
  @Test
  @Timeout(60)
  void aServerTricklingItsAnswerIsCutOffByTheCallTimeout() throws IOException {
    try (RawServer trickling = new RawServer((i, line, body, out) -> {
      byte[] head = "HTTP/1.1 201 Created\r\nX-Padding: ".getBytes(StandardCharsets.ISO_8859_1);
      try {
        for (int n = 0; ; n++) {
          out.write(n < head.length ? head[n] : 'a');
          out.flush();
          Thread.sleep(100);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    })) {
      HelpScout c = client(HelpScout.builder().baseUrl(trickling.baseUrl()).accessToken("test-token")
          .readTimeout(Duration.ofSeconds(30)).callTimeout(Duration.ofSeconds(2)));

      OutcomeUnknownException e = assertThrows(OutcomeUnknownException.class,
          () -> c.threads().createNote(123, RuntimeFixtures.note()));

      assertTrue(e.getMessage().contains("may have been applied"), e.getMessage());
      assertEquals(1, trickling.requests.get());
    }
  }
}
