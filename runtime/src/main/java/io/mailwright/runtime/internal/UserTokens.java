package io.mailwright.runtime.internal;

import io.mailwright.runtime.Authentication;
import io.mailwright.runtime.MailwrightException;
import io.mailwright.runtime.OAuth;
import io.mailwright.runtime.StoredTokens;
import io.mailwright.runtime.TokenStore;
import java.time.Clock;
import java.time.Duration;

/**
 * A user's tokens from the authorization-code flow, renewed with the refresh grant. Help Scout
 * rotates refresh tokens: every renewal returns a new one and kills the old one, and this class
 * hands each new pair to the {@link TokenStore} before it uses it.
 */
public final class UserTokens implements Authentication {
  private final TokenEndpoint endpoint;
  private final TokenStore store;
  private final Clock clock;
  private static final Duration UNKNOWN_LIFETIME = Duration.ofMinutes(5);

  private final SingleFlight<String> flight = new SingleFlight<>();
  private volatile StoredTokens tokens;
  private volatile Duration lifetime;

  public UserTokens(TokenEndpoint endpoint, TokenStore store, Clock clock) {
    this.endpoint = endpoint;
    this.store = store;
    this.clock = clock;
  }

  /**
   * The current access token; when it must be renewed, one thread renews it and the others that need
   * it meanwhile wait for that renewal's result, a failure included.
   */
  @Override
  public String accessToken() {
    StoredTokens t = tokens;
    if (t != null && usable(t)) {
      return t.accessToken();
    }
    return flight.run(this::currentOrRefreshed);
  }

  @Override
  public String renew(String rejected) {
    StoredTokens t = tokens;
    if (t != null && !rejected.equals(t.accessToken())) {
      return t.accessToken();
    }
    String renewed = flight.run(() -> renewed(rejected));
    return renewed.equals(rejected) ? flight.run(() -> renewed(rejected)) : renewed;
  }

  private synchronized String currentOrRefreshed() {
    if (tokens == null) {
      tokens = store.load();
      if (tokens == null) {
        throw new MailwrightException("the TokenStore holds no tokens: exchange an authorization code first"
            + " (OAuth.exchangeCode) and save the result");
      }
    }
    if (!usable(tokens)) {
      refresh(null);
    }
    return tokens.accessToken();
  }

  private synchronized String renewed(String rejected) {
    if (tokens == null) {
      currentOrRefreshed();
    }
    if (rejected.equals(tokens.accessToken())) {
      refresh(rejected);
    }
    return tokens.accessToken();
  }

  /**
   * Renews the pair with the refresh grant. Another client (or process) sharing the store may have
   * rotated the pair already, which killed the refresh token this one holds: the store's newer pair is
   * then taken instead, and used as it is while its access token is good.
   */
  private void refresh(String rejected) {
    StoredTokens latest = store.load();
    if (latest != null && !latest.refreshToken().equals(tokens.refreshToken())) {
      tokens = latest;
      lifetime = null;
      if (usable(latest) && !latest.accessToken().equals(rejected)) {
        return;
      }
    }
    TokenEndpoint.Token t = endpoint.refresh(tokens.refreshToken());
    lifetime = t.lifetime();
    StoredTokens next = new StoredTokens(t.accessToken(), t.expiresAt(),
        t.refreshToken() != null ? t.refreshToken() : tokens.refreshToken());
    store.save(next);
    tokens = next;
  }

  /**
   * Whether the pair's access token is good for a call now. The renewal margin is a tenth of the
   * token's lifetime when this client obtained it; a pair from the store has no lifetime, and gets
   * half a minute (a tenth of {@link #UNKNOWN_LIFETIME}), so that short-lived tokens are not
   * renewed before every call.
   */
  private boolean usable(StoredTokens t) {
    Duration life = lifetime != null && t == tokens ? lifetime : UNKNOWN_LIFETIME;
    return t.accessToken() != null && t.expiresAt() != null
        && !ClientCredentials.expiresSoon(t.expiresAt(), life, clock.instant());
  }

  @Override
  public String toString() {
    return "UserTokens[" + endpoint + "]";
  }
}
