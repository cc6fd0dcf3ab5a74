package io.mailwright.runtime.internal;

import java.time.Duration;

/** Waits: between retries, and for the client-side rate limiter. Tests give one that does not sleep. */
@FunctionalInterface
public interface Sleeper {
  Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

  void sleep(Duration duration) throws InterruptedException;
}
