package io.mailwright.runtime.internal;

import io.mailwright.runtime.Authentication;
import io.mailwright.runtime.MailwrightException;
import io.mailwright.runtime.RateLimitStatus;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Connection;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The OkHttp interceptors that make the client safe to use against the real API. In call order:
 * {@link Open} (a closed client sends nothing), {@link ErrorBodies} (an error body is read, with a
 * bound, while the call runs: once a status line arrived, the call's outcome is that status),
 * {@link Retries} (429, connections that never carried the request, the client-side limit, the
 * call's deadline), {@link Auth} (the bearer token, one renewal after a 401), and the network-level
 * {@link SendMarker} that replaces a pooled connection the server already closed and records when a
 * request is about to go on the wire.
 */
final class Interceptors {
  private Interceptors() {}

  /** Whether the request of one attempt reached a connection (and so may have been sent). */
  static final class SendState {
    volatile boolean reachedNetwork;
    /** The request body failed before its last byte was handed to the connection. */
    volatile boolean bodyIncomplete;
  }

  /**
   * The connection failed (a write timeout, a reset) while the request body was being written: the
   * API never received a whole request, so it cannot have processed it.
   */
  static final class IncompleteBody extends IOException {
    private static final long serialVersionUID = 1L;

    IncompleteBody(IOException cause) {
      super(cause.toString(), cause);
    }
  }

  /** A request body that records, in its attempt's {@link SendState}, a failure before its end. */
  private static final class TrackedBody extends RequestBody {
    private final RequestBody body;
    private final SendState state;

    TrackedBody(RequestBody body, SendState state) {
      this.body = body;
      this.state = state;
    }

    @Override
    public MediaType contentType() {
      return body.contentType();
    }

    @Override
    public long contentLength() throws IOException {
      return body.contentLength();
    }

    @Override
    public boolean isOneShot() {
      return body.isOneShot();
    }

    @Override
    public boolean isDuplex() {
      return body.isDuplex();
    }

    @Override
    public void writeTo(okio.BufferedSink sink) throws IOException {
      try {
        body.writeTo(sink);
        sink.flush();   // the last bytes reach the connection here, not in a later close
      } catch (IOException e) {
        state.bodyIncomplete = true;
        throw e;
      }
    }
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

    NotSent(String message, IOException cause) {
      super(message, cause);
    }
  }

  /** A pooled connection turned out closed by the server before the request was written on it. */
  static final class StaleConnection extends IOException {
    private static final long serialVersionUID = 1L;

    StaleConnection() {
      super("a pooled connection was closed by the server; the request was not written on it");
    }
  }

  /** Why a {@code 429} was handed back without waiting it out, for the exception's message. */
  record RetryNote(String reason) {}

  /** A call on a closed client sends nothing. */
  static final class Open implements Interceptor {
    private final AtomicBoolean closed;

    Open(AtomicBoolean closed) {
      this.closed = closed;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
      if (closed.get()) {
        throw new Failure(new IllegalStateException("client closed"));
      }
      try {
        return chain.proceed(chain.request());
      } catch (IOException | RuntimeException | Error e) {
        throw e;
      } catch (Exception e) {
        throw undeclared(e);
      }
    }
  }

  /**
   * A checked exception OkHttp throws without declaring it (Kotlin): an {@link InterruptedException}
   * when the caller's thread is interrupted while a new connection is being made
   * ({@code FastFallbackExchangeFinder.awaitTcpConnect}), before anything was sent. It would
   * otherwise leave a call that declares none. Reported as the interrupt it is (an
   * {@link InterruptedIOException} caused by it: the request was not sent), with the caller's
   * interrupt kept; any other as a request that may have been sent.
   */
  static IOException undeclared(Exception e) {
    if (e instanceof InterruptedException) {
      Thread.currentThread().interrupt();
      InterruptedIOException io = new InterruptedIOException("interrupted while connecting; the request was not sent");
      io.initCause(e);
      return io;
    }
    return new MaybeSent(new IOException(e));
  }

  /**
   * Reads the body of every response that is not a success right away, inside the call, at most
   * {@link Bodies#MAX_BODY} bytes of it, and hands on the response with that prefix in memory (and a
   * {@link Bodies.Prefix} tag on its request saying whether it was cut or could not be read). A body
   * that breaks off, has a broken chunked encoding or is garbage under {@code gzip} then never turns
   * the status into a transport failure, and a 200 MiB error page costs 64 KiB.
   */
  static final class ErrorBodies implements Interceptor {
    @Override
    public Response intercept(Chain chain) throws IOException {
      Response response = chain.proceed(chain.request());
      if (response.isSuccessful()) {
        return response;
      }
      ResponseBody body = response.body();
      MediaType type = body == null ? null : body.contentType();
      Bodies.Prefix prefix = Bodies.read(body);
      return response.newBuilder()
          .request(response.request().newBuilder().tag(Bodies.Prefix.class, prefix).build())
          .body(ResponseBody.create(prefix.text(), type))
          .build();
    }
  }

  /**
   * Network interceptor: runs once a connection is ready, right before the request is written.
   *
   * <p>A server closes a keep-alive connection it finds idle; OkHttp checks a pooled HTTP/1.1
   * connection only after 10 s of idleness, so a write taken up by a connection closed since then goes
   * into a dead socket, and its outcome looks unknown although the server never read it. Before
   * writing on a connection idle for {@link #PROBE_AFTER_NANOS} or more (or one it has not used
   * before: a new connection costs this check once), this looks whether the
   * server closed it (a read of at most a millisecond); a closed one is discarded and the request goes
   * on another connection ({@link StaleConnection}, retried at once). A close still in flight while the
   * request is written remains possible, and stays an unknown outcome.
   */
  static final class SendMarker implements Interceptor {
    /** A connection idle for this long is checked before a request is written on it. */
    static final long PROBE_AFTER_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    /** When each live connection last finished an exchange (weak keys: the pool owns connections). */
    private final Map<Connection, Long> lastUsed = Collections.synchronizedMap(new WeakHashMap<>());

    @Override
    public Response intercept(Chain chain) throws IOException {
      SendState state = chain.request().tag(SendState.class);
      Connection connection = chain.connection();
      if (connection != null && connection.protocol() != Protocol.HTTP_2 && connection.protocol() != Protocol.H2_PRIOR_KNOWLEDGE) {
        Long last = lastUsed.get(connection);
        // A connection this client has not seen (another user of a shared pool) is checked too.
        if ((last == null || System.nanoTime() - last >= PROBE_AFTER_NANOS) && closedByPeer(connection.socket())) {
          throw new StaleConnection();
        }
      }
      Request request = chain.request();
      if (state != null) {
        state.reachedNetwork = true;
        if (request.body() != null) {
          request = request.newBuilder().method(request.method(), new TrackedBody(request.body(), state)).build();
        }
      }
      try {
        return chain.proceed(request);
      } finally {
        if (connection != null) {
          lastUsed.put(connection, System.nanoTime());
        }
      }
    }

    /** Whether the peer closed the idle socket (or sent bytes nobody asked for); closes it if so. */
    static boolean closedByPeer(Socket socket) {
      int timeout;
      try {
        timeout = socket.getSoTimeout();
      } catch (IOException e) {
        return false;
      }
      boolean closed;
      try {
        socket.setSoTimeout(1);
        socket.getInputStream().read();
        closed = true; // the end of the stream, or a byte on an idle connection: unusable either way
      } catch (SocketTimeoutException e) {
        closed = false; // nothing to read: the connection is alive
      } catch (IOException e) {
        closed = true;
      } finally {
        try {
          socket.setSoTimeout(timeout);
        } catch (IOException ignored) {
          // the socket is gone: found below
        }
      }
      if (closed) {
        try {
          socket.close();
        } catch (IOException ignored) {
          // closing is all that was wanted
        }
      }
      return closed;
    }
  }

  /**
   * Repeats a request only when the API certainly did not process it: after a {@code 429}, and when
   * the connection failed before the request reached it. Never after a timeout, a broken
   * connection once the request was on its way, or a {@code 5xx}. A read (GET) is also repeated
   * after a connection that failed once the request was on its way (a read timeout, a dropped
   * connection): reading twice changes nothing; never after a {@code 5xx}, read or write. Never
   * waits longer than {@code maxRetryWait} for one retry, nor past the call's deadline
   * ({@code callTimeout}): a {@code 429} that asks for more is handed back at once (a
   * {@link RateLimitException} carrying {@code retryAfter()}).
   */
  static final class Retries implements Interceptor {
    /** Pooled connections found closed before one request is written, replaced without a wait. */
    private static final int MAX_STALE = 8;
    /** Kept from the call's deadline: the call timeout started a little before this interceptor. */
    private static final long DEADLINE_MARGIN_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private final int maxRetries;
    private final Duration maxRetryWait;
    private final RateGate limiter;
    private final ApiProtocol protocol;
    private final Sleeper sleeper;
    private final Clock clock;
    private final AtomicReference<RateLimitStatus> status;

    Retries(int maxRetries, Duration maxRetryWait, RateGate limiter, Sleeper sleeper, Clock clock,
        AtomicReference<RateLimitStatus> status, ApiProtocol protocol) {
      this.protocol = protocol;
      this.maxRetries = maxRetries;
      this.maxRetryWait = maxRetryWait;
      this.limiter = limiter;
      this.sleeper = sleeper;
      this.clock = clock;
      this.status = status;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
      Request request = chain.request();
      long timeout = chain.call().timeout().timeoutNanos();
      long deadline = timeout > 0 ? System.nanoTime() + timeout - DEADLINE_MARGIN_NANOS : 0;
      int rateLimited = 0;
      int notSent = 0;
      int stale = 0;
      while (true) {
        if (limiter != null) {
          boolean acquired = pause(() -> limiter.acquire(request.method(), deadline));
          if (!acquired) {
            throw new NotSent("not sent: the client-side rate limit (requestsPerMinute) would make it wait past"
                + " the call's deadline (callTimeout)", null);
          }
        }
        SendState state = new SendState();
        Response response;
        try {
          response = chain.proceed(request.newBuilder().tag(SendState.class, state).build());
        } catch (Failure | StreamingJsonBody.BodyWriteFailure e) {
          throw e;
        } catch (StaleConnection e) {
          if (++stale <= MAX_STALE && !chain.call().isCanceled()) {
            continue;
          }
          throw new NotSent(e, stale);
        } catch (IOException e) {
          // A read is safe to repeat even when it may have reached the API; a write is not.
          if (state.reachedNetwork && !isRead(request)) {
            throw state.bodyIncomplete ? new IncompleteBody(e) : new MaybeSent(e);
          }
          if (notSent < maxRetries && repeatable(request) && !chain.call().isCanceled()) {
            Duration wait = min(backoff(notSent + 1), maxRetryWait);
            if (fits(wait, deadline)) {
              notSent++;
              pause(() -> {
                sleeper.sleep(wait);
                return true;
              });
              continue;
            }
          }
          throw state.reachedNetwork ? new MaybeSent(e) : new NotSent(e, notSent + 1);
        }
        RateLimitStatus figures = RateLimits.read(response, clock, protocol);
        if (figures.isKnown()) {
          // A response without the headers (a proxy's error page) says nothing of the account's figures.
          status.set(figures);
        }
        if (response.code() == 429 && rateLimited < maxRetries && repeatable(request)) {
          Duration asked = RateLimits.retryAfter(response, clock, protocol);
          Duration wait = asked != null ? asked : min(backoff(rateLimited + 1), maxRetryWait);
          String note = null;
          if (asked != null && asked.compareTo(maxRetryWait) > 0) {
            note = "the API asked to wait " + seconds(asked) + ", longer than maxRetryWait (" + seconds(maxRetryWait)
                + "): not sent again; the request was not processed";
          } else if (!fits(wait, deadline)) {
            note = "waiting " + seconds(wait) + " would pass the call's deadline (callTimeout): not sent again; the"
                + " request was not processed";
          }
          if (note != null) {
            return response.newBuilder()
                .request(response.request().newBuilder().tag(RetryNote.class, new RetryNote(note)).build())
                .build();
          }
          response.close();
          rateLimited++;
          pause(() -> {
            sleeper.sleep(wait);
            return true;
          });
          continue;
        }
        return response;
      }
    }

    /** Whether a wait ends before the deadline (0: none). */
    private static boolean fits(Duration wait, long deadline) {
      return deadline == 0 || wait.compareTo(Duration.ofNanos(deadline - System.nanoTime())) < 0;
    }

    private static Duration min(Duration a, Duration b) {
      return a.compareTo(b) <= 0 ? a : b;
    }

    private static String seconds(Duration d) {
      return d.getNano() == 0 || d.getSeconds() > 0 ? d.getSeconds() + " s" : d.toMillis() + " ms";
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
    private final Secrets secrets;

    Auth(Authentication authentication, Secrets secrets) {
      this.authentication = authentication;
      this.secrets = secrets;
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

    private String token(java.util.function.Supplier<String> source) throws Failure {
      String token;
      try {
        token = source.get();
      } catch (RuntimeException e) {
        throw new Failure(e);
      }
      if (token != null) {
        secrets.add(token);
        String problem = TokenEndpoint.unusable(token);
        if (problem != null) {
          throw new Failure(new MailwrightException("the access token from " + authentication.getClass().getSimpleName()
              + " cannot be sent: " + problem + "; nothing was sent"));
        }
      }
      return token;
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
    boolean run() throws InterruptedException;
  }

  private static boolean pause(Wait wait) throws InterruptedIOException {
    try {
      return wait.run();
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

    static RateLimitStatus read(Response response, Clock clock, ApiProtocol protocol) {
      return new RateLimitStatus(optional(integer(ApiProtocol.header(response, protocol.rateLimitHeader()))),
          optional(integer(ApiProtocol.header(response, protocol.rateLimitRemainingHeader()))), clock.instant());
    }


    private static java.util.OptionalInt optional(Integer figure) {
      return figure == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(figure);
    }

    /**
     * The API's own retry-after header ({@link ApiProtocol#retryAfterHeader()}, seconds), else {@code Retry-After} (seconds or an HTTP date, read
     * against the client's clock), else null. A number too large for a {@code long} is read as the
     * longest wait there is: it is more than any cap.
     */
    static Duration retryAfter(Response response, Clock clock, ApiProtocol protocol) {
      Duration seconds = seconds(ApiProtocol.header(response, protocol.retryAfterHeader()));
      if (seconds != null) {
        return seconds;
      }
      String retryAfter = response.header("Retry-After");
      if (retryAfter == null) {
        return null;
      }
      seconds = seconds(retryAfter);
      if (seconds != null) {
        return seconds;
      }
      try {
        Instant at = ZonedDateTime.parse(retryAfter.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        Duration d = Duration.between(clock.instant(), at);
        return d.isNegative() ? Duration.ZERO : d;
      } catch (DateTimeParseException | ArithmeticException e) {
        return null;
      }
    }

    private static Duration seconds(String header) {
      if (header == null) {
        return null;
      }
      String s = header.trim();
      if (s.length() > 40 || !s.matches("-?[0-9]+")) {
        return null;
      }
      try {
        return Duration.ofSeconds(Math.max(0, Long.parseLong(s)));
      } catch (NumberFormatException e) {
        return s.startsWith("-") ? Duration.ZERO : Duration.ofSeconds(Long.MAX_VALUE);
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
