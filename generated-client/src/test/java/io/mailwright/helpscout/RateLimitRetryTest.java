package io.mailwright.helpscout;

import static io.mailwright.helpscout.RuntimeFixtures.CORRELATION_ID;
import static io.mailwright.helpscout.RuntimeFixtures.NOTES_PATH;
import static io.mailwright.helpscout.RuntimeFixtures.take;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mailwright.helpscout.RuntimeFixtures.FakeClock;
import io.mailwright.helpscout.RuntimeFixtures.RecordingSleeper;
import io.mailwright.runtime.Created;
import io.mailwright.runtime.RateLimitException;
import io.mailwright.runtime.internal.Sleeper;
import io.mailwright.runtime.internal.TestHooks;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** 429s are waited out as the API asks, within a bound; the figures of the rate-limit headers are readable. */
class RateLimitRetryTest {
  @StartStop
  final MockWebServer server = new MockWebServer();

  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final List<HelpScout> clients = new ArrayList<>();

  @AfterEach
  void tearDown() {
    clients.forEach(HelpScout::close);
  }

  private HelpScout client(HelpScout.Builder builder) {
    HelpScout client = builder.build();
    clients.add(client);
    return client;
  }

  private HelpScout client() {
    return client(RuntimeFixtures.client(server, sleeper));
  }

  /** The gateway's 429: its own small JSON body, not vnd.error. */
  private static MockResponse.Builder tooManyRequests() {
    return new MockResponse.Builder().code(429)
        .addHeader("Content-Type", "application/json")
        .addHeader("Correlation-Id", CORRELATION_ID)
        .addHeader("X-RateLimit-Limit-Minute", "400")
        .addHeader("X-RateLimit-Remaining-Minute", "0")
        .body("{\"message\":\"API rate limit exceeded\"}");
  }

  @Test
  void tooManyRequestsThenCreatedWaitsXRateLimitRetryAfterAndRepeatsThePost() throws Exception {
    server.enqueue(tooManyRequests().addHeader("X-RateLimit-Retry-After", "7").addHeader("Retry-After", "30").build());
    server.enqueue(RuntimeFixtures.created(99));

    Created created = client().threads().createNote(123, RuntimeFixtures.note());

    assertEquals(99, created.requireId());
    // X-RateLimit-Retry-After is the API's own figure: it wins over a standard Retry-After.
    assertEquals(List.of(Duration.ofSeconds(7)), sleeper.sleeps);
    RecordedRequest first = take(server);
    RecordedRequest second = take(server);
    assertEquals(2, server.getRequestCount());
    assertEquals(NOTES_PATH, second.getUrl().encodedPath());
    assertEquals(first.getBody(), second.getBody());
  }

  @Test
  void retryAfterIsHonouredWhenItIsTheOnlyHeader() {
    server.enqueue(tooManyRequests().addHeader("Retry-After", "12").build());
    server.enqueue(RuntimeFixtures.created(99));

    client().threads().createNote(123, RuntimeFixtures.note());

    assertEquals(List.of(Duration.ofSeconds(12)), sleeper.sleeps);
  }

  @Test
  void withoutRetryAfterHeadersTheBackoffDoublesUpToAMinute() {
    HelpScout client = client(RuntimeFixtures.client(server, sleeper).maxRetries(9));
    for (int i = 0; i < 9; i++) {
      server.enqueue(tooManyRequests().build());
    }
    server.enqueue(RuntimeFixtures.created(99));

    client.threads().createNote(123, RuntimeFixtures.note());

    assertEquals(Stream.of(1, 2, 4, 8, 16, 32, 60, 60, 60).map(Duration::ofSeconds).toList(), sleeper.sleeps);
    assertEquals(10, server.getRequestCount());
  }

  @Test
  void givesUpAfterThreeRetriesByDefaultWithRateLimitException() {
    for (int i = 0; i < 5; i++) {
      server.enqueue(tooManyRequests().addHeader("X-RateLimit-Retry-After", "5").build());
    }
    HelpScout client = client();

    RateLimitException e = assertThrows(RateLimitException.class,
        () -> client.threads().createNote(123, RuntimeFixtures.note()));

    assertEquals(4, server.getRequestCount());
    assertEquals(List.of(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(5)), sleeper.sleeps);
    assertEquals(429, e.status());
    assertEquals(Duration.ofSeconds(5), e.retryAfter());
    assertEquals(0, e.remainingThisMinute());
  }

  @Test
  void maxRetriesIsConfigurable() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(tooManyRequests().build());
    }
    HelpScout client = client(RuntimeFixtures.client(server, sleeper).maxRetries(1));

    assertThrows(RateLimitException.class, () -> client.threads().createNote(123, RuntimeFixtures.note()));

    assertEquals(2, server.getRequestCount());
    assertEquals(List.of(Duration.ofSeconds(1)), sleeper.sleeps);
  }

  @Test
  void maxRetriesZeroFailsAtTheFirst429WithoutWaiting() {
    server.enqueue(tooManyRequests().addHeader("X-RateLimit-Retry-After", "5").build());
    HelpScout client = client(RuntimeFixtures.client(server, sleeper).maxRetries(0));

    assertThrows(RateLimitException.class, () -> client.threads().createNote(123, RuntimeFixtures.note()));

    assertEquals(1, server.getRequestCount());
    assertEquals(List.of(), sleeper.sleeps);
  }

  @Test
  void asyncCreateWaitsOutA429Too() throws Exception {
    server.enqueue(tooManyRequests().addHeader("X-RateLimit-Retry-After", "3").build());
    server.enqueue(RuntimeFixtures.created(5));

    Created created = client().threads().createNoteAsync(123, RuntimeFixtures.note()).get(10, TimeUnit.SECONDS);

    assertEquals(5, created.requireId());
    assertEquals(List.of(Duration.ofSeconds(3)), sleeper.sleeps);
  }

  @Test
  void asyncCreateFailsWithRateLimitExceptionWhenRetriesAreUsedUp() {
    server.enqueue(tooManyRequests().build());
    HelpScout client = client(RuntimeFixtures.client(server, sleeper).maxRetries(0));

    ExecutionException e = assertThrows(ExecutionException.class,
        () -> client.threads().createNoteAsync(123, RuntimeFixtures.note()).get(10, TimeUnit.SECONDS));

    assertTrue(e.getCause() instanceof RateLimitException, String.valueOf(e.getCause()));
  }

  @Test
  void rateLimitsReportTheLatestResponse() {
    HelpScout client = client();
    assertTrue(client.rateLimits().limitPerMinute().isEmpty());
    server.enqueue(new MockResponse.Builder(RuntimeFixtures.created(1)).addHeader("X-RateLimit-Limit-Minute", "400")
        .addHeader("X-RateLimit-Remaining-Minute", "398").build());
    server.enqueue(new MockResponse.Builder(RuntimeFixtures.created(2)).addHeader("X-RateLimit-Limit-Minute", "400")
        .addHeader("X-RateLimit-Remaining-Minute", "396").build());

    client.threads().createNote(123, RuntimeFixtures.note());
    assertEquals(398, client.rateLimits().remainingThisMinute().getAsInt());
    client.threads().createNote(123, RuntimeFixtures.note());

    assertEquals(400, client.rateLimits().limitPerMinute().getAsInt());
    assertEquals(396, client.rateLimits().remainingThisMinute().getAsInt());
  }

  @Test
  void rateLimitsKeepTheLastFiguresWhenAResponseCarriesNone() {
    // A proxy's 502 has no rate-limit headers: that says nothing about the account's figures.
    HelpScout client = client();
    server.enqueue(new MockResponse.Builder(RuntimeFixtures.created(1)).addHeader("X-RateLimit-Limit-Minute", "400")
        .addHeader("X-RateLimit-Remaining-Minute", "398").build());
    server.enqueue(new MockResponse.Builder().code(502).addHeader("Content-Type", "text/html")
        .body(ErrorMappingTest.PROXY_HTML).build());

    client.threads().createNote(123, RuntimeFixtures.note());
    assertThrows(RuntimeException.class, () -> client.threads().createNote(123, RuntimeFixtures.note()));

    assertEquals(400, client.rateLimits().limitPerMinute().getAsInt());
    assertEquals(398, client.rateLimits().remainingThisMinute().getAsInt());
  }

  @Test
  void eachCreatedCarriesTheFiguresOfItsOwnResponseWhenCallsOverlap() throws Exception {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        String remaining = request.getUrl().encodedPath().contains("/1/") ? "300" : "200";
        return new MockResponse.Builder(RuntimeFixtures.created(1)).addHeader("X-RateLimit-Limit-Minute", "400")
            .addHeader("X-RateLimit-Remaining-Minute", remaining).build();
      }
    });
    CountDownLatch firstAnswered = new CountDownLatch(1);
    CountDownLatch secondDone = new CountDownLatch(1);
    // An interceptor of the caller's own OkHttp client, outside the client's: it holds the first call
    // after its response arrived until the second call has completed.
    OkHttpClient http = new OkHttpClient.Builder().addInterceptor(chain -> {
      okhttp3.Response response = chain.proceed(chain.request());
      if (chain.request().url().encodedPath().contains("/1/")) {
        firstAnswered.countDown();
        try {
          secondDone.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return response;
    }).build();
    HelpScout client = client(RuntimeFixtures.client(server, sleeper).okHttpClient(http));
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<Created> first = pool.submit(() -> client.threads().createNote(1, RuntimeFixtures.note()));
      assertTrue(firstAnswered.await(10, TimeUnit.SECONDS));
      Created second = client.threads().createNote(2, RuntimeFixtures.note());
      secondDone.countDown();

      assertEquals(200, second.rateLimit().remainingThisMinute().getAsInt());
      assertEquals(300, first.get(10, TimeUnit.SECONDS).rateLimit().remainingThisMinute().getAsInt());
    } finally {
      pool.shutdownNow();
      http.dispatcher().executorService().shutdown();
    }
  }

  @Test
  void clientSideLimiterWaitsInsteadOfSendingAndCountsWritesTwice() {
    FakeClock clock = new FakeClock();
    RecordingSleeper advancing = new RecordingSleeper(clock);
    // 6 per minute: a write costs 2, a read 1.
    HelpScout client = client(TestHooks.clock(RuntimeFixtures.client(server, advancing), clock).requestsPerMinute(6));
    for (int i = 0; i < 4; i++) {
      server.enqueue(RuntimeFixtures.created(i));
    }
    server.enqueue(new MockResponse.Builder().code(200).build());
    server.enqueue(new MockResponse.Builder().code(200).build());

    client.threads().createNote(123, RuntimeFixtures.note());
    client.threads().createNote(123, RuntimeFixtures.note());
    client.conversations().resolveMerged(123);
    client.conversations().resolveMerged(123);
    assertEquals(List.of(), advancing.sleeps);
    // The minute's 6 are spent: a write needs 2 more, which come back at 6 a minute: 20 s.
    client.threads().createNote(123, RuntimeFixtures.note());

    Duration waited = advancing.sleeps.stream().reduce(Duration.ZERO, Duration::plus);
    assertTrue(waited.compareTo(Duration.ofSeconds(20)) >= 0 && waited.compareTo(Duration.ofMillis(20_001)) < 0,
        advancing.sleeps.toString());
    assertEquals(5, server.getRequestCount());
  }

  @Test
  void clientSideLimiterIsSharedByAllThreadsOfTheClient() throws Exception {
    FakeClock clock = new FakeClock();
    int threads = 10;
    CountDownLatch waiting = new CountDownLatch(threads / 2);
    CountDownLatch minutePassed = new CountDownLatch(1);
    // Parks the threads that must wait, until the test moves the clock on by a minute.
    Sleeper gate = duration -> {
      waiting.countDown();
      minutePassed.await();
    };
    for (int i = 0; i < threads; i++) {
      server.enqueue(RuntimeFixtures.created(i));
    }
    // 10 a minute: room for 5 writes.
    HelpScout client = client(TestHooks.clock(TestHooks.sleeper(RuntimeFixtures.client(server, sleeper), gate), clock).requestsPerMinute(10));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Created>> calls = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        calls.add(pool.submit(() -> client.threads().createNote(123, RuntimeFixtures.note())));
      }
      assertTrue(waiting.await(10, TimeUnit.SECONDS), "5 threads should wait for the limiter");
      for (int i = 0; i < threads / 2; i++) {
        take(server);
      }
      assertEquals(threads / 2, server.getRequestCount());

      clock.advance(Duration.ofMinutes(1));
      minutePassed.countDown();
      for (Future<Created> call : calls) {
        call.get(10, TimeUnit.SECONDS);
      }
      assertEquals(threads, server.getRequestCount());
    } finally {
      minutePassed.countDown();
      pool.shutdownNow();
    }
  }
}
