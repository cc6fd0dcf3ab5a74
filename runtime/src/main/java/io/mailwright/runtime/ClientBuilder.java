package io.mailwright.runtime;

import io.mailwright.runtime.internal.ApiClient;
import io.mailwright.runtime.internal.ApiProtocol;
import io.mailwright.runtime.internal.ClientOptions;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The options of a client, shared by every generated entry point ({@code HelpScout.builder()}).
 * Choose one way to authenticate; everything else has a default.
 *
 * @param <B> the generated builder
 * @param <C> the generated client
 */
public abstract class ClientBuilder<B extends ClientBuilder<B, C>, C> {
  /** Read by the engine through {@link RuntimeHooks}. */
  final ClientOptions options;

  /**
   * The default limit of a whole call (token request, retries and waits included): two minutes, room
   * for one full wait of the API's one-minute rate-limit window and the request itself.
   */
  public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofMinutes(2);

  /** The default longest wait the client accepts from a server for one retry: the API's one-minute window. */
  public static final Duration DEFAULT_MAX_RETRY_WAIT = Duration.ofSeconds(60);

  /** A builder for the API this protocol describes (its base URL is the default). */
  protected ClientBuilder(ApiProtocol protocol) {
    this.options = new ClientOptions(protocol, Duration.ofSeconds(10), Duration.ofSeconds(30),
        Duration.ofSeconds(30), DEFAULT_CALL_TIMEOUT, 3, DEFAULT_MAX_RETRY_WAIT);
  }

  /** Makes the client once the options are set. */
  protected abstract C create(ApiClient client);

  /** The API's base URL (with a trailing slash); the default is the production API's. */
  public B baseUrl(String baseUrl) {
    HttpUrl.get(Objects.requireNonNull(baseUrl, "baseUrl"));
    options.baseUrl(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
    return self();
  }

  /** Authenticates with the client-credentials grant of an application (its id and secret). */
  public B clientCredentials(String clientId, String clientSecret) {
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(clientSecret, "clientSecret");
    options.clientCredentials(clientId, clientSecret);
    return self();
  }

  /**
   * Authenticates as a user who authorized the application ({@link OAuth}): the tokens come from the
   * store, are renewed with the refresh grant, and each rotated pair is saved back to it.
   */
  public B userTokens(String clientId, String clientSecret, TokenStore store) {
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(clientSecret, "clientSecret");
    Objects.requireNonNull(store, "store");
    options.userTokens(clientId, clientSecret, store);
    return self();
  }

  /** Sends this access token, which the caller manages; a {@code 401} is then an error at once. */
  public B accessToken(String token) {
    options.accessToken(token);
    return self();
  }

  /** Any other source of tokens. */
  public B authentication(Authentication authentication) {
    Objects.requireNonNull(authentication, "authentication");
    options.authentication(authentication);
    return self();
  }

  /**
   * The OkHttp client to build on (its connection pool, dispatcher, proxy, TLS settings). The
   * client adds its interceptors to a copy and turns off redirects and OkHttp's own retries.
   */
  public B okHttpClient(OkHttpClient client) {
    options.okHttpClient(Objects.requireNonNull(client, "client"));
    return self();
  }

  /** Default 10 s. */
  public B connectTimeout(Duration timeout) {
    options.connectTimeout(timeout);
    return self();
  }

  /** Default 30 s. After a read timeout a write's outcome is unknown, and it is not sent again. */
  public B readTimeout(Duration timeout) {
    options.readTimeout(timeout);
    return self();
  }

  /** Default 30 s. */
  public B writeTimeout(Duration timeout) {
    options.writeTimeout(timeout);
    return self();
  }

  /**
   * A limit for a whole call: the token request, every retry and every wait included (the client
   * never starts a wait that would pass it: a {@code 429} it cannot wait out in time is a
   * {@link RateLimitException} at once). Default {@link #DEFAULT_CALL_TIMEOUT} (2 minutes); raise it
   * for large attachments over slow links. {@link Duration#ZERO} removes the limit, and with it the
   * bound on a server that trickles its answer.
   */
  public B callTimeout(Duration timeout) {
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative()) {
      throw new IllegalArgumentException("callTimeout must not be negative, was " + timeout);
    }
    options.callTimeout(timeout);
    return self();
  }

  /**
   * The longest the client waits, for one retry, when a {@code 429} asks it to
   * (the API's own retry-after header, then {@code Retry-After}); default {@link #DEFAULT_MAX_RETRY_WAIT}
   * (60 s, the API's rate-limit window). A {@code 429} asking for more is not waited out: it is a
   * {@link RateLimitException} at once, carrying {@link RateLimitException#retryAfter()}.
   */
  public B maxRetryWait(Duration maxRetryWait) {
    Objects.requireNonNull(maxRetryWait, "maxRetryWait");
    if (maxRetryWait.isNegative()) {
      throw new IllegalArgumentException("maxRetryWait must not be negative, was " + maxRetryWait);
    }
    options.maxRetryWait(maxRetryWait);
    return self();
  }

  /**
   * Allows a plain {@code http} base URL to a host that is not a loopback address. Without it such a
   * URL is refused: the client secret, refresh tokens and every access token would cross the network
   * in clear text. Loopback addresses (a local sandbox) never need it.
   */
  public B allowInsecureHttp() {
    options.allowInsecureHttp();
    return self();
  }

  /**
   * How many times a request is sent again after a {@code 429} (and, separately, after a connection
   * that failed before the request was sent). Default 3; 0 turns retries off.
   */
  public B maxRetries(int maxRetries) {
    if (maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries must not be negative, was " + maxRetries);
    }
    options.maxRetries(maxRetries);
    return self();
  }

  /**
   * Keeps this client under a number of requests per minute (writes count 2), waiting before a
   * request rather than receiving a {@code 429}.
   */
  public B requestsPerMinute(int requestsPerMinute) {
    options.requestsPerMinute(requestsPerMinute);
    return self();
  }

  /** Shares a limiter between clients: the account's limit is shared by all of them. */
  public B rateLimiter(RateLimiter limiter) {
    options.rateGate(Objects.requireNonNull(limiter, "limiter").gate);
    return self();
  }

  /** Logs each HTTP exchange to the sink, credentials redacted (see the client's README). */
  public B httpLog(Consumer<String> sink) {
    options.httpLog(Objects.requireNonNull(sink, "sink"));
    return self();
  }

  /** Makes the client. */
  public C build() {
    options.check();
    return create(new ApiClient(options));
  }

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }
}
