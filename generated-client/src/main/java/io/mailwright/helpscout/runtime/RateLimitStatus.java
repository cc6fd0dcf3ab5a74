package io.mailwright.helpscout.runtime;

import java.time.Instant;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * The account's rate limit as the latest response reported it ({@code X-RateLimit-Limit-Minute},
 * {@code X-RateLimit-Remaining-Minute}). A figure no response has given yet (or a response without
 * the headers, such as a proxy's error page) is an empty {@link OptionalInt}: nothing to unbox by
 * mistake.
 *
 * @param limitPerMinute the requests the account may make per minute, when known
 * @param remainingThisMinute what is left of this minute's requests (writes count 2), when known
 * @param observedAt when the figures were read; {@code null} before any response
 */
public record RateLimitStatus(OptionalInt limitPerMinute, OptionalInt remainingThisMinute, @Nullable Instant observedAt) {
  static final RateLimitStatus UNKNOWN = new RateLimitStatus(OptionalInt.empty(), OptionalInt.empty(), null);

  public RateLimitStatus {
    java.util.Objects.requireNonNull(limitPerMinute, "limitPerMinute");
    java.util.Objects.requireNonNull(remainingThisMinute, "remainingThisMinute");
  }

  /** From header figures, {@code null} when a header was absent or not a number. */
  RateLimitStatus(@Nullable Integer limitPerMinute, @Nullable Integer remainingThisMinute, @Nullable Instant observedAt) {
    this(optional(limitPerMinute), optional(remainingThisMinute), observedAt);
  }

  /** Whether the response gave either figure. */
  public boolean isKnown() {
    return limitPerMinute.isPresent() || remainingThisMinute.isPresent();
  }

  private static OptionalInt optional(@Nullable Integer figure) {
    return figure == null ? OptionalInt.empty() : OptionalInt.of(figure);
  }
}
