package io.mailwright.helpscout.runtime;

import java.time.Instant;

/**
 * The account's rate limit as the latest response reported it ({@code X-RateLimit-Limit-Minute},
 * {@code X-RateLimit-Remaining-Minute}); {@code null} figures when no response has said yet.
 */
public record RateLimitStatus(Integer limitPerMinute, Integer remainingThisMinute, Instant observedAt) {
  static final RateLimitStatus UNKNOWN = new RateLimitStatus(null, null, null);
}
