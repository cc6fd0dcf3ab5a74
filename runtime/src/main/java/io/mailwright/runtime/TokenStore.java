package io.mailwright.runtime;

import org.jspecify.annotations.Nullable;

/**
 * Where a user's tokens live between runs: implement it over your database or secret store. The
 * client calls {@link #save} with every new pair it receives; because refresh tokens rotate, a
 * token that is not saved is lost, and the user has to authorize the application again.
 */
public interface TokenStore {
  /**
   * The tokens saved last, or {@code null} when there are none. Read when the client first needs a
   * token and again before each renewal, so that clients sharing the store take the pair another one
   * rotated instead of its dead refresh token. (Two that renew at the very same moment still race:
   * share one client per user where you can.)
   */
  @Nullable StoredTokens load();

  /** Keeps the new tokens; called under the client's token lock, once per renewal. */
  void save(StoredTokens tokens);

  /** A store in memory, for tests and short-lived programs. */
  static TokenStore inMemory(StoredTokens initial) {
    return new TokenStore() {
      private volatile StoredTokens tokens = initial;

      @Override
      public @Nullable StoredTokens load() {
        return tokens;
      }

      @Override
      public void save(StoredTokens saved) {
        tokens = saved;
      }

      @Override
      public String toString() {
        return "TokenStore.inMemory[redacted]";
      }
    };
  }
}
