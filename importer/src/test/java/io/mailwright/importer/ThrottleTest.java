package io.mailwright.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The sliding-window budget on a simulated clock: never more than the budget in any minute, and all of it used. */
class ThrottleTest {
  final AtomicLong now = new AtomicLong(1_000_000_000L);
  final Throttle.Sleeper sleeper = nanos -> now.addAndGet(nanos);

  @Test
  void neverMoreThanTheBudgetInAnyMinuteAndTheWholeBudgetOverTime() throws InterruptedException {
    int budget = 100;
    Throttle throttle = new Throttle(budget, now::get, sleeper);
    List<long[]> sent = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      int cost = i % 4 == 0 ? 1 : 2; // reads and writes
      throttle.acquire(cost);
      sent.add(new long[] {now.get(), cost});
      now.addAndGet(Duration.ofMillis(7).toNanos()); // the request's own time
    }
    long minute = Duration.ofMinutes(1).toNanos();
    for (int i = 0; i < sent.size(); i++) {
      long inWindow = 0;
      for (int j = i; j < sent.size() && sent.get(j)[0] - sent.get(i)[0] < minute; j++) {
        inWindow += sent.get(j)[1];
      }
      assertTrue(inWindow <= budget, "cost " + inWindow + " within a minute from request " + i);
    }
    double minutes = (sent.get(sent.size() - 1)[0] - sent.get(0)[0]) / (double) minute;
    double used = throttle.used() / minutes;
    assertTrue(used >= 0.95 * budget, "used " + used + " of " + budget + " a minute");
  }

  @Test
  void aPauseHoldsEveryRequestBackUntilItEnds() throws InterruptedException {
    Throttle throttle = new Throttle(0, now::get, sleeper);
    long start = now.get();
    throttle.pauseFor(Duration.ofSeconds(5));
    throttle.acquire(2);
    assertTrue(now.get() - start >= Duration.ofSeconds(5).toNanos());
    assertEquals(2, throttle.used());
  }
}
