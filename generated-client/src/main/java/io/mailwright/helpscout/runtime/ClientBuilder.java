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
  Duration callTimeout;
  int maxRetries = 3;
  RateLimiter rateLimiter;
  private Integer requestsPerMinute;
  Consumer<String> httpLog;
  Clock clock = Clock.systemUTC();
  Sleeper sleeper = Sleeper.SYSTEM;

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
    this.auth = (http, tokenUrl) -> new ClientCredentials(new TokenEndpoint(http, tokenUrl, clock, clientId,
        clientSecret), clock);
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
    this.auth = (http, tokenUrl) -> new UserTokens(new TokenEndpoint(http, tokenUrl, clock, clientId, clientSecret),
        store, clock);
    return self();
  }

  /** Sends this access token, which the caller manages; a {@code 401} is then an error at once. */
  public B accessToken(String token) {
    FixedAccessToken fixed = new FixedAccessToken(token);
    this.auth = (http, tokenUrl) -> fixed;
    return self();
  }

  /** Any other source of tokens. */
  public B authentication(Authentication authentication) {
    Objects.requireNonNull(authentication, "authentication");
    this.auth = (http, tokenUrl) -> authentication;
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

  /** A limit for a whole call, retries and waits included; none by default. */
  public B callTimeout(Duration timeout) {
    this.callTimeout = timeout;
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
    if (requestsPerMinute != null) {
      rateLimiter = new RateLimiter(requestsPerMinute, clock, sleeper);
    }
    return create(new ApiClient(this));
  }

  Authentication authentication(OkHttpClient http, HttpUrl tokenUrl) {
    return auth.create(http, tokenUrl);
  }

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  private interface AuthFactory {
    Authentication create(OkHttpClient http, HttpUrl tokenUrl);
  }
}
