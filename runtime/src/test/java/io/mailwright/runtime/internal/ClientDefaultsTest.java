package io.mailwright.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mailwright.runtime.ClientBuilder;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The defaults that bound a call when the caller sets nothing. */
class ClientDefaultsTest {
  /** A client of the engine itself: what a generated entry point makes of it. */
  private static final class Capture extends ClientBuilder<Capture, ApiClient> {
    Capture() {
      super(ApiProtocol.builder("https://api.example.com/").build());
    }

    @Override
    protected ApiClient create(ApiClient client) {
      return client;
    }
  }

  @Test
  void aCallHasADeadlineOfTwoMinutesByDefault() {
    try (ApiClient client = new Capture().accessToken("t0ken").build()) {
      assertEquals(Duration.ofMinutes(2).toMillis(), client.http().callTimeoutMillis());
    }
    assertEquals(Duration.ofMinutes(2), ClientBuilder.DEFAULT_CALL_TIMEOUT);
  }

  @Test
  void callTimeoutZeroRemovesTheDeadlineOnlyWhenAskedTo() {
    try (ApiClient client = new Capture().accessToken("t0ken").callTimeout(Duration.ZERO).build()) {
      assertEquals(0, client.http().callTimeoutMillis());
    }
  }
}
