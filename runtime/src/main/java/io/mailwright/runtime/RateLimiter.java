package io.mailwright.runtime;

import io.mailwright.runtime.internal.RateGate;

/**
 * A client-side limit of requests per minute, shared by every thread (and every client) it is given
 * to, in the API's own terms: a write (POST, PUT, PATCH, DELETE) counts 2, a read 1. A token bucket
 * that refills continuously: a burst of up to the minute's allowance, then a steady pace.
 *
 * <p>It measures time with a monotonic source ({@link System#nanoTime()}): a wall clock stepped back
 * (an NTP correction, a VM resumed) must not stall every writer.
 */
public final class RateLimiter {
  final RateGate gate;

  /**
   * A limiter on the monotonic clock of the JVM.
   *
   * @param requestsPerMinute the allowance; the API's default plan allows 400, shared by every
   *     integration of the account
   * @throws IllegalArgumentException below 2 (a write costs 2)
   */
  public RateLimiter(int requestsPerMinute) {
    this.gate = new RateGate(requestsPerMinute);
  }

  /** Waits until the request's cost is available, then takes it. */
  public void acquire(String method) throws InterruptedException {
    gate.acquire(method);
  }
}
