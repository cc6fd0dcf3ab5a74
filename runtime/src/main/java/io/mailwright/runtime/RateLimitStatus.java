package io.mailwright.runtime;

import java.time.Instant;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * The account's rate limit as the latest response reported it, in the headers the API's model names
 * (Help Scout's {@code X-RateLimit-Limit-Minute}, {@code X-RateLimit-Remaining-Minute}). A figure no response has given yet (or a response without
 * the headers, such as a proxy's error page) is an empty {@link OptionalInt}: nothing to unbox by
 * mistake.
 *
 * @param limitPerMinute the requests the account may make per minute, when known
 * @param remainingThisMinute what is left of this minute's requests (writes count 2), when known
 * @param observedAt when the figures were read; {@code null} before any response
 */
public record RateLimitStatus(OptionalInt limitPerMinute, OptionalInt remainingThisMinute, @Nullable Instant observedAt) {
  public RateLimitStatus {
    java.util.Objects.requireNonNull(limitPerMinute, "limitPerMinute");
    java.util.Objects.requireNonNull(remainingThisMinute, "remainingThisMinute");
  }

  /** Whether the response gave either figure. */
  public boolean isKnown() {
    return limitPerMinute.isPresent() || remainingThisMinute.isPresent();
  }
}
