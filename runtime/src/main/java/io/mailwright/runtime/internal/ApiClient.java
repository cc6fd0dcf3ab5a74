package io.mailwright.runtime.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.mailwright.runtime.Authentication;
import io.mailwright.runtime.Created;
import io.mailwright.runtime.OutcomeUnknownException;
import io.mailwright.runtime.RateLimitStatus;
import io.mailwright.runtime.RequestValidationException;
import io.mailwright.runtime.TransportException;
import io.mailwright.runtime.Validatable;
import io.mailwright.runtime.Violation;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;
import retrofit2.Retrofit;

/**
 * The engine behind a generated client: OkHttp and Retrofit set up for the API (no redirects
 * followed, no silent retries), authentication, the retry rules, and the mapping of responses to
 * results and exceptions. Generated resource classes call it; it knows no endpoint of its own.
 */
public final class ApiClient implements AutoCloseable {
  private final OkHttpClient http;
  private final boolean ownsHttp;
  private final Retrofit retrofit;
  private final ErrorMapper errors;
  private final Reads reads;
  private final AtomicReference<RateLimitStatus> rateLimit;
  private final Clock clock;
  private final ApiProtocol protocol;
  private final Secrets secrets = new Secrets();
  private final AtomicBoolean closed = new AtomicBoolean();

  /** The engine of a client with these options ({@code ClientBuilder.build()}). */
  public ApiClient(ClientOptions config) {
    Clock clock = config.clock;
    this.clock = clock;
    OkHttpClient base = config.okHttpClient != null ? config.okHttpClient : new OkHttpClient();
    this.ownsHttp = config.okHttpClient == null;
    OkHttpClient.Builder common = base.newBuilder()
        .followRedirects(false)
        .followSslRedirects(false)
        // OkHttp would otherwise repeat a request on some connection failures, even after sending it.
        .retryOnConnectionFailure(false);
    if (config.connectTimeout != null) {
      common.connectTimeout(config.connectTimeout);
    }
    if (config.readTimeout != null) {
      common.readTimeout(config.readTimeout);
    }
    if (config.writeTimeout != null) {
      common.writeTimeout(config.writeTimeout);
    }
    if (config.callTimeout != null) {
      common.callTimeout(config.callTimeout);
    }
    // On every request of the client, token requests included (they share the connection pool).
    common.addNetworkInterceptor(new Interceptors.SendMarker());
    if (config.httpLog != null) {
      common.addNetworkInterceptor(new HttpLog(config.httpLog, secrets));
    }
    OkHttpClient plain = common.build();
    HttpUrl baseUrl = HttpUrl.get(config.baseUrl);
    this.protocol = config.protocol;
    Authentication authentication = config.authentication(plain, baseUrl, secrets);
    this.rateLimit = new AtomicReference<>(new RateLimitStatus(OptionalInt.empty(), OptionalInt.empty(), null));
    this.http = plain.newBuilder()
        .addInterceptor(new Interceptors.Open(closed))
        .addInterceptor(new Interceptors.ErrorBodies())
        .addInterceptor(new Interceptors.Retries(config.maxRetries, config.maxRetryWait, config.rateGate,
            config.sleeper, clock, rateLimit, config.protocol))
        .addInterceptor(new Interceptors.Auth(authentication, secrets))
        .build();
    ObjectMapper mapper = JsonBodies.mapper();
    this.retrofit = new Retrofit.Builder()
        .baseUrl(baseUrl)
        .client(http)
        .addConverterFactory(new JsonBodies(mapper))
        .validateEagerly(true)
        .build();
    this.errors = new ErrorMapper(mapper, secrets, clock, config.protocol);
    this.reads = new Reads(http, mapper, errors, this::failure);
  }

  /** The read calls (GET of a resource, of a page, of every page), on this client's connection and rules. */
  public Reads reads() {
    return reads;
  }

  /** The HTTP client the calls go through; for tests of its settings. */
  OkHttpClient http() {
    return http;
  }

  /** The Retrofit implementation of a generated API interface, wired to this client. */
  public <T> T create(Class<T> api) {
    return retrofit.create(api);
  }

  /** The rate-limit figures of the latest response. */
  public RateLimitStatus rateLimits() {
    return rateLimit.get();
  }

  /**
   * Validates the body, sends the call, and returns what the API created.
   *
   * @throws RequestValidationException before anything is sent, when the body breaks a rule
   * @throws ApiException (a subclass per status) when the API answers with an error
   * @throws OutcomeUnknownException when a write went out and no answer came
   * @throws TransportException when the API could not be reached
   */
  public Created execute(Operation op, Validatable body, Supplier<Call<Void>> call) {
    checkOpen();
    validate(body);
    return send(op, call.get(), response -> result(op, response));
  }

  /** As {@link #execute}, without blocking: the future fails with the same exceptions. */
  public CompletableFuture<Created> executeAsync(Operation op, Validatable body, Supplier<Call<Void>> call) {
    if (closed.get()) {
      return CompletableFuture.failedFuture(new IllegalStateException("client closed"));
    }
    try {
      validate(body);
    } catch (RequestValidationException e) {
      return CompletableFuture.failedFuture(e);
    }
    return enqueue(op, call.get(), response -> result(op, response));
  }

  /**
   * Sends a read of a resource that may have moved, without following the redirect, and returns
   * the id the resource has now: the last segment of a {@code 301}'s {@code Location}, or
   * {@code id} itself when the API answers with success.
   *
   * @throws NotFoundException when there is no such resource (or it moved longer ago than the API
   *     remembers)
   */
  public long resolveMoved(Operation op, long id, Supplier<Call<Void>> call) {
    return send(op, call.get(), response -> moved(op, id, response));
  }

  /** As {@link #resolveMoved}, without blocking: the future fails with the same exceptions. */
  public CompletableFuture<Long> resolveMovedAsync(Operation op, long id, Supplier<Call<Void>> call) {
    return enqueue(op, call.get(), response -> moved(op, id, response));
  }

  private void checkOpen() {
    if (closed.get()) {
      throw new IllegalStateException("client closed");
    }
  }

  private <T> T send(Operation op, Call<Void> call, Function<Response<Void>, T> outcome) {
    // A closed client: execute() said so before validating; any other call meets the Open interceptor.
    Response<Void> response;
    try {
      response = call.execute();
    } catch (IOException e) {
      throw failure(op, call.request(), e);
    }
    return outcome.apply(response);
  }

  private <T> CompletableFuture<T> enqueue(Operation op, Call<Void> call, Function<Response<Void>, T> outcome) {
    if (closed.get()) {
      return CompletableFuture.failedFuture(new IllegalStateException("client closed"));
    }
    CompletableFuture<T> future = new CompletableFuture<>();
    call.enqueue(new Callback<Void>() {
      @Override
      public void onResponse(Call<Void> c, Response<Void> response) {
        try {
          future.complete(outcome.apply(response));
        } catch (RuntimeException e) {
          future.completeExceptionally(e);
        }
      }

      @Override
      public void onFailure(Call<Void> c, Throwable t) {
        future.completeExceptionally(t instanceof IOException io ? failure(op, c.request(), io) : t);
      }
    });
    return future;
  }

  private long moved(Operation op, long id, Response<Void> response) {
    int status = response.code();
    if (status >= 200 && status < 300) {
      return id;
    }
    if (status == 301 || status == 302 || status == 307 || status == 308) {
      Long moved = lastSegmentId(response.headers().get("Location"));
      if (moved != null) {
        return moved;
      }
    }
    throw errors.map(op, response.raw(), response.errorBody());
  }

  private void validate(Validatable body) {
    if (body != null) {
      List<Violation> violations = body.validate();
      if (!violations.isEmpty()) {
        throw new RequestValidationException(body.getClass().getSimpleName(), violations);
      }
    }
  }

  private Created result(Operation op, Response<Void> response) {
    if (!response.isSuccessful()) {
      throw errors.map(op, response.raw(), response.errorBody());
    }
    okhttp3.Response raw = response.raw();
    String location = raw.header("Location");
    Long id = parseLong(ApiProtocol.header(raw, op.resourceIdHeader()));
    if (id == null) {
      id = lastSegmentId(location);
    }
    // The figures of this response: the client's latest may already be another call's.
    return new Created(response.code(), id, location, ApiProtocol.header(raw, op.webLocationHeader()),
        ApiProtocol.header(raw, protocol.correlationIdHeader()), Interceptors.RateLimits.read(raw, clock, protocol));
  }

  private static Long parseLong(String s) {
    if (s == null) {
      return null;
    }
    try {
      return Long.valueOf(s.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The numeric last path segment of a URL, as in {@code .../v2/conversations/123}. */
  static Long lastSegmentId(String location) {
    if (location == null) {
      return null;
    }
    String path = location;
    int query = path.indexOf('?');
    if (query >= 0) {
      path = path.substring(0, query);
    }
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return parseLong(path.substring(path.lastIndexOf('/') + 1));
  }

  private RuntimeException failure(Operation op, okhttp3.Request request, IOException e) {
    String method = request.method();
    String path = request.url().encodedPath();
    // The call's timeout wraps what failed inside it: the failure's kind is its cause's.
    IOException cause = e;
    if (e instanceof InterruptedIOException && kind(e.getCause()) != null) {
      cause = (IOException) e.getCause();
    }
    if (cause instanceof Interceptors.Failure f) {
      return f.failure();
    }
    if (cause instanceof StreamingJsonBody.BodyWriteFailure) {
      return new TransportException(method + " " + path + ": " + secrets.redact(cause.getMessage())
          + "; the API did not receive a complete request", secrets.redact(e));
    }
    if (cause instanceof Interceptors.IncompleteBody) {
      return new TransportException(method + " " + path + ": the request body could not be written to its end ("
          + secrets.redact(String.valueOf(cause.getMessage())) + "); the API did not receive a complete request",
          secrets.redact(e));
    }
    if (cause instanceof Interceptors.NotSent) {
      return new TransportException(method + " " + path + ": " + secrets.redact(cause.getMessage())
          + "; the API did not receive it", secrets.redact(e));
    }
    if (cause instanceof Interceptors.MaybeSent && op.isWrite()) {
      return new OutcomeUnknownException(method, path, secrets.redact(cause.getCause()));
    }
    if (e instanceof InterruptedIOException && op.isWrite() && !(e.getCause() instanceof InterruptedException)) {
      // A call timeout fires wherever the call is: the request may already have been sent.
      return new OutcomeUnknownException(method, path, secrets.redact(e));
    }
    return new TransportException(method + " " + path + " failed: " + secrets.redact(e.toString()), secrets.redact(e));
  }

  private static Class<?> kind(Throwable t) {
    return t instanceof Interceptors.Failure || t instanceof Interceptors.NotSent || t instanceof Interceptors.MaybeSent
        || t instanceof Interceptors.IncompleteBody
        || t instanceof StreamingJsonBody.BodyWriteFailure ? t.getClass() : null;
  }

  /** Releases the connections and threads of the HTTP client, unless the caller supplied it. */
  @Override
  public void close() {
    closed.set(true);
    if (ownsHttp) {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }
}
