package io.mailwright.helpscout.runtime;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The OkHttp interceptors that make the client safe to use against the real API. In call order:
 * {@link Retries} (429, connections that never carried the request, the client-side limit),
 * {@link Auth} (the bearer token, one renewal after a 401), and the network-level {@link SendMarker}
 * that records when a request is about to go on the wire.
 */
final class Interceptors {
  private Interceptors() {}

  /** Whether the request of one attempt reached a connection (and so may have been sent). */
  static final class SendState {
    volatile boolean reachedNetwork;
  }

  /**
   * A failure to get a token (a token endpoint refusal, an empty or failing {@link TokenStore}, any
   * {@link Authentication} that throws) carried through OkHttp as an {@link IOException}, so that the
   * caller receives the original exception from a call and from its async form alike. (An unchecked
   * exception thrown inside an async OkHttp call would fail it as "canceled" and escape on the
   * dispatcher thread.)
   */
  static final class Failure extends IOException {
    private static final long serialVersionUID = 1L;

    Failure(RuntimeException cause) {
      super(cause.getMessage(), cause);
    }

    RuntimeException failure() {
      return (RuntimeException) getCause();
    }
  }

  /** The request may have reached the API; it was not sent again. */
  static final class MaybeSent extends IOException {
    private static final long serialVersionUID = 1L;

    MaybeSent(IOException cause) {
      super(cause.toString(), cause);
    }
  }

  /** The connection failed before the request was sent, and the retries allowed were used up. */
  static final class NotSent extends IOException {
    private static final long serialVersionUID = 1L;

    NotSent(IOException cause, int attempts) {
      super("the connection failed before the request was sent (" + attempts + (attempts == 1 ? " attempt" : " attempts")
          + "): " + cause, cause);
    }
  }

  /** Network interceptor: runs once a connection is ready, right before the request is written. */
  static final class SendMarker implements Interceptor {
    @Override
    public Response intercept(Chain chain) throws IOException {
      SendState state = chain.request().tag(SendState.class);
      if (state != null) {
        state.reachedNetwork = true;
      }
      return chain.proceed(chain.request());
    }
  }

  /**
   * Repeats a request only when the API certainly did not process it: after a {@code 429}, and when
   * the connection failed before the request reached it. Never after a timeout, a broken
   * connection once the request was on its way, or a {@code 5xx}. A read (GET) is also repeated
   * after a connection that failed once the request was on its way (a read timeout, a dropped
   * connection): reading twice changes nothing. Never after a {@code 5xx}, read or write.
   */
  static final class Retries implements Interceptor {
    private final int maxRetries;
    private final RateLimiter limiter;
    private final Sleeper sleeper;
    private final Clock clock;
    private final AtomicReference<RateLimitStatus> status;

    Retries(int maxRetries, RateLimiter limiter, Sleeper sleeper, Clock clock, AtomicReference<RateLimitStatus> status) {
      this.maxRetries = maxRetries;
      this.limiter = limiter;
      this.sleeper = sleeper;
      this.clock = clock;
      this.status = status;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
      Request request = chain.request();
      int rateLimited = 0;
      int notSent = 0;
      while (true) {
        if (limiter != null) {
          sleep(() -> limiter.acquire(request.method()));
        }
        SendState state = new SendState();
        Response response;
        try {
          response = chain.proceed(request.newBuilder().tag(SendState.class, state).build());
        } catch (Failure | StreamingJsonBody.BodyWriteFailure e) {
          throw e;
        } catch (IOException e) {
          // A read is safe to repeat even when it may have reached the API; a write is not.
          if (state.reachedNetwork && !isRead(request)) {
            throw new MaybeSent(e);
          }
          if (notSent < maxRetries && repeatable(request)) {
            notSent++;
            Duration wait = backoff(notSent);
            sleep(() -> sleeper.sleep(wait));
            continue;
          }
          throw state.reachedNetwork ? new MaybeSent(e) : new NotSent(e, notSent + 1);
        }
        RateLimitStatus figures = RateLimits.read(response, clock);
        if (figures.limitPerMinute() != null || figures.remainingThisMinute() != null) {
          // A response without the headers (a proxy's error page) says nothing of the account's figures.
          status.set(figures);
        }
        if (response.code() == 429 && rateLimited < maxRetries && repeatable(request)) {
          Duration wait = RateLimits.retryAfter(response);
          response.close();
          rateLimited++;
          int attempt = rateLimited;
          sleep(() -> sleeper.sleep(wait != null ? wait : backoff(attempt)));
          continue;
        }
        return response;
      }
    }

    /** 1 s, 2 s, 4 s ... at most 60 s: when the API gives no wait of its own. */
    static Duration backoff(int attempt) {
      return Duration.ofSeconds(Math.min(60, 1L << Math.min(attempt - 1, 6)));
    }
  }

  /**
   * Sends the bearer token; after a {@code 401}, renews it once and repeats the request once. A
   * second {@code 401} goes back to the caller as an authentication error.
   */
  static final class Auth implements Interceptor {
    private final Authentication authentication;

    Auth(Authentication authentication) {
      this.authentication = authentication;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
      Request request = chain.request();
      String token = token(authentication::accessToken);
      Response response = chain.proceed(withToken(request, token));
      if (response.code() != 401 || !repeatable(request)) {
        return response;
      }
      String renewed = token(() -> authentication.renew(token));
      if (renewed == null) {
        return response;
      }
      response.close();
      return chain.proceed(withToken(request, renewed));
    }

    private static Request withToken(Request request, String token) {
      return request.newBuilder().header("Authorization", "Bearer " + token).build();
    }

    private static String token(java.util.function.Supplier<String> source) throws Failure {
      try {
        return source.get();
      } catch (RuntimeException e) {
        throw new Failure(e);
      }
    }
  }

  /** Whether the request only reads (GET, HEAD): repeating it changes nothing on the API's side. */
  static boolean isRead(Request request) {
    return request.method().equals("GET") || request.method().equals("HEAD");
  }

  /** Whether the request's body can be written again (not a stream that was already read). */
  static boolean repeatable(Request request) {
    RequestBody body = request.body();
    return body == null || !body.isOneShot();
  }

  private interface Wait {
    void run() throws InterruptedException;
  }

  private static void sleep(Wait wait) throws InterruptedIOException {
    try {
      wait.run();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException io = new InterruptedIOException("interrupted while waiting to send the request");
      io.initCause(e);
      throw io;
    }
  }

  /** Reads the API's rate-limit headers. */
  static final class RateLimits {
    private RateLimits() {}

    static RateLimitStatus read(Response response, Clock clock) {
      return new RateLimitStatus(integer(response.header("X-RateLimit-Limit-Minute")),
          integer(response.header("X-RateLimit-Remaining-Minute")), clock.instant());
    }

    /** {@code X-RateLimit-Retry-After} (seconds), else {@code Retry-After} (seconds or a date), else null. */
    static Duration retryAfter(Response response) {
      Integer seconds = integer(response.header("X-RateLimit-Retry-After"));
      if (seconds != null) {
        return Duration.ofSeconds(Math.max(0, seconds));
      }
      String retryAfter = response.header("Retry-After");
      if (retryAfter == null) {
        return null;
      }
      seconds = integer(retryAfter);
      if (seconds != null) {
        return Duration.ofSeconds(Math.max(0, seconds));
      }
      try {
        ZonedDateTime at = ZonedDateTime.parse(retryAfter.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
        Duration d = Duration.between(response.receivedResponseAtMillis() > 0
            ? java.time.Instant.ofEpochMilli(response.receivedResponseAtMillis()) : java.time.Instant.now(), at.toInstant());
        return d.isNegative() ? Duration.ZERO : d;
      } catch (DateTimeParseException e) {
        return null;
      }
    }

    static Integer integer(String header) {
      if (header == null) {
        return null;
      }
      try {
        return Integer.valueOf(header.trim());
      } catch (NumberFormatException e) {
        return null;
      }
    }
  }
}
