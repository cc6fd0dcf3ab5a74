package io.mailwright.runtime;

import java.time.Instant;
import java.util.Objects;

/**
 * A user's tokens from the authorization-code or refresh grant: the access token, when it expires,
 * and the refresh token. Help Scout rotates refresh tokens: each refresh returns a new one and the
 * old one stops working, so each new {@code StoredTokens} must be saved ({@link TokenStore}).
 */
public record StoredTokens(String accessToken, Instant expiresAt, String refreshToken) {
  public StoredTokens {
    Objects.requireNonNull(refreshToken, "refreshToken");
  }

  /** Never shows the tokens. */
  @Override
  public String toString() {
    return "StoredTokens[accessToken=redacted, expiresAt=" + expiresAt + ", refreshToken=redacted]";
  }
}
