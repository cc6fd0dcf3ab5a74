package io.mailwright.helpscout.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mailwright.helpscout.HelpScout;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The defaults that bound a call when the caller sets nothing. */
class ClientDefaultsTest {
  /** The generated client's engine, reached through the builder in this package. */
  private static final class Capture extends ClientBuilder<Capture, ApiClient> {
    Capture() {
      super("https://api.helpscout.net/");
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
    // HelpScout's builder is a ClientBuilder: the same default.
    try (HelpScout helpScout = HelpScout.builder().accessToken("t0ken").build()) {
      assertEquals(HelpScout.class, helpScout.getClass());
    }
  }

  @Test
  void callTimeoutZeroRemovesTheDeadlineOnlyWhenAskedTo() {
    try (ApiClient client = new Capture().accessToken("t0ken").callTimeout(Duration.ZERO).build()) {
      assertEquals(0, client.http().callTimeoutMillis());
    }
  }
}
