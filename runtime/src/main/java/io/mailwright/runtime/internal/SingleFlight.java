package io.mailwright.runtime.internal;

import io.mailwright.runtime.MailwrightException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * One request at a time to the token endpoint, shared: the first caller that needs a token asks for
 * it, and every caller that comes while it is on its way waits for that same answer, failure
 * included. N threads behind a stalled token endpoint then cost one request and one timeout, not N
 * of each in turn.
 */
final class SingleFlight<T> {
  private CompletableFuture<T> inFlight;

  /**
   * Runs {@code fetch} unless a run is already on its way, and returns (or throws) that run's result.
   * {@code fetch} runs on the caller's thread, outside any lock of this object.
   */
  T run(Supplier<T> fetch) {
    CompletableFuture<T> flight;
    boolean leader = false;
    synchronized (this) {
      if (inFlight == null) {
        inFlight = new CompletableFuture<>();
        leader = true;
      }
      flight = inFlight;
    }
    if (leader) {
      try {
        T result = fetch.get();
        done();
        flight.complete(result);
        return result;
      } catch (RuntimeException | Error e) {
        done();
        flight.completeExceptionally(e);
        throw e;
      }
    }
    return await(flight);
  }

  private synchronized void done() {
    inFlight = null;
  }

  private static <T> T await(CompletableFuture<T> flight) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return flight.get();
        } catch (InterruptedException e) {
          // The leader's request is bounded by its call timeout; the answer is waited for, the
          // interrupt kept for the caller.
          interrupted = true;
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          if (cause instanceof RuntimeException r) {
            throw r;
          }
          if (cause instanceof Error err) {
            throw err;
          }
          throw new MailwrightException("the token request failed: " + cause, cause);
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
