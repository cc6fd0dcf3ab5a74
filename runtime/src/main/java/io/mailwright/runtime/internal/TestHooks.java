package io.mailwright.runtime.internal;

import io.mailwright.runtime.ClientBuilder;
import java.time.Clock;

/**
 * The test seams of a client, kept off its public builder: the clock of token expiry and rate
 * limits, and how it waits (tests should not sleep).
 */
public final class TestHooks {
  private TestHooks() {}

  /** The clock of token expiry and rate limits. */
  public static <B extends ClientBuilder<B, ?>> B clock(B builder, Clock clock) {
    Friends.hooks().options(builder).clock(clock);
    return builder;
  }

  /** How the client waits between retries and for its rate limiter. */
  public static <B extends ClientBuilder<B, ?>> B sleeper(B builder, Sleeper sleeper) {
    Friends.hooks().options(builder).sleeper(sleeper);
    return builder;
  }

  /** A limiter on the given clock and sleeper, shared as {@code rateLimiter(...)} shares one. */
  public static <B extends ClientBuilder<B, ?>> B rateGate(B builder, RateGate gate) {
    Friends.hooks().options(builder).rateGate(gate);
    return builder;
  }
}
