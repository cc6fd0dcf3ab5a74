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

  /** {@code X-RateLimit-Limit-Minute}, or {@code null} when the response did not say. */
  public @Nullable Integer limitPerMinute() {
    return limit;
  }

  /** {@code X-RateLimit-Remaining-Minute}, or {@code null} when the response did not say. */
  public @Nullable Integer remainingThisMinute() {
    return remaining;
  }

  /** How long the API asked to wait ({@code X-RateLimit-Retry-After} or {@code Retry-After}), or {@code null}. */
  public @Nullable Duration retryAfter() {
    return retryAfter;
  }
}
