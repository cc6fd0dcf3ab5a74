package io.mailwright.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that moves only when told to: give it to {@link SandboxOptions.Builder#clock} (and, where a
 * test wants it, to the client) to expire tokens and open new rate-limit windows without sleeping.
 * Thread-safe.
 */
public final class ManualClock extends Clock {
  private final AtomicReference<Instant> now;

  public ManualClock(Instant start) {
    this.now = new AtomicReference<>(Objects.requireNonNull(start, "start"));
  }

  /** A clock at the start of a minute, so that a test's rate-limit window is a whole minute. */
  public static ManualClock startingAt(String isoInstant) {
    return new ManualClock(Instant.parse(isoInstant));
  }

  /** Moves the clock forward (a negative duration moves it back). */
  public void advance(Duration duration) {
    now.updateAndGet(i -> i.plus(duration));
  }

  public void set(Instant instant) {
    now.set(Objects.requireNonNull(instant, "instant"));
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    if (zone.equals(ZoneOffset.UTC)) {
      return this;
    }
    throw new UnsupportedOperationException("a ManualClock is in UTC");
  }

  @Override
  public String toString() {
    return "ManualClock[" + now.get() + "]";
  }
}
