package io.mailwright.helpscout;

import static io.mailwright.helpscout.RuntimeFixtures.CORRELATION_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mailwright.runtime.RateLimitException;
import io.mailwright.runtime.internal.TestHooks;
import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A 429's figures are the response's own, whatever they are (an account's limit is shared, and a
 * 429 may come while another integration's requests free the minute): limit, remaining and the
 * wait are read from its headers, and the client's rateLimits() follows the latest response.
 */
class RateLimitFiguresTest {
  @StartStop
  final MockWebServer server = new MockWebServer();

  private HelpScout client;

  @BeforeEach
  void setUp() {
    client = RuntimeFixtures.client(server, new RuntimeFixtures.RecordingSleeper()).maxRetries(0).build();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private static MockResponse tooManyRequests(int limit, int remaining, int retryAfter) {
    return new MockResponse.Builder().code(429)
        .addHeader("X-RateLimit-Limit-Minute", limit)
        .addHeader("X-RateLimit-Remaining-Minute", remaining)
        .addHeader("X-RateLimit-Retry-After", retryAfter)
        .addHeader("Correlation-Id", CORRELATION_ID)
        .build();
  }

  @Test
  void aTooManyRequestsCarriesItsOwnLimitRemainingAndWait() {
    server.enqueue(tooManyRequests(200, 3, 17));

    RateLimitException e = assertThrows(RateLimitException.class,
        () -> client.threads().createNote(123, RuntimeFixtures.note()));

    assertEquals(429, e.status());
    assertEquals(200, e.limitPerMinute());
    assertEquals(3, e.remainingThisMinute());
    assertEquals(Duration.ofSeconds(17), e.retryAfter());
    assertEquals(java.util.OptionalInt.of(200), client.rateLimits().limitPerMinute());
    assertEquals(java.util.OptionalInt.of(3), client.rateLimits().remainingThisMinute());
  }

  @Test
  void rateLimitsFollowTheLatestResponse() {
    server.enqueue(tooManyRequests(400, 11, 5));
    server.enqueue(RuntimeFixtures.created(7).newBuilder()
        .addHeader("X-RateLimit-Limit-Minute", 400)
        .addHeader("X-RateLimit-Remaining-Minute", 250).build());

    assertThrows(RateLimitException.class, () -> client.threads().createNote(123, RuntimeFixtures.note()));
    assertEquals(java.util.OptionalInt.of(11), client.rateLimits().remainingThisMinute());

    assertEquals(java.util.OptionalInt.of(250),
        client.threads().createNote(123, RuntimeFixtures.note()).rateLimit().remainingThisMinute());
    assertEquals(java.util.OptionalInt.of(250), client.rateLimits().remainingThisMinute());
  }

  /** Headers that are no numbers (a proxy's, a misconfigured gateway's) are ignored, never a crash. */
  @Test
  void headersThatAreNoNumbersAreIgnoredAndTheBackoffDecides() {
    RuntimeFixtures.RecordingSleeper sleeper = new RuntimeFixtures.RecordingSleeper();
    try (HelpScout retrying = RuntimeFixtures.client(server, sleeper).maxRetries(1).build()) {
      server.enqueue(new MockResponse.Builder().code(429)
          .addHeader("X-RateLimit-Limit-Minute", "lots")
          .addHeader("X-RateLimit-Remaining-Minute", "none")
          .addHeader("X-RateLimit-Retry-After", "soon")
          .addHeader("Retry-After", "later").build());
      server.enqueue(RuntimeFixtures.created(8));

      assertEquals(8, retrying.threads().createNote(123, RuntimeFixtures.note()).requireId());
      assertEquals(java.util.List.of(Duration.ofSeconds(1)), sleeper.sleeps, "the first step of the backoff");
    }
  }

  @Test
  void aRateLimitExceptionWithoutUsableHeadersHasNoFigures() {
    server.enqueue(new MockResponse.Builder().code(429).addHeader("X-RateLimit-Limit-Minute", "lots").build());

    RateLimitException e = assertThrows(RateLimitException.class,
        () -> client.threads().createNote(123, RuntimeFixtures.note()));

    assertEquals(null, e.limitPerMinute());
    assertEquals(null, e.remainingThisMinute());
  }

  /** Interrupted while it waits out a 429: the caller's interrupt is kept, and the write was not sent again. */
  @Test
  void anInterruptWhileWaitingEndsTheCallAndKeepsTheInterrupt() {
    io.mailwright.runtime.internal.Sleeper interrupted = d -> {
      throw new InterruptedException("interrupted in the wait");
    };
    try (HelpScout waiting = TestHooks.sleeper(RuntimeFixtures.client(server, new RuntimeFixtures.RecordingSleeper()),
        interrupted).maxRetries(3).build()) {
      server.enqueue(tooManyRequests(400, 0, 5));
      server.enqueue(RuntimeFixtures.created(9));

      io.mailwright.runtime.MailwrightException e = assertThrows(
          io.mailwright.runtime.MailwrightException.class,
          () -> waiting.threads().createNote(123, RuntimeFixtures.note()));

      assertEquals(true, Thread.interrupted(), "the interrupt is the caller's: kept (and cleared here)");
      assertEquals(io.mailwright.runtime.TransportException.class, e.getClass(), e.toString());
      assertEquals(1, server.getRequestCount(), "the write was not repeated");
    } finally {
      Thread.interrupted();
    }
  }
}
