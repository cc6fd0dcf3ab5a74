package io.mailwright.runtime.internal;

import io.mailwright.runtime.ClientBuilder;
import io.mailwright.runtime.OAuth;
import io.mailwright.runtime.TokenStore;
import java.time.Clock;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/** Makes the {@link OAuth} flow of an API whose protocol names its token endpoint and authorization page. */
public final class OAuthFlows {
  private OAuthFlows() {}

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

  /** The flow for an application, on a shared HTTP client and the system clock. */
  public static OAuth forApplication(ApiProtocol protocol, String apiBaseUrl, String clientId, String clientSecret,
      TokenStore store) {
    return forApplication(protocol, apiBaseUrl, clientId, clientSecret, store, SharedHttp.CLIENT, Clock.systemUTC());
  }

  /**
   * The flow for an application, with every collaborator given. The {@code http} client stays the
   * caller's: the flow adds nothing to it that needs closing. Its redirects and silent retries are
   * turned off for the token requests (a code can be used once).
   */
  public static OAuth forApplication(ApiProtocol protocol, String apiBaseUrl, String clientId, String clientSecret,
      TokenStore store, OkHttpClient http, Clock clock) {
    String tokenPath = protocol.tokenPath();
    String authorizeUrl = protocol.authorizeUrl();
    if (tokenPath == null || authorizeUrl == null) {
      throw new IllegalStateException("this API's model declares no authorization page and token endpoint");
    }
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
    TokenEndpoint endpoint = new TokenEndpoint(http, base.resolve(tokenPath), clock, clientId,
        Objects.requireNonNull(clientSecret, "clientSecret"), protocol);
    return Friends.hooks().oauth(Objects.requireNonNull(clientId, "clientId"), HttpUrl.get(authorizeUrl), endpoint,
        Objects.requireNonNull(store, "store"));
  }
}
