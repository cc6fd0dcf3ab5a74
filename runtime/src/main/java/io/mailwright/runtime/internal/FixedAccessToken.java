package io.mailwright.runtime.internal;

import io.mailwright.runtime.Authentication;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** An access token the caller manages: the client sends it, and cannot renew it. */
public final class FixedAccessToken implements Authentication {
  private final String token;

  public FixedAccessToken(String token) {
    this.token = Objects.requireNonNull(token, "token");
    String problem = TokenEndpoint.unusable(token);
    if (problem != null) {
      // The message never quotes the token.
      throw new IllegalArgumentException("the access token cannot be sent in an Authorization header: " + problem);
    }
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
