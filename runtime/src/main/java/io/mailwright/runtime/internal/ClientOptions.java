package io.mailwright.runtime.internal;

import io.mailwright.runtime.Authentication;
import io.mailwright.runtime.TokenStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * The options a {@code ClientBuilder} collects, as the engine ({@link ApiClient}) reads them. The
 * builder checks what users give it; this class only holds it, with the two test seams (the clock,
 * the sleeper) that the public builder does not offer ({@link TestHooks}).
 */
public final class ClientOptions {
  static final Clock SYSTEM_CLOCK = Clock.systemUTC();

  final ApiProtocol protocol;
  String baseUrl;
  private @Nullable AuthFactory auth;
  private boolean needsTokenEndpoint;
  @Nullable OkHttpClient okHttpClient;
  @Nullable Duration connectTimeout;
  @Nullable Duration readTimeout;
  @Nullable Duration writeTimeout;
  @Nullable Duration callTimeout;
  int maxRetries;
  Duration maxRetryWait;
  boolean allowInsecureHttp;
  @Nullable RateGate rateGate;
  private @Nullable Integer requestsPerMinute;
  @Nullable Consumer<String> httpLog;
  Clock clock = SYSTEM_CLOCK;
  Sleeper sleeper = Sleeper.SYSTEM;

  public ClientOptions(ApiProtocol protocol, Duration connectTimeout, Duration readTimeout, Duration writeTimeout,
      Duration callTimeout, int maxRetries, Duration maxRetryWait) {
    this.protocol = Objects.requireNonNull(protocol, "protocol");
    this.baseUrl = protocol.baseUrl();
    this.connectTimeout = connectTimeout;
    this.readTimeout = readTimeout;
    this.writeTimeout = writeTimeout;
    this.callTimeout = callTimeout;
    this.maxRetries = maxRetries;
    this.maxRetryWait = maxRetryWait;
  }

  public void baseUrl(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  public void clientCredentials(String clientId, String clientSecret) {
    this.auth = (http, tokenUrl, secrets) -> new ClientCredentials(new TokenEndpoint(http, tokenUrl, clock, clientId,
        clientSecret, secrets, protocol), clock);
    this.needsTokenEndpoint = true;
  }

  public void userTokens(String clientId, String clientSecret, TokenStore store) {
    this.auth = (http, tokenUrl, secrets) -> new UserTokens(new TokenEndpoint(http, tokenUrl, clock, clientId,
        clientSecret, secrets, protocol), store, clock);
    this.needsTokenEndpoint = true;
  }

  public void accessToken(String token) {
    FixedAccessToken fixed = new FixedAccessToken(token);
    this.auth = (http, tokenUrl, secrets) -> fixed;
    this.needsTokenEndpoint = false;
  }

  public void authentication(Authentication authentication) {
    this.auth = (http, tokenUrl, secrets) -> authentication;
    this.needsTokenEndpoint = false;
  }

  public void okHttpClient(OkHttpClient client) {
    this.okHttpClient = client;
  }

  public void connectTimeout(@Nullable Duration timeout) {
    this.connectTimeout = timeout;
  }

  public void readTimeout(@Nullable Duration timeout) {
    this.readTimeout = timeout;
  }

  public void writeTimeout(@Nullable Duration timeout) {
    this.writeTimeout = timeout;
  }

  public void callTimeout(Duration timeout) {
    this.callTimeout = timeout;
  }

  public void maxRetryWait(Duration maxRetryWait) {
    this.maxRetryWait = maxRetryWait;
  }

  public void allowInsecureHttp() {
    this.allowInsecureHttp = true;
  }

  public void maxRetries(int maxRetries) {
    this.maxRetries = maxRetries;
  }

  public void requestsPerMinute(int requestsPerMinute) {
    this.requestsPerMinute = requestsPerMinute;
    this.rateGate = null;
  }

  /** A limiter shared with other clients (the public {@code RateLimiter}'s gate). */
  public void rateGate(RateGate gate) {
    this.rateGate = gate;
    this.requestsPerMinute = null;
  }

  public void httpLog(Consumer<String> sink) {
    this.httpLog = sink;
  }

  void clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  void sleeper(Sleeper sleeper) {
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
  }

  /** Checks the whole: an authentication chosen, a transport that keeps credentials safe. */
  public void check() {
    if (auth == null) {
      throw new IllegalStateException("choose how to authenticate: clientCredentials(...), userTokens(...),"
          + " accessToken(...) or authentication(...)");
    }
    if (needsTokenEndpoint && protocol.tokenPath() == null) {
      throw new IllegalStateException("this API's model declares no token endpoint: authenticate with"
          + " accessToken(...) or authentication(...)");
    }
    checkTransport(HttpUrl.get(baseUrl), allowInsecureHttp);
    if (requestsPerMinute != null) {
      // The JVM's monotonic clock unless a test clock was given: a wall clock can be stepped back.
      rateGate = clock == SYSTEM_CLOCK ? new RateGate(requestsPerMinute) : new RateGate(requestsPerMinute, clock, sleeper);
    }
  }

  /**
   * Refuses plain {@code http} to anything but a loopback address unless allowed: credentials would
   * travel in clear text.
   */
  public static void checkTransport(HttpUrl url, boolean allowInsecureHttp) {
    if (url.isHttps() || allowInsecureHttp || isLoopback(url.host())) {
      return;
    }
    throw new IllegalArgumentException("refusing the plain-http base URL " + url.scheme() + "://" + url.host()
        + ":" + url.port() + "/: the client secret, refresh tokens and access tokens would cross the network"
        + " unencrypted; use https, or call allowInsecureHttp() if this network is trusted (http to a loopback"
        + " address such as a local sandbox is always allowed)");
  }

  static boolean isLoopback(String host) {
    if (host.equalsIgnoreCase("localhost") || host.toLowerCase(Locale.ROOT).endsWith(".localhost")) {
      return true;
    }
    if (host.equals("::1") || host.equals("0:0:0:0:0:0:0:1")) {
      return true;
    }
    // Only a literal IPv4 address: a name is never resolved here.
    return host.matches("127\\.[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}");
  }

  /** The authentication chosen; its token endpoint, if it has one, is the protocol's under the base URL. */
  Authentication authentication(OkHttpClient http, HttpUrl baseUrl, Secrets secrets) {
    String tokenPath = protocol.tokenPath();
    return Objects.requireNonNull(auth, "auth").create(http, tokenPath == null ? null : baseUrl.resolve(tokenPath),
        secrets);
  }

  private interface AuthFactory {
    Authentication create(OkHttpClient http, @Nullable HttpUrl tokenUrl, Secrets secrets);
  }
}
