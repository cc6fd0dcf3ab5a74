package io.mailwright.runtime.internal;

import io.mailwright.runtime.Authentication;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The client-credentials grant, for an integration acting as its own Help Scout user. Caches the
 * token and renews it before {@code expires_in} runs out; when many threads need a token at once,
 * one of them asks the token endpoint and the others wait for its answer, a failure included (one
 * request, one timeout for all of them).
 */
public final class ClientCredentials implements Authentication {
  private final TokenEndpoint endpoint;
  private final Clock clock;
  private final SingleFlight<TokenEndpoint.Token> flight = new SingleFlight<>();
  private volatile TokenEndpoint.Token token;
  /** The latest token the API refused: not handed out again while its renewal is on its way. */
  private volatile String refused;

  public ClientCredentials(TokenEndpoint endpoint, Clock clock) {
    this.endpoint = endpoint;
    this.clock = clock;
  }

  @Override
  public String accessToken() {
    TokenEndpoint.Token t = token;
    String dead = refused;
    if (good(t, dead)) {
      return t.accessToken();
    }
    return fetch(dead);
  }

  @Override
  public String renew(String rejected) {
    TokenEndpoint.Token t = token;
    if (t != null && !t.accessToken().equals(rejected)) {
      return t.accessToken();
    }
    refused = rejected;
    String renewed = fetch(rejected);
    // A request that was already on its way may have answered the rejected token itself.
    return renewed.equals(rejected) ? fetch(rejected) : renewed;
  }

  private String fetch(String rejected) {
    return flight.run(() -> {
      TokenEndpoint.Token current = token;
      if (good(current, rejected)) {
        return current; // another thread's request answered while this one was deciding
      }
      TokenEndpoint.Token fresh = endpoint.clientCredentials();
      token = fresh;
      return fresh;
    }).accessToken();
  }

  private boolean good(TokenEndpoint.Token t, String rejected) {
    return t != null && !t.accessToken().equals(rejected) && !expiresSoon(t.expiresAt(), t.lifetime(), clock.instant());
  }

  /**
   * Whether a token should be renewed now: within a tenth of its lifetime (at most five minutes) of
   * expiring, so that a call never leaves with a token that expires on the way.
   */
  static boolean expiresSoon(Instant expiresAt, Duration lifetime, Instant now) {
    Duration margin = lifetime.dividedBy(10);
    if (margin.compareTo(Duration.ofMinutes(5)) > 0) {
      margin = Duration.ofMinutes(5);
    }
    return !now.isBefore(expiresAt.minus(margin));
  }

  @Override
  public String toString() {
    return "ClientCredentials[" + endpoint + "]";
  }
}
