package io.mailwright.runtime;

import org.jspecify.annotations.Nullable;

/**
 * Where the client's access token comes from. Implementations must be thread-safe: many calls ask
 * at once, and one of them at most should go to the token endpoint. The client's builder offers the
 * usual ones ({@code clientCredentials(...)}, {@code userTokens(...)}, {@code accessToken(...)}); give
 * your own with {@code authentication(...)}.
 */
public interface Authentication {
  /** A token that is valid now, fetching or renewing it first if needed. */
  String accessToken();

  /**
   * Called after the API refused {@code rejected} with a {@code 401}: returns a new token (or the
   * current one, if another thread already replaced {@code rejected}), or {@code null} when this
   * authentication cannot renew.
   */
  @Nullable String renew(String rejected);
}
