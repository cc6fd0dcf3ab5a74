package io.mailwright.helpscout.runtime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The client-credentials grant, for an integration acting as its own Help Scout user. Caches the
 * token and renews it before {@code expires_in} runs out; when many threads need a token at once,
 * one of them asks the token endpoint and the others wait for its answer.
 */
public final class ClientCredentials implements Authentication {
  private final TokenEndpoint endpoint;
  private final Clock clock;
  private TokenEndpoint.Token token;

  public ClientCredentials(TokenEndpoint endpoint, Clock clock) {
    this.endpoint = endpoint;
    this.clock = clock;
  }

  @Override
  public synchronized String accessToken() {
    if (token == null || expiresSoon(token.expiresAt(), token.lifetime(), clock.instant())) {
      token = endpoint.clientCredentials();
    }
    return token.accessToken();
  }

  @Override
  public synchronized @Nullable String renew(String rejected) {
    if (token == null || token.accessToken().equals(rejected)) {
      token = endpoint.clientCredentials();
    }
    return token.accessToken();
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
