package io.mailwright.runtime.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The mechanics of the public {@code RateLimiter}: a client-side limit of requests per minute, shared by every thread (and every client) it is given
 * to, in the API's own terms: a write (POST, PUT, PATCH, DELETE) counts 2, a read 1. A token bucket
 * that refills continuously: a burst of up to the minute's allowance, then a steady pace.
 *
 * <p>It measures time with a monotonic source ({@link System#nanoTime()}): a wall clock stepped back
 * (an NTP correction, a VM resumed) must not stall every writer. Time that seems to run backwards
 * (a test clock) counts as no time.
 */
public final class RateGate {
  private final double capacity;
  private final double perNano;
  private final LongSupplier nanos;
  private final Sleeper sleeper;
  private double available;
  private long last;

  /**
   * A limiter on the given clock; for tests (a clock stepped back counts as no time passing).
   *
   * @param requestsPerMinute the allowance; the API's default plan allows 400, shared by every
   *     integration of the account
   */
  public RateGate(int requestsPerMinute, Clock clock, Sleeper sleeper) {
    this(requestsPerMinute, () -> {
      var i = clock.instant();
      return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }, sleeper);
  }

  /** A limiter on the monotonic clock of the JVM. */
  public RateGate(int requestsPerMinute) {
    this(requestsPerMinute, System::nanoTime, Sleeper.SYSTEM);
  }

  RateGate(int requestsPerMinute, LongSupplier nanos, Sleeper sleeper) {
    if (requestsPerMinute < 2) {
      throw new IllegalArgumentException("requestsPerMinute must be at least 2 (a write costs 2), was "
          + requestsPerMinute);
    }
    this.capacity = requestsPerMinute;
    this.perNano = requestsPerMinute / (double) Duration.ofMinutes(1).toNanos();
    this.nanos = nanos;
    this.sleeper = sleeper;
    this.available = requestsPerMinute;
    this.last = nanos.getAsLong();
  }

  /** Waits until the request's cost is available, then takes it. */
  public void acquire(String method) throws InterruptedException {
    acquire(method, 0);
  }

  /**
   * As {@link #acquire(String)}, but gives up (returns {@code false}, taking nothing) instead of
   * waiting past {@code deadline}, a {@link System#nanoTime()} value ({@code 0}: no deadline).
   */
  public boolean acquire(String method, long deadline) throws InterruptedException {
    int cost = method.equals("GET") || method.equals("HEAD") ? 1 : 2;
    while (true) {
      Duration wait;
      synchronized (this) {
        refill();
        if (available >= cost) {
          available -= cost;
          return true;
        }
        wait = Duration.ofNanos((long) Math.ceil((cost - available) / perNano));
      }
      if (deadline != 0 && wait.compareTo(Duration.ofNanos(deadline - System.nanoTime())) >= 0) {
        return false;
      }
      sleeper.sleep(wait);
    }
  }

  private void refill() {
    long now = nanos.getAsLong();
    // Clamped: time that runs backwards (a stepped clock) adds nothing and takes nothing.
    long elapsed = Math.max(0, now - last);
    available = Math.min(capacity, available + elapsed * perNano);
    last = now;
  }
}
