package io.mailwright.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The client-side limiter's pace, on a clock that moves only when the limiter sleeps: a burst of the
 * minute's allowance, then one request's cost every {@code 60 s / allowance} (a read 1, a write 2),
 * a partly refilled allowance waited out only for what is missing, and never more than one minute's
 * allowance saved up.
 */
class RateGateTest {
  /** A clock that stands still, and a sleeper that advances it by each wait instead of waiting. */
  private static final class Time extends Clock implements Sleeper {
    private Instant now = Instant.parse("2026-01-05T09:00:00Z");
    final List<Duration> waits = new ArrayList<>();

    @Override
    public void sleep(Duration duration) {
      waits.add(duration);
      now = now.plus(duration);
    }

    void pass(Duration d) {
      now = now.plus(d);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    /** The total waited, rounded to the millisecond (the limiter rounds a wait up to the nanosecond). */
    long waitedMillis() {
      return Math.round(waits.stream().mapToLong(Duration::toNanos).sum() / 1e6);
    }
  }

  private final Time time = new Time();

  @Test
  void aFullAllowanceGoesOutAtOnceThenOneReadPerSecondAtSixtyAMinute() throws InterruptedException {
    RateGate limiter = new RateGate(60, time, time);
    for (int i = 0; i < 60; i++) {
      limiter.acquire("GET");
    }
    assertEquals(0, time.waitedMillis(), "the burst waits for nothing");

    limiter.acquire("GET");
    assertEquals(1000, time.waitedMillis());
    limiter.acquire("GET");
    assertEquals(2000, time.waitedMillis());
  }

  @Test
  void aWriteCostsTwoReads() throws InterruptedException {
    RateGate limiter = new RateGate(120, time, time);
    for (int i = 0; i < 60; i++) {
      limiter.acquire("POST");
    }
    assertEquals(0, time.waitedMillis(), "120 a minute is 60 writes at once");

    limiter.acquire("POST");
    assertEquals(1000, time.waitedMillis(), "two reads' worth at two a second");
    limiter.acquire("HEAD");
    assertEquals(1500, time.waitedMillis(), "a HEAD is a read");
  }

  @Test
  void aPartlyRefilledAllowanceIsWaitedOutOnlyForWhatIsMissing() throws InterruptedException {
    RateGate limiter = new RateGate(60, time, time);
    for (int i = 0; i < 30; i++) {
      limiter.acquire("POST");
    }

    time.pass(Duration.ofMillis(500));   // half a read came back
    limiter.acquire("GET");
    assertEquals(500, time.waitedMillis());

    time.pass(Duration.ofMillis(1500));  // one and a half reads came back
    limiter.acquire("POST");
    assertEquals(1000, time.waitedMillis(), "half a read was missing");
  }

  @Test
  void noMoreThanOneMinutesAllowanceIsSavedUp() throws InterruptedException {
    RateGate limiter = new RateGate(60, time, time);
    time.pass(Duration.ofMinutes(10));
    for (int i = 0; i < 60; i++) {
      limiter.acquire("GET");
    }
    assertEquals(0, time.waitedMillis());

    limiter.acquire("GET");
    assertEquals(1000, time.waitedMillis(), "ten idle minutes still allow one minute's burst");
  }

  @Test
  void anAllowanceBelowOneWriteIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new RateGate(1, time, time));
    assertEquals("requestsPerMinute must be at least 2 (a write costs 2), was 1", e.getMessage());
    new RateGate(2, time, time);
  }
}
