package io.mailwright.runtime;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * {@code 429}: the account's rate limit was reached, and the client gave up after the retries it was
 * allowed. The API did not process the request.
 */
public final class RateLimitException extends ApiException {
  private static final long serialVersionUID = 1L;

  private final Integer limit;
  private final Integer remaining;
  private final Duration retryAfter;

  public RateLimitException(ErrorContext context, String explanation, Integer limit, Integer remaining,
      Duration retryAfter) {
    super(context, explanation);
    this.limit = limit;
    this.remaining = remaining;
    this.retryAfter = retryAfter;
  }

  /** The API's requests per minute (its rate-limit header), or {@code null} when the response did not say. */
  public @Nullable Integer limitPerMinute() {
    return limit;
  }

  /** What is left of this minute's requests, or {@code null} when the response did not say. */
  public @Nullable Integer remainingThisMinute() {
    return remaining;
  }

  /** How long the API asked to wait (its own retry-after header or {@code Retry-After}), or {@code null}. */
  public @Nullable Duration retryAfter() {
    return retryAfter;
  }
}
