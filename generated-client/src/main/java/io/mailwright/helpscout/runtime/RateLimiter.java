package io.mailwright.helpscout.runtime;

import java.time.Clock;
import java.time.Duration;

/**
 * A client-side limit of requests per minute, shared by every thread (and every client) it is given
 * to, in the API's own terms: a write (POST, PUT, PATCH, DELETE) counts 2, a read 1. A token bucket
 * that refills continuously: a burst of up to the minute's allowance, then a steady pace.
 */
public final class RateLimiter {
  private final double capacity;
  private final double perNano;
  private final Clock clock;
  private final Sleeper sleeper;
  private double available;
  private long last;

  /**
   * @param requestsPerMinute the allowance; the API's default plan allows 400, shared by every
   *     integration of the account
   */
  public RateLimiter(int requestsPerMinute, Clock clock, Sleeper sleeper) {
    if (requestsPerMinute < 2) {
      throw new IllegalArgumentException("requestsPerMinute must be at least 2 (a write costs 2), was "
          + requestsPerMinute);
    }
    this.capacity = requestsPerMinute;
    this.perNano = requestsPerMinute / (double) Duration.ofMinutes(1).toNanos();
    this.clock = clock;
    this.sleeper = sleeper;
    this.available = requestsPerMinute;
    this.last = nanos();
  }

  public RateLimiter(int requestsPerMinute) {
    this(requestsPerMinute, Clock.systemUTC(), Sleeper.SYSTEM);
  }

  /** Waits until the request's cost is available, then takes it. */
  public void acquire(String method) throws InterruptedException {
    int cost = method.equals("GET") || method.equals("HEAD") ? 1 : 2;
    while (true) {
      Duration wait;
      synchronized (this) {
        refill();
        if (available >= cost) {
          available -= cost;
          return;
        }
        wait = Duration.ofNanos((long) Math.ceil((cost - available) / perNano));
      }
      sleeper.sleep(wait);
    }
  }

  private void refill() {
    long now = nanos();
    available = Math.min(capacity, available + (now - last) * perNano);
    last = now;
  }

  private long nanos() {
    var i = clock.instant();
    return i.getEpochSecond() * 1_000_000_000L + i.getNano();
  }
}
