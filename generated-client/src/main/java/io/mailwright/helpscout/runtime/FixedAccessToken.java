package io.mailwright.helpscout.runtime;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** An access token the caller manages: the client sends it, and cannot renew it. */
public final class FixedAccessToken implements Authentication {
  private final String token;

  public FixedAccessToken(String token) {
    this.token = Objects.requireNonNull(token, "token");
  }

  @Override
  public String accessToken() {
    return token;
  }

  @Override
  public @Nullable String renew(String rejected) {
    return null;
  }

  @Override
  public String toString() {
    return "FixedAccessToken[redacted]";
  }
}
