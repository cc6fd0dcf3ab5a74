package io.mailwright.importer;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.function.LongSupplier;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The importer's share of the account's per-minute budget. Each request to the API takes its cost (a
 * write 2, a read 1, as the API counts) from a sliding window of one minute: a call's first attempt
 * waits for it before OkHttp takes a connection ({@link #beforeConnection()}), a repeated attempt on
 * the network side (this interceptor). A sliding window never puts more than the budget in any
 * minute, however the API's own minute is aligned, and lets the whole budget be used; a token bucket
 * that starts full would allow twice the budget in the first minute.
 *
 * <p>A {@code 429} pauses every request until its retry-after has passed ({@link #pauseFor}).
 */
final class Throttle implements Interceptor {
  /** A margin for the time between taking the budget here and the API counting the request. */
  static final Duration WINDOW = Duration.ofSeconds(61);

  private final int budget;
  private final LongSupplier nanoTime;
  private final Sleeper sleeper;
  /** Send times (nanos) of the window, one entry per unit of cost: at most {@code budget} entries. */
  private final ArrayDeque<Long> window = new ArrayDeque<>();
  private long pausedUntil;
  private long used;
  private final java.util.concurrent.atomic.AtomicLong rateLimited = new java.util.concurrent.atomic.AtomicLong();

  interface Sleeper {
    void sleepNanos(long nanos) throws InterruptedException;
  }

  /** @param budget requests per minute, a write counting 2; 0 for no limit */
  Throttle(int budget, LongSupplier nanoTime, Sleeper sleeper) {
    if (budget != 0 && budget < 2) {
      throw new IllegalArgumentException("the budget must be 0 (no limit) or at least 2 (a write costs 2)");
    }
    this.budget = budget;
    this.nanoTime = nanoTime;
    this.sleeper = sleeper;
    this.pausedUntil = nanoTime.getAsLong();
  }

  static Throttle system(int budget) {
    return new Throttle(budget, System::nanoTime, nanos -> Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000)));
  }

  /**
   * The network side: each attempt that goes to the API pays its cost here, unless the call's first
   * attempt was paid before a connection was taken ({@link #beforeConnection()}); a 429 pauses everyone.
   */
  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (!isTokenRequest(request)) {
      Prepaid prepaid = request.tag(Prepaid.class);
      if (prepaid == null || !prepaid.use()) {
        take(request);
      }
    }
    Response response = chain.proceed(request);
    if (response.code() == 429) {
      rateLimited.incrementAndGet();
      pauseFor(retryAfter(response));
    }
    return response;
  }

  /**
   * The application side, for {@code OkHttpClient.Builder.addInterceptor}: the call's first attempt
   * waits for its budget here, before OkHttp takes a connection. Waiting on the network side instead
   * would hold a pooled connection for up to a minute, which the server may close meanwhile: the
   * request would then fail after it was written, in doubt. A repeated attempt (after a 429, a 401)
   * pays on the network side.
   */
  Interceptor beforeConnection() {
    return chain -> {
      Request request = chain.request();
      if (isTokenRequest(request)) {
        return chain.proceed(request);
      }
      take(request);
      return chain.proceed(request.newBuilder().tag(Prepaid.class, new Prepaid()).build());
    };
  }

  /** Makes every wait for budget end: the request is then not sent (for a stop). */
  void stop() {
    stopped = true;
  }

  private volatile boolean stopped;

  private void take(Request request) throws IOException {
    try {
      acquire(request.method().equals("GET") || request.method().equals("HEAD") ? 1 : 2);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException io = new InterruptedIOException("stopped while waiting for the rate budget; not sent");
      io.initCause(e); // an InterruptedException cause: the client reads this as "not sent"
      throw io;
    }
  }

  private static boolean isTokenRequest(Request request) {
    return request.url().encodedPath().endsWith("/oauth2/token");
  }

  /** The first attempt of a call, paid for before its connection was taken. */
  private static final class Prepaid {
    private final java.util.concurrent.atomic.AtomicBoolean used = new java.util.concurrent.atomic.AtomicBoolean();

    boolean use() {
      return used.compareAndSet(false, true);
    }
  }

  /** The wait a 429 asks for ({@code X-RateLimit-Retry-After}, else {@code Retry-After} in seconds, else 1 s). */
  static Duration retryAfter(Response response) {
    for (String name : new String[] {"X-RateLimit-Retry-After", "Retry-After"}) {
      String value = response.header(name);
      if (value != null) {
        try {
          return Duration.ofSeconds(Math.max(0, Math.min(3600, Long.parseLong(value.trim()))));
        } catch (NumberFormatException e) {
          // an HTTP date: the client itself reads it; here the default pause will do
        }
      }
    }
    return Duration.ofSeconds(1);
  }

  /** Waits until {@code cost} fits in the last minute's budget (and any 429 pause is over), then takes it. */
  void acquire(int cost) throws InterruptedException {
    long windowNanos = WINDOW.toNanos();
    while (true) {
      if (stopped) {
        throw new InterruptedException("stopped");
      }
      long wait;
      synchronized (this) {
        long now = nanoTime.getAsLong();
        if (now - pausedUntil < 0) {
          wait = pausedUntil - now;
        } else if (budget == 0) {
          used += cost;
          return;
        } else {
          while (!window.isEmpty() && now - window.peekFirst() >= windowNanos) {
            window.pollFirst();
          }
          if (window.size() + cost <= budget) {
            for (int i = 0; i < cost; i++) {
              window.addLast(now);
            }
            used += cost;
            return;
          }
          // The oldest entries that must leave for this cost to fit.
          int mustLeave = window.size() + cost - budget;
          long leaves = 0;
          int i = 0;
          for (Long t : window) {
            if (++i == mustLeave) {
              leaves = t + windowNanos;
              break;
            }
          }
          wait = Math.max(1_000_000L, leaves - now);
        }
      }
      sleeper.sleepNanos(Math.min(wait, Duration.ofSeconds(1).toNanos()));
    }
  }

  /**
   * Waits until {@code cost} would fit (without taking it), or until {@code stop} says so: a sender calls
   * this before it commits to a request, so that a stop never finds it holding a request that waits
   * for budget. Returns false when stopped.
   */
  boolean awaitAvailable(int cost, java.util.function.BooleanSupplier stop) throws InterruptedException {
    long windowNanos = WINDOW.toNanos();
    while (!stop.getAsBoolean()) {
      long wait;
      synchronized (this) {
        long now = nanoTime.getAsLong();
        while (!window.isEmpty() && now - window.peekFirst() >= windowNanos) {
          window.pollFirst();
        }
        if (now - pausedUntil < 0) {
          wait = pausedUntil - now;
        } else if (budget == 0 || window.size() + cost <= budget) {
          return true;
        } else {
          wait = window.peekFirst() + windowNanos - now;
        }
      }
      sleeper.sleepNanos(Math.max(1_000_000L, Math.min(wait, Duration.ofMillis(200).toNanos())));
    }
    return false;
  }

  /** Every request waits {@code pause} from now (a 429's retry-after applies to the whole account). */
  synchronized void pauseFor(Duration pause) {
    long until = nanoTime.getAsLong() + pause.toNanos();
    if (until - pausedUntil > 0) {
      pausedUntil = until;
    }
  }

  /** The {@code 429} answers seen so far. */
  long rateLimitedAnswers() {
    return rateLimited.get();
  }

  /** The cost taken so far (for the benchmarks' share of the budget). */
  synchronized long used() {
    return used;
  }
}
