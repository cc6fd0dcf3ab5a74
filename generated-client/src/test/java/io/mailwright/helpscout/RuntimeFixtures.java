package io.mailwright.helpscout;

import io.mailwright.runtime.internal.Sleeper;
import io.mailwright.runtime.internal.TestHooks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** What the runtime tests share: valid requests, typical API responses, a clock and a sleeper that do not wait. */
final class RuntimeFixtures {
  static final String CORRELATION_ID = "64bb72b4-0a92-11e8-ba89-0ed5f89f718b#1";
  static final String NOTES_PATH = "/v2/conversations/123/notes";

  private RuntimeFixtures() {}

  /** A client of the server with a fixed token and a sleeper that records instead of sleeping. */
  static HelpScout.Builder client(MockWebServer server, RecordingSleeper sleeper) {
    return TestHooks.sleeper(HelpScout.builder()
        .baseUrl(server.url("/").toString())
        .accessToken("test-token"), sleeper);
  }

  static NoteThread note() {
    return NoteThread.builder().text("Called the customer back").build();
  }

  static Customer customer() {
    return Customer.builder().email("vbird@mywork.com").firstName("Vernon").build();
  }

  static CreateConversationRequest conversation() {
    return CreateConversationRequest.builder()
        .subject("Subject")
        .type(ConversationType.EMAIL)
        .mailboxId(85L)
        .status(ConversationStatus.ACTIVE)
        .customer(customer())
        .addThread(CustomerThread.builder().text("Hello there").customer(customer()))
        .build();
  }

  /** The API's normal success: 201, empty text/plain body, the id in Resource-ID. */
  static MockResponse created(long id) {
    return new MockResponse.Builder()
        .code(201)
        .addHeader("Resource-ID", id)
        .addHeader("Correlation-Id", CORRELATION_ID)
        .addHeader("Content-Type", "text/plain")
        .body("")
        .build();
  }

  static MockResponse json(int code, String body) {
    return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
  }

  /** Takes the next request, failing (instead of hanging) when none comes. */
  static RecordedRequest take(MockWebServer server) throws InterruptedException {
    RecordedRequest request = server.takeRequest(10, TimeUnit.SECONDS);
    if (request == null) {
      throw new AssertionError("no request reached the server");
    }
    return request;
  }

  /** A sleeper that records what it was asked to wait, and moves a fake clock on instead of sleeping. */
  static final class RecordingSleeper implements Sleeper {
    final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    private final FakeClock clock;

    RecordingSleeper() {
      this(null);
    }

    RecordingSleeper(FakeClock clock) {
      this.clock = clock;
    }

    @Override
    public void sleep(Duration duration) {
      sleeps.add(duration);
      if (clock != null) {
        clock.advance(duration);
      }
    }
  }

  /** A clock that only moves when told to. */
  static final class FakeClock extends Clock {
    private final AtomicReference<Instant> now;

    FakeClock(Instant start) {
      this.now = new AtomicReference<>(start);
    }

    FakeClock() {
      this(Instant.parse("2024-03-01T10:00:00Z"));
    }

    void advance(Duration d) {
      now.updateAndGet(i -> i.plus(d));
    }

    @Override
    public Instant instant() {
      return now.get();
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
