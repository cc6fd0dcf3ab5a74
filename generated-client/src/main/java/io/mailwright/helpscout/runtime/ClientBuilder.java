package io.mailwright.helpscout.runtime;

import java.time.Clock;
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
  String baseUrl;
  private AuthFactory auth;
  OkHttpClient okHttpClient;
  Duration connectTimeout = Duration.ofSeconds(10);
  Duration readTimeout = Duration.ofSeconds(30);
  Duration writeTimeout = Duration.ofSeconds(30);
  Duration callTimeout = DEFAULT_CALL_TIMEOUT;
  int maxRetries = 3;
  Duration maxRetryWait = DEFAULT_MAX_RETRY_WAIT;
  boolean allowInsecureHttp;
  RateLimiter rateLimiter;
  private Integer requestsPerMinute;
  Consumer<String> httpLog;
  Clock clock = SYSTEM_CLOCK;
  Sleeper sleeper = Sleeper.SYSTEM;

  /**
   * The default limit of a whole call (token request, retries and waits included): two minutes, room
   * for one full wait of the API's one-minute rate-limit window and the request itself.
   */
  public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofMinutes(2);

  /** The default longest wait the client accepts from a server for one retry: the API's one-minute window. */
  public static final Duration DEFAULT_MAX_RETRY_WAIT = Duration.ofSeconds(60);

  private static final Clock SYSTEM_CLOCK = Clock.systemUTC();

  protected ClientBuilder(String defaultBaseUrl) {
    this.baseUrl = defaultBaseUrl;
  }

  /** Makes the client once the options are set. */
  protected abstract C create(ApiClient client);

  /** The API's base URL (with a trailing slash); the default is the production API's. */
  public B baseUrl(String baseUrl) {
    HttpUrl.get(Objects.requireNonNull(baseUrl, "baseUrl"));
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    return self();
  }

  /** Authenticates with the client-credentials grant of an application (its id and secret). */
  public B clientCredentials(String clientId, String clientSecret) {
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(clientSecret, "clientSecret");
    this.auth = (http, tokenUrl, secrets) -> new ClientCredentials(new TokenEndpoint(http, tokenUrl, clock, clientId,
        clientSecret, secrets), clock);
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
    this.auth = (http, tokenUrl, secrets) -> new UserTokens(new TokenEndpoint(http, tokenUrl, clock, clientId,
        clientSecret, secrets), store, clock);
    return self();
  }

  /** Sends this access token, which the caller manages; a {@code 401} is then an error at once. */
  public B accessToken(String token) {
    FixedAccessToken fixed = new FixedAccessToken(token);
    this.auth = (http, tokenUrl, secrets) -> fixed;
    return self();
  }

  /** Any other source of tokens. */
  public B authentication(Authentication authentication) {
    Objects.requireNonNull(authentication, "authentication");
    this.auth = (http, tokenUrl, secrets) -> authentication;
    return self();
  }

  /**
   * The OkHttp client to build on (its connection pool, dispatcher, proxy, TLS settings). The
   * client adds its interceptors to a copy and turns off redirects and OkHttp's own retries.
   */
  public B okHttpClient(OkHttpClient client) {
    this.okHttpClient = Objects.requireNonNull(client, "client");
    return self();
  }

  /** Default 10 s. */
  public B connectTimeout(Duration timeout) {
    this.connectTimeout = timeout;
    return self();
  }

  /** Default 30 s. After a read timeout a write's outcome is unknown, and it is not sent again. */
  public B readTimeout(Duration timeout) {
    this.readTimeout = timeout;
    return self();
  }

  /** Default 30 s. */
  public B writeTimeout(Duration timeout) {
    this.writeTimeout = timeout;
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
    this.callTimeout = timeout;
    return self();
  }

  /**
   * The longest the client waits, for one retry, when a {@code 429} asks it to
   * ({@code X-RateLimit-Retry-After}, {@code Retry-After}); default {@link #DEFAULT_MAX_RETRY_WAIT}
   * (60 s, the API's rate-limit window). A {@code 429} asking for more is not waited out: it is a
   * {@link RateLimitException} at once, carrying {@link RateLimitException#retryAfter()}.
   */
  public B maxRetryWait(Duration maxRetryWait) {
    Objects.requireNonNull(maxRetryWait, "maxRetryWait");
    if (maxRetryWait.isNegative()) {
      throw new IllegalArgumentException("maxRetryWait must not be negative, was " + maxRetryWait);
    }
    this.maxRetryWait = maxRetryWait;
    return self();
  }

  /**
   * Allows a plain {@code http} base URL to a host that is not a loopback address. Without it such a
   * URL is refused: the client secret, refresh tokens and every access token would cross the network
   * in clear text. Loopback addresses (a local sandbox) never need it.
   */
  public B allowInsecureHttp() {
    this.allowInsecureHttp = true;
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
    this.maxRetries = maxRetries;
    return self();
  }

  /**
   * Keeps this client under a number of requests per minute (writes count 2), waiting before a
   * request rather than receiving a {@code 429}.
   */
  public B requestsPerMinute(int requestsPerMinute) {
    this.requestsPerMinute = requestsPerMinute;
    this.rateLimiter = null;
    return self();
  }

  /** Shares a limiter between clients: the account's limit is shared by all of them. */
  public B rateLimiter(RateLimiter limiter) {
    this.rateLimiter = Objects.requireNonNull(limiter, "limiter");
    this.requestsPerMinute = null;
    return self();
  }

  /** Logs each HTTP exchange to the sink, credentials redacted (see the client's README). */
  public B httpLog(Consumer<String> sink) {
    this.httpLog = Objects.requireNonNull(sink, "sink");
    return self();
  }

  /** The clock of token expiry and rate limits; for tests. */
  public B clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return self();
  }

  /** How the client waits between retries; for tests, which should not sleep. */
  public B sleeper(Sleeper sleeper) {
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    return self();
  }

  public C build() {
    if (auth == null) {
      throw new IllegalStateException("choose how to authenticate: clientCredentials(...), userTokens(...),"
          + " accessToken(...) or authentication(...)");
    }
    checkTransport(HttpUrl.get(baseUrl), allowInsecureHttp);
    if (requestsPerMinute != null) {
      // The JVM's monotonic clock unless a test clock was given: a wall clock can be stepped back.
      rateLimiter = clock == SYSTEM_CLOCK ? new RateLimiter(requestsPerMinute)
          : new RateLimiter(requestsPerMinute, clock, sleeper);
    }
    return create(new ApiClient(this));
  }

  /**
   * Refuses plain {@code http} to anything but a loopback address unless allowed: credentials would
   * travel in clear text.
   */
  static void checkTransport(HttpUrl url, boolean allowInsecureHttp) {
    if (url.isHttps() || allowInsecureHttp || isLoopback(url.host())) {
      return;
    }
    throw new IllegalArgumentException("refusing the plain-http base URL " + url.scheme() + "://" + url.host()
        + ":" + url.port() + "/: the client secret, refresh tokens and access tokens would cross the network"
        + " unencrypted; use https, or call allowInsecureHttp() if this network is trusted (http to a loopback"
        + " address such as a local sandbox is always allowed)");
  }

  static boolean isLoopback(String host) {
    if (host.equalsIgnoreCase("localhost") || host.toLowerCase(java.util.Locale.ROOT).endsWith(".localhost")) {
      return true;
    }
    if (host.equals("::1") || host.equals("0:0:0:0:0:0:0:1")) {
      return true;
    }
    // Only a literal IPv4 address: a name is never resolved here.
    return host.matches("127\\.[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}");
  }

  Authentication authentication(OkHttpClient http, HttpUrl tokenUrl, Secrets secrets) {
    return auth.create(http, tokenUrl, secrets);
  }

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  private interface AuthFactory {
    Authentication create(OkHttpClient http, HttpUrl tokenUrl, Secrets secrets);
  }
}
