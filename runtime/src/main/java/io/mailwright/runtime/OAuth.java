package io.mailwright.runtime;

import io.mailwright.runtime.internal.ClientOptions;
import io.mailwright.runtime.internal.TokenEndpoint;
import java.time.Clock;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The authorization-code flow of an application that acts for Help Scout users: send the user to
 * {@link #authorizeUrl(String)}, receive {@code code} and {@code state} on your redirect URL, check
 * the state, {@link #exchangeCode(String) exchange} the code, and give the same {@link TokenStore}
 * to the client ({@code userTokens(...)} on its builder). Help Scout has no scopes.
 */
public final class OAuth {
  /** Help Scout's authorization page. */
  public static final String AUTHORIZE_URL =
      "https://secure.helpscout.net/authentication/authorizeClientApplication";

  private final String clientId;
  private final HttpUrl authorizeUrl;
  private final TokenEndpoint endpoint;
  private final TokenStore store;

  private OAuth(String clientId, HttpUrl authorizeUrl, TokenEndpoint endpoint, TokenStore store) {
    this.clientId = clientId;
    this.authorizeUrl = authorizeUrl;
    this.endpoint = endpoint;
    this.store = store;
  }

  /**
   * The flow for an application.
   *
   * @param apiBaseUrl the API's base URL ({@code https://api.helpscout.net/}): the token endpoint is
   *     {@code v2/oauth2/token} under it
   * @param store where the tokens from {@link #exchangeCode} are saved
   */
  public static OAuth forApplication(String apiBaseUrl, String clientId, String clientSecret, TokenStore store) {
    return forApplication(apiBaseUrl, AUTHORIZE_URL, clientId, clientSecret, store, SharedHttp.CLIENT,
        Clock.systemUTC());
  }

  /**
   * As {@link #forApplication(String, String, String, TokenStore)}, with every collaborator given. The
   * {@code http} client stays the caller's: the flow adds nothing to it that needs closing. Its
   * redirects and silent retries are turned off for the token requests (a code can be used once).
   */
  public static OAuth forApplication(String apiBaseUrl, String authorizeUrl, String clientId, String clientSecret,
      TokenStore store, OkHttpClient http, Clock clock) {
    // As ClientBuilder.baseUrl: the base is a directory, with or without its trailing slash.
    HttpUrl base = HttpUrl.get(apiBaseUrl.endsWith("/") ? apiBaseUrl : apiBaseUrl + "/");
    // The token endpoint receives the client secret: as the client, plain http only to loopback.
    ClientOptions.checkTransport(base, false);
    http = Objects.requireNonNull(http, "http");
    if (http.followRedirects() || http.retryOnConnectionFailure()) {
      // newBuilder() shares the caller's connection pool and dispatcher: nothing new to close.
      http = http.newBuilder().followRedirects(false).followSslRedirects(false).retryOnConnectionFailure(false)
          .build();
    }
    return new OAuth(Objects.requireNonNull(clientId, "clientId"), HttpUrl.get(authorizeUrl),
        new TokenEndpoint(http, base.resolve("v2/oauth2/token"), clock, clientId,
            Objects.requireNonNull(clientSecret, "clientSecret")),
        Objects.requireNonNull(store, "store"));
  }

  /**
   * Where to send the user: Help Scout asks them to authorize the application and redirects back
   * with {@code code} and this {@code state}.
   *
   * @param state an unguessable value you keep and compare on the way back (against CSRF)
   */
  public String authorizeUrl(String state) {
    return authorizeUrl.newBuilder()
        .addQueryParameter("client_id", clientId)
        .addQueryParameter("state", Objects.requireNonNull(state, "state"))
        .build()
        .toString();
  }

  /**
   * Exchanges the code from the redirect for the user's tokens, and saves them in the store.
   *
   * @throws TokenRequestException when Help Scout refuses the code (used, expired, or another
   *     application's)
   * @throws AuthenticationException when its answer holds no usable tokens (no refresh token)
   */
  public StoredTokens exchangeCode(String code) {
    // A token answer without a refresh_token is an AuthenticationException (TokenEndpoint).
    TokenEndpoint.Token t = endpoint.authorizationCode(Objects.requireNonNull(code, "code"));
    StoredTokens tokens = new StoredTokens(t.accessToken(), t.expiresAt(), t.refreshToken());
    store.save(tokens);
    return tokens;
  }

  @Override
  public String toString() {
    return "OAuth[clientId=" + clientId + ", clientSecret=redacted]";
  }

  /**
   * The one HTTP client of every flow made without one: a flow per user (or per request of a web
   * application) shares its connection pool instead of leaving sockets open per instance.
   */
  private static final class SharedHttp {
    static final OkHttpClient CLIENT = new OkHttpClient.Builder()
        .followRedirects(false)
        .followSslRedirects(false)
        .retryOnConnectionFailure(false)
        .callTimeout(ClientBuilder.DEFAULT_CALL_TIMEOUT)
        .build();
  }
}
