package io.mailwright.runtime;

import io.mailwright.runtime.internal.TokenEndpoint;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * The authorization-code flow of an application that acts for the API's users: send the user to
 * {@link #authorizeUrl(String)}, receive {@code code} and {@code state} on your redirect URL, check
 * the state, {@link #exchangeCode(String) exchange} the code, and give the same {@link TokenStore}
 * to the client ({@code userTokens(...)} on its builder). A generated client whose model declares
 * an authorization page makes one: {@code HelpScout.oauth(...)}.
 */
public final class OAuth {
  private final String clientId;
  private final HttpUrl authorizeUrl;
  private final TokenEndpoint endpoint;
  private final TokenStore store;

  /** Made by the generated entry point, through {@link RuntimeHooks}. */
  OAuth(String clientId, HttpUrl authorizeUrl, TokenEndpoint endpoint, TokenStore store) {
    this.clientId = clientId;
    this.authorizeUrl = authorizeUrl;
    this.endpoint = endpoint;
    this.store = store;
  }

  /**
   * Where to send the user: the API asks them to authorize the application and redirects back
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
   * @throws TokenRequestException when the API refuses the code (used, expired, or another
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
}
