package io.mailwright.runtime;

import io.mailwright.runtime.internal.ClientOptions;
import io.mailwright.runtime.internal.Friends;
import io.mailwright.runtime.internal.TokenEndpoint;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/** The engine's access to what this package keeps from users (see {@link Friends}). */
final class RuntimeHooks implements Friends.Hooks {
  static {
    Friends.install(new RuntimeHooks());
  }

  private RuntimeHooks() {}

  @Override
  public ClientOptions options(ClientBuilder<?, ?> builder) {
    return builder.options;
  }

  @Override
  public void markBodyUnreadable(ApiException exception, Throwable failure) {
    exception.markBodyUnreadable(failure);
  }

  @Override
  public <T> Page<T> page(List<T> items, int number, int size, long totalElements, int totalPages,
      @Nullable String next) {
    return new Page<>(items, number, size, totalElements, totalPages, next);
  }

  @Override
  public @Nullable String nextHref(Page<?> page) {
    return page.nextHref();
  }

  @Override
  public @Nullable String givenBase64(BinaryData data) {
    return data.givenBase64();
  }

  @Override
  public byte @Nullable [] bytesInMemory(BinaryData data) {
    return data.bytesInMemory();
  }

  @Override
  public InputStream openForBody(BinaryData data) throws IOException {
    return data.openForBody();
  }

  @Override
  public OAuth oauth(String clientId, HttpUrl authorizeUrl, TokenEndpoint endpoint, TokenStore store) {
    return new OAuth(clientId, authorizeUrl, endpoint, store);
  }
}
