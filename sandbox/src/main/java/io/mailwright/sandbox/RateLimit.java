package io.mailwright.sandbox;

import java.time.Clock;

/**
 * The account's per-minute rate limit: a fixed window per minute of the clock, in which a write
 * (POST, PUT, PATCH, DELETE) costs 2 and a read 1. A request that does not fit is refused whole.
 */
final class RateLimit {
  private final int limit;
  private final Clock clock;
  private long minute = Long.MIN_VALUE;
  private int used;

  RateLimit(int limit, Clock clock) {
    this.limit = limit;
    this.clock = clock;
  }

  /**
   * The figures of the window after a request, for the headers; {@code retryAfterSeconds} is the time
   * to the next window.
   */
  record Window(boolean allowed, int limit, int remaining, long retryAfterSeconds) {}

  static int cost(String method) {
    return method.equals("GET") || method.equals("HEAD") ? 1 : 2;
  }

  /** Counts a request if it fits in this minute's allowance. */
  synchronized Window take(String method) {
    long second = roll();
    int cost = cost(method);
    boolean allowed = used + cost <= limit;
    if (allowed) {
      used += cost;
    }
    return new Window(allowed, limit, limit - used, 60 - Math.floorMod(second, 60L));
  }

  /** The figures now, without counting anything. */
  synchronized Window peek() {
    long second = roll();
    return new Window(used < limit, limit, limit - used, 60 - Math.floorMod(second, 60L));
  }

  private long roll() {
    long second = clock.instant().getEpochSecond();
    long now = Math.floorDiv(second, 60L);
    if (now != minute) {
      minute = now;
      used = 0;
    }
    return second;
  }
}
