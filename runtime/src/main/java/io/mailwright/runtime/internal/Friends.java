package io.mailwright.runtime.internal;

import io.mailwright.runtime.ApiException;
import io.mailwright.runtime.BinaryData;
import io.mailwright.runtime.ClientBuilder;
import io.mailwright.runtime.OAuth;
import io.mailwright.runtime.Page;
import io.mailwright.runtime.TokenStore;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * What the engine needs from the public package's types and they do not offer users (the JDK's
 * {@code SharedSecrets} pattern): the public package installs its {@link Hooks} once, in the static
 * initializer of a package-private class, so none of these appears in a public signature there.
 */
public final class Friends {
  private Friends() {}

  /** Implemented by the public package. */
  public interface Hooks {
    /** The options a builder collected. */
    ClientOptions options(ClientBuilder<?, ?> builder);

    /** Marks an error whose body could not be read to its end; {@code failure} becomes its cause. */
    void markBodyUnreadable(ApiException exception, Throwable failure);

    /** A page of a list read. */
    <T> Page<T> page(List<T> items, int number, int size, long totalElements, int totalPages, @Nullable String next);

    /** The {@code next} link of a page, when there is one. */
    @Nullable String nextHref(Page<?> page);

    /** The Base64 text the content was given as, when it was given so (sent as is). */
    @Nullable String givenBase64(BinaryData data);

    /** The content's bytes, when they are in memory. */
    byte @Nullable [] bytesInMemory(BinaryData data);

    /** The content for a request body (one read of a stream given once). */
    InputStream openForBody(BinaryData data) throws IOException;

    /** The authorization-code flow of an application. */
    OAuth oauth(String clientId, HttpUrl authorizeUrl, TokenEndpoint endpoint, TokenStore store);
  }

  private static volatile Hooks hooks;

  /** Called once, by the public package. */
  public static void install(Hooks installed) {
    if (hooks != null) {
      throw new IllegalStateException("the runtime's hooks are installed already");
    }
    hooks = Objects.requireNonNull(installed, "installed");
  }

  static Hooks hooks() {
    Hooks h = hooks;
    if (h == null) {
      try {
        // Its static initializer installs the hooks.
        Class.forName("io.mailwright.runtime.RuntimeHooks", true, Friends.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("the runtime's public package is missing", e);
      }
      h = Objects.requireNonNull(hooks, "hooks");
    }
    return h;
  }
}
