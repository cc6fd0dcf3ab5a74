package io.mailwright.helpscout.runtime;

import java.time.Clock;

/**
 * A user's tokens from the authorization-code flow, renewed with the refresh grant. Help Scout
 * rotates refresh tokens: every renewal returns a new one and kills the old one, and this class
 * hands each new pair to the {@link TokenStore} before it uses it.
 */
public final class UserTokens implements Authentication {
  private final TokenEndpoint endpoint;
  private final TokenStore store;
  private final Clock clock;
  private StoredTokens tokens;

  public UserTokens(TokenEndpoint endpoint, TokenStore store, Clock clock) {
    this.endpoint = endpoint;
    this.store = store;
    this.clock = clock;
  }

  @Override
  public synchronized String accessToken() {
    if (tokens == null) {
      tokens = store.load();
      if (tokens == null) {
        throw new IllegalStateException("the TokenStore holds no tokens: exchange an authorization code first"
            + " (OAuth.exchangeCode) and save the result");
      }
    }
    if (tokens.accessToken() == null || tokens.expiresAt() == null
        || ClientCredentials.expiresSoon(tokens.expiresAt(), TokenEndpoint.DEFAULT_LIFETIME, clock.instant())) {
      refresh();
    }
    return tokens.accessToken();
  }

  @Override
  public synchronized String renew(String rejected) {
    if (tokens == null || rejected.equals(tokens.accessToken())) {
      if (tokens == null) {
        accessToken();
      }
      if (rejected.equals(tokens.accessToken())) {
        refresh();
      }
    }
    return tokens.accessToken();
  }

  private void refresh() {
    TokenEndpoint.Token t = endpoint.refresh(tokens.refreshToken());
    StoredTokens next = new StoredTokens(t.accessToken(), t.expiresAt(),
        t.refreshToken() != null ? t.refreshToken() : tokens.refreshToken());
    store.save(next);
    tokens = next;
  }

  @Override
  public String toString() {
    return "UserTokens[" + endpoint + "]";
  }
}
